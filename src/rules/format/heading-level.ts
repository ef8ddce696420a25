import type { Rule } from '../rule.js';
import { LEVEL_LABEL } from './headings.js';
import { numberingProblems } from './numbering.js';

const CLAUSE = 'GB/T 9704-2012 7.3.3';

const MESSAGES = {
  levelReversed: `层级颠倒：“{{written}}”出现在“{{under}}”之下。结构层次序号依次为“一、”“（一）”“1.”“（1）”，“{{level}}”一级应高于“{{underLevel}}”一级（${CLAUSE}）。`,
};

/**
 * Reversed levels: the hierarchy is 一、 → （一） → 1. → （1）, so a （一） that opens right
 * under a 1. (or a 1. under a （1）) puts a higher level inside a lower one. Skipping a
 * level (一、 then 1.) is tolerated and not reported.
 */
export function createHeadingLevelRule(): Rule {
  return {
    id: 'format/heading-level',
    category: 'format',
    severity: 'warning',
    description: '结构层次序号层级颠倒',
    messages: MESSAGES,
    check(doc, report) {
      for (const p of numberingProblems(doc)) {
        if (p.kind !== 'reversed') continue;
        const written = doc.text.slice(p.marker.start, p.marker.end);
        const under = doc.text.slice(p.under.start, p.under.end);
        report({
          start: p.marker.start,
          end: p.marker.end,
          messageId: 'levelReversed', data: { written, under, level: LEVEL_LABEL[p.marker.level], underLevel: LEVEL_LABEL[p.under.level] },
        });
      }
    },
  };
}
