import { readWordList } from '../../dictionaries.js';
import { CLAUSE_ENDS, isPhraseSeparator } from '../../text/sentences.js';
import type { Rule } from '../rule.js';

const MESSAGES = {
  guoduForGuodu: '“向{{target}}过度”应为“向{{target}}过渡”。由一个阶段逐渐转入另一个阶段用“过渡”；“过度”意为超过适当的限度。',
};

/** Longest stretch between the opener and 向, and between 向 and 过度. */
const MAX_SPAN = 15;
/** What ends a clause: the frame must lie within one. */
const CLAUSE_BREAK = new RegExp(`[${CLAUSE_ENDS}，：]`);
/** After 过度, what makes it the verb that ends the frame: a mark, the end, or 了/的 (过渡了, 过渡的阶段). */
const FRAME_END = new RegExp(`^(?:[${CLAUSE_ENDS}：）]|了|的|$)`);

/**
 * 从A向B过度 for 过渡 (to pass from one stage to another): 从计划经济向市场经济过度,
 * 逐步向新标准过度。 The frame is an opener of dictionaries/usage/transition-openers.txt (从, 由,
 * 逐步 …), then 向 and the new stage, then 过度 ending its clause (or before 了, 的). 过度
 * before a verb is "too much" and stays (由农村向城市过度集中); 过度期, 过度到 are the pack's.
 */
export function createTransitionFrameRule(): Rule {
  const openers = readWordList('usage/transition-openers.txt');
  return {
    id: 'lexicon/transition-frame',
    category: 'typo',
    severity: 'error',
    description: '“从……向……过度”，应为“过渡”',
    messages: MESSAGES,
    check(doc, report) {
      const text = doc.text;
      for (let at = text.indexOf('过度'); at !== -1; at = text.indexOf('过度', at + 2)) {
        const next = text.slice(at + 2, at + 3);
        if (!FRAME_END.test(next) && !(next && isPhraseSeparator(next.charCodeAt(0)))) continue;
        const xiang = lastBefore(text, '向', at, MAX_SPAN);
        if (xiang === undefined || xiang + 1 === at) continue;
        const from = Math.max(0, xiang - MAX_SPAN);
        // 由于 is no opener of a stage (由于企业向银行过度借贷).
        const before = text.slice(from, xiang).replace(/由于/g, '__');
        const clauseStart = Math.max(...[...before].map((c, i) => (CLAUSE_BREAK.test(c) ? i + 1 : 0)), 0);
        if (!openers.some((w) => before.indexOf(w, clauseStart) !== -1)) continue;
        report({ start: at, end: at + 2, messageId: 'guoduForGuodu', data: { target: text.slice(xiang + 1, at) }, suggestions: ['过渡'] });
      }
    },
  };
}

/** The last `ch` before `at` within `span` characters and the same clause. */
function lastBefore(text: string, ch: string, at: number, span: number): number | undefined {
  for (let p = at - 1; p >= Math.max(0, at - span - 1); p--) {
    if (CLAUSE_BREAK.test(text[p]!)) return undefined;
    if (text[p] === ch) return p;
  }
  return undefined;
}
