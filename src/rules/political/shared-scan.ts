import type { Document } from '../../document/document.js';
import { AhoCorasick, type PatternMatch } from '../../match/aho-corasick.js';

/**
 * One Aho-Corasick pass for the literal patterns of every political rule (wrong forms,
 * enumeration labels and items, leaders' names and their variants): rules register
 * their patterns when created, and the first rule to check a document runs the pass
 * for all of them (memoized on the document).
 */
export class SharedScan {
  readonly #strings: string[] = [];
  readonly #ids = new Map<string, number>();
  #ac: AhoCorasick | undefined;

  /** Registers patterns; returns the shared id of each (equal strings share an id). */
  add(patterns: readonly string[]): number[] {
    if (this.#ac) throw new Error('SharedScan: patterns added after the first scan');
    return patterns.map((p) => {
      let id = this.#ids.get(p);
      if (id === undefined) {
        id = this.#strings.length;
        this.#strings.push(p);
        this.#ids.set(p, id);
      }
      return id;
    });
  }

  /** Every occurrence of every registered pattern in the document, `pattern` = shared id. */
  hits(doc: Document): PatternMatch[] {
    return doc.memo(this, () => (this.#ac ??= new AhoCorasick(this.#strings)).findAll(doc.text));
  }
}

/** Maps shared ids back to a rule's own pattern indexes. */
export class PatternSet {
  readonly #local = new Map<number, number[]>();

  constructor(readonly scan: SharedScan, patterns: readonly string[]) {
    scan.add(patterns).forEach((id, i) => {
      const list = this.#local.get(id);
      if (list) list.push(i);
      else this.#local.set(id, [i]);
    });
  }

  /** Occurrences of this set's patterns: `pattern` = index in the list given to the constructor. */
  find(doc: Document): PatternMatch[] {
    const out: PatternMatch[] = [];
    for (const m of this.scan.hits(doc)) {
      const local = this.#local.get(m.pattern);
      if (local) for (const p of local) out.push({ start: m.start, end: m.end, pattern: p });
    }
    return out;
  }
}
