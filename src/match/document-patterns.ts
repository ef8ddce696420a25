import type { Document } from '../document/document.js';
import { AhoCorasick, type PatternMatch } from './aho-corasick.js';

/**
 * Literal patterns found in a document in one Aho-Corasick pass, memoised on the
 * document so that the rules sharing a set scan once. Equal patterns share a state;
 * each match reports every index that pattern has in the list given.
 */
export class DocumentPatterns {
  readonly #automaton: AhoCorasick;
  /** The indexes in the caller's list of each distinct pattern. */
  readonly #indexes: number[][] = [];

  constructor(patterns: readonly string[]) {
    const distinct = new Map<string, number>();
    patterns.forEach((p, i) => {
      let id = distinct.get(p);
      if (id === undefined) {
        id = this.#indexes.length;
        distinct.set(p, id);
        this.#indexes.push([]);
      }
      this.#indexes[id]!.push(i);
    });
    this.#automaton = new AhoCorasick([...distinct.keys()]);
  }

  /** Every occurrence of every pattern; `pattern` is its index in the list given to the constructor. */
  find(doc: Document): PatternMatch[] {
    return doc.memo(this, () => {
      const out: PatternMatch[] = [];
      for (const m of this.#automaton.findAll(doc.text)) for (const p of this.#indexes[m.pattern]!) out.push({ start: m.start, end: m.end, pattern: p });
      return out;
    });
  }
}
