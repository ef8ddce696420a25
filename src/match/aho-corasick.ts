/** One occurrence of a pattern: UTF-16 offsets, `end` exclusive. */
export interface PatternMatch {
  start: number;
  end: number;
  /** Index of the pattern in the list given to the constructor. */
  pattern: number;
}

/**
 * The automaton as typed arrays (what `store()` returns for the build to save). States
 * are numbered in breadth-first order of the trie of the sorted patterns, so the
 * children of a state are consecutive states with ascending code units.
 */
export interface AutomatonStates {
  /** First child of each state; its children are firstChild[s] … firstChild[s + 1] − 1. */
  firstChild: Int32Array;
  /** The code unit on the edge into each state. */
  unit: Uint16Array;
  fail: Int32Array;
  /** Pattern ending exactly at a state, or -1. */
  output: Int32Array;
  /** Nearest state along the failure chain that has an output, or -1. */
  outputLink: Int32Array;
}

/**
 * Aho-Corasick automaton over UTF-16 code units: every occurrence of every
 * pattern in one left-to-right pass, however many patterns there are.
 */
export class AhoCorasick {
  readonly patterns: readonly string[];
  readonly #states: AutomatonStates;
  /** The root's transitions as a flat table (0: none): most characters fail there. Empty without patterns (findAll never reads it). */
  readonly #rootGoto: Int32Array;

  /** `stored`: the states `store()` returned for these same patterns, instead of building them. */
  constructor(patterns: readonly string[], stored?: AutomatonStates) {
    this.patterns = patterns;
    this.#states = stored ?? buildStates(patterns);
    this.#rootGoto = new Int32Array(patterns.length > 0 ? 65536 : 0);
    const { firstChild, unit } = this.#states;
    for (let c = firstChild[0]!; c < firstChild[1]!; c++) this.#rootGoto[unit[c]!] = c;
  }

  store(): AutomatonStates {
    return this.#states;
  }

  /** All occurrences, overlapping ones included, ordered by end then by length (longest first). */
  findAll(text: string): PatternMatch[] {
    const found: PatternMatch[] = [];
    if (this.patterns.length === 0) return found;
    const { firstChild, unit: units, fail, output, outputLink } = this.#states;
    const rootGoto = this.#rootGoto;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      let next = -1;
      while (state !== 0 && (next = childOf(firstChild, units, state, unit)) === -1) state = fail[state]!;
      state = state === 0 ? rootGoto[unit]! : next;
      let s = output[state]! >= 0 ? state : outputLink[state]!;
      while (s > 0) {
        const p = output[s]!;
        found.push({ start: i + 1 - this.patterns[p]!.length, end: i + 1, pattern: p });
        s = outputLink[s]!;
      }
    }
    return found;
  }
}

/** The child of state `s` along code unit `u` (binary search among its children), or -1. */
function childOf(firstChild: Int32Array, units: Uint16Array, s: number, u: number): number {
  let lo = firstChild[s]!;
  let hi = firstChild[s + 1]! - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = units[mid]!;
    if (m < u) lo = mid + 1;
    else if (m > u) hi = mid - 1;
    else return mid;
  }
  return -1;
}

function buildStates(patterns: readonly string[]): AutomatonStates {
  // Sorting groups the patterns that share a prefix, so each state of the trie is a
  // range of the sorted list. A duplicate pattern is reported under its first index.
  const indexOf = new Map<string, number>();
  let units = 0;
  for (let p = 0; p < patterns.length; p++) {
    const pattern = patterns[p]!;
    if (pattern.length === 0) throw new Error('AhoCorasick: empty pattern');
    if (!indexOf.has(pattern)) indexOf.set(pattern, p);
    units += pattern.length;
  }
  const sorted = [...indexOf.keys()].sort();
  const capacity = units + 2; // a state per code unit at most, the root, and firstChild's end
  const firstChild = new Int32Array(capacity);
  const unit = new Uint16Array(capacity);
  const output = new Int32Array(capacity).fill(-1);
  const parent = new Int32Array(capacity);
  // Each state's range of sorted patterns, all of which start with the state's path.
  const lo = new Int32Array(capacity);
  const hi = new Int32Array(capacity);
  const depth = new Int32Array(capacity);
  hi[0] = sorted.length;
  let states = 1;
  for (let s = 0; s < states; s++) {
    firstChild[s] = states;
    const d = depth[s]!;
    let i = lo[s]!;
    if (i < hi[s]! && sorted[i]!.length === d) output[s] = indexOf.get(sorted[i++]!)!;
    while (i < hi[s]!) {
      const u = sorted[i]!.charCodeAt(d);
      let j = i + 1;
      while (j < hi[s]! && sorted[j]!.charCodeAt(d) === u) j++;
      unit[states] = u;
      parent[states] = s;
      depth[states] = d + 1;
      lo[states] = i;
      hi[states] = j;
      states++;
      i = j;
    }
  }
  firstChild[states] = states;
  const trie = { firstChild: firstChild.slice(0, states + 1), unit: unit.slice(0, states), output: output.slice(0, states) };
  const fail = new Int32Array(states);
  const outputLink = new Int32Array(states).fill(-1);
  // Breadth-first order: a state's failure target is shallower, so already known.
  for (let s = 1; s < states; s++) {
    if (parent[s] === 0) continue; // the root's children fail to the root
    const u = unit[s]!;
    let f = fail[parent[s]!]!;
    let t = -1;
    while (f !== 0 && (t = childOf(trie.firstChild, trie.unit, f, u)) === -1) f = fail[f]!;
    if (f === 0) t = Math.max(childOf(trie.firstChild, trie.unit, 0, u), 0);
    fail[s] = t;
    outputLink[s] = output[t]! >= 0 ? t : outputLink[t]!;
  }
  return { ...trie, fail, outputLink };
}

/** Of overlapping matches keep the one that starts first, and of those the longest (银保监会, not the 保监会 inside it). */
export function leftmostLongest<T extends { start: number; end: number }>(matches: T[]): T[] {
  matches.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: T[] = [];
  let reach = 0;
  for (const m of matches) {
    if (m.start < reach) continue;
    kept.push(m);
    reach = m.end;
  }
  return kept;
}
