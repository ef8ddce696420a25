import type { Artefact } from '../../compiled/artefact.js';
import { readDataLines, readWordListFile } from '../../dictionaries.js';
import { KeyFilter } from '../../compiled/key-filter.js';
import {
  blankedKey,
  buildModelData,
  INSIDE_WORD,
  LIKENESS,
  MAY_BE_TYPO,
  MINED,
  NAME_SUFFIX,
  pairKey,
  STARTS_LONGER,
  tripleKey,
  type Likeness,
  type SpellingModelData,
} from './model-data.js';
import { hashKey, NumberTable } from '../../compiled/number-table.js';
import { hasSortedKey } from '../../compiled/sorted-keys.js';
import { readSegmenterWords } from '../../segment/segmenter-dictionary.js';

export { MAX_REPLACEMENT_WORD, MAX_WORD_LENGTH, type CandidateClass, type Likeness } from './model-data.js';

/**
 * Count given to official-document words (the 公文写作 list) that the general
 * dictionary lacks or counts lower: about a mid-frequency jieba word. Chosen on the
 * development set (benchmarks/spelling.mjs).
 */
const OFFICIAL_WORD_COUNT = 1000;

/**
 * Occurrences in the context model's training text from which a word of spelling/mined-words.tsv
 * (scripts/data/make-official-words.mjs) is proposed as a fix, counted like an official word; a
 * rarer one (50–99: 惊悉) only keeps the text as written, as rare-words.txt does. On the tune half
 * proposing them all found nothing more, and 惊悉 took the rarer 顷悉 of clean news for a slip.
 */
const MINED_FILLING_COUNT = 100;

/**
 * The statistical model of the spelling detector: a unigram word language model (jieba's
 * frequencies plus official-document words) and the characters each character is
 * confused with, with an index of every short word with one character blanked out
 * (the words one replacement makes). Offsets are UTF-16; surrogates never match.
 */
export class SpellingModel {
  readonly #d: SpellingModelData;

  constructor(data: SpellingModelData) {
    this.#d = data;
  }

  /** The arrays, for the build to store. */
  get data(): SpellingModelData {
    return this.#d;
  }

  /** Whether the character at `at` ends a place or organisation name (区, 县, 镇, 局 …). */
  isNameSuffix(text: string, at: number): boolean {
    return (this.#d.charFlags[text.charCodeAt(at)]! & NAME_SUFFIX) !== 0;
  }

  /** ln P of the single character at `at`. */
  charLogP(text: string, at: number): number {
    return this.#d.charLogP[text.charCodeAt(at)]!;
  }

  /** ln P of `text[start, end)` with `text[at]` replaced by `char`, as one word of 2 or 3 characters; undefined if none. */
  replacedWordLogP(text: string, start: number, at: number, end: number, char: number): number | undefined {
    const d = this.#d;
    let key = 0;
    for (let k = start; k < end; k++) key = key * 0x10000 + (k === at ? char : text.charCodeAt(k));
    const table = end - start === 2 ? d.pairs : d.triples;
    const slot = table.find(key);
    const logP = slot < 0 ? Number.NaN : table.float(slot);
    return Number.isNaN(logP) ? undefined : logP;
  }

  /** The slot of `text[start, start + length)` (length 2 or 3) for slotLogP/slotContinues, or -1 if it is in no word. */
  slot(text: string, start: number, length: 2 | 3): number {
    return length === 2 ? this.#d.pairs.find(pairKey(text, start)) : this.#d.triples.find(tripleKey(text, start));
  }

  /** ln P of a slot's string as a word; NaN when it only occurs inside longer words. */
  slotLogP(length: 2 | 3, slot: number): number {
    return (length === 2 ? this.#d.pairs : this.#d.triples).float(slot);
  }

  /** Whether a longer word starts with a slot's string. */
  slotContinues(length: 2 | 3, slot: number): boolean {
    return ((length === 2 ? this.#d.pairs : this.#d.triples).int(slot) & STARTS_LONGER) !== 0;
  }

  /** ln P of `text[start, start + length)` as one word (length ≥ 2), or undefined. */
  wordLogP(text: string, start: number, length: number): number | undefined {
    if (length <= 3) {
      const slot = this.slot(text, start, length as 2 | 3);
      const logP = slot < 0 ? Number.NaN : this.slotLogP(length as 2 | 3, slot);
      return Number.isNaN(logP) ? undefined : logP;
    }
    const d = this.#d;
    const slot = d.longer.find(hashKey(text, start, length));
    if (slot < 0) return undefined;
    const where = d.longer.int(slot);
    if ((where & 7) !== length) return undefined;
    for (let k = 0, at = where >>> 3; k < length; k++, at++) if (d.longerChars[at] !== text.charCodeAt(start + k)) return undefined;
    return d.longer.float(slot);
  }

  /**
   * Whether `text[start, start + length)` is a word of the counts that a dictionary lists, not only
   * spelling/mined-words.tsv (a word of four characters or more always is).
   */
  isListedWord(text: string, start: number, length: number): boolean {
    if (length > 3) return this.wordLogP(text, start, length) !== undefined;
    const slot = this.slot(text, start, length as 2 | 3);
    if (slot < 0 || Number.isNaN(this.slotLogP(length as 2 | 3, slot))) return false;
    return ((length === 2 ? this.#d.pairs : this.#d.triples).int(slot) & MINED) === 0;
  }

  /** Whether `text[start, start + length)` (2–4 characters) is a word of the counts or a rare real word (rare-words.txt). */
  isRealWord(text: string, start: number, length: number): boolean {
    if (this.wordLogP(text, start, length) !== undefined) return true;
    return hasSortedKey(this.#d.rareWords, hashKey(text, start, length));
  }

  /** True when `text[at]` and `text[at + 1]` occur together inside some word. */
  pairsInWord(text: string, at: number): boolean {
    const slot = this.#d.pairs.find(pairKey(text, at));
    return slot >= 0 && (this.#d.pairs.int(slot) & INSIDE_WORD) !== 0;
  }

  /** Whether `text[at]` has a confusion set and is not among the commonest words alone. */
  isConfusable(text: string, at: number): boolean {
    return (this.#d.charFlags[text.charCodeAt(at)]! & MAY_BE_TYPO) !== 0;
  }

  /** The characters `text[at]` is confused with: entries [confusionFirst, confusionEnd) for confusedChar/confusedLikeness. */
  confusionFirst(text: string, at: number): number {
    return this.#d.confusionFirst[text.charCodeAt(at)]!;
  }

  confusionEnd(text: string, at: number): number {
    const code = text.charCodeAt(at);
    return this.#d.confusionFirst[code]! + this.#d.confusionCount[code]!;
  }

  confusedChar(entry: number): number {
    return this.#d.confusedChar[entry]!;
  }

  /** The entry's index in LIKENESS. */
  confusedClassIndex(entry: number): number {
    return this.#d.confusedClass[entry]!;
  }

  confusedLikeness(entry: number): Likeness {
    return LIKENESS[this.#d.confusedClass[entry]!]!;
  }

  /** The near alikes of `text[at]` (spelling/confusion-near.tsv): entries [nearFirst, nearEnd) for nearChar/nearClassIndex. */
  nearFirst(text: string, at: number): number {
    return this.#d.nearFirst[text.charCodeAt(at)]!;
  }

  nearEnd(text: string, at: number): number {
    return this.#d.nearFirst[text.charCodeAt(at) + 1]!;
  }

  nearChar(entry: number): number {
    return this.#d.nearChar[entry]!;
  }

  /** The entry's index in CANDIDATE_CLASSES. */
  nearClassIndex(entry: number): number {
    return this.#d.nearClass[entry]!;
  }

  /** How alike character `to` is to `text[at]`, or undefined when they are not confused. */
  likeness(text: string, at: number, to: number): Likeness | undefined {
    const d = this.#d;
    const code = text.charCodeAt(at);
    let lo = d.confusionFirst[code]!;
    let hi = lo + d.confusionCount[code]! - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = d.confusedChar[mid]!;
      if (c === to) return LIKENESS[d.confusedClass[mid]!];
      if (c < to) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }

  /**
   * The words equal to `text[start, end)` except at `at`, likeliest first: a handle for
   * fillingFirst/fillingEnd (entries for fillingChar/fillingLogP), or -1 when there are none.
   */
  fillings(text: string, start: number, at: number, end: number): number {
    const key = blankedKey(text, start, at, end);
    return this.#d.blankedFilter.mayHave(key) ? this.#d.blanked.find(key) : -1;
  }

  fillingFirst(handle: number): number {
    return this.#d.blanked.int(handle);
  }

  fillingEnd(handle: number): number {
    return this.#d.blanked.int(handle) + this.#d.blanked.float(handle);
  }

  /** The character a filling entry puts in the blank. */
  fillingChar(entry: number): number {
    return this.#d.entryChar[entry]!;
  }

  /** ln P of a filling entry's word. */
  fillingLogP(entry: number): number {
    return this.#d.entryLogP[entry]!;
  }
}

/** The model: compiled by the build into dist/spelling-model.bin, or built from dictionaries/ when running from source. */
export const SPELLING_MODEL: Artefact<SpellingModel, StoredModel> = {
  file: 'spelling-model.bin',
  compute: () => new SpellingModel(buildModelFromDictionaries()),
  store: (model) => {
    const { pairs, triples, longer, blanked, blankedFilter, ...arrays } = model.data;
    return { ...arrays, pairs: pairs.slots, triples: triples.slots, longer: longer.slots, blanked: blanked.slots, blankedFilter: blankedFilter.bits };
  },
  restore: ({ pairs, triples, longer, blanked, blankedFilter, ...arrays }) =>
    new SpellingModel({
      ...arrays,
      pairs: new NumberTable(pairs),
      triples: new NumberTable(triples),
      longer: new NumberTable(longer),
      blanked: new NumberTable(blanked),
      blankedFilter: new KeyFilter(blankedFilter),
    }),
};

/** The model's data as an artefact file holds it: its tables and filter as their bare arrays. */
type StoredModel = Omit<SpellingModelData, 'pairs' | 'triples' | 'longer' | 'blanked' | 'blankedFilter'> & {
  pairs: Int32Array;
  triples: Int32Array;
  longer: Int32Array;
  blanked: Int32Array;
  blankedFilter: Uint32Array;
};

/**
 * The model's sources in dictionaries/: the segmenter's word counts, spelling/official-words.txt,
 * spelling/extra-words.txt and spelling/mined-words.tsv, spelling/confusion.tsv and confusion-additions.tsv (and confusion-near.tsv,
 * apart), spelling/name-suffixes.txt,
 * spelling/rare-words.txt and the place names of lexicons/places.txt.
 */
function buildModelFromDictionaries(): SpellingModelData {
  const counts = new Map([...readSegmenterWords()].map(([word, { count }]) => [word, count]));
  for (const list of ['spelling/official-words.txt', 'spelling/extra-words.txt']) {
    for (const word of readWordListFile(list)) counts.set(word, Math.max(counts.get(word) ?? 0, OFFICIAL_WORD_COUNT));
  }
  // Words mined from the context model's training text: the frequent ones are proposed like an
  // official word (flagged: a fix that makes only such a word is never an error), the rest only
  // keep the text as written (a real word).
  const minedOnly = new Set<string>();
  const minedReal: string[] = [];
  for (const line of readDataLines('spelling/mined-words.tsv')) {
    const [word, seen] = line.split('\t') as [string, string];
    if (Number(seen) < MINED_FILLING_COUNT) minedReal.push(word);
    else if (!counts.has(word)) {
      counts.set(word, OFFICIAL_WORD_COUNT);
      minedOnly.add(word);
    }
  }
  const confusions = new Map<string, string[]>();
  // The shared tables first, then the pairs of common characters they miss, class by class.
  for (const file of ['spelling/confusion.tsv', 'spelling/confusion-additions.tsv']) {
    for (const line of readDataLines(file)) {
      const [char, ...classes] = line.split('\t');
      const merged = confusions.get(char!) ?? [];
      confusions.set(char!, classes.map((chars, k) => (merged[k] ?? '') + chars));
    }
  }
  // Weaker alikes for the context detector alone, in a table of their own.
  const near = new Map<string, string[]>();
  for (const line of readDataLines('spelling/confusion-near.tsv')) {
    const [char, ...classes] = line.split('\t');
    near.set(char!, classes);
  }
  const realWords = [...readWordListFile('spelling/rare-words.txt'), ...placeStems(readWordListFile('lexicons/places.txt')), ...minedReal];
  return buildModelData(counts, confusions, readWordListFile('spelling/name-suffixes.txt'), realWords, minedOnly, near);
}

/** Suffixes of a division's full name (张江镇, 昌江黎族自治县 is listed as 昌江 too). */
const DIVISION_SUFFIX = /(?:街道|苏木|地区|[镇乡区县市旗盟])$/u;

/**
 * The places of dictionaries/lexicons/places.txt (provinces to townships) as a text names them
 * without the suffix, 2–4 characters: 张江 (张江镇), 郭家 (郭家镇), 永昌 (永昌县).
 */
function placeStems(places: readonly string[]): string[] {
  const stems = new Set<string>();
  for (const place of places) {
    const stem = place.replace(DIVISION_SUFFIX, '');
    if (stem.length >= 2 && stem.length <= 4 && /^\p{Script=Han}+$/u.test(stem)) stems.add(stem);
  }
  return [...stems];
}
