import type { Rule } from '../rule.js';
import { sentencesWithNumbers } from './clauses.js';
import type { NumberLexicon } from './lexicon.js';
import { rateOf } from './rates.js';

const MESSAGES = {
  rateOver100: `“{{word}}”为{{percent}}，超过100%。{{word}}是部分占总体的比例，不可能超过100%，请核对数值。`,
};

/**
 * A share that cannot exceed 100%: 合格率, 覆盖率, 办结率, 占比… (dictionaries/number/rates.txt)
 * given as more than 100%. 完成率 and growth rates are not listed: 超额完成 (112%) is normal.
 */
export function createRateOver100Rule(lexicon: NumberLexicon): Rule {
  return {
    id: 'number/rate-over-100',
    category: 'number',
    severity: 'error',
    description: '合格率、覆盖率等比率超过100%',
    messages: MESSAGES,
    check(doc, report) {
      for (const { clauses } of sentencesWithNumbers(doc, lexicon)) {
        for (const clause of clauses) {
          for (const percent of clause.percents) {
            if (percent.value <= 100) continue;
            const rate = rateOf(clause, percent, lexicon);
            if (!rate || !lexicon.cappedRates.has(rate.word)) continue;
            report({
              start: percent.start,
              end: percent.end,
              messageId: 'rateOver100', data: { word: rate.word, percent: doc.text.slice(percent.start, percent.end) },
            });
          }
        }
      }
    },
  };
}
