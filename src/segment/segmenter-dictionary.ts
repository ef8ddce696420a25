import type { Artefact } from '../compiled/artefact.js';
import { hashKey, NumberTable } from '../compiled/number-table.js';
import { readDictionaryFile } from '../dictionaries.js';

/** What a look-up finds: a word's count (≥ 0), or one of these. */
export const PREFIX_ONLY = -1;
export const ABSENT = -2;

/** Strings up to this long are their own key; longer ones are hashed and checked. */
export const EXACT_KEY_LENGTH = 3;

/**
 * The key of `text[start, start + length)`: its code units for short strings, else a
 * hash; the low two bits hold the length (0 for hashed), so "\0的" and "的" differ.
 */
export function wordKey(text: string, start: number, length: number): number {
  if (length > EXACT_KEY_LENGTH) return Math.floor(hashKey(text, start, length) / 4) * 4;
  let units = 0;
  for (let k = start; k < start + length; k++) units = units * 0x10000 + text.charCodeAt(k);
  return units * 4 + length;
}

/** wordKey of `text[start, start + length)` when `units` holds its code units as wordKey packs them (scans grow `units` a character at a time). */
export function keyOfUnits(text: string, start: number, length: number, units: number): number {
  return length > EXACT_KEY_LENGTH ? wordKey(text, start, length) : units * 4 + length;
}

/** The arrays of a SegmenterDictionary, as the build stores them. */
export interface SegmenterDictionaryData {
  /**
   * Every word and every proper prefix of one → its entry, all in the table's slot (one
   * cache line a look-up): the float is the word's count or PREFIX_ONLY (exact: counts
   * stay below 2^24, which the build checks); the int holds the index in `tags` in its
   * low 8 bits and, for a hashed key (longer than EXACT_KEY_LENGTH), 1 + where its
   * characters start in `chars` above them.
   */
  entries: NumberTable;
  /** Parts of speech (jieba's tag set). */
  tags: string[];
  chars: Uint16Array;
  /** Sum of all counts. */
  total: number;
}

/**
 * jieba's dictionary (dictionaries/segmenter/jieba-gongwen.txt: word, count, tag) as
 * hash tables a start reads in place, with every prefix of a word findable so a scan
 * from one place stops at the first string no word begins with.
 */
export class SegmenterDictionary {
  readonly #d: SegmenterDictionaryData;

  constructor(data: SegmenterDictionaryData) {
    this.#d = data;
  }

  get data(): SegmenterDictionaryData {
    return this.#d;
  }

  get total(): number {
    return this.#d.total;
  }

  /** The count of `text[start, start + length)` as a word, PREFIX_ONLY, or ABSENT; `key` is its wordKey, when the caller has it. */
  count(text: string, start: number, length: number, key = wordKey(text, start, length)): number {
    const slot = this.#slot(text, start, length, key);
    return slot < 0 ? ABSENT : this.#d.entries.float(slot);
  }

  /** The part of speech of a word of the dictionary, or undefined. */
  tag(word: string): string | undefined {
    const slot = this.#slot(word, 0, word.length);
    if (slot < 0 || this.#d.entries.float(slot) === PREFIX_ONLY) return undefined;
    return this.#d.tags[this.#d.entries.int(slot) & TAG_MASK];
  }

  /** The entry's slot in `entries`, or -1. */
  #slot(text: string, start: number, length: number, key = wordKey(text, start, length)): number {
    const d = this.#d;
    const slot = d.entries.find(key);
    if (slot < 0 || length <= EXACT_KEY_LENGTH) return slot;
    const at = (d.entries.int(slot) >>> TAG_BITS) - 1;
    if (at < 0 || d.chars[at + length] !== END) return -1; // a hashed entry's characters end with END
    for (let k = 0; k < length; k++) if (d.chars[at + k] !== text.charCodeAt(start + k)) return -1;
    return slot;
  }
}

/** Marks the end of a hashed entry's characters (a lone low surrogate: never in a word). */
const END = 0xdfff;
const TAG_BITS = 8;
const TAG_MASK = (1 << TAG_BITS) - 1;
/** Counts are stored in a float32: exact below this. */
const MAX_COUNT = 2 ** 24;

/** The words of lines `word count tag`, in the order listed. */
export function parseSegmenterWords(lines: Iterable<string>): Map<string, { count: number; tag: string }> {
  const words = new Map<string, { count: number; tag: string }>();
  for (const line of lines) {
    const [word, count, tag = ''] = line.trim().split(/\s+/);
    if (!word) continue;
    if (!/^\d+$/.test(count ?? '')) throw new Error(`segmenter dictionary: “${line}” has no count`);
    // A word listed twice keeps its first tag and its last count, as jieba does.
    words.set(word, { count: Number(count), tag: words.get(word)?.tag ?? tag });
  }
  return words;
}

/** The words of the bundled dictionary (dictionaries/segmenter/jieba-gongwen.txt). */
export function readSegmenterWords(): Map<string, { count: number; tag: string }> {
  return parseSegmenterWords(readDictionaryFile('segmenter/jieba-gongwen.txt').split('\n'));
}

/** Builds the dictionary from lines `word count tag`. */
export function buildSegmenterDictionary(lines: Iterable<string>): SegmenterDictionary {
  return dictionaryOf(parseSegmenterWords(lines));
}

function dictionaryOf(words: ReadonlyMap<string, { count: number; tag: string }>): SegmenterDictionary {
  const entries = new Map<string, { count: number; tag: string }>();
  for (const [word, entry] of words) {
    entries.set(word, entry);
    for (let n = 1; n < word.length; n++) if (!entries.has(word.slice(0, n))) entries.set(word.slice(0, n), { count: PREFIX_ONLY, tag: '' });
  }
  const tags = [...new Set([...words.values()].map((w) => w.tag))];
  if (tags.length > TAG_MASK + 1) throw new Error(`segmenter dictionary: more than ${TAG_MASK + 1} parts of speech`);
  const tagIndex = new Map(tags.map((tag, i) => [tag, i]));
  const table = NumberTable.withRoom(entries.size);
  const chars: number[] = [];
  let total = 0;
  for (const [word, { count, tag }] of entries) {
    const key = wordKey(word, 0, word.length);
    if (table.find(key) >= 0) throw new Error(`segmenter dictionary: hash collision at ${word}`); // fail the build rather than answer wrongly
    if (count >= MAX_COUNT) throw new Error(`segmenter dictionary: ${word} counts ${count}, more than a float32 holds exactly`);
    const slot = table.claim(key);
    table.setFloat(slot, count);
    let int = tagIndex.get(tag) ?? 0;
    if (word.length > EXACT_KEY_LENGTH) {
      if (chars.length + 1 >= 2 ** (32 - TAG_BITS)) throw new Error('segmenter dictionary: too many characters in long words');
      int |= (chars.length + 1) << TAG_BITS;
      for (let k = 0; k < word.length; k++) chars.push(word.charCodeAt(k));
      chars.push(END);
    }
    table.setInt(slot, int);
    if (count > 0) total += count;
  }
  return new SegmenterDictionary({ entries: table, tags, chars: Uint16Array.from(chars), total });
}

/** The dictionary: compiled by the build into dist/segmenter-dictionary.bin, or built from dictionaries/ when running from source. */
export const SEGMENTER_DICTIONARY: Artefact<SegmenterDictionary, Omit<SegmenterDictionaryData, 'entries'> & { entries: Int32Array }> = {
  file: 'segmenter-dictionary.bin',
  compute: () => dictionaryOf(readSegmenterWords()),
  store: (dictionary) => ({ ...dictionary.data, entries: dictionary.data.entries.slots }),
  restore: ({ entries, ...arrays }) => new SegmenterDictionary({ ...arrays, entries: new NumberTable(entries) }),
};
