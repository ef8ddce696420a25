import type { Rule } from '../rule.js';

/** Numbers: totals, differences and rates that do not add up; GB/T 15835 number forms. */
export function createNumberRules(): Rule[] {
  return [];
}
