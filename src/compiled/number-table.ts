/**
 * An open-addressing hash table of exact integer keys below 2^52 with one int and one
 * float value per key, all in one Int32Array (4 cells a slot: key high bits, key low
 * bits, int value, float value). A compiled model loads it as plain bytes; a lookup
 * touches one cache line and never boxes a number or builds a string.
 */
export class NumberTable {
  readonly slots: Int32Array;
  readonly #floats: Float32Array;
  readonly #mask: number;

  constructor(slots: Int32Array) {
    this.slots = slots;
    this.#floats = new Float32Array(slots.buffer, slots.byteOffset, slots.length);
    this.#mask = slots.length / STRIDE - 1;
  }

  /** An empty table with room for `keyCount` keys, at most `maxLoad` full (fuller tables are smaller, but probe longer for absent keys). */
  static withRoom(keyCount: number, maxLoad = 0.6): NumberTable {
    let capacity = 16;
    while (capacity * maxLoad < keyCount) capacity *= 2;
    const slots = new Int32Array(capacity * STRIDE);
    for (let i = 0; i < slots.length; i += STRIDE) slots[i] = EMPTY;
    return new NumberTable(slots);
  }

  /** The key's slot (a cell index for int/float), or -1 when it is absent. */
  find(key: number): number {
    const hi = Math.floor(key / TWO_32);
    const lo = key | 0;
    const slots = this.slots;
    for (let slot = hash(hi, lo) & this.#mask; ; slot = (slot + 1) & this.#mask) {
      const at = slot * STRIDE;
      const h = slots[at]!;
      if (h === EMPTY) return -1;
      if (h === hi && slots[at + 1] === lo) return at;
    }
  }

  /** The key's slot, claimed if the key was absent. */
  claim(key: number): number {
    const found = this.find(key);
    if (found >= 0) return found;
    const hi = Math.floor(key / TWO_32);
    const lo = key | 0;
    for (let slot = hash(hi, lo) & this.#mask; ; slot = (slot + 1) & this.#mask) {
      const at = slot * STRIDE;
      if (this.slots[at] !== EMPTY) continue;
      this.slots[at] = hi;
      this.slots[at + 1] = lo;
      return at;
    }
  }

  int(slot: number): number {
    return this.slots[slot + 2]!;
  }

  float(slot: number): number {
    return this.#floats[slot + 3]!;
  }

  setInt(slot: number, value: number): void {
    this.slots[slot + 2] = value;
  }

  setFloat(slot: number, value: number): void {
    this.#floats[slot + 3] = value;
  }
}

/** A 52-bit hash of the code units of `text[start, start + length)`: a key for strings too long to be their own key. */
export function hashKey(text: string, start: number, length: number): number {
  let a = 0x811c9dc5;
  let b = 0x1b873593;
  for (let k = start; k < start + length; k++) {
    const c = text.charCodeAt(k);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return (b & 0xfffff) * 0x100000000 + (a >>> 0);
}

const STRIDE = 4;
const EMPTY = -1; // never a high half: keys stay below 2^52
const TWO_32 = 0x100000000;

function hash(hi: number, lo: number): number {
  let h = Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}
