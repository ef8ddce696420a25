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
  /** Every word and every proper prefix of one → its entry. */
  entries: NumberTable;
  /** Per entry: the word's count, or PREFIX_ONLY. */
  counts: Int32Array;
  /** Per entry: index in `tags` (part of speech, jieba's tag set). */
  tagOf: Uint8Array;
  tags: string[];
  /** Per hashed entry (longer than EXACT_KEY_LENGTH), where its characters start in `chars`; the key's string otherwise. */
  charsAt: Int32Array;
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
    const entry = this.#entry(text, start, length, key);
    return entry < 0 ? ABSENT : this.#d.counts[entry]!;
  }

  /** The part of speech of a word of the dictionary, or undefined. */
  tag(word: string): string | undefined {
    const entry = this.#entry(word, 0, word.length);
    return entry < 0 || this.#d.counts[entry] === PREFIX_ONLY ? undefined : this.#d.tags[this.#d.tagOf[entry]!];
  }

  #entry(text: string, start: number, length: number, key = wordKey(text, start, length)): number {
    const d = this.#d;
    const slot = d.entries.find(key);
    if (slot < 0) return -1;
    const entry = d.entries.int(slot);
    if (length <= EXACT_KEY_LENGTH) return entry;
    const at = d.charsAt[entry]!;
    if (at < 0 || d.chars[at + length] !== END) return -1; // a hashed entry's characters end with END
    for (let k = 0; k < length; k++) if (d.chars[at + k] !== text.charCodeAt(start + k)) return -1;
    return entry;
  }
}

/** Marks the end of a hashed entry's characters (a lone low surrogate: never in a word). */
const END = 0xdfff;

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
  const tagIndex = new Map(tags.map((tag, i) => [tag, i]));
  const table = NumberTable.withRoom(entries.size);
  const counts = new Int32Array(entries.size);
  const tagOf = new Uint8Array(entries.size);
  const charsAt = new Int32Array(entries.size).fill(-1);
  const chars: number[] = [];
  let id = 0;
  let total = 0;
  for (const [word, { count, tag }] of entries) {
    const key = wordKey(word, 0, word.length);
    if (table.find(key) >= 0) throw new Error(`segmenter dictionary: hash collision at ${word}`); // fail the build rather than answer wrongly
    table.setInt(table.claim(key), id);
    counts[id] = count;
    tagOf[id] = tagIndex.get(tag) ?? 0;
    if (word.length > EXACT_KEY_LENGTH) {
      charsAt[id] = chars.length;
      for (let k = 0; k < word.length; k++) chars.push(word.charCodeAt(k));
      chars.push(END);
    }
    if (count > 0) total += count;
    id++;
  }
  return new SegmenterDictionary({ entries: table, counts, tagOf, tags, charsAt, chars: Uint16Array.from(chars), total });
}

/** The dictionary: compiled by the build into dist/segmenter-dictionary.bin, or built from dictionaries/ when running from source. */
export const SEGMENTER_DICTIONARY: Artefact<SegmenterDictionary, Omit<SegmenterDictionaryData, 'entries'> & { entries: Int32Array }> = {
  file: 'segmenter-dictionary.bin',
  compute: () => dictionaryOf(readSegmenterWords()),
  store: (dictionary) => ({ ...dictionary.data, entries: dictionary.data.entries.slots }),
  restore: ({ entries, ...arrays }) => new SegmenterDictionary({ ...arrays, entries: new NumberTable(entries) }),
};
