import type { Rule } from '../rules/rule.js';

/**
 * The rule under which misspelt or unknown inline directives are reported (a
 * `gongwen-disable-line`, a rule id that does not exist): such a comment silently
 * switches nothing off. Its findings come from the adapters' comments, not from the
 * prose, so the proofreader adds them and `check` has nothing to do; as a rule it can
 * be listed, set to `off` or to another level like any other.
 */
export const DIRECTIVE_RULE: Rule = {
  id: 'directive/invalid',
  category: 'directive',
  severity: 'warning',
  description: '写错的 gongwen 指令注释（未知指令或未知规则）',
  check() {},
};
