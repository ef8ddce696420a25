import { editDistance } from '../../text/levenshtein.js';
import { ARABIC_DIGITS, HAN_ONE_TO_NINE, HAN_SMALL_MULTIPLIERS, HAN_ZEROS } from '../../text/numerals.js';
import { RUNNING_TEXT_MARKS } from '../../text/sentences.js';
import { isWordChar } from './context.js';

/** How a text window differs from the canonical term it resembles. */
export type NearMissKind = 'substitution' | 'insertion' | 'deletion' | 'transposition' | 'swap' | 'mixed';

export interface NearMiss {
  start: number;
  end: number;
  /** Index of the term in the list given to the constructor. */
  term: number;
  kind: NearMissKind;
  /** Edits that count (paraphrase edits such as 和/与 or an inserted 的 do not). */
  edits: number;
  /** Those edits, for the rule to weigh the evidence that the window is a slip. */
  changes: Change[];
}

/**
 * One counted edit, at a window offset (`at`, relative to the window's start): a character
 * replaced (`right` is the term's), one the term lacks, a term character missing before
 * `at` (`right`), two neighbours transposed (at, at + 1), or two blocks swapped.
 */
export type Change =
  | { op: 'substitution'; at: number; right: string }
  | { op: 'insertion'; at: number }
  | { op: 'deletion'; at: number; right: string }
  | { op: 'transposition'; at: number }
  | { op: 'swap' };

export interface FuzzyOptions {
  /** Groups of characters that replace one another in a paraphrase (和与及同): never a typo. */
  equivalent: string[];
  /** Characters whose insertion or deletion is a paraphrase (的之和). */
  ignorable: string;
  /** Words in which an ignorable character is part of the word (共和, 和平): deleting it there is a typo. */
  ignorableExcept?: string[];
  /** Terms shorter than this are only checked when `optIn` says so. Default 6. */
  minLength?: number;
  /** Terms written only whole (a theory's full name): two neighbouring characters left out are a near-miss too. */
  whole?: (index: number) => boolean;
}

/** Multiplicative hash of a bigram key. */
function hashOf(key: number): number {
  return Math.imul(key, 0x9e3779b1) >>> 7;
}

/** Size of the bigram bit filter (128 KB). */
const BIGRAM_BITS = 1 << 20;

function bitOf(key: number): number {
  return Math.imul(key, 0x85ebca6b) >>> 12;
}

/** A bigram found in this many terms or more is common: see the constructor. */
const COMMON_BIGRAM = 2;
/** From this length a term written without its last character, right before a clause mark, is a window too. */
const TRUNCATED_FROM = 7;
/** Marks of running text (a clause's end, a quotation's or a title's edge): a term cut short before one is not going on in the next word. */
const CLAUSE_MARKS = `${RUNNING_TEXT_MARKS}）`;

const NUMERALS = `${HAN_ZEROS}${HAN_ONE_TO_NINE}${HAN_SMALL_MULTIPLIERS}两${ARABIC_DIGITS}`;

/** Edits allowed for a term of `length` characters. */
function maxEdits(length: number): number {
  return length >= 9 ? 2 : 1;
}

/** The bigram index proper: what `store()` returns for the build to save. */
export interface Postings {
  /** Matching bigram positions needed before windows are compared. */
  threshold: Int32Array;
  /** Each term's slice of the hit queues: term length + 4 slots; one more for the total. */
  ringOffset: Int32Array;
  /** The bigram of each posting list. */
  bigrams: Uint32Array;
  /** Where each posting list starts in `flat`; one more for the end. */
  listStart: Int32Array;
  /** All posting lists, concatenated: (term, position) pairs. */
  flat: Int32Array;
}

/**
 * Near-misses of canonical terms: a character-bigram index of the terms finds, in one
 * pass over the text, the places where many bigrams of one term occur close together;
 * only those windows are compared with the term (fastest-levenshtein, then an alignment
 * that classifies the edits). Cost: linear in the text, times the (bounded) number of
 * terms sharing a bigram.
 *
 * A window is a near-miss when it differs from the term by one edit (two from 9
 * characters on: substitutions, one inserted or deleted character, an adjacent
 * transposition), or by two adjacent blocks swapped (全面进一步深化改革). It must start
 * and end with the term's own first and last characters, so a word that merely extends
 * or shortens a term (中华民族, 人民群众, a correct shorter form) never qualifies, and a
 * numeral replaced by another numeral (十九大 / 二十大) is a different term, not a typo.
 * Two exceptions, for a term of seven characters or more written up to its last character: followed
 * by a clause mark (…中国特色社会主义思，), the term cut short; followed by another character, its last
 * character replaced (人类命运共同休).
 */
export class FuzzyTermIndex {
  readonly terms: readonly string[];
  /** 1 for a character that starts a bigram of some term: most characters of a text do not. */
  readonly #starts = new Uint8Array(65536);
  /** A bit per hashed bigram of the index: most bigrams of a text miss with one read, no probing. */
  readonly #bigramBits = new Uint32Array(BIGRAM_BITS >>> 5);
  readonly #length: Int32Array;
  readonly #postings: Postings;
  readonly #ringSize: number;
  readonly #mask: number;
  /** The postings as an open-addressing table: the scan looks up one bigram per character, so this lookup is the hot path. */
  readonly #keys: Uint32Array;
  /** Per table slot: the index of its posting list, or -1. */
  readonly #slot: Int32Array;
  readonly #equivalent = new Map<string, number>();
  readonly #ignorable: string;
  readonly #except: string[];
  readonly #whole: (index: number) => boolean;

  /** `stored`: the postings `store()` returned for these same terms and options, instead of building them. */
  constructor(terms: readonly string[], options: FuzzyOptions, optIn: (index: number) => boolean = () => false, stored?: Postings) {
    this.terms = terms;
    options.equivalent.forEach((group, g) => {
      for (const ch of group) this.#equivalent.set(ch, g);
    });
    this.#ignorable = options.ignorable;
    this.#except = options.ignorableExcept ?? [];
    this.#whole = options.whole ?? (() => false);
    this.#length = Int32Array.from(terms, (t) => t.length);
    this.#postings = stored ?? buildPostings(terms, options.minLength ?? 6, optIn);
    this.#ringSize = this.#postings.ringOffset[terms.length]!;
    const { bigrams } = this.#postings;
    let size = 16;
    while (size < bigrams.length * 4) size *= 2;
    this.#mask = size - 1;
    this.#keys = new Uint32Array(size);
    this.#slot = new Int32Array(size).fill(-1);
    for (let list = 0; list < bigrams.length; list++) {
      const key = bigrams[list]!;
      let h = hashOf(key) & this.#mask;
      while (this.#slot[h] !== -1) h = (h + 1) & this.#mask;
      this.#keys[h] = key;
      this.#slot[h] = list;
      this.#starts[key >>> 16] = 1;
      const bit = bitOf(key);
      this.#bigramBits[bit >>> 5]! |= 1 << (bit & 31);
    }
  }

  store(): Postings {
    return this.#postings;
  }

  /** Every near-miss window in `text`, possibly overlapping (the caller picks). */
  find(text: string): NearMiss[] {
    const n = this.terms.length;
    const lengths = this.#length;
    const { threshold: thresholds, ringOffset: offsets, listStart, flat } = this.#postings;
    // Per term: a circular queue of recent hits (text position, term position) within
    // one term length, and the range of alignments (text position − term position)
    // waiting to be compared.
    const ringI = new Int32Array(this.#ringSize);
    const ringP = new Int32Array(this.#ringSize);
    const head = new Int32Array(n);
    const tail = new Int32Array(n);
    const lastHit = new Int32Array(n).fill(-1_000_000);
    const pendingLo = new Int32Array(n).fill(1);
    const pendingHi = new Int32Array(n);
    const found: NearMiss[] = [];
    const starts = this.#starts;
    const bits = this.#bigramBits;
    const mask = this.#mask;
    const keys = this.#keys;
    const slotOf = this.#slot;

    const flush = (t: number) => {
      if (pendingLo[t]! <= pendingHi[t]!) this.#verifyRange(text, t, pendingLo[t]!, pendingHi[t]!, found);
      pendingLo[t] = 1;
      pendingHi[t] = 0;
      head[t] = tail[t] = 0;
    };

    for (let i = 0; i + 1 < text.length; i++) {
      const c = text.charCodeAt(i);
      if (starts[c] === 0) continue;
      const key = (c * 65536 + text.charCodeAt(i + 1)) >>> 0;
      const bit = bitOf(key);
      if ((bits[bit >>> 5]! & (1 << (bit & 31))) === 0) continue;
      let slot = hashOf(key) & mask;
      while (slotOf[slot] !== -1 && keys[slot] !== key) slot = (slot + 1) & mask;
      const list = slotOf[slot]!;
      if (list === -1) continue;
      const listEnd = listStart[list + 1]!;
      for (let k = listStart[list]!; k < listEnd; k += 2) {
        const t = flat[k]!;
        const p = flat[k + 1]!;
        const length = lengths[t]!;
        if (length < 6) {
          // Short terms: substitutions and transpositions only, so the window has the
          // term's length and its first and last characters.
          const s0 = i - p;
          const term = this.terms[t]!;
          if (s0 >= 0 && text.charCodeAt(s0) === term.charCodeAt(0) && text.charCodeAt(s0 + length - 1) === term.charCodeAt(length - 1)) {
            this.#verifyRange(text, t, s0, s0, found);
          }
          continue;
        }
        const span = length + 2;
        if (i - lastHit[t]! > span) flush(t);
        lastHit[t] = i;
        const base = offsets[t]!;
        const cap = length + 4;
        let h = head[t]!;
        let e = tail[t]!;
        while (h < e && ringI[base + (h % cap)]! < i - span) h++;
        if (e - h === cap) h++; // full: drop the oldest
        ringI[base + (e % cap)] = i;
        ringP[base + (e % cap)] = p;
        e++;
        head[t] = h;
        tail[t] = e;
        const threshold = thresholds[t]!;
        if (e - h < threshold || distinctIn(ringP, base, cap, h, e) < threshold) continue;
        for (let r = h; r < e; r++) {
          const d = ringI[base + (r % cap)]! - ringP[base + (r % cap)]!;
          if (pendingLo[t]! > pendingHi[t]!) pendingLo[t] = pendingHi[t] = d;
          else if (d < pendingLo[t]!) pendingLo[t] = d;
          else if (d > pendingHi[t]!) pendingHi[t] = d;
        }
      }
    }
    for (let t = 0; t < n; t++) flush(t);
    // A window can be reached from two flushes; keep one of each.
    found.sort((a, b) => a.start - b.start || a.end - b.end || a.term - b.term);
    return found.filter((m, k) => k === 0 || m.start !== found[k - 1]!.start || m.end !== found[k - 1]!.end || m.term !== found[k - 1]!.term);
  }

  /** Compares term `t` with the windows that start near the alignments lo…hi. */
  #verifyRange(text: string, t: number, lo: number, hi: number, found: NearMiss[]): void {
    const term = this.terms[t]!;
    const L = term.length;
    const first = term.charCodeAt(0);
    const last = term.charCodeAt(L - 1);
    const reach = L < 6 ? 0 : maxEdits(L);
    const minLen = L < 6 ? L : L - 2;
    const maxLen = L < 6 ? L : L + 2;
    for (let s = Math.max(0, lo - reach); s <= hi + reach; s++) {
      if (text.startsWith(term, s)) continue; // the term itself
      const firstOk = text.charCodeAt(s) === first;
      for (let len = minLen; len <= maxLen; len++) {
        if (s + len > text.length) break;
        const lastOk = text.charCodeAt(s + len - 1) === last;
        if (firstOk && lastOk) {
          const miss = this.#compare(text, s, len, t);
          if (miss) found.push(miss);
        } else if (len === L && L >= 6 && (firstOk || lastOk) && isBlockSwap(text, s, term)) {
          found.push({ start: s, end: s + len, term: t, kind: 'swap', edits: 2, changes: [{ op: 'swap' }] });
        }
      }
      // The term cut short by its last character right before a clause mark (…社会主义思，): the last character cannot be anchored on.
      if (L >= TRUNCATED_FROM && firstOk && CLAUSE_MARKS.includes(text[s + L - 1] ?? '') && text.startsWith(term.slice(0, L - 1), s)) {
        found.push({ start: s, end: s + L - 1, term: t, kind: 'deletion', edits: 1, changes: [{ op: 'deletion', at: L - 1, right: term[L - 1]! }] });
      }
      // The last character replaced (人类命运共同休): the window cannot be anchored on it either; the rule asks for a look-alike or homophone standing alone.
      if (L >= TRUNCATED_FROM && firstOk && s + L <= text.length && text.charCodeAt(s + L - 1) !== last && isWordChar(text[s + L - 1]!) && text.startsWith(term.slice(0, L - 1), s)) {
        found.push({ start: s, end: s + L, term: t, kind: 'substitution', edits: 1, changes: [{ op: 'substitution', at: L - 1, right: term[L - 1]! }] });
      }
    }
  }

  /** Whether text[s, s+len) (same first and last characters as term `t`) is a near-miss, and how. */
  #compare(text: string, s: number, len: number, t: number): NearMiss | undefined {
    const term = this.terms[t]!;
    const L = term.length;
    const window = text.slice(s, s + len);
    for (const ch of window) if (!isWordChar(ch) && !term.includes(ch)) return undefined;
    const d = editDistance(window, term);
    if (d > maxEdits(L) + 1) return undefined;
    const verdict = this.#classify(window, term, this.#whole(t));
    return verdict ? { start: s, end: s + len, term: t, ...verdict } : undefined;
  }

  /** Aligns window and term (Damerau–Levenshtein with backtrace) and judges the edits. */
  #classify(window: string, term: string, whole: boolean): { kind: NearMissKind; edits: number; changes: Change[] } | undefined {
    const a = window;
    const b = term;
    const m = a.length;
    const n = b.length;
    const w = n + 1;
    const dp = new Int32Array((m + 1) * w);
    for (let i = 0; i <= m; i++) dp[i * w] = i;
    for (let j = 0; j <= n; j++) dp[j] = j;
    for (let i = 1; i <= m; i++) {
      for (let j = 1; j <= n; j++) {
        const cost = a[i - 1] === b[j - 1] ? 0 : 1;
        let v = Math.min(dp[(i - 1) * w + j]! + 1, dp[i * w + j - 1]! + 1, dp[(i - 1) * w + j - 1]! + cost);
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1] && cost === 1) v = Math.min(v, dp[(i - 2) * w + j - 2]! + 1);
        dp[i * w + j] = v;
      }
    }
    // Backtrace, collecting the edits.
    let subs = 0;
    let indels = 0;
    let transpositions = 0;
    let ignoredIndel = 0;
    let i = m;
    let j = n;
    const subAt: number[] = [];
    const changes: Change[] = [];
    while (i > 0 || j > 0) {
      const here = dp[i * w + j]!;
      if (i > 0 && j > 0 && a[i - 1] === b[j - 1] && here === dp[(i - 1) * w + j - 1]) {
        i--;
        j--;
      } else if (i > 0 && j > 0 && here === dp[(i - 1) * w + j - 1]! + 1) {
        const x = a[i - 1]!;
        const y = b[j - 1]!;
        if (isNumeral(x) && isNumeral(y)) return undefined; // 十九 / 二十: another term
        const gx = this.#equivalent.get(x);
        if (gx === undefined || gx !== this.#equivalent.get(y)) {
          subs++;
          subAt.push(j - 1);
          changes.push({ op: 'substitution', at: i - 1, right: y });
        }
        i--;
        j--;
      } else if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1] && here === dp[(i - 2) * w + j - 2]! + 1) {
        if (isNumeral(a[i - 1]) && isNumeral(a[i - 2])) return undefined; // 十二 / 二十: another number
        transpositions++;
        changes.push({ op: 'transposition', at: i - 2 });
        i -= 2;
        j -= 2;
      } else if (i > 0 && here === dp[(i - 1) * w + j]! + 1) {
        // a character of the window that the term lacks
        if (this.#ignorable.includes(a[i - 1]!)) ignoredIndel++;
        else if (numeralNextTo(b, j, a[i - 1]!)) return undefined;
        else {
          indels++;
          changes.push({ op: 'insertion', at: i - 1 });
        }
        i--;
      } else {
        // a character of the term missing from the window
        if (this.#ignorable.includes(b[j - 1]!) && !this.#except.some((w) => b.slice(j - w.length, j + w.length - 1).includes(w))) ignoredIndel++;
        else if (isNumeral(b[j - 1]) && (isNumeral(b[j - 2]) || isNumeral(b[j]))) return undefined;
        else {
          indels++;
          changes.push({ op: 'deletion', at: i, right: b[j - 1]! });
        }
        j--;
      }
    }
    const edits = subs + indels + transpositions;
    if (edits === 0) return undefined; // only paraphrase edits
    const L = term.length;
    if (edits > maxEdits(L)) return undefined;
    if (L < 6 && indels > 0) return undefined; // short terms: substitution or transposition only
    // Two inserted or deleted characters: another wording; in a name written only whole, two neighbours left out are a word of it dropped.
    if (indels > 1 && !(whole && indels === 2 && subs + transpositions === 0 && droppedNeighbours(changes))) return undefined;
    if (ignoredIndel > 1) return undefined;
    // Two neighbouring substituted characters replace a word (建设 / 建成 is one, 深化 / 推进 two): another wording.
    subAt.sort((p, q) => p - q);
    for (let k = 1; k < subAt.length; k++) if (subAt[k]! - subAt[k - 1]! <= 1) return undefined;
    let kind: NearMissKind;
    if (edits > 1 && !(subs === edits || transpositions === edits || indels === edits)) kind = 'mixed';
    else if (transpositions > 0) kind = 'transposition';
    else if (subs > 0) kind = 'substitution';
    else kind = a.length > b.length ? 'insertion' : 'deletion';
    return { kind, edits, changes: changes.reverse() };
  }
}

/** Two deletions at the same place of the window: two neighbouring characters of the term left out. */
function droppedNeighbours(changes: readonly Change[]): boolean {
  const [a, b] = changes;
  return changes.length === 2 && a!.op === 'deletion' && b!.op === 'deletion' && a!.at === b!.at;
}

/** A numeral inserted into a number of the term (第二十次 → 第二十一次): another term, not a typo. */
function numeralNextTo(term: string, at: number, ch: string): boolean {
  return isNumeral(ch) && (isNumeral(term[at - 1]) || isNumeral(term[at]));
}

function isNumeral(ch: string | undefined): boolean {
  return ch !== undefined && ch.length === 1 && NUMERALS.includes(ch);
}

/** Distinct term positions among the queued hits h…e of one term's circular queue. */
function distinctIn(values: Int32Array, base: number, cap: number, h: number, e: number): number {
  let count = 0;
  for (let k = h; k < e; k++) {
    const v = values[base + (k % cap)];
    let seen = false;
    for (let q = h; q < k && !seen; q++) seen = values[base + (q % cap)] === v;
    if (!seen) count++;
  }
  return count;
}


/** text[s, s + term.length) = term with two adjacent blocks of at least two characters swapped. */
function isBlockSwap(text: string, s: number, term: string): boolean {
  const L = term.length;
  let lo = 0;
  while (lo < L && text.charCodeAt(s + lo) === term.charCodeAt(lo)) lo++;
  let hi = L;
  while (hi > lo && text.charCodeAt(s + hi - 1) === term.charCodeAt(hi - 1)) hi--;
  const n = hi - lo;
  if (n < 4) return false;
  // term[lo, hi) = X + Y and the window's [lo, hi) = Y + X, |X|, |Y| ≥ 2
  for (let k = 2; k <= n - 2; k++) {
    let same = true;
    for (let q = 0; q < n && same; q++) same = text.charCodeAt(s + lo + q) === term.charCodeAt(lo + ((q + k) % n));
    if (same) return true;
  }
  return false;
}

function buildPostings(terms: readonly string[], minLength: number, optIn: (index: number) => boolean): Postings {
  const n = terms.length;
  const threshold = new Int32Array(n);
  const ringOffset = new Int32Array(n + 1);
  // Bigrams shared by many terms (人民, 社会) are frequent in any text: a term that has
  // enough other bigrams is not indexed under them, which keeps the hits few.
  const eligible = terms.map((term, t) => term.length >= 4 && (term.length >= minLength || optIn(t)));
  const termsOf = new Map<number, number>();
  terms.forEach((term, t) => {
    if (!eligible[t]) return;
    const own = new Set<number>();
    for (let p = 0; p + 1 < term.length; p++) own.add(term.charCodeAt(p) * 65536 + term.charCodeAt(p + 1));
    for (const key of own) termsOf.set(key, (termsOf.get(key) ?? 0) + 1);
  });
  const lists = new Map<number, number[]>();
  let ring = 0;
  terms.forEach((term, t) => {
    ringOffset[t] = ring;
    if (!eligible[t]) return;
    const L = term.length;
    const broken = 3 * maxEdits(L);
    const keys: { key: number; p: number; common: boolean }[] = [];
    for (let p = 0; p + 1 < L; p++) {
      const key = term.charCodeAt(p) * 65536 + term.charCodeAt(p + 1);
      keys.push({ key, p, common: (termsOf.get(key) ?? 0) >= COMMON_BIGRAM });
    }
    const rare = keys.filter((k) => !k.common);
    const indexed = L >= 6 && rare.length >= broken + 2 ? rare : keys;
    threshold[t] = L < 6 ? 1 : Math.max(2, indexed.length - broken);
    for (const { key, p } of indexed) {
      let list = lists.get(key);
      if (!list) lists.set(key, (list = []));
      list.push(t, p);
    }
    ring += L + 4;
  });
  ringOffset[n] = ring;
  const flat: number[] = [];
  const listStart: number[] = [];
  for (const list of lists.values()) {
    listStart.push(flat.length);
    flat.push(...list);
  }
  listStart.push(flat.length);
  return { threshold, ringOffset, bigrams: Uint32Array.from(lists.keys()), listStart: Int32Array.from(listStart), flat: Int32Array.from(flat) };
}
