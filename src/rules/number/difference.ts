import type { Rule } from '../rule.js';
import { exactQuantities, formatNumber, includesAny, nearlyEqual, sentencesWithNumbers, type Clause, type Quantity } from './clauses.js';
import type { NumberLexicon } from './lexicon.js';

const MESSAGES = {
  remainderMismatch: `剩余数“{{shown}}”与前文不符：{{total}}−{{done}}={{expected}}{{unit}}。请核对总数、已完成数和剩余数。`,
};

/**
 * “检查发现问题397项，整改366项，剩余31项”: three adjacent clauses of one sentence give
 * a total, the part done and the part left, in the same unit; the part left must be
 * total − done. The clauses are recognised by their words (dictionaries/number/
 * difference-words.txt): the total by 发现/检查/受理…, the part done by 整改/办结/完成…
 * (not 正在整改, 未整改), the part left by 剩余/尚有/未完成…. Only these three clauses
 * are compared, so a longer chain (发现…，其中…，整改…，剩余…) is read from the last three.
 */
export function createDifferenceRule(lexicon: NumberLexicon): Rule {
  const words = lexicon.difference;
  return {
    id: 'number/difference',
    category: 'number',
    severity: 'error',
    description: '总数、已完成数与剩余数不符',
    messages: MESSAGES,
    check(doc, report) {
      for (const { clauses } of sentencesWithNumbers(doc, lexicon)) {
        for (let k = 2; k < clauses.length; k++) {
          const left = single(clauses[k]!);
          if (!left || !includesAny(clauses[k]!.outer, words.remainder)) continue;
          const doneClause = clauses[k - 1]!;
          const done = single(doneClause);
          if (!done || done.unit !== left.unit) continue;
          if (!includesAny(doneClause.outer, words.done) || includesAny(doneClause.outer, words.notDone)) continue;
          if (includesAny(doneClause.outer, words.remainder)) continue;
          const totalClause = clauses[k - 2]!;
          const counts = exactQuantities(totalClause);
          const total = counts[counts.length - 1];
          if (!total || total.unit !== left.unit || totalClause.quantities.length !== counts.length) continue;
          if (!includesAny(totalClause.outer.slice(0, total.outerStart), words.total)) continue;
          // 正在整改8个，剩余2个: what is left is split over further clauses.
          const after = clauses[k + 1];
          if (after && after.quantities.some((q) => q.unit === left.unit)) continue;
          const expected = total.value - done.value;
          if (expected < 0 || nearlyEqual(expected, left.value)) continue;
          const shown = doc.text.slice(left.start, left.end);
          report({
            start: left.start,
            end: left.end,
            messageId: 'remainderMismatch', data: { shown, total: formatNumber(total.value), done: formatNumber(done.value), expected: formatNumber(expected), unit: left.unit },
          });
        }
      }
    },
  };
}

/** The clause's only count, when it is exact. */
function single(clause: Clause): Quantity | undefined {
  const q = clause.quantities.length === 1 ? clause.quantities[0] : undefined;
  return q && !q.approximate ? q : undefined;
}
