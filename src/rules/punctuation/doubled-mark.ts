import type { Rule } from '../rule.js';

/** 点号 that never stand twice in a row. */
const NEVER_DOUBLED = new Set(['，', '、', '；', '：']);
/** ？ and ！ may be stacked for emphasis, at most three (GB/T 15834-2011 4.2, 4.3). */
const STACKABLE = new Set(['？', '！']);
const MAX_STACK = 3;
/** A run of two or more of the same 点号 (a single character class and a backreference: linear). */
const RUN = /([。，、；：？！])\1+/g;

const MESSAGES = {
  doubled: `“{{written}}”重复：点号不能连用，应只保留一个“{{mark}}”（GB/T 15834-2011）。`,
  overStacked: `连用 {{run}} 个“{{mark}}”：“{{mark}}”叠用表示强烈语气时最多三个（GB/T 15834-2011 4.2、4.3）。`,
};

/**
 * Doubled 点号: 。。 ，， 、、 ；； ：： (error; delete one), and more than three ？ or ！
 * in a row (warning). Three or more 。 are an attempted ellipsis, left to
 * punctuation/ellipsis.
 */
export function createDoubledMarkRule(): Rule {
  return {
    id: 'punctuation/doubled-mark',
    category: 'punctuation',
    severity: 'error',
    description: '点号重复（。。 ，， 、、 ；； ：：）',
    messages: MESSAGES,
    check(doc, report) {
      const text = doc.text;
      for (const m of text.matchAll(RUN)) {
        const mark = m[1]!;
        const p = m.index;
        const q = p + m[0].length;
        const run = q - p;
        if (mark === '。' ? run === 2 : NEVER_DOUBLED.has(mark)) {
          report({ start: p, end: q, messageId: 'doubled', data: { written: m[0], mark }, suggestions: [mark] });
        } else if (STACKABLE.has(mark) && run > MAX_STACK) {
          report({
            start: p,
            end: q,
            messageId: 'overStacked', data: { run, mark },
            suggestions: [mark.repeat(MAX_STACK)],
            severity: 'warning',
          });
        }
      }
    },
  };
}
