import type { Rule } from '../rule.js';
import { daysInMonth, isLeapYear } from '../../text/dates/calendar.js';
import { datesOf, yearCandidates } from './context.js';

const MESSAGES = {
  noSuchMonth: `“{{text}}”中的月份{{month}}不存在，月份应为1—12。`,
  noSuchDay: `“{{text}}”{{where}}不存在：{{why}}，请核对日期。`,
  notLeapYear: `“{{text}}”{{inferred}}不存在：{{year}}年不是闰年，2月只有28天，请核对日期。`,
};

/**
 * Dates that do not exist: 13月, 2月30日, 4月31日, 2025年2月29日, 2024-02-30. A month
 * alone above 12 (24月龄) is not taken for a date; only with a year or a day. 2月29日
 * without a written year is reported only when every year it may mean (one written in the
 * same sentence, the document's date) is not a leap year, and then as a warning; a Chinese-numeral date without a year up to 三十日 may be lunar and is left alone.
 */
export function createImpossibleDateRule(): Rule {
  return {
    id: 'date/impossible-date',
    category: 'date',
    severity: 'error',
    description: '不存在的日期（2月30日、4月31日、13月）',
    messages: MESSAGES,
    check(doc, report) {
      for (const m of datesOf(doc).mentions) {
        const { month, day } = m;
        if (month === undefined) continue;
        const text = doc.text.slice(m.start, m.end);
        if (month < 1 || month > 12) {
          if (m.inherited || (m.year === undefined && day === undefined)) continue;
          report({ start: m.start, end: m.end, messageId: 'noSuchMonth', data: { text, month } });
          continue;
        }
        if (day === undefined) continue;
        if (m.form === 'han' && m.year === undefined && day <= 30) continue;
        const where = m.inherited ? `（${month}月）` : '';
        if (day < 1 || day > daysInMonth(month)) {
          const why = day < 1 ? '日期不能为0' : month === 2 && m.year === undefined ? '2月最多只有29天' : `${month}月只有${daysInMonth(month, m.year)}天`;
          report({ start: m.start, end: m.end, messageId: 'noSuchDay', data: { text, where, why } });
          continue;
        }
        if (month === 2 && day === 29) {
          // A year written sentences before may be another year the text talks about (news of 29
          // February 2024 looking back on 2023): only one written in the same sentence, or the
          // document's own date, says which February this is.
          const years = yearCandidates(m, doc, { sameSentence: true });
          if (years.length === 0 || years.some(isLeapYear)) continue;
          const year = years[0]!;
          const inferred = m.yearWritten ? '' : `（推断为${year}年）`;
          // Even so, an inferred year is no certainty: a warning.
          report({ start: m.start, end: m.end, messageId: 'notLeapYear', data: { text, inferred, year }, ...(m.yearWritten ? {} : { severity: 'warning' as const }) });
        }
      }
    },
  };
}
