import type { Rule } from '../rule.js';

/** Dates: impossible dates, weekdays, quarters, ranges, 截至/截止, dates against the document date. */
export function createDateRules(): Rule[] {
  return [];
}
