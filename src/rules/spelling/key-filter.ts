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
    const [a, b] = probes(key, this.bits.length * 32 - 1);
    this.bits[a >>> 5]! |= 1 << (a & 31);
    this.bits[b >>> 5]! |= 1 << (b & 31);
  }

  /** False when the key was surely never added. */
  mayHave(key: number): boolean {
    const [a, b] = probes(key, this.bits.length * 32 - 1);
    return (this.bits[a >>> 5]! & (1 << (a & 31))) !== 0 && (this.bits[b >>> 5]! & (1 << (b & 31))) !== 0;
  }
}

function probes(key: number, mask: number): [number, number] {
  const hi = Math.floor(key / 0x100000000);
  const lo = key | 0;
  let h = Math.imul(lo ^ Math.imul(hi, 0x27d4eb2f), 0x165667b1);
  h ^= h >>> 15;
  const g = Math.imul(h ^ lo, 0x9e3779b1);
  return [h & mask, (g ^ (g >>> 16)) & mask];
}
