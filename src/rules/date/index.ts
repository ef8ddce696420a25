import type { Rule } from '../rule.js';
import { createAnniversaryCountRule } from './anniversary-count.js';
import { createAsOfAfterDocumentRule } from './as-of-after-document.js';
import { createDeadlineBeforeDocumentRule } from './deadline-before-document.js';
import { createImpossibleDateRule } from './impossible-date.js';
import { createIssuedBeforeWrittenRule } from './issued-before-written.js';
import { createJiezhiMisusedRule } from './jiezhi-misused.js';
import { createJiezhiRedundantRule } from './jiezhi-redundant.js';
import { createMeetingYearRule } from './meeting-year.js';
import { createMemorialDayRule } from './memorial-day.js';
import { loadDateLexicon, type DateLexicon } from './lexicon.js';
import { createPaddedDateRule } from './padded-date.js';
import { createPlanPeriodRule } from './plan-period.js';
import { createQuarterMonthsRule } from './quarter-months.js';
import { createReversedRangeRule } from './reversed-range.js';
import { createSexagenaryYearRule } from './sexagenary-year.js';
import { createWeekdayRule } from './weekday.js';
import { createWeekdayNumeralRule } from './weekday-numeral.js';

/** Dates: impossible dates, weekdays, quarters, ranges, 截至/截止, dates against the document date, anniversaries and lunar years against the year, the year a meeting was held, the years of a five-year plan, the days of fixed commemorations, zero-padded months and days. */
export function createDateRules(lexicon: DateLexicon = loadDateLexicon()): Rule[] {
  return [
    createImpossibleDateRule(),
    createWeekdayRule(lexicon),
    createWeekdayNumeralRule(lexicon),
    createQuarterMonthsRule(lexicon),
    createReversedRangeRule(),
    createJiezhiMisusedRule(lexicon),
    createJiezhiRedundantRule(lexicon),
    createIssuedBeforeWrittenRule(),
    createAsOfAfterDocumentRule(lexicon),
    createDeadlineBeforeDocumentRule(lexicon),
    createAnniversaryCountRule(lexicon),
    createMeetingYearRule(),
    createPlanPeriodRule(),
    createMemorialDayRule(),
    createSexagenaryYearRule(),
    createPaddedDateRule(),
  ];
}
