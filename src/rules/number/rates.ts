import type { Clause, Percent } from './clauses.js';
import type { NumberLexicon } from './lexicon.js';

/** A percentage named by a rate word: 合格率81.25%, 覆盖率达到100%, 占比为35%. */
export interface NamedRate {
  percent: Percent;
  /** The rate word as listed (合格率, 按期办结率, 占比…). */
  word: string;
  /** Offset of the rate word in the clause's `outer` text. */
  wordAt: number;
}

/** The rate word right before `percent`, with at most one connector (为, 达到…) between them. */
export function rateOf(clause: Clause, percent: Percent, lexicon: NumberLexicon): NamedRate | undefined {
  let before = clause.outer.slice(0, percent.outerStart).trimEnd();
  const connector = lexicon.rateConnectors.find((c) => before.endsWith(c));
  const tries = connector ? [before, before.slice(0, before.length - connector.length)] : [before];
  for (before of tries) {
    before = before.replace(/[：:\s]+$/, '');
    const word = lexicon.rates.find((w) => before.endsWith(w));
    if (word) return { percent, word, wordAt: before.length - word.length };
  }
  return undefined;
}
