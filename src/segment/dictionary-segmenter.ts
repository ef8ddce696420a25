import { loadArtefact } from '../compiled/artefact.js';
import { isAsciiDigit, isAsciiLetter, isHighSurrogate, isLowSurrogate, splitsSurrogatePair } from '../text/unicode.js';
import { ABSENT, EXACT_KEY_LENGTH, keyOfUnits, PREFIX_ONLY, SEGMENTER_DICTIONARY, wordKey, type SegmenterDictionary } from './segmenter-dictionary.js';
import { ADDED_WORD_COUNT, type Segmenter } from './segmenter.js';

/**
 * Runs jieba segments word by word: Han characters (all CJK blocks) and the ASCII that
 * words such as B超 or 3D打印 mix in. Everything else is cut a character at a time.
 */
const WORD_RUN = /[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\u{20000}-\u{2A6DF}\u{2A700}-\u{2EBEF}\u{2F800}-\u{2FA1F}a-zA-Z0-9+#&._%-]+/gu;

/** A word added at run time (addWords) and the prefixes scans must see on the way to it. */
interface AddedEntry {
  word: string;
  count: number;
}

/**
 * What addWords added to a segmenter on its dictionary: every added word and prefix
 * with its wordKey and count, and the dictionary's new total. The build compiles this
 * for the bundled packs' words (BUILTIN_SEGMENTER_WORDS), so that a start does not add
 * them one by one.
 */
export interface AddedWords {
  keys: Float64Array;
  counts: Int32Array;
  words: string[];
  total: number;
}

/**
 * jieba's segmentation without its HMM, in TypeScript, on jieba's dictionary compiled
 * into dist/: for each run, the split whose words' counts have the largest product
 * (ties go to the longer word), unknown characters alone, and single ASCII letters and
 * digits joined back together. Gives what `@node-rs/jieba`'s `cut(text, false)` gives
 * (test/segment/dictionary-segmenter.test.ts compares them), without a native module
 * or the 25–40 ms jieba takes to build its dictionary at start-up.
 */
export class DictionarySegmenter implements Segmenter {
  readonly #dictionary: SegmenterDictionary;
  /** Added words and their prefixes, by wordKey. A word added again keeps its place. */
  readonly #added = new Map<number, AddedEntry>();
  /** 1 for the code units an added word starts with: most places need no look-up in #added. */
  readonly #addedStarts = new Uint8Array(0x10000);
  #logTotal: number;
  #total: number;
  // Room for the best route of the longest run so far, reused from call to call.
  #routeLogP = new Float64Array(64);
  #routeEnd = new Int32Array(64);

  /** `added`: words added to this same dictionary before, as `addedWords()` gave them. */
  constructor(dictionary: SegmenterDictionary = loadArtefact(SEGMENTER_DICTIONARY), added?: AddedWords) {
    this.#dictionary = dictionary;
    this.#total = added?.total ?? dictionary.total;
    this.#logTotal = Math.log(this.#total);
    if (!added) return;
    added.words.forEach((word, i) => {
      this.#added.set(added.keys[i]!, { word, count: added.counts[i]! });
      this.#addedStarts[word.charCodeAt(0)] = 1;
    });
  }

  /** Adds words with a low count (ADDED_WORD_COUNT): whole where nothing likelier fits. Words with spaces are skipped. */
  addWords(words: Iterable<string>): void {
    for (const word of words) {
      if (word === '' || /\s/.test(word)) continue;
      const before = this.#count(word, 0, word.length);
      this.#total += ADDED_WORD_COUNT - (before >= 0 ? before : 0);
      this.#added.set(wordKey(word, 0, word.length), { word, count: ADDED_WORD_COUNT });
      this.#addedStarts[word.charCodeAt(0)] = 1;
      for (let n = 1; n < word.length; n++) {
        const key = wordKey(word, 0, n);
        if (!this.#added.has(key)) this.#added.set(key, { word: word.slice(0, n), count: PREFIX_ONLY });
      }
    }
    this.#logTotal = Math.log(this.#total);
  }

  /** The words addWords added so far, for a segmenter on the same dictionary to start with. */
  addedWords(): AddedWords {
    const entries = [...this.#added];
    return {
      keys: Float64Array.from(entries, ([key]) => key),
      counts: Int32Array.from(entries, ([, e]) => e.count),
      words: entries.map(([, e]) => e.word),
      total: this.#total,
    };
  }

  /** Characters outside word runs come one by one, except that \r\n stays whole. */
  cut(text: string): string[] {
    const words: string[] = [];
    let at = 0;
    for (const run of text.matchAll(WORD_RUN)) {
      if (run.index > at) cutOthers(text.slice(at, run.index), words);
      this.#cutRun(run[0], words);
      at = run.index + run[0].length;
    }
    if (at < text.length) cutOthers(text.slice(at), words);
    return words;
  }

  tag(text: string): { word: string; tag: string }[] {
    return this.cut(text).map((word) => ({ word, tag: this.#tag(word) }));
  }

  #tag(word: string): string {
    const known = this.#dictionary.tag(word);
    if (known !== undefined) return known;
    if (this.#count(word, 0, word.length) >= 0) return ''; // added without a tag
    if (!/[0-9A-Za-z]/.test(word)) return 'x';
    return /[A-Za-z]/.test(word) ? 'eng' : 'm';
  }

  /** The count of `text[start, start + length)` as a word (an added word's replaces the dictionary's), PREFIX_ONLY, or ABSENT. */
  #count(text: string, start: number, length: number, key = wordKey(text, start, length)): number {
    const inDictionary = this.#dictionary.count(text, start, length, key);
    if (this.#addedStarts[text.charCodeAt(start)] !== 1) return inDictionary;
    const added = this.#added.get(key);
    const addedCount = added === undefined || (length > EXACT_KEY_LENGTH && !text.startsWith(added.word, start)) /* a hashed key: check the word */ ? ABSENT : added.count;
    return addedCount >= 0 ? addedCount : Math.max(inDictionary, addedCount);
  }

  #cutRun(run: string, words: string[]): void {
    const n = run.length;
    if (this.#routeLogP.length <= n) {
      this.#routeLogP = new Float64Array(2 * n + 2);
      this.#routeEnd = new Int32Array(2 * n + 2);
    }
    const logP = this.#routeLogP;
    const next = this.#routeEnd;
    logP[n] = 0;
    for (let start = n - 1; start >= 0; start--) {
      if (splitsSurrogatePair(run, start)) continue;
      let best = -Infinity;
      let bestEnd = -1;
      let units = 0;
      for (let length = 1; start + length <= n; length++) {
        if (length <= EXACT_KEY_LENGTH) units = units * 0x10000 + run.charCodeAt(start + length - 1);
        const count = this.#count(run, start, length, keyOfUnits(run, start, length, units));
        if (count === ABSENT) break;
        const end = start + length;
        if (count === PREFIX_ONLY || splitsSurrogatePair(run, end)) continue;
        const p = Math.log(count) - this.#logTotal + logP[end]!;
        if (p >= best) {
          best = p;
          bestEnd = end;
        }
      }
      if (bestEnd < 0) {
        bestEnd = splitsSurrogatePair(run, start + 1) ? start + 2 : start + 1;
        best = -this.#logTotal + logP[bestEnd]!; // an unknown character counts once
      }
      logP[start] = best;
      next[start] = bestEnd;
    }
    let letters = -1; // where a run of single ASCII letters and digits began
    for (let start = 0; start < n; start = next[start]!) {
      if (next[start] === start + 1 && isAsciiAlnum(run.charCodeAt(start))) {
        if (letters < 0) letters = start;
        continue;
      }
      if (letters >= 0) words.push(run.slice(letters, start));
      letters = -1;
      words.push(run.slice(start, next[start]));
    }
    if (letters >= 0) words.push(run.slice(letters));
  }
}

function cutOthers(text: string, words: string[]): void {
  for (let at = 0; at < text.length; ) {
    const length = text.startsWith('\r\n', at) || (isHighSurrogate(text.charCodeAt(at)) && isLowSurrogate(text.charCodeAt(at + 1))) ? 2 : 1;
    words.push(text.slice(at, at + length));
    at += length;
  }
}

function isAsciiAlnum(c: number): boolean {
  return isAsciiDigit(c) || isAsciiLetter(c);
}
