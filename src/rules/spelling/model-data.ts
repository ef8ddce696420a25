import { KeyFilter } from '../../compiled/key-filter.js';
import { hashKey, NumberTable } from '../../compiled/number-table.js';

/** Longest word the language model knows. */
export const MAX_WORD_LENGTH = 6;
/** Longest word a replacement may make: longer ones are rare and would bloat the index. */
export const MAX_REPLACEMENT_WORD = 4;
/** Confusion classes in the order of confusion.tsv's columns; likelier slips first. */
export const LIKENESS = ['same-pinyin', 'similar-sound', 'similar-shape'] as const;
export type Likeness = (typeof LIKENESS)[number];
/**
 * The context detector's candidate classes: the confusion classes, then the weaker alikes of
 * spelling/confusion-near.tsv (fuzzy-pinyin near sounds, near shapes by decomposition), which only
 * that detector tries, at a bar of their own (src/rules/spelling/context-settings.ts).
 */
export const CANDIDATE_CLASSES = [...LIKENESS, 'near-sound', 'near-shape'] as const;
export type CandidateClass = (typeof CANDIDATE_CLASSES)[number];

/** Pair flags. */
export const INSIDE_WORD = 1;
export const STARTS_LONGER = 2;
/** The pair or triple is a word only by spelling/mined-words.tsv (no dictionary lists it). */
export const MINED = 4;

/** Character flags (charFlags). */
export const MAY_BE_TYPO = 1;
export const NAME_SUFFIX = 2;
/**
 * ln P above which a character is one of the ~50 commonest words on its own (的, 和, 在,
 * 要 …): standing alone is normal for it, so it is never taken for a typo. On the
 * development set this loses 0.3 points of F1 and halves the detector's time.
 */
const COMMON_ALONE = -6;

const U16 = 0x10000;
/**
 * The pair and triple tables may be this full: the pair table is then 1 MB instead of 2,
 * which a start reads ~2 ms sooner, and the detector measured no slower (longer probes
 * for absent pairs stay within a few adjacent cache lines).
 */
const WORD_TABLE_LOAD = 0.8;

/**
 * The spelling model as typed arrays, ready to use: built from the word counts and
 * confusion sets by the build (an artefact, dist/spelling-model.bin) or, when running
 * from source, on first use.
 */
export interface SpellingModelData {
  /** ln P of each BMP character as a word (half a count when unknown). */
  charLogP: Float32Array;
  /**
   * Per BMP character: MAY_BE_TYPO when it has a confusion set and is not among the
   * commonest words alone; NAME_SUFFIX when it ends a place or organisation name
   * (dictionaries/spelling/name-suffixes.txt). One small array: the detector asks both
   * of every character.
   */
  charFlags: Uint8Array;
  /** Each BMP character's confusion set: entries [first, first + count) of confusedChar/confusedClass, by character code. */
  confusionFirst: Uint32Array;
  confusionCount: Uint16Array;
  confusedChar: Uint16Array;
  /** Index in LIKENESS. */
  confusedClass: Uint8Array;
  /**
   * Each BMP character's near alikes (spelling/confusion-near.tsv): entries [nearFirst[code],
   * nearFirst[code + 1]) of nearChar/nearClass (index in CANDIDATE_CLASSES), apart from the
   * confusion set that the other rules read.
   */
  nearFirst: Uint32Array;
  nearChar: Uint16Array;
  nearClass: Uint8Array;
  /** Two-character strings → int: flags; float: ln P as a word (NaN if none). */
  pairs: NumberTable;
  /** Three-character strings likewise. */
  triples: NumberTable;
  /**
   * Words of four to MAX_WORD_LENGTH characters by a 52-bit hash of their code units
   * (hashKey) → int: where the word starts in longerChars × 8 + its length; float: ln P.
   * A lookup compares the characters too, so a hash collision never answers.
   */
  longer: NumberTable;
  longerChars: Uint16Array;
  /** A 2–4 character window with one place blanked → the words that fill it: int: first entry; float: entry count. */
  blanked: NumberTable;
  /** The blanked table's keys, to skip most absent ones without touching the table. */
  blankedFilter: KeyFilter;
  /** The filling character and the word's ln P, per entry; each key's entries likeliest first. */
  entryChar: Uint16Array;
  entryLogP: Float32Array;
  /**
   * Real words and names of 2–4 characters the word counts leave out (dictionaries/spelling/rare-words.txt,
   * the rarer words of spelling/mined-words.tsv, place names without their suffix),
   * as their hashKey (52 bits: a chance match of any window is about one in 10^11), sorted for
   * bisection: 8 bytes a word. Never a fix: the detector asks only whether the text as written is a word.
   */
  rareWords: Float64Array;
}

export function pairKey(text: string, at: number): number {
  return text.charCodeAt(at) * U16 + text.charCodeAt(at + 1);
}

export function tripleKey(text: string, at: number): number {
  return (text.charCodeAt(at) * U16 + text.charCodeAt(at + 1)) * U16 + text.charCodeAt(at + 2);
}

/** The other characters of `text[start, end)` (at most three: 48 bits) and the blank's place, as one exact number. */
export function blankedKey(text: string, start: number, at: number, end: number): number {
  let key = 0;
  for (let k = start; k < end; k++) if (k !== at) key = key * U16 + text.charCodeAt(k);
  return key * 16 + (end - start) * 4 + (at - start);
}

/**
 * Builds the model from word counts (a unigram language model) and, per character, its
 * confusion classes (strings of characters, in LIKENESS order). `mined`: the words of the
 * counts (2–3 characters) that only spelling/mined-words.tsv lists, flagged MINED.
 */
export function buildModelData(
  counts: ReadonlyMap<string, number>,
  confusions: ReadonlyMap<string, readonly string[]>,
  nameSuffixes: readonly string[],
  rareWords: readonly string[] = [],
  mined: ReadonlySet<string> = new Set(),
  near: ReadonlyMap<string, readonly string[]> = new Map(),
): SpellingModelData {
  let total = 0;
  for (const count of counts.values()) total += count;
  const logTotal = Math.log(total);
  const charLogP = new Float32Array(U16).fill(Math.log(0.5) - logTotal);
  const pairs = new Map<number, { logP: number; flags: number }>();
  const triples = new Map<number, { logP: number; flags: number }>();
  const longer: { word: string; logP: number }[] = [];
  const blanked = new Map<number, { char: number; logP: number }[]>();
  const entryOf = <T>(map: Map<number, T>, key: number, make: () => T) => map.get(key) ?? map.set(key, make()).get(key)!;
  const noWord = () => ({ logP: Number.NaN, flags: 0 });
  for (const [word, count] of counts) {
    const logP = Math.log(count) - logTotal;
    const n = word.length;
    if (n === 1) {
      charLogP[word.charCodeAt(0)] = logP;
      continue;
    }
    if (n > MAX_WORD_LENGTH || /[\uD800-\uDFFF\s]/.test(word)) continue;
    if (n <= 3) {
      const entry = n === 2 ? entryOf(pairs, pairKey(word, 0), noWord) : entryOf(triples, tripleKey(word, 0), noWord);
      entry.logP = logP;
      if (mined.has(word)) entry.flags |= MINED;
    } else longer.push({ word, logP });
    if (n > 2) entryOf(pairs, pairKey(word, 0), noWord).flags |= STARTS_LONGER;
    if (n > 3) entryOf(triples, tripleKey(word, 0), noWord).flags |= STARTS_LONGER;
    for (let k = 0; k + 1 < n; k++) entryOf(pairs, pairKey(word, k), noWord).flags |= INSIDE_WORD;
    if (n <= MAX_REPLACEMENT_WORD) for (let k = 0; k < n; k++) entryOf(blanked, blankedKey(word, 0, k, n), () => []).push({ char: word.charCodeAt(k), logP });
  }

  const confusionFirst = new Uint32Array(U16);
  const confusionCount = new Uint16Array(U16);
  const confused: { to: number; cls: number }[] = [];
  for (const [from, classes] of confusions) {
    if (from.length !== 1) continue;
    const code = from.charCodeAt(0);
    const set = new Map<number, number>(); // the likeliest class wins
    classes.forEach((chars, cls) => {
      for (const to of chars) if (to.length === 1 && !set.has(to.charCodeAt(0))) set.set(to.charCodeAt(0), cls);
    });
    confusionFirst[code] = confused.length;
    confusionCount[code] = set.size;
    for (const to of [...set.keys()].sort((a, b) => a - b)) confused.push({ to, cls: set.get(to)! });
  }

  // Near alikes, class by class (near sound, then near shape; the first wins), the confusion set's own left out.
  const nearFirst = new Uint32Array(U16 + 1);
  const nearByCode = new Map<number, Map<number, number>>();
  for (const [from, classes] of near) {
    if (from.length !== 1) continue;
    const code = from.charCodeAt(0);
    const set = new Map<number, number>();
    const confusable = new Set(confused.slice(confusionFirst[code], confusionFirst[code]! + confusionCount[code]!).map((c) => c.to));
    classes.forEach((chars, k) => {
      for (const to of chars) if (to.length === 1 && to !== from && !set.has(to.charCodeAt(0)) && !confusable.has(to.charCodeAt(0))) set.set(to.charCodeAt(0), LIKENESS.length + k);
    });
    nearByCode.set(code, set);
  }
  const nearEntries: { to: number; cls: number }[] = [];
  for (let code = 0; code < U16; code++) {
    nearFirst[code] = nearEntries.length;
    const set = nearByCode.get(code);
    if (set) for (const to of [...set.keys()].sort((a, b) => a - b)) nearEntries.push({ to, cls: set.get(to)! });
  }
  nearFirst[U16] = nearEntries.length;

  const blankedTable = NumberTable.withRoom(blanked.size);
  const blankedFilter = new KeyFilter();
  let entries = 0;
  for (const list of blanked.values()) entries += list.length;
  const entryChar = new Uint16Array(entries);
  const entryLogP = new Float32Array(entries);
  let next = 0;
  for (const [key, list] of blanked) {
    blankedFilter.add(key);
    const slot = blankedTable.claim(key);
    blankedTable.setInt(slot, next);
    blankedTable.setFloat(slot, list.length);
    list.sort((a, b) => b.logP - a.logP); // likeliest first: readers stop at their bar
    for (const { char, logP } of list) {
      entryChar[next] = char;
      entryLogP[next++] = logP;
    }
  }
  const charFlags = new Uint8Array(U16);
  for (let code = 0; code < U16; code++) if (confusionCount[code]! > 0 && charLogP[code]! < COMMON_ALONE) charFlags[code] = MAY_BE_TYPO;
  for (const suffix of nameSuffixes) charFlags[suffix.charCodeAt(0)]! |= NAME_SUFFIX;
  return {
    charLogP,
    charFlags,
    confusionFirst,
    confusionCount,
    confusedChar: Uint16Array.from(confused, (c) => c.to),
    confusedClass: Uint8Array.from(confused, (c) => c.cls),
    nearFirst,
    nearChar: Uint16Array.from(nearEntries, (c) => c.to),
    nearClass: Uint8Array.from(nearEntries, (c) => c.cls),
    pairs: wordTable(pairs),
    triples: wordTable(triples),
    ...longerTable(longer),
    blanked: blankedTable,
    blankedFilter,
    entryChar,
    entryLogP,
    rareWords: rareWordTable(rareWords.filter((w) => w.length >= 2 && w.length <= MAX_REPLACEMENT_WORD && !counts.has(w))),
  };
}

function rareWordTable(words: readonly string[]): Float64Array {
  return Float64Array.from(new Set(words.map((word) => hashKey(word, 0, word.length)))).sort();
}

function wordTable(words: Map<number, { logP: number; flags: number }>): NumberTable {
  const table = NumberTable.withRoom(words.size, WORD_TABLE_LOAD);
  for (const [key, w] of words) {
    const slot = table.claim(key);
    table.setInt(slot, w.flags);
    table.setFloat(slot, w.logP);
  }
  return table;
}

function longerTable(words: { word: string; logP: number }[]): { longer: NumberTable; longerChars: Uint16Array } {
  const longer = NumberTable.withRoom(words.length);
  const longerChars = new Uint16Array(words.reduce((n, w) => n + w.word.length, 0));
  let at = 0;
  for (const { word, logP } of words) {
    const slot = longer.claim(hashKey(word, 0, word.length));
    if (longer.int(slot) !== 0) throw new Error(`spelling model: hash collision at ${word}`); // never yet; fail the build rather than answer wrongly
    longer.setInt(slot, at * 8 + word.length);
    longer.setFloat(slot, logP);
    for (let k = 0; k < word.length; k++) longerChars[at++] = word.charCodeAt(k);
  }
  return { longer, longerChars };
}
