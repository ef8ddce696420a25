/**
 * A Bloom filter over integer keys below 2^52: 256 KB of bits that stay in the CPU's
 * cache, asked before a hash table that does not. Most windows the spelling detector
 * looks up have no entry; the filter answers those without a trip to main memory.
 */
export class KeyFilter {
  readonly bits: Uint32Array;

  constructor(bits: Uint32Array = new Uint32Array(1 << 16)) {
    this.bits = bits;
  }

  add(key: number): void {
    const h = firstHash(key);
    this.#set(h);
    this.#set(secondHash(h, key));
  }

  /** False when the key was surely never added. */
  mayHave(key: number): boolean {
    const h = firstHash(key);
    return this.#has(h) && this.#has(secondHash(h, key));
  }

  #set(hash: number): void {
    const bit = hash & (this.bits.length * 32 - 1);
    this.bits[bit >>> 5]! |= 1 << (bit & 31);
  }

  #has(hash: number): boolean {
    const bit = hash & (this.bits.length * 32 - 1);
    return (this.bits[bit >>> 5]! & (1 << (bit & 31))) !== 0;
  }
}

function firstHash(key: number): number {
  const h = Math.imul((key | 0) ^ Math.imul(Math.floor(key / 0x100000000), 0x27d4eb2f), 0x165667b1);
  return h ^ (h >>> 15);
}

function secondHash(first: number, key: number): number {
  const g = Math.imul(first ^ (key | 0), 0x9e3779b1);
  return g ^ (g >>> 16);
}
