import type { Document } from '../../document/document.js';
import type { Rule } from '../rule.js';
import { findWord, formatNumber, includesAny, nearlyEqual, sentencesWithNumbers, type Clause, type Quantity } from './clauses.js';
import type { NumberLexicon } from './lexicon.js';

const MESSAGES = {
  totalBelowParts: `总数“{{shown}}”小于其后所列分项之和（{{terms}}={{sum}}{{unit}}），数字有误，请核对总数或各分项。`,
  totalNotSum: `总数“{{shown}}”与所列全部分项之和（{{terms}}={{sum}}{{unit}}）不等，差{{difference}}{{unit}}，请核对总数或各分项。`,
};

/**
 * A stated total and the parts listed right after it: “共计49家，其中市级门户网站1家、
 * 县级门户网站10家、市直部门网站38家”.
 *
 * - Parts introduced by 其中/包括 may list only some of the total, so a sum *below* the
 *   total is fine; a sum *above* it is a contradiction.
 * - When the list claims to be complete (分别为, 分为, or a part labelled 其余/其他/剩余),
 *   the sum must equal the total.
 * - Parts count only when each clause is “label + count” in the total's unit, exact
 *   (no 约/余/以上); the list ends at the first clause that is not. Parts classified by
 *   different dimensions (女职工 and 党员) may overlap, so such lists are left alone
 *   (dictionaries/number/dimension-words.txt).
 */
export function createTotalPartsRule(lexicon: NumberLexicon): Rule {
  return {
    id: 'number/total-parts',
    category: 'number',
    severity: 'error',
    description: '总数与所列分项之和不符',
    messages: MESSAGES,
    check(doc, report) {
      for (const { clauses } of sentencesWithNumbers(doc, lexicon)) {
        for (let i = 0; i < clauses.length - 1; i++) {
          // Cheap test first: the next clause opens a list (其中…); only then look for the total (which may segment the line).
          const opening = clauses[i + 1]!.outer.trimStart();
          const starter = lexicon.partStarters.find((w) => opening.startsWith(w));
          if (!starter) continue;
          const total = findTotal(doc, clauses[i]!, lexicon);
          if (!total) continue;
          const parts = collectParts(clauses, i + 1, starter, total, lexicon);
          if (!parts || parts.quantities.length === 0) continue;
          const sum = parts.quantities.reduce((s, q) => s + q.value, 0);
          const terms = parts.quantities.map((q) => formatNumber(q.value)).join('+');
          const shown = doc.text.slice(total.start, total.end);
          if (sum > total.value && !nearlyEqual(sum, total.value)) {
            report({
              start: total.start,
              end: total.end,
              messageId: 'totalBelowParts', data: { shown, terms, sum: formatNumber(sum), unit: total.unit },
            });
          } else if (parts.exhaustive && !nearlyEqual(sum, total.value) && parts.quantities.length >= 2) {
            report({
              start: total.start,
              end: total.end,
              messageId: 'totalNotSum', data: { shown, terms, sum: formatNumber(sum), unit: total.unit, difference: formatNumber(Math.abs(total.value - sum)) },
            });
          }
          i = parts.next - 1;
        }
      }
    },
  };
}

/** The exact count that follows a total word (共/共计/合计…) in this clause. */
function findTotal(doc: Document, clause: Clause, lexicon: NumberLexicon): Quantity | undefined {
  for (let from = 0; ; ) {
    const found = findWord(clause, lexicon.totalWords, from);
    if (!found) return undefined;
    from = found.at + found.word.length;
    // 共 only as a word of its own: not 共同, 共享, 公共, 中共.
    if (found.word.length === 1) {
      const offset = clause.docOffset(found.at);
      if (doc.wordAt(offset)?.text !== found.word) continue;
    }
    const q = clause.quantities.find((x) => x.outerStart >= from);
    if (!q || q.approximate) return undefined;
    // Nothing but the total's own count after the total word: 共检查网页64个, not 共检查网页64个发现问题5个.
    if (clause.quantities.filter((x) => x.outerStart >= from).length !== 1) return undefined;
    return q;
  }
}

interface Parts {
  quantities: Quantity[];
  exhaustive: boolean;
  /** Index of the first clause after the list. */
  next: number;
}

function collectParts(clauses: Clause[], first: number, starter: string, total: Quantity, lexicon: NumberLexicon): Parts | undefined {
  let exhaustive = lexicon.exhaustiveWords.includes(starter);
  const quantities: Quantity[] = [];
  const labels: string[] = [];
  let j = first;
  for (; j < clauses.length; j++) {
    const clause = clauses[j]!;
    let outer = clause.outer;
    let offset = 0;
    if (j === first) {
      offset = outer.indexOf(starter) + starter.length;
      // 其中： with the list in the next clause (a line break or 、 after the colon).
      if (outer.slice(offset).replace(/^[：:\s]+/, '') === '') continue;
    }
    const counts = clause.quantities;
    if (counts.length !== 1) break;
    const q = counts[0]!;
    if (q.unit !== total.unit || q.approximate) break;
    // The count ends its clause: “县级门户网站10家”, not “县级门户网站10家未更新”.
    if (outer.slice(q.outerEnd).trim() !== '') break;
    outer = outer.slice(offset, q.outerStart) + outer.slice(q.outerEnd);
    labels.push(outer);
    quantities.push(q);
  }
  if (labels.some((l) => includesAny(l, lexicon.exhaustiveWords))) exhaustive = true;
  if (isSexSplit(labels)) exhaustive = true;
  if (mayOverlap(labels, lexicon)) return undefined;
  return { quantities, exhaustive, next: j };
}

/** 男…/女… with the same rest (男党员, 女党员): two parts that together are the whole. */
function isSexSplit(labels: string[]): boolean {
  if (labels.length !== 2) return false;
  const [a, b] = labels.map((l) => l.replace(/[：:\s、，,；;]/g, ''));
  if (!a || !b) return false;
  const pair = `${a[0]}${b[0]}`;
  return (pair === '男女' || pair === '女男') && a.slice(1) === b.slice(1);
}

/**
 * True when the parts may overlap: one part's label contains another's (制造业 and
 * 高技术制造业), one is marked as overlapping (以上, 新增…), or they are not all
 * classified along the same dimensions (女职工 and 党员, or 女职工 and 处级干部;
 * but 男党员 and 女党员 are one classification).
 */
function mayOverlap(labels: string[], lexicon: NumberLexicon): boolean {
  // A list this long is a table flattened into one line, not a breakdown to add up (and keeps this quadratic test small).
  if (labels.length > 30) return true;
  // 制造业投资 and 高技术制造业投资: one part contains another.
  const bare = labels.map((l) => l.replace(/[：:\s]/g, ''));
  if (bare.some((a, i) => a.length > 0 && bare.some((b, j) => i !== j && b.length > a.length && b.includes(a)))) return true;
  const kinds = new Set<string>();
  for (const label of labels) {
    const dims = new Set<string>();
    for (const [word, dim] of lexicon.dimensions) {
      if (!label.includes(word)) continue;
      if (dim === 'overlap') return true;
      dims.add(dim);
    }
    kinds.add([...dims].sort().join('+'));
  }
  return kinds.size > 1;
}
