/**
 * A Bloom filter over integer keys below 2^52: 256 KB of bits that stay in the CPU's
 * cache, asked before a hash table that does not. Most windows the spelling detector
 * looks up have no entry; the filter answers those without a trip to main memory. It is
 * blocked: a key's two bits lie in one 16-byte block, so a question costs one cache line.
 */
export class KeyFilter {
  readonly bits: Uint32Array;

  constructor(bits: Uint32Array = new Uint32Array(1 << 16)) {
    this.bits = bits;
  }

  add(key: number): void {
    const h = firstHash(key);
    const block = this.#block(h);
    const g = secondHash(h, key);
    this.bits[block + ((g >>> 5) & 3)]! |= 1 << (g & 31);
    this.bits[block + ((g >>> 12) & 3)]! |= 1 << ((g >>> 7) & 31);
  }

  /** False when the key was surely never added. */
  mayHave(key: number): boolean {
    const h = firstHash(key);
    const block = this.#block(h);
    const g = secondHash(h, key);
    return (this.bits[block + ((g >>> 5) & 3)]! & (1 << (g & 31))) !== 0 && (this.bits[block + ((g >>> 12) & 3)]! & (1 << ((g >>> 7) & 31))) !== 0;
  }

  /** The first word of the key's block of 4 words (128 bits). */
  #block(h: number): number {
    return h & (this.bits.length - 1) & ~3;
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
