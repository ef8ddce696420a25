import type { ContextModelData, OrderTable } from './context-model-data.js';
import { BOS, fingerprint, FIRST_CHAR_ID, homeSlot, SKIP } from './ngram-key.js';
import { charIdsOf, tokenOf } from './tokens.js';

/**
 * A character 4-gram language model of official Chinese in back-off form, read in place
 * from its typed arrays (dictionaries/spelling/context-model.bin). A look-up hashes the
 * ids, probes a few uint32 slots and compares a 24-bit fingerprint: no strings, no
 * allocation. Built by scripts/data/build-context-model.ts.
 */
export class ContextModel {
  readonly #charIds: Uint16Array;
  readonly #unigramLogProb: Float32Array;
  readonly #unigramLogBackoff: Float32Array;
  readonly #t2: OrderTable;
  readonly #t3: OrderTable;
  readonly #t4: OrderTable;

  constructor(data: ContextModelData) {
    this.#charIds = charIdsOf(data.chars, FIRST_CHAR_ID);
    this.#unigramLogProb = data.unigramLogProb;
    this.#unigramLogBackoff = data.unigramLogBackoff;
    [this.#t2, this.#t3, this.#t4] = data.tables as [OrderTable, OrderTable, OrderTable];
  }

  /** The token of a UTF-16 code unit (SKIP for whitespace). */
  token(code: number): number {
    return tokenOf(this.#charIds, code);
  }

  /** Whether the model knows the character (it has seen it in training). */
  knows(code: number): boolean {
    return this.#charIds[code]! !== 0;
  }

  /** Slot of the n-gram (ids a, b[, c[, d]]; absent ones -1) in the table of its order, or -1. */
  #find(table: OrderTable, a: number, b: number, c: number, d: number): number {
    const slots = table.slots;
    const size = slots.length;
    const print = fingerprint(a, b, c, d);
    for (let s = homeSlot(size, a, b, c, d); ; s = s + 1 === size ? 0 : s + 1) {
      const v = slots[s]!;
      if (v === 0) return -1;
      if (v >>> 8 === print) return s;
    }
  }

  /**
   * ln P of every token of `ids[0, n)` (ids[0] is BOS) given the ones before it, into
   * `out[1, n)`: the same values as logProb, with fewer look-ups. Each step remembers the
   * longest n-gram found ending at its token; no longer context exists for the next
   * step (a kept n-gram's prefix and suffix are kept too), and the found n-gram's
   * back-off weight is the next step's.
   */
  scoreAll(ids: Int32Array, n: number, out: Float64Array): void {
    const t2 = this.#t2;
    const t3 = this.#t3;
    const t4 = this.#t4;
    let longest = 1; // order of the longest n-gram found ending at the previous token
    // Its back-off weight when it is of order 2 or 3, read as soon as it is found: the
    // byte is in another array, and loading it a step early overlaps that cache miss.
    let knownBackoff = 0;
    for (let at = 1; at < n; at++) {
      const w = ids[at]!;
      const c = ids[at - 1]!;
      const b = at >= 2 ? ids[at - 2]! : -1;
      const a = at >= 3 ? ids[at - 3]! : -1;
      let backoff = 0;
      let found = 0;
      let logP = 0;
      let nextBackoff = 0;
      if (longest >= 3 && at >= 3) {
        const s = this.#find(t4, a, b, c, w);
        if (s >= 0) {
          logP = t4.probCodes[t4.slots[s]! & 255]!;
          found = 4;
        } else if (longest === 3) backoff += knownBackoff;
        else {
          const ctx = this.#find(t3, a, b, c, -1);
          if (ctx >= 0) backoff += t3.backoffCodes[t3.backoff[ctx]!]!;
        }
      }
      if (found === 0 && longest >= 2 && at >= 2) {
        const s = this.#find(t3, b, c, w, -1);
        if (s >= 0) {
          logP = backoff + t3.probCodes[t3.slots[s]! & 255]!;
          found = 3;
          nextBackoff = t3.backoffCodes[t3.backoff[s]!]!;
        } else if (longest === 2) backoff += knownBackoff;
        else {
          const ctx = this.#find(t2, b, c, -1, -1);
          if (ctx >= 0) backoff += t2.backoffCodes[t2.backoff[ctx]!]!;
        }
      }
      if (found === 0) {
        const s = this.#find(t2, c, w, -1, -1);
        if (s >= 0) {
          logP = backoff + t2.probCodes[t2.slots[s]! & 255]!;
          found = 2;
          nextBackoff = t2.backoffCodes[t2.backoff[s]!]!;
        } else {
          logP = backoff + this.#unigramLogBackoff[c]! + this.#unigramLogProb[w]!;
          found = 1;
        }
      }
      out[at] = logP;
      longest = found;
      knownBackoff = nextBackoff;
    }
  }

  /**
   * ln P of each of `tokens[0, count)` in place of `ids[at]` (after ids[0, at), ids[0]
   * BOS), into `out`: logProb's values, the history's back-off weights looked up once.
   * A missing context means no longer n-gram either (a kept n-gram's prefix is kept).
   */
  logProbsAt(ids: Int32Array, at: number, tokens: Int32Array, count: number, out: Float64Array): void {
    const t2 = this.#t2;
    const t3 = this.#t3;
    const t4 = this.#t4;
    const c = ids[at - 1]!;
    const b = at >= 2 ? ids[at - 2]! : -1;
    const a = at >= 3 ? ids[at - 3]! : -1;
    const ctx3 = at >= 3 ? this.#find(t3, a, b, c, -1) : -1;
    const ctx2 = at >= 2 ? this.#find(t2, b, c, -1, -1) : -1;
    const backoff3 = ctx3 >= 0 ? t3.backoffCodes[t3.backoff[ctx3]!]! : 0;
    const backoff2 = ctx2 >= 0 ? t2.backoffCodes[t2.backoff[ctx2]!]! : 0;
    const backoff1 = this.#unigramLogBackoff[c]!;
    for (let i = 0; i < count; i++) {
      const w = tokens[i]!;
      if (ctx3 >= 0) {
        const s = this.#find(t4, a, b, c, w);
        if (s >= 0) {
          out[i] = t4.probCodes[t4.slots[s]! & 255]!;
          continue;
        }
      }
      if (ctx2 >= 0) {
        const s = this.#find(t3, b, c, w, -1);
        if (s >= 0) {
          out[i] = backoff3 + t3.probCodes[t3.slots[s]! & 255]!;
          continue;
        }
      }
      const s = this.#find(t2, c, w, -1, -1);
      out[i] = s >= 0 ? backoff3 + backoff2 + t2.probCodes[t2.slots[s]! & 255]! : backoff3 + backoff2 + backoff1 + this.#unigramLogProb[w]!;
    }
  }

  /**
   * ln P(ids[at] | up to three ids before it, from `from` on): the longest known n-gram,
   * backing off through the contexts' weights. `ids[from]` is BOS or the first token.
   */
  logProb(ids: Int32Array | Uint16Array, from: number, at: number): number {
    const w = ids[at]!;
    const t2 = this.#t2;
    const t3 = this.#t3;
    const t4 = this.#t4;
    let backoff = 0;
    const history = at - from;
    if (history >= 3) {
      const a = ids[at - 3]!;
      const b = ids[at - 2]!;
      const c = ids[at - 1]!;
      const s = this.#find(t4, a, b, c, w);
      if (s >= 0) return t4.probCodes[t4.slots[s]! & 255]!;
      const ctx = this.#find(t3, a, b, c, -1);
      if (ctx >= 0) backoff += t3.backoffCodes[t3.backoff[ctx]!]!;
    }
    if (history >= 2) {
      const b = ids[at - 2]!;
      const c = ids[at - 1]!;
      const s = this.#find(t3, b, c, w, -1);
      if (s >= 0) return backoff + t3.probCodes[t3.slots[s]! & 255]!;
      const ctx = this.#find(t2, b, c, -1, -1);
      if (ctx >= 0) backoff += t2.backoffCodes[t2.backoff[ctx]!]!;
    }
    if (history >= 1) {
      const c = ids[at - 1]!;
      const s = this.#find(t2, c, w, -1, -1);
      if (s >= 0) return backoff + t2.probCodes[t2.slots[s]! & 255]!;
      backoff += this.#unigramLogBackoff[c]!;
    }
    return backoff + this.#unigramLogProb[w]!;
  }
}

/**
 * The tokens of `text[start, end)` for the model, BOS first, and where each came from:
 * `ids[k]` is the token of `text[offsets[k]]` (offsets[0] = start - 1 for BOS). Whitespace
 * is dropped. Sentences are cut by the caller; this fills reused arrays and returns the count.
 */
export function tokenize(model: ContextModel, text: string, start: number, end: number, ids: Int32Array, offsets: Int32Array): number {
  let n = 0;
  ids[n] = BOS;
  offsets[n++] = start - 1;
  for (let i = start; i < end; i++) {
    const token = model.token(text.charCodeAt(i));
    if (token === SKIP) continue;
    ids[n] = token;
    offsets[n++] = i;
  }
  return n;
}

/** Reused arrays of textLogP. */
let scratchIds = new Int32Array(64);
let scratchOffsets = new Int32Array(64);
let scratchLogPs = new Float64Array(64);

/** ln P of a short text (a phrase, a clause) under the model, its tokens after BOS summed. */
export function textLogP(model: ContextModel, text: string): number {
  if (scratchIds.length <= text.length + 1) {
    scratchIds = new Int32Array(2 * text.length + 2);
    scratchOffsets = new Int32Array(2 * text.length + 2);
    scratchLogPs = new Float64Array(2 * text.length + 2);
  }
  const n = tokenize(model, text, 0, text.length, scratchIds, scratchOffsets);
  model.scoreAll(scratchIds, n, scratchLogPs);
  let sum = 0;
  for (let k = 1; k < n; k++) sum += scratchLogPs[k]!;
  return sum;
}
