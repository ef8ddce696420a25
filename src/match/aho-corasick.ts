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
    // The trie, with each state's parent, incoming unit and depth, so failure links can
    // be computed in breadth-first order without building child lists.
    const outputs: number[] = [-1];
    const parent: number[] = [0];
    const unitIn: number[] = [0];
    const depth: number[] = [0];
    for (let p = 0; p < patterns.length; p++) {
      const pattern = patterns[p]!;
      if (pattern.length === 0) throw new Error('AhoCorasick: empty pattern');
      let state = 0;
      for (let i = 0; i < pattern.length; i++) {
        const unit = pattern.charCodeAt(i);
        let next = state === 0 ? this.#rootGoto[unit]! || undefined : this.#goto.get(state * 65536 + unit);
        if (next === undefined) {
          next = outputs.length;
          if (state === 0) this.#rootGoto[unit] = next;
          else this.#goto.set(state * 65536 + unit, next);
          outputs.push(-1);
          parent.push(state);
          unitIn.push(unit);
          depth.push(i + 1);
        }
        state = next;
      }
      if (outputs[state] === -1) outputs[state] = p;
    }
    const states = outputs.length;
    this.#output = Int32Array.from(outputs);
    this.#fail = new Int32Array(states);
    this.#outputLink = new Int32Array(states).fill(-1);
    const byDepth = statesByDepth(depth);
    for (const s of byDepth) {
      if (depth[s]! < 2) continue; // the root and its children fail to the root
      const unit = unitIn[s]!;
      let f = this.#fail[parent[s]!]!;
      while (f !== 0 && !this.#goto.has(f * 65536 + unit)) f = this.#fail[f]!;
      const t = f === 0 ? this.#rootGoto[unit]! : this.#goto.get(f * 65536 + unit)!;
      this.#fail[s] = t;
      this.#outputLink[s] = this.#output[t]! >= 0 ? t : this.#outputLink[t]!;
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

/** State numbers ordered by depth (a counting sort: this runs at start-up, where a comparator sort is slow). */
function statesByDepth(depth: number[]): Int32Array {
  let deepest = 0;
  for (const d of depth) if (d > deepest) deepest = d;
  const next = new Int32Array(deepest + 2);
  for (const d of depth) next[d + 1]!++;
  for (let d = 1; d < next.length; d++) next[d]! += next[d - 1]!;
  const order = new Int32Array(depth.length);
  for (let s = 0; s < depth.length; s++) order[next[depth[s]!]!++] = s;
  return order;
}
