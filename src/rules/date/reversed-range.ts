import type { Rule } from '../rule.js';
import type { DateMention } from '../../text/dates/parse-dates.js';
import { datesOf } from './context.js';

/** Compares the parts both dates state, from year down; 0 when they agree as far as stated. */
function compareStated(a: DateMention, b: DateMention, withYear: boolean): number {
  if (withYear) {
    if (a.year === undefined || b.year === undefined) return 0;
    if (a.year !== b.year) return a.year - b.year;
  }
  if (a.month === undefined || b.month === undefined) return 0;
  if (a.month !== b.month) return a.month - b.month;
  if (a.day === undefined || b.day === undefined) return 0;
  return a.day - b.day;
}

function describe(m: DateMention): string {
  return `${m.yearWritten && m.year !== undefined && !m.inherited ? `${m.year}年` : ''}${m.month !== undefined ? `${m.month}月` : ''}${m.day !== undefined ? `${m.day}日` : ''}`;
}

const MESSAGES = {
  reversedRange: `时间范围的终点（{{to}}）早于起点（{{from}}），请核对起止日期。`,
};

/** 距今, 公元前 before a range, or 前 after it: years counted back, so the later end is the smaller number. 前 covers 公元前. */
const COUNTING_BACK_BEFORE = /(?:距今|前)(?:约|大约)?$/;
const COUNTING_BACK_AFTER = /^(?:前|以前)/;

/** 距今4300年至3900年, 公元前221年至前206年, 4300年至3900年前: a range of years counted back. */
function countsBack(text: string, start: number, end: number): boolean {
  return COUNTING_BACK_BEFORE.test(text.slice(Math.max(0, start - 6), start)) || COUNTING_BACK_AFTER.test(text.slice(end, end + 2));
}

/**
 * A date range that ends before it starts: 5月20日—10日, 2024年6月1日至2024年3月1日,
 * 2025—2023年. An end without its own year whose month is earlier (12月1日至3月1日) may
 * run into the next year and is left alone.
 */
export function createReversedRangeRule(): Rule {
  return {
    id: 'date/reversed-range',
    category: 'date',
    severity: 'error',
    description: '时间范围的终点早于起点',
    messages: MESSAGES,
    check(doc, report) {
      for (const r of datesOf(doc).ranges) {
        const { from, to } = r;
        const bothYears = from.yearWritten && to.yearWritten && !to.inherited && from.year !== undefined && to.year !== undefined;
        let reversed: boolean;
        if (bothYears) reversed = compareStated(from, to, true) > 0;
        else if (to.yearWritten && !to.inherited) reversed = false; // only the end states a year
        else reversed = from.month !== undefined && from.month === to.month && compareStated(from, to, false) > 0;
        if (!reversed) continue;
        if (countsBack(doc.text, r.start, r.end)) continue;
        report({
          start: r.start,
          end: r.end,
          messageId: 'reversedRange', data: { to: describe(to) || doc.text.slice(to.start, to.end), from: describe(from) },
        });
      }
    },
  };
}
