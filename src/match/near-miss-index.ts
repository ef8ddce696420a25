import { textOfUnits, unitsOfLines } from '../compiled/artefact-file.js';
import { isHan } from '../text/unicode.js';

/** How a span of the text differs from the canonical form it is one edit away from. */
export type EditKind = 'substitution' | 'deletion' | 'insertion' | 'transposition';

/** A span one edit away from a canonical form, or exactly a form (`kind` undefined). */
export interface FormMatch {
  start: number;
  end: number;
  /** Index of the form in the list given to the constructor. */
  form: number;
  kind?: EditKind;
  /**
   * Where the edit is, as an offset into the form: the replaced or dropped character
   * (substitution, deletion), the first of the two swapped (transposition); for an
   * insertion, the offset into the span of the added character.
   */
  at: number;
}

/** The index as typed arrays (what `store()` returns for the build to save): a start reads them in place. */
export interface StoredNearMissIndex {
  /** The forms joined by \n (unitsOfLines): read as one string, never split. */
  forms: Uint16Array;
  /** Where each form starts in `forms`, and one more entry: the end of the last form + 1 (as if followed by \n). */
  starts: Int32Array;
  /**
   * Entry keys, ascending: hashes of each form and of the form with one character but the
   * first left out. Only their low 16 bits are stored; the bucket gives the high ones.
   */
  keys: Uint16Array;
  /** First entry of each bucket of keys (by their high 16 bits); one more for the end. */
  buckets: Int32Array;
  /** Per entry: form index × 64 + the left-out position, or + WHOLE for the form itself. */
  values: Uint32Array;
  /** One bit per hash of (first character, last character, span length) of a possible match. */
  filter: Uint32Array;
  /** The same for (first character, last but one, length): forms whose last character may be replaced. */
  lastFilter: Uint32Array;
  /**
   * Per first code unit, the span lengths worth a look (a form's length and one either
   * side), as bits: lengths 0–31 at [2u], 32–63 at [2u + 1]. Most characters start no
   * form, and the others few lengths, so a position costs a read or two instead of one
   * filter probe per length.
   */
  spanLengths: Uint32Array;
}

/** Forms that take part: shorter ones are too often a different phrase one character away. */
export const MIN_FORM_LENGTH = 4;
/** Longest form indexed, in code units (law titles run to ~40). */
export const MAX_FORM_LENGTH = 40;
const WHOLE = 63;
const FILTER_BITS = 1 << 22;
/** Keys are found through buckets of their high 16 bits (2^16 buckets, ~8 keys each for 500,000 keys). */
const BUCKET_SHIFT = 16;
const BASE = 0x01000193;

/** BASE^k mod 2^32 for every span length. */
const POWERS = (() => {
  const p = new Uint32Array(MAX_FORM_LENGTH + 2);
  p[0] = 1;
  for (let i = 1; i < p.length; i++) p[i] = Math.imul(p[i - 1]!, BASE) >>> 0;
  return p;
})();

function hashUnits(units: ArrayLike<number>): number {
  let h = 0;
  for (let i = 0; i < units.length; i++) h = (Math.imul(h, BASE) + units[i]!) >>> 0;
  return h;
}

function filterBit(first: number, last: number, length: number): number {
  return Math.imul((first * 0x10001) ^ Math.imul(last, 0x2c1b3c6d) ^ (length * 0x9e3779b1), 0x85ebca6b) >>> 10;
}

/** True for a form the index takes: Han characters only, no surrogates, within the lengths. */
export function indexable(form: string): boolean {
  if (form.length < MIN_FORM_LENGTH || form.length > MAX_FORM_LENGTH) return false;
  for (let i = 0; i < form.length; i++) if (!isHan(form.charCodeAt(i))) return false;
  return true;
}

/**
 * Every span of a text that is one edit away from one of many canonical forms (tens of
 * thousands): a character replaced, dropped, added, or two neighbours swapped, never the
 * first character, and the last one only replaced or swapped with the one before it
 * (再接再励, 远走飞高): a span that adds or drops
 * a character at a form's edge is another word (中华民族, 人民群众). Symmetric deletion
 * hashing: each form is stored whole and with each character but the first left out in
 * turn, and a span of the text is looked up the same way, so the four kinds of edit meet
 * in one table.
 *
 * One pass over each run of Han characters. At each position, the lengths that forms
 * starting with its character can give (spanLengths), then for each of them one bit of a
 * filter keyed by (first character, last character, length) and one keyed by (first,
 * last but one, length) say whether any form could match, so nearly every span costs a
 * few memory reads and no hashing. Linear in the text.
 */
export class NearMissIndex {
  readonly #stored: StoredNearMissIndex;
  /** All forms in one string, form i at [starts[i], starts[i + 1] − 1). */
  readonly #all: string;

  /** `stored`: what `store()` returned for these forms, instead of building it from `forms`. Nothing is rebuilt on load. */
  constructor(forms: readonly string[] | undefined, stored?: StoredNearMissIndex) {
    if (!stored && !forms) throw new Error('NearMissIndex: forms or stored index needed');
    this.#stored = stored ?? build(forms!);
    this.#all = textOfUnits(this.#stored.forms);
  }

  /** Number of forms. */
  get size(): number {
    return this.#stored.starts.length - 1;
  }

  /** Form `i`. */
  form(i: number): string {
    const { starts } = this.#stored;
    return this.#all.slice(starts[i]!, starts[i + 1]! - 1);
  }

  store(): StoredNearMissIndex {
    return this.#stored;
  }

  /** Exact occurrences of forms and spans one edit away, in text order (overlapping). */
  find(text: string): FormMatch[] {
    const found: FormMatch[] = [];
    const { filter, lastFilter, spanLengths } = this.#stored;
    // Prefix hashes of the current Han run, reused for every span in it.
    let prefix = new Uint32Array(64);
    for (let r0 = 0; r0 < text.length; ) {
      if (!isHan(text.charCodeAt(r0))) {
        r0++;
        continue;
      }
      let r1 = r0 + 1;
      while (r1 < text.length && isHan(text.charCodeAt(r1))) r1++;
      if (r1 - r0 >= 2) {
        if (prefix.length < r1 - r0 + 1) prefix = new Uint32Array(2 * (r1 - r0 + 1));
        let hashed = false;
        for (let p = r0; p + 2 <= r1; p++) {
          const first = text.charCodeAt(p);
          const room = r1 - p;
          for (let half = 0; half < 2; half++) {
            let lengths = spanLengths[2 * first + half]!;
            while (lengths !== 0) {
              const bitIndex = 31 - Math.clz32(lengths & -lengths);
              lengths &= lengths - 1;
              const n = half * 32 + bitIndex;
              if (n > room) break;
              if (!hashed) {
                for (let i = r0; i < r1; i++) prefix[i - r0 + 1] = (Math.imul(prefix[i - r0]!, BASE) + text.charCodeAt(i)) >>> 0;
                hashed = true;
              }
              const bit = filterBit(first, text.charCodeAt(p + n - 1), n);
              if ((filter[bit >>> 5]! & (1 << (bit & 31))) !== 0) this.#matchSpan(text, prefix, r0, p, n, found);
              // The form's last but one is the span's (its last replaced) or the span's last (the last two swapped: 远走飞高).
              const lastBit = filterBit(first, text.charCodeAt(p + n - 2), n);
              const replaced = (lastFilter[lastBit >>> 5]! & (1 << (lastBit & 31))) !== 0;
              const swapBit = filterBit(first, text.charCodeAt(p + n - 1), n);
              const swapped = n >= 3 && (lastFilter[swapBit >>> 5]! & (1 << (swapBit & 31))) !== 0;
              if (replaced || swapped) this.#matchLastTwo(text, prefix, r0, p, n, found, replaced, swapped);
            }
          }
        }
      }
      r0 = r1;
    }
    return found;
  }

  /** Hash of text[a, b) inside the run starting at r0. */
  #hash(prefix: Uint32Array, r0: number, a: number, b: number): number {
    return (prefix[b - r0]! - Math.imul(prefix[a - r0]!, POWERS[b - a]!)) >>> 0;
  }

  #matchSpan(text: string, prefix: Uint32Array, r0: number, p: number, n: number, found: FormMatch[]): void {
    const end = p + n;
    // The span whole: a form itself (exact), or a form with one character left out (the text dropped it).
    this.#entries(this.#hash(prefix, r0, p, end), (form, left) => {
      const f = this.form(form);
      if (left === WHOLE) {
        if (f.length === n && text.startsWith(f, p)) found.push({ start: p, end, form, at: 0 });
      } else if (f.length === n + 1 && left < n && sameWithout(f, left, text, p, end, -1)) {
        found.push({ start: p, end, form, kind: 'deletion', at: left });
      }
    });
    // The span with one inner character left out: a form (the text added it), or a form with one left out (replaced or swapped).
    for (let j = 1; j < n - 1; j++) {
      const key = (Math.imul(this.#hash(prefix, r0, p, p + j), POWERS[n - j - 1]!) + this.#hash(prefix, r0, p + j + 1, end)) >>> 0;
      this.#entries(key, (form, left) => {
        const f = this.form(form);
        if (left === WHOLE) {
          if (f.length === n - 1 && sameWithout(f, -1, text, p, end, j)) found.push({ start: p, end, form, kind: 'insertion', at: j });
          return;
        }
        if (f.length !== n || left === n - 1 || !sameWithout(f, left, text, p, end, j)) return;
        if (left === j) {
          if (f.charCodeAt(j) !== text.charCodeAt(p + j)) found.push({ start: p, end, form, kind: 'substitution', at: j });
        } else if (left === j + 1 && f.charCodeAt(j) === text.charCodeAt(p + j + 1) && f.charCodeAt(j + 1) === text.charCodeAt(p + j) && f.charCodeAt(j) !== f.charCodeAt(j + 1)) {
          found.push({ start: p, end, form, kind: 'transposition', at: j });
        }
      });
    }
  }

  /**
   * The span but its last character, looked up once: a form but its last character (the last one
   * replaced), or the form but its last but one, which ends the span (the last two swapped).
   */
  #matchLastTwo(text: string, prefix: Uint32Array, r0: number, p: number, n: number, found: FormMatch[], replaced: boolean, swapped: boolean): void {
    const end = p + n;
    this.#entries(this.#hash(prefix, r0, p, end - 1), (form, left) => {
      const f = this.form(form);
      if (f.length !== n) return;
      if (replaced && left === n - 1 && f.charCodeAt(n - 1) !== text.charCodeAt(end - 1) && sameWithout(f, left, text, p, end, n - 1)) {
        found.push({ start: p, end, form, kind: 'substitution', at: n - 1 });
      } else if (swapped && left === n - 2 && f.charCodeAt(n - 2) === text.charCodeAt(end - 1) && f.charCodeAt(n - 2) !== f.charCodeAt(n - 1) && sameWithout(f, left, text, p, end, n - 1)) {
        found.push({ start: p, end, form, kind: 'transposition', at: n - 2 });
      }
    });
  }

  #entries(key: number, visit: (form: number, left: number) => void): void {
    const { keys, values, buckets } = this.#stored;
    const b = key >>> BUCKET_SHIFT;
    const low = key & 0xffff;
    for (let e = buckets[b]!, to = buckets[b + 1]!; e < to; e++) if (keys[e] === low) visit(values[e]! >>> 6, values[e]! & 63);
  }
}



/**
 * Form f without its character at `formSkip` (-1: none) equals text[start, end) without the
 * character at offset `textSkip` (-1: none): compares the characters, so a hash collision
 * never makes a match.
 */
function sameWithout(f: string, formSkip: number, text: string, start: number, end: number, textSkip: number): boolean {
  let i = 0;
  let k = start;
  for (;;) {
    if (i === formSkip) i++;
    if (k - start === textSkip) k++;
    if (i >= f.length || k >= end) return i >= f.length && k >= end;
    if (f.charCodeAt(i) !== text.charCodeAt(k)) return false;
    i++;
    k++;
  }
}

function buildFilters(forms: readonly string[]): { filter: Uint32Array; lastFilter: Uint32Array; spanLengths: Uint32Array } {
  const filter = new Uint32Array(FILTER_BITS >>> 5);
  const lastFilter = new Uint32Array(FILTER_BITS >>> 5);
  const spanLengths = new Uint32Array(2 * 65536);
  const set = (bits: Uint32Array, bit: number) => (bits[bit >>> 5]! |= 1 << (bit & 31));
  for (const f of forms) {
    if (!indexable(f)) continue;
    const first = f.charCodeAt(0);
    const last = f.charCodeAt(f.length - 1);
    // Spans one shorter (a character dropped), as long (replaced, swapped) and one longer (added).
    for (let n = f.length - 1; n <= f.length + 1; n++) {
      set(filter, filterBit(first, last, n));
      spanLengths[2 * first + (n >>> 5)]! |= 1 << (n & 31);
    }
    set(lastFilter, filterBit(first, f.charCodeAt(f.length - 2), f.length));
  }
  return { filter, lastFilter, spanLengths };
}

function build(forms: readonly string[]): StoredNearMissIndex {
  const entries: [key: number, value: number][] = [];
  const units: number[] = [];
  forms.forEach((f, form) => {
    if (!indexable(f)) return;
    units.length = 0;
    for (let i = 0; i < f.length; i++) units.push(f.charCodeAt(i));
    entries.push([hashUnits(units), form * 64 + WHOLE]);
    // Every character but the first left out in turn (the last: for a replaced last character only).
    for (let i = 1; i < f.length; i++) entries.push([hashUnits([...units.slice(0, i), ...units.slice(i + 1)]), form * 64 + i]);
  });
  entries.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const starts = new Int32Array(forms.length + 1);
  for (let i = 0; i < forms.length; i++) starts[i + 1] = starts[i]! + forms[i]!.length + 1;
  const buckets = new Int32Array((1 << (32 - BUCKET_SHIFT)) + 1);
  for (let e = 0, b = 0; b < buckets.length; b++) {
    while (e < entries.length && entries[e]![0] >>> BUCKET_SHIFT < b) e++;
    buckets[b] = e;
  }
  return {
    forms: unitsOfLines(forms),
    starts,
    keys: Uint16Array.from(entries, (e) => e[0] & 0xffff),
    buckets,
    values: Uint32Array.from(entries, (e) => e[1]),
    ...buildFilters(forms),
  };
}
