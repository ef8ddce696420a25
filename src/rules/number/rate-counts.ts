import type { Rule } from '../rule.js';
import { formatNumber, includesAny, sentencesWithNumbers, type Clause, type Quantity } from './clauses.js';
import type { NumberLexicon } from './lexicon.js';
import { rateOf } from './rates.js';

const MESSAGES = {
  rateMismatch: `{{word}}{{shown}}与前文个数不符：{{count}}÷{{total}}={{exact}}%。请核对比率或个数。`,
  rateImpossible: `{{word}}{{shown}}与总数{{total}}{{unit}}不符：没有整数个数能得出这一比率（{{below}}÷{{total}}={{belowRate}}%，{{above}}÷{{total}}={{aboveRate}}%）。请核对比率或总数。`,
};

/**
 * A rate that does not follow from the counts of its own sentence: “共32个，合格26个，
 * 合格率81.25%” is right (26/32), 合格率85% would not be. The rate may be rounded or
 * truncated to the precision printed (92.1875% may read 92.19% or 92.18%): only a
 * difference of a whole unit in the last printed digit is reported.
 *
 * The numerator is the count in the nearest earlier clause that names the rate's stem
 * (合格 for 合格率; 不合格 k → total − k); the denominator is the nearest earlier count of
 * the same unit, in a clause with 共/检查/受理… (dictionaries/number/rate-counts.txt).
 * With no numerator, a 合格率 right after its total must at least be reachable with a
 * whole number of items (共检查7个，合格率80% cannot be): reported as a warning.
 */
export function createRateCountsRule(lexicon: NumberLexicon): Rule {
  return {
    id: 'number/rate-counts',
    category: 'number',
    severity: 'error',
    description: '比率与所给个数不符',
    messages: MESSAGES,
    check(doc, report) {
      for (const { clauses } of sentencesWithNumbers(doc, lexicon)) {
        for (let r = 1; r < clauses.length; r++) {
          for (const percent of clauses[r]!.percents) {
            const rate = rateOf(clauses[r]!, percent, lexicon);
            if (!rate || !rate.word.endsWith('率')) continue;
            const stem = rate.word.slice(0, -1);
            const shown = doc.text.slice(percent.start, percent.end);
            const matches = (n: number, d: number) => printedAs((n / d) * 100, percent.value, percent.decimals);
            const numerator = findNumerator(clauses, r, stem);
            if (numerator === 'ambiguous') continue;
            if (numerator) {
              const denominator = findDenominator(clauses, numerator.index, numerator.quantity, lexicon.denominators);
              if (!denominator) continue;
              const d = denominator.value;
              const n = numerator.negated ? d - numerator.quantity.value : numerator.quantity.value;
              if (d <= 0 || n < 0 || n > d) continue;
              const exact = (n / d) * 100;
              if (matches(n, d)) continue;
              report({
                start: percent.start,
                end: percent.end,
                messageId: 'rateMismatch', data: { word: rate.word, shown, count: formatNumber(n), total: formatNumber(d), exact: shownRate(exact, percent.decimals) },
              });
              continue;
            }
            if (!lexicon.impliedRates.includes(rate.word) || percent.value <= 0 || percent.value >= 100) continue;
            const total = impliedTotal(clauses, r, lexicon);
            if (!total) continue;
            const d = total.value;
            if (!Number.isInteger(d) || d <= 0) continue;
            const k = Math.round((percent.value * d) / 100);
            if ([k - 1, k, k + 1].some((n) => n >= 0 && n <= d && matches(n, d))) continue;
            const below = Math.floor((percent.value * d) / 100);
            report({
              start: percent.start,
              end: percent.end,
              severity: 'warning',
              messageId: 'rateImpossible', data: { word: rate.word, shown, total: formatNumber(d), unit: total.unit, below, belowRate: shownRate((below / d) * 100, percent.decimals), above: below + 1, aboveRate: shownRate(((below + 1) / d) * 100, percent.decimals) },
            });
          }
        }
      }
    },
  };
}

/** How many clauses back a rate's counts are looked for (they stand close to it; this keeps long sentences linear). */
const LOOKBACK = 8;

interface Numerator {
  index: number;
  quantity: Quantity;
  negated: boolean;
}

/** The nearest earlier clause naming `stem` (合格), with its only count; 'ambiguous' when that clause is not usable. */
function findNumerator(clauses: Clause[], r: number, stem: string): Numerator | 'ambiguous' | undefined {
  for (let i = r - 1; i >= Math.max(0, r - LOOKBACK); i--) {
    const clause = clauses[i]!;
    const at = clause.outer.lastIndexOf(stem);
    if (at === -1) continue;
    // An earlier rate of the same kind (合格率 of another group) ends the search: its counts are not ours.
    if (clause.outer.startsWith('率', at + stem.length)) return undefined;
    if (clause.quantities.length !== 1) return 'ambiguous';
    const quantity = clause.quantities[0]!;
    if (quantity.approximate) return 'ambiguous';
    const before = clause.outer[at - 1];
    return { index: i, quantity, negated: before !== undefined && '不未非'.includes(before) };
  }
  return undefined;
}

/** The nearest earlier count in the numerator's unit; it must sit in a clause with a denominator word. */
function findDenominator(clauses: Clause[], before: number, numerator: Quantity, words: string[]): Quantity | undefined {
  for (let i = before - 1; i >= Math.max(0, before - LOOKBACK); i--) {
    const clause = clauses[i]!;
    const same = clause.quantities.filter((q) => q.unit === numerator.unit);
    if (same.length === 0) continue;
    const q = same[same.length - 1]!;
    if (q.approximate || !includesAny(clause.outer.slice(0, q.outerStart), words)) return undefined;
    return q;
  }
  return undefined;
}

/** The total right before the rate (only percentages in between), from a clause with 共/检查…. */
function impliedTotal(clauses: Clause[], r: number, lexicon: NumberLexicon): Quantity | undefined {
  if (clauses[r]!.quantities.length > 0) return undefined;
  for (let i = r - 1; i >= Math.max(0, r - LOOKBACK); i--) {
    const clause = clauses[i]!;
    if (clause.quantities.length === 0) continue;
    if (clause.quantities.length !== 1) return undefined;
    const q = clause.quantities[0]!;
    if (q.approximate || !includesAny(clause.outer.slice(0, q.outerStart), lexicon.impliedDenominators)) return undefined;
    return q;
  }
  return undefined;
}

/**
 * True when `printed` (with `decimals` decimals) is `exact` rounded (四舍五入, or half to
 * even) or truncated to that precision: 92.1875 may be printed 92.19 or 92.18.
 */
export function printedAs(exact: number, printed: number, decimals: number): boolean {
  const scale = 10 ** decimals;
  const want = Math.round(printed * scale);
  const scaled = exact * scale;
  return want === Math.floor(scaled + 1e-9) || want === Math.round(scaled + 1e-9);
}

/** A computed rate for a message: two decimals at least, more if the text prints more. */
function shownRate(value: number, decimals: number): string {
  return String(Number(value.toFixed(Math.max(2, decimals))));
}
