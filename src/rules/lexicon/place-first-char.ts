import type { FormMatch } from '../../match/near-miss-index.js';
import { hasSortedKey, lowerBound } from '../../compiled/sorted-keys.js';
import { isHan } from '../../text/unicode.js';

/** The suffixes a division's full name ends with; only a span ending with its form's own suffix is looked at. */
const ONE_CHAR_SUFFIXES = new Set('区县市镇乡旗盟');
const STREET = '街道';
/** Shortest place taken (浉河区: a two-character name and its suffix) and longest looked for. */
const MIN_PLACE = 3;
const MAX_PLACE = 12;
/** A swapped pair at the start needs a longer name: in three or four characters a swap is as often another place. */
const MIN_SWAPPED = 5;
/**
 * A tail shared by more places than this is a naming pattern (于家庄镇, 孙家庄镇… 31;
 * 三和街道, 仁和街道… 25) whose first character is a surname or a free choice: another
 * first character there is as often another place we lack (党家庄镇, now 党家街道).
 * 浉河区 shares 河区 with 13.
 */
const MAX_TAIL_SHARERS = 15;
const BASE = 0x01000193;

/**
 * The places with a suffix as sorted hashes, compiled by the build with the lexicons
 * (a start reads typed arrays instead of hashing 60,000 forms). A hash of a tail or a
 * swapped form is confirmed against the form itself; a hash of a known place or name only
 * ever silences a finding.
 */
export interface PlaceHashes {
  /** Hashes of each form without its first character, ascending, and the form of each. */
  tailKeys: Uint32Array;
  tailForms: Int32Array;
  /** Hashes of each form (five characters or more) with its first two characters swapped, and the form. */
  swappedKeys: Uint32Array;
  swappedForms: Int32Array;
  /** Hashes of every place with a suffix, and of their names without it. */
  knownKeys: Uint32Array;
  nameKeys: Uint32Array;
  /** Hashes of every place of two to four characters, with or without a suffix (海南, 吐鲁番, 金沙县): isShortPlaceName. */
  shortKeys: Uint32Array;
}

function suffixLength(form: string): number {
  if (form.endsWith(STREET)) return 2;
  return ONE_CHAR_SUFFIXES.has(form[form.length - 1]!) ? 1 : 0;
}

/** Polynomial hash: hash(c + s) = c·BASE^|s| + hash(s), so a span is hashed while it grows to the left. */
export function hashOf(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, BASE) + s.charCodeAt(i)) >>> 0;
  return h;
}

function sortedPairs(pairs: [number, number][]): { keys: Uint32Array; forms: Int32Array } {
  pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return { keys: Uint32Array.from(pairs, (p) => p[0]), forms: Int32Array.from(pairs, (p) => p[1]) };
}

/** `forms`: every form of the lexicons; `isPlace(i)`: form i is in places.txt. */
export function buildPlaceHashes(forms: readonly string[], isPlace: (i: number) => boolean): PlaceHashes {
  const tails: [number, number][] = [];
  const swapped: [number, number][] = [];
  const known = new Set<number>();
  const names = new Set<number>();
  const short = new Set<number>();
  forms.forEach((f, i) => {
    if (isPlace(i) && f.length >= 2 && f.length <= 4) short.add(hashOf(f));
    if (!isPlace(i) || f.length < 2 || suffixLength(f) === 0) return;
    known.add(hashOf(f));
    names.add(hashOf(f.slice(0, f.length - suffixLength(f))));
    if (f.length < MIN_PLACE || f.length > MAX_PLACE) return;
    tails.push([hashOf(f.slice(1)), i]);
    if (f.length >= MIN_SWAPPED && f[0] !== f[1]) swapped.push([hashOf(f[1]! + f[0]! + f.slice(2)), i]);
  });
  const t = sortedPairs(tails);
  const s = sortedPairs(swapped);
  return {
    tailKeys: t.keys,
    tailForms: t.forms,
    swappedKeys: s.keys,
    swappedForms: s.forms,
    knownKeys: Uint32Array.from([...known].sort((a, b) => a - b)),
    nameKeys: Uint32Array.from([...names].sort((a, b) => a - b)),
    shortKeys: Uint32Array.from([...short].sort((a, b) => a - b)),
  };
}

/**
 * Place names whose first character is the slip (鱿鱼圈区 for 鲅鱼圈区, 师河区 for 浉河区)
 * or whose first two are swapped (鲁乌木齐市): the near-miss index never edits a form's
 * first character (it is the index's key: every span is looked up by its own first
 * character, so freeing it would mean a lookup per position for every form), and a first
 * character is where another name differs most often. So these are looked for only at a
 * division's suffix, with strong evidence:
 *
 * - the span ends with its form's own suffix (区/县/市/镇/乡/旗/盟/街道);
 * - the span as written is no known place anywhere in China (the lexicon holds all
 *   divisions), nor a known name with another suffix (孟津县, 孟津区 since 2021);
 * - a replaced first character is a same-sound or look-alike of the right one (the confusion
 *   sets or lexicons/confusable-pairs.tsv), never a merely similar sound;
 * - the rest of the span is no naming pattern shared by many places (MAX_TAIL_SHARERS);
 * - the span reads as a name (looksLikeName), and exactly one place fits,
 *   and the rule's word and boundary tests still apply after this;
 * - a division written just before it is its parent (信阳市师河区, not 北京市师河区).
 *
 * With its parent before it (营口市鱿鱼圈区) the index matches the two written together
 * as well; the rule keeps the longer.
 */
export function placeFirstCharSlips(
  text: string,
  places: PlaceHashes,
  formOf: (i: number) => string,
  alike: (a: string, b: string) => string | undefined,
  isWord: (s: string) => boolean,
  isSurname: (c: string) => boolean = () => false,
): FormMatch[] {
  const found: FormMatch[] = [];
  for (let e = 0; e < text.length; e++) {
    if (!ONE_CHAR_SUFFIXES.has(text[e]!) && !(text[e] === '道' && text[e - 1] === '街')) continue;
    const end = e + 1;
    // The tail text[start + 1, end) and its hash, grown to the left with the span.
    let tailHash = text.charCodeAt(e);
    let power = BASE;
    for (let start = e - 1; start >= 0 && end - start <= MAX_PLACE; start--) {
      const c = text.charCodeAt(start);
      if (!isHan(c)) break;
      const spanHash = (Math.imul(c, power) + tailHash) >>> 0;
      if (end - start >= MIN_PLACE) {
        const slip = firstCharSlip(text, start, end, tailHash, places, formOf, alike, isWord, isSurname);
        if (slip) found.push(slip);
        const swapped = end - start >= MIN_SWAPPED ? swappedSlip(text, start, end, spanHash, places, formOf) : undefined;
        if (swapped) found.push(swapped);
      }
      tailHash = spanHash;
      power = Math.imul(power, BASE) >>> 0;
    }
  }
  return found;
}

function firstCharSlip(
  text: string,
  start: number,
  end: number,
  tailHash: number,
  places: PlaceHashes,
  formOf: (i: number) => string,
  alike: (a: string, b: string) => string | undefined,
  isWord: (s: string) => boolean,
  isSurname: (c: string) => boolean,
): FormMatch | undefined {
  const { tailKeys, tailForms } = places;
  const from = lowerBound(tailKeys, tailHash);
  let to = from;
  while (to < tailKeys.length && tailKeys[to] === tailHash) to++;
  if (to === from || to - from > MAX_TAIL_SHARERS) return undefined;
  const span = text.slice(start, end);
  if (!isSlipSpan(span, places, isWord)) return undefined;
  let match: number | undefined;
  for (let k = from; k < to; k++) {
    const form = formOf(tailForms[k]!);
    if (form.length !== span.length || !span.endsWith(form.slice(1))) continue;
    const likeness = alike(form[0]!, span[0]!);
    if (likeness !== 'same-pinyin' && likeness !== 'similar-shape') continue;
    // Two places fit: the text does not say which.
    if (match !== undefined) return undefined;
    match = tailForms[k]!;
  }
  if (match === undefined || !parentAgrees(text, start, formOf(match), places)) return undefined;
  // Three characters starting with a common surname read as a person's name as well (种植户刘广镇变身飞手
  // for 六广镇, 希伯伦南部的杜拉镇 for 木拉镇): only with its parent written before it is the span a place.
  if (span.length === 3 && isSurname(span[0]!) && parentBefore(text, start, places) === undefined) return undefined;
  return { start, end, form: match, kind: 'substitution', at: 0 };
}

function swappedSlip(text: string, start: number, end: number, spanHash: number, places: PlaceHashes, formOf: (i: number) => string): FormMatch | undefined {
  const { swappedKeys, swappedForms } = places;
  const span = text.slice(start, end);
  for (let k = lowerBound(swappedKeys, spanHash); k < swappedKeys.length && swappedKeys[k] === spanHash; k++) {
    const form = formOf(swappedForms[k]!);
    if (form.length === span.length && form[0] === span[1] && form[1] === span[0] && span.endsWith(form.slice(2)) && !hasSortedKey(places.nameKeys, hashOf(span.slice(0, span.length - suffixLength(span)))) && parentAgrees(text, start, form, places)) {
      return { start, end, form: swappedForms[k]!, kind: 'transposition', at: 0 };
    }
  }
  return undefined;
}

/** The span as written is no place with this or another suffix, and reads as a name. */
function isSlipSpan(span: string, places: PlaceHashes, isWord: (s: string) => boolean): boolean {
  const name = span.length - suffixLength(span);
  return !hasSortedKey(places.nameKeys, hashOf(span.slice(0, name))) && looksLikeName(span, name, isWord);
}

/**
 * The span reads as a name, not as a phrase before a generic division word: a two-character
 * name as written is no word (有关县, 完善乡, 组织街道), and its last character does not make
 * a word with the suffix (因城市, 主城区, 本乡镇: 城市, 城区, 乡镇).
 */
function looksLikeName(span: string, name: number, isWord: (s: string) => boolean): boolean {
  if (name === 2 && isWord(span.slice(0, 2))) return false;
  return !isWord(span.slice(name - 1, name + 1));
}

/** A division written just before the span (北京市师河区) must be the form's parent: the two written together are a known place. */
function parentAgrees(text: string, start: number, form: string, places: PlaceHashes): boolean {
  const parent = parentBefore(text, start, places);
  return parent === undefined || hasSortedKey(places.knownKeys, hashOf(parent + form));
}

/** The known division written just before `start`, the longest first (荆州市 before 州市), if any. */
function parentBefore(text: string, start: number, places: PlaceHashes): string | undefined {
  for (let n = Math.min(MAX_PLACE, start); n >= 2; n--) {
    const parent = text.slice(start - n, start);
    if (hasSortedKey(places.knownKeys, hashOf(parent))) return parent;
  }
  return undefined;
}
