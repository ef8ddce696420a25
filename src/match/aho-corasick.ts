/** One occurrence of a pattern: UTF-16 offsets, `end` exclusive. */
export interface PatternMatch {
  start: number;
  end: number;
  /** Index of the pattern in the list given to the constructor. */
  pattern: number;
}

/**
 * Aho-Corasick automaton over UTF-16 code units: every occurrence of every
 * pattern in one left-to-right pass, however many patterns there are.
 */
export class AhoCorasick {
  readonly patterns: readonly string[];
  /** Transitions keyed by state * 65536 + code unit. */
  #goto = new Map<number, number>();
  /** The root's transitions as a flat table: most characters fail there. */
  #rootGoto = new Int32Array(65536);
  #fail: Int32Array;
  /** Pattern ending exactly at a state, or -1. */
  #output: Int32Array;
  /** Nearest state along the failure chain that has an output, or -1. */
  #outputLink: Int32Array;

  constructor(patterns: readonly string[]) {
    this.patterns = patterns;
    const outputs: number[] = [-1];
    let states = 1;
    for (let p = 0; p < patterns.length; p++) {
      const pattern = patterns[p]!;
      if (pattern.length === 0) throw new Error('AhoCorasick: empty pattern');
      let state = 0;
      for (let i = 0; i < pattern.length; i++) {
        const key = state * 65536 + pattern.charCodeAt(i);
        let next = this.#goto.get(key);
        if (next === undefined) {
          next = states++;
          this.#goto.set(key, next);
          outputs.push(-1);
        }
        state = next;
      }
      if (outputs[state] === -1) outputs[state] = p;
    }
    this.#output = Int32Array.from(outputs);
    this.#fail = new Int32Array(states);
    this.#outputLink = new Int32Array(states).fill(-1);
    this.#buildFailureLinks(states);
  }

  #buildFailureLinks(states: number): void {
    const children: Array<Array<[number, number]>> = Array.from({ length: states }, () => []);
    for (const [key, next] of this.#goto) children[Math.floor(key / 65536)]!.push([key % 65536, next]);
    const queue: number[] = [];
    for (const [unit, next] of children[0]!) {
      this.#rootGoto[unit] = next;
      queue.push(next);
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      for (const [unit, next] of children[state]!) {
        let f = this.#fail[state]!;
        while (f !== 0 && !this.#goto.has(f * 65536 + unit)) f = this.#fail[f]!;
        const t = f === 0 ? this.#rootGoto[unit]! : this.#goto.get(f * 65536 + unit)!;
        this.#fail[next] = t;
        this.#outputLink[next] = this.#output[t]! >= 0 ? t : this.#outputLink[t]!;
        queue.push(next);
      }
    }
  }

  /** All occurrences, overlapping ones included, ordered by end then by length (longest first). */
  findAll(text: string): PatternMatch[] {
    const found: PatternMatch[] = [];
    if (this.patterns.length === 0) return found;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      let next: number | undefined;
      while (state !== 0 && (next = this.#goto.get(state * 65536 + unit)) === undefined) state = this.#fail[state]!;
      state = state === 0 ? this.#rootGoto[unit]! : next!;
      let s = this.#output[state]! >= 0 ? state : this.#outputLink[state]!;
      while (s > 0) {
        const p = this.#output[s]!;
        found.push({ start: i + 1 - this.patterns[p]!.length, end: i + 1, pattern: p });
        s = this.#outputLink[s]!;
      }
    }
    return found;
  }
}
