import { loadArtefact, type Artefact } from '../../compiled/artefact.js';
import { unitsOfText } from '../../compiled/artefact-file.js';
import { hasSortedKey, lowerBound } from '../../compiled/sorted-keys.js';
import { listDictionaryFiles, readDataLines, readDictionaryFile } from '../../dictionaries.js';
import { readSegmenterWords } from '../../segment/segmenter-dictionary.js';
import { NearMissIndex, type StoredNearMissIndex } from '../../match/near-miss-index.js';
import type { CharLikeness } from '../rule.js';
import { buildIdiomTails, type IdiomTails } from './idiom-first-char.js';
import { buildPlaceHashes, hashOf, type PlaceHashes } from './place-first-char.js';

type Likeness = NonNullable<ReturnType<CharLikeness>>;

/** One lexicon file of dictionaries/lexicons/: what its forms are and the source a message cites. */
export interface LexiconKind {
  /** The file's name without .txt (idioms, places…). */
  id: string;
  /** 成语, 地名… (the header's 类别). */
  label: string;
  /** The header's 依据, quoted by messages. */
  basis: string;
}

/** Every canonical form of dictionaries/lexicons/ (`index.form(i)`), with its lexicon, and the near-miss index over them. */
export interface FixedExpressions {
  kinds: LexiconKind[];
  /** Index into `kinds` of each form's lexicon (the first file that lists it). */
  kindOf: Uint8Array;
  /**
   * 1 for a known form (a line `~form`: a former or another real name, 上海电力学院, 香港大学): its exact
   * occurrence silences the span as a canonical form does, but it is never offered as a fix.
   */
  known: Uint8Array;
  index: NearMissIndex;
  /** Character pairs the confusion sets lack (lexicons/confusable-pairs.tsv), both orders: "ab" → likeness. */
  pairs: Map<string, Likeness>;
  /** The places with a suffix, for slips in their first character (place-first-char.ts). */
  places: PlaceHashes;
  /** The four-character idioms by their last three characters, for slips in the first (idiom-first-char.ts). */
  idioms: IdiomTails;
  /** Two- and three-character words (the segmenter's and lexicons/short-words.tsv): see twoCharWordCount, isThreeCharWord. */
  words: ShortWords;
  /** The long law titles by their ends, for titles in 《》 with a run of characters dropped: see titlesEndingAs. */
  titles: TitleEnds;
}

/** The shortest law title in which lexicon/fixed-expression looks for a dropped run of two or three characters. */
export const MIN_GAPPED_TITLE = 8;

/**
 * The law titles of MIN_GAPPED_TITLE characters or more, by their first two and last two characters (four
 * UTF-16 units): the keys, ascending, one after another in `keys`; the titles of key k (form indexes,
 * ascending) are `forms[starts[k]..starts[k + 1])`. The build computes them: a first text with 《 walked
 * all 100,000 forms for them.
 */
export interface TitleEnds {
  keys: Uint16Array;
  starts: Uint32Array;
  forms: Uint32Array;
}

/** Two-character words as ascending keys `a * 0x10000 + b`, with jieba's count of each; three-character words as ascending hashes. */
export interface ShortWords {
  keys: Uint32Array;
  counts: Uint32Array;
  triples: Uint32Array;
}

interface StoredFixedExpressions {
  kinds: LexiconKind[];
  kindOf: Uint8Array;
  known: Uint8Array;
  index: StoredNearMissIndex;
  pairs: [string, Likeness][];
  places: PlaceHashes;
  idioms: IdiomTails;
  words: ShortWords;
  titles: TitleEnds;
}

/** The lexicons and their index, compiled by the build (dist/fixed-expressions.bin): a start reads arrays instead of hashing 50,000 forms. */
export const FIXED_EXPRESSIONS: Artefact<FixedExpressions, StoredFixedExpressions> = {
  file: 'fixed-expressions.bin',
  compute: () => {
    const { kinds, forms, kindOf, known } = readLexicons();
    const places = kinds.findIndex((k) => k.id === 'places');
    const idioms = kinds.findIndex((k) => k.id === 'idioms');
    const titles = kinds.findIndex((k) => k.id === 'law-titles');
    const index = new NearMissIndex(forms);
    return {
      kinds,
      kindOf,
      known,
      index,
      pairs: new Map(readPairs()),
      places: buildPlaceHashes(forms, (i) => kindOf[i] === places),
      idioms: buildIdiomTails(forms, (i) => kindOf[i] === idioms),
      words: readShortWords(),
      titles: buildTitleEnds(index, (i) => kindOf[i] === titles),
    };
  },
  store: (f) => ({ kinds: f.kinds, kindOf: f.kindOf, known: f.known, index: f.index.store(), pairs: [...f.pairs], places: f.places, idioms: f.idioms, words: f.words, titles: f.titles }),
  restore: (s) => ({
    kinds: s.kinds,
    kindOf: s.kindOf,
    known: s.known,
    index: new NearMissIndex(undefined, s.index),
    pairs: new Map(s.pairs),
    places: s.places,
    idioms: s.idioms,
    words: s.words,
    titles: s.titles,
  }),
};

export function loadFixedExpressions(): FixedExpressions {
  return loadArtefact(FIXED_EXPRESSIONS);
}

/**
 * Whether `name` is a place name of two to four characters in places.txt (海南, 吐鲁番, 江山,
 * 金沙县): for rules that read a name beside a mark or a word (punctuation/dash, the packs' seam
 * test). A look-up in hashes the build computed, so a first call costs no set built from 100,000 forms.
 */
export function isShortPlaceName(name: string): boolean {
  return name.length >= 2 && name.length <= 4 && hasSortedKey(loadFixedExpressions().places.shortKeys, hashOf(name));
}

const HEADER = /^#\s*类别：(.+?)；依据：(.+)$/;

/**
 * The lexicon files: one form per line, `#` starts a comment; the header line `# 类别：…；依据：…` names the kind.
 * A line `~form` is a known form: a name that is right as written (a former name, another real
 * body) but no canonical form to suggest. A form listed both ways is canonical.
 */
function readLexicons(): { kinds: LexiconKind[]; forms: string[]; kindOf: Uint8Array; known: Uint8Array } {
  const files = listDictionaryFiles()
    .filter((p) => /^lexicons\/[^/]+\.txt$/.test(p))
    .map((p) => p.slice('lexicons/'.length));
  const kinds: LexiconKind[] = [];
  const seen = new Map<string, number>();
  const knownOnly = new Set<string>();
  const canonical = new Set<string>();
  for (const file of files) {
    const text = readDictionaryFile(`lexicons/${file}`);
    const header = text.split('\n').map((l) => HEADER.exec(l.trim())).find(Boolean);
    if (!header) throw new Error(`gongwen: dictionaries/lexicons/${file} 缺少“# 类别：…；依据：…”说明行`);
    const kind = kinds.push({ id: file.replace(/\.txt$/, ''), label: header[1]!, basis: header[2]! }) - 1;
    for (const raw of text.split(/\r?\n/)) {
      let form = raw.replace(/#.*/, '').trim();
      const isKnown = form.startsWith('~');
      if (isKnown) form = form.slice(1).trim();
      if (!form) continue;
      (isKnown ? knownOnly : canonical).add(form);
      if (!seen.has(form)) seen.set(form, kind);
    }
  }
  const forms = [...seen.keys()];
  return { kinds, forms, kindOf: Uint8Array.from(forms, (f) => seen.get(f)!), known: Uint8Array.from(forms, (f) => (knownOnly.has(f) && !canonical.has(f) ? 1 : 0)) };
}

const LIKENESS: readonly Likeness[] = ['same-pinyin', 'similar-sound', 'similar-shape'];

/** lexicons/confusable-pairs.tsv: `a<TAB>b<TAB>likeness`, `#` starts a comment; each pair in both orders. */
function readPairs(): [string, Likeness][] {
  const file = 'lexicons/confusable-pairs.tsv';
  const pairs: [string, Likeness][] = [];
  readDictionaryFile(file)
    .split(/\r?\n/)
    .forEach((raw, i) => {
      const line = raw.replace(/#.*/, '').trim();
      if (!line) return;
      const [a, b, likeness] = line.split(/\t+/);
      if (!a || !b || [...a].length !== 1 || [...b].length !== 1 || !LIKENESS.includes(likeness as Likeness)) {
        throw new Error(`gongwen: dictionaries/${file} 第${i + 1}行应为“字<Tab>字<Tab>${LIKENESS.join('|')}”：${raw}`);
      }
      pairs.push([a + b, likeness as Likeness], [b + a, likeness as Likeness]);
    });
  return pairs;
}

/**
 * The short words a slip's written character may make with its neighbours: the segmenter's
 * and those of jieba's full dictionary it leaves out (lexicons/short-words.tsv: 治本, 厚爱,
 * 行道树), two-character ones as sorted keys with their counts, three-character ones as hashes.
 */
function readShortWords(): ShortWords {
  const counts = new Map<number, number>();
  const triples = new Set<number>();
  const add = (w: string, count: number) => {
    if (!/^[\u4e00-\u9fff]{2,3}$/.test(w)) return;
    if (w.length === 3) {
      triples.add(tripleHash(w, 0));
      return;
    }
    const key = w.charCodeAt(0) * 0x10000 + w.charCodeAt(1);
    counts.set(key, Math.max(counts.get(key) ?? 0, count));
  };
  for (const [word, { count }] of readSegmenterWords()) add(word, count);
  for (const line of readDataLines('lexicons/short-words.tsv')) {
    const [word, count] = line.split('\t');
    add(word!, Number(count));
  }
  const keys = Uint32Array.from([...counts.keys()].sort((a, b) => a - b));
  return { keys, counts: Uint32Array.from(keys, (k) => counts.get(k)!), triples: Uint32Array.from([...triples].sort((a, b) => a - b)) };
}

function tripleHash(s: string, at: number): number {
  let h = 0x811c9dc5;
  for (let i = at; i < at + 3; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** jieba's count of the word `a` + `b` (two characters), 0 when it is no word of `words`. */
export function twoCharWordCount(words: ShortWords, a: number, b: number): number {
  const key = a * 0x10000 + b;
  const at = lowerBound(words.keys, key);
  return at < words.keys.length && words.keys[at] === key ? words.counts[at]! : 0;
}

/** `text[at, at + 3)` is a three-character word of `words` (by its hash: a false match is about one in 400,000). */
export function isThreeCharWord(words: ShortWords, text: string, at: number): boolean {
  if (at < 0 || at + 3 > text.length) return false;
  return hasSortedKey(words.triples, tripleHash(text, at));
}

function buildTitleEnds(index: NearMissIndex, isTitle: (i: number) => boolean): TitleEnds {
  const byKey = new Map<string, number[]>();
  for (let i = 0; i < index.size; i++) {
    if (!isTitle(i)) continue;
    const f = index.form(i);
    if (f.length < MIN_GAPPED_TITLE) continue;
    const key = f.slice(0, 2) + f.slice(-2);
    const list = byKey.get(key);
    if (list) list.push(i);
    else byKey.set(key, [i]);
  }
  const keys = [...byKey.keys()].sort();
  const starts = new Uint32Array(keys.length + 1);
  const forms: number[] = [];
  keys.forEach((key, k) => {
    forms.push(...byKey.get(key)!);
    starts[k + 1] = forms.length;
  });
  return { keys: unitsOfText(keys.join('')), starts, forms: Uint32Array.from(forms) };
}

/** The law titles (form indexes, ascending) of MIN_GAPPED_TITLE characters or more whose first two and last two characters are `key` (four UTF-16 units). */
export function titlesEndingAs(titles: TitleEnds, key: string): Uint32Array | undefined {
  if (key.length !== 4) return undefined;
  const { keys, starts, forms } = titles;
  const compare = (k: number) => {
    for (let u = 0; u < 4; u++) {
      const d = keys[4 * k + u]! - key.charCodeAt(u);
      if (d !== 0) return d;
    }
    return 0;
  };
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compare(mid) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo < starts.length - 1 && compare(lo) === 0 ? forms.subarray(starts[lo]!, starts[lo + 1]!) : undefined;
}
