import type { Rule } from '../rules/rule.js';
import type { Issue } from '../types.js';

/**
 * Whether a fix may be applied without asking: exactly one suggestion (no choice made
 * for the editor) from a rule that does not guess (the statistical typo detector does),
 * and not marked `autofix: false` (a privacy mask: only the editor knows whose number it
 * is). What `gongwen --fix` applies, and the playground's "accept all".
 */
export function isUnambiguousFix(issue: Pick<Issue, 'ruleId' | 'suggestions' | 'autofix'>, rules: readonly Pick<Rule, 'id' | 'guesses'>[]): boolean {
  return issue.suggestions.length === 1 && issue.autofix !== false && !rules.some((r) => r.id === issue.ruleId && r.guesses);
}
