import type { Rule } from '../rule.js';
import type { DateLexicon } from './lexicon.js';
import { isValidYmd, WEEKDAY_CHARS, WEEKDAY_NAMES, weekdayIndex, weekdayOf } from '../../text/dates/calendar.js';
import { PHRASE_MARKS, SEMICOLONS } from '../../text/sentences.js';
import { datesOf, describeDate, yearCandidates } from './context.js';

// Right after a date: （星期二）, (周二), （农历五月初九，星期日）, ，星期二, 周二. Not the start of a
// weekday list or span (6月26日起，周一至周五).
const WEEKDAY_AFTER = new RegExp(
  `[ \\t\\u3000]?(?:[（(][ \\t\\u3000]?(?:(?:农历|阴历)[^，,（）()\\n]{1,8}[，,、][ \\t\\u3000]?)?|[，,][ \\t\\u3000]?)?(星期|礼拜|周)([${WEEKDAY_CHARS}])(?![至到—\\-－～~〜、和及])`,
  'y',
);

/** Punctuation after a bare 周X that ends the date's phrase; the words are in dictionaries/date/after-bare-zhou.txt. */
const MARKS_AFTER_BARE_ZHOU = `${PHRASE_MARKS}${SEMICOLONS}。,：:）)`;

const MESSAGES = {
  wrongWeekday: `{{date}}是{{right}}，文中写作“{{prefix}}{{day}}”：日期与星期不符，请核对日期或星期。`,
};

/**
 * A weekday written next to a date that falls on another day: 2025年10月1日（星期二）
 * (it was a Wednesday). Without a written year the date must disagree in every year it
 * may mean (from context, and nearest the document date).
 */
export function createWeekdayRule(lexicon: DateLexicon): Rule {
  const afterBareZhou = new RegExp(`^$|[${lexicon.afterBareZhou.join('')}${MARKS_AFTER_BARE_ZHOU}\\s]`);
  return {
    id: 'date/weekday',
    category: 'date',
    severity: 'error',
    description: '日期与所注星期不符',
    messages: MESSAGES,
    check(doc, report) {
      const text = doc.text;
      for (const m of datesOf(doc).mentions) {
        if (m.day === undefined || m.month === undefined) continue;
        WEEKDAY_AFTER.lastIndex = m.end;
        const w = WEEKDAY_AFTER.exec(text);
        if (!w) continue;
        // 周 without a bracket may start a name (2024年6月1日，周一鸣同志…): only before a time word or a mark.
        if (w[1] === '周' && !w[0].includes('（') && !w[0].includes('(') && !afterBareZhou.test(text[WEEKDAY_AFTER.lastIndex] ?? '')) continue;
        const written = weekdayIndex(w[2]!)!;
        const years = yearCandidates(m, doc).filter((year) => isValidYmd({ year, month: m.month!, day: m.day! }));
        if (years.length === 0) continue;
        const actual = years.map((year) => weekdayOf({ year, month: m.month!, day: m.day! }));
        if (actual.includes(written)) continue;
        const end = WEEKDAY_AFTER.lastIndex;
        const start = end - w[1]!.length - 1;
        const right = `${w[1]}${WEEKDAY_NAMES[actual[0]!]}`;
        report({
          start,
          end,
          messageId: 'wrongWeekday', data: { date: describeDate(m, years[0]!), right, prefix: w[1]!, day: w[2]! },
        });
      }
    },
  };
}
