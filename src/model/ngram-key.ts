/**
 * Keys of the context model's n-gram tables. A token is a character's id (below
 * 2^13); an n-gram of up to four tokens hashes to a slot and to a 24-bit fingerprint
 * by two independent mixes, computed the same way by the build and by a reader.
 */

/** Token ids are below this: four of them pack into one exact number (52 bits) at build time. */
export const ID_LIMIT = 8192;

/** Ids with a meaning of their own; characters start at FIRST_CHAR_ID. */
export const SKIP = 0;
export const BOS = 1;
export const UNKNOWN = 2;
export const DIGIT = 3;
export const LATIN = 4;
export const FIRST_CHAR_ID = 5;

/** A 32-bit mix of up to four ids (absent ones are -1), seeded so that two seeds give independent values. */
export function mixIds(seed: number, a: number, b: number, c: number, d: number): number {
  let h = Math.imul(seed ^ (a + 1), 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 15) ^ (b + 1), 0x85ebca77);
  h = Math.imul(h ^ (h >>> 13) ^ (c + 1), 0xc2b2ae3d);
  h = Math.imul(h ^ (h >>> 16) ^ (d + 1), 0x27d4eb2f);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return (h ^ (h >>> 12)) >>> 0;
}

export const SLOT_SEED = 0x3c6ef372;
export const PRINT_SEED = 0x1b873593;

/** The home slot of an n-gram in a table of `size` slots (size below 2^31). */
export function homeSlot(size: number, a: number, b: number, c: number, d: number): number {
  return Math.floor((mixIds(SLOT_SEED, a, b, c, d) * size) / 4294967296);
}

/** The n-gram's fingerprint: 24 bits, never 0 (0 marks an empty slot). */
export function fingerprint(a: number, b: number, c: number, d: number): number {
  return mixIds(PRINT_SEED, a, b, c, d) >>> 8 || 1;
}
