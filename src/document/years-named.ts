import { HAN_ONE_TO_NINE, HAN_ZEROS, hanYear } from '../text/numerals.js';
import type { Document } from './document.js';

/** A year as text writes it, in Arabic or Han numerals (2024年, 二〇二四年): group 1 or group 2 holds its digits. */
const YEAR_PATTERN = `((?:19|20)\\d{2})年|([一二][${HAN_ZEROS}九][${HAN_ZEROS}${HAN_ONE_TO_NINE}]{2})年`;
/** A year anywhere in a string (test only). */
export const NAMED_YEAR = new RegExp(YEAR_PATTERN);
/** Every year of a string (matchAll). */
export const NAMED_YEARS = new RegExp(YEAR_PATTERN, 'g');

/** The year of a match of NAMED_YEAR(S). */
export function yearOfMatch(m: RegExpMatchArray): number | undefined {
  return m[1] !== undefined ? Number(m[1]) : hanYear(m[2]!);
}

/** Before a year, these make it a goal or a forecast (到2025年, 预计2024年), not a time already reached. */
const GOAL_BEFORE = ['到', '至', '预计', '力争', '有望', '计划', '目标'];
/** After a year (2030年前, 2025年底前, 2035年以前): a deadline. */
const GOAL_AFTER = /^(?:底?前|以前|之前)/;

/** Whether the year matched at `at` to `end` of `text` is a goal, a forecast or a deadline (到2025年, 2030年前). */
export function isGoalYear(text: string, at: number, end: number): boolean {
  return GOAL_BEFORE.some((w) => at >= w.length && text.startsWith(w, at - w.length)) || GOAL_AFTER.test(text.slice(end, end + 3));
}

/** The years a string names (2024年, 二〇二四年), each marked as a goal, a forecast or a deadline or not (isGoalYear). */
export function namedYears(text: string): { year: number; goal: boolean }[] {
  const years: { year: number; goal: boolean }[] = [];
  for (const m of text.matchAll(NAMED_YEARS)) {
    const year = yearOfMatch(m);
    if (year !== undefined) years.push({ year, goal: isGoalYear(text, m.index, m.index + m[0].length) });
  }
  return years;
}

/**
 * The latest year (not after `today`'s, YYYY-MM-DD) the text names as a time reached — not a goal,
 * a forecast or a deadline (到2025年, 预计2024年, 2030年前), nor a year to come (《2063年议程》):
 * undated text was written in it or later. Memoised on the document.
 */
export function latestYearNamed(doc: Document, today: string): number | undefined {
  return doc.memo(latestYearNamed, () => {
    const thisYear = Number(today.slice(0, 4));
    let latest: number | undefined;
    for (const { year, goal } of namedYears(doc.text)) if (!goal && year <= thisYear && (latest === undefined || year > latest)) latest = year;
    return latest;
  });
}
