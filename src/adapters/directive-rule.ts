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
  messages: {
    unknownDirective: '无法识别的指令“gongwen-{{keyword}}”，此注释不起作用。可用指令：gongwen-disable、gongwen-enable、gongwen-disable-next-line',
    unknownRule: '指令 gongwen-{{kind}} 中的规则“{{id}}”不存在，此注释对它不起作用',
  },
  check() {},
};
