import { readWordList } from '../../dictionaries.js';
import { lazyModule } from '../../lazy-module.js';
import { isHan, isHanSpan } from '../../text/unicode.js';
import { ARABIC_DIGITS, HAN_NUMBER_CHARS } from '../../text/numerals.js';
import { LINE_BREAKS, RUNNING_TEXT_MARKS } from '../../text/sentences.js';

/**
 * Where a character sits inside a person's name (法定代表人吴和根, 任命高晓力为…, 连捷等20名同志,
 * 由季新杰、王浩宇、潘展乐、张展硕组成): which name the text means is a fact it states, and a
 * given name is no word a model of official text knows, so a guess there is noise.
 *
 * A name is two or three characters starting with a surname (dictionaries/names/surnames*.txt;
 * a compound surname adds one) that the text marks as a name by what stands around it:
 * - a post, title or role right before it (dictionaries/names/before-name.txt), when its
 *   first two characters make no known word (书记强调 is no name);
 * - a word right after it (dictionaries/names/after-name.txt: 同志, 先生, （女）, 等同志) or
 *   等 with a count of people (等20名, 等三人);
 * - a verb of speaking or doing after it at the start of a clause (dictionaries/names/verbs-after-name.txt:
 *   高晓力介绍，…);
 * - a list of short items separated by 、 or spaces (a 名单, members of a team) most of whose
 *   items are such names and no known words, one of them with a common surname.
 * A name written alone elsewhere (…的王文毅) is not recognised: nothing in the text says it is one.
 */
export interface NameWords {
  /** Whether text[start, start + length) is a known word (a name that is one, 高峰, is not recognised by its first two characters). */
  isWord(text: string, start: number, length: number): boolean;
}

const data = lazyModule(() => {
  const common = readWordList('names/surnames-common.txt');
  const further = readWordList('names/surnames.txt');
  const single = new Set([...common, ...further].filter((s) => s.length === 1));
  const compound = new Set([...common, ...further].filter((s) => s.length === 2));
  const before = readWordList('names/before-name.txt');
  const after = readWordList('names/after-name.txt');
  return {
    verbs: readWordList('names/verbs-after-name.txt'),
    functionChars: new Set(readWordList('names/function-characters.txt')),
    common: new Set(common),
    single,
    compound,
    before: new Set(before),
    longestBefore: Math.max(...before.map((w) => w.length)),
    after,
  };
});

/** 等 with a count of people after a name: 等20名同志, 等三人, 等15位. */
const COUNT_OF_PEOPLE = new RegExp(`^等[${ARABIC_DIGITS}${HAN_NUMBER_CHARS}两]+(?:名|位|人)`);
/** What separates the items of a list of names: 、, spaces (a 名单's line), and what opens or closes the list. */
const ITEM_SEPARATORS = new Set('、 \u3000\t');

/** Length of the surname starting at `at` (2 for a compound, 1, or 0 for none); a function character (和, 从, 向) starts none. */
function surnameAt(text: string, at: number): number {
  const { single, compound, functionChars } = data();
  if (compound.has(text.slice(at, at + 2))) return 2;
  return single.has(text[at] ?? '') && !functionChars.has(text[at]!) ? 1 : 0;
}

/**
 * A post, title or role of before-name.txt ends right at `at`, and is no part of a longer
 * word with the next character (主席国, 代表法, 委员会).
 */
function titleBefore(text: string, at: number, words: NameWords): boolean {
  const { before, longestBefore } = data();
  for (let length = 2; length <= longestBefore && length <= at; length++) {
    if (before.has(text.slice(at - length, at))) return !words.isWord(text, at - length, length + 1);
  }
  return false;
}

/** A word of after-name.txt, or 等 with a count of people, starts right at `at`. */
function markerAfter(text: string, at: number): boolean {
  const rest = text.slice(at, at + 8);
  return data().after.some((w) => rest.startsWith(w)) || COUNT_OF_PEOPLE.test(rest);
}

/** Whether the character at `offset` is inside a person's name the text marks as one. */
export function insidePersonName(text: string, offset: number, words: NameWords): boolean {
  for (let start = offset; start >= Math.max(0, offset - 3); start--) {
    const surname = surnameAt(text, start);
    if (surname === 0) continue;
    for (const given of [1, 2]) {
      const end = start + surname + given;
      if (end <= offset || !isHanSpan(text, start, end) || !mayBeName(text, start, end, words)) continue;
      if (isMarkedName(text, start, end, surname, words)) return true;
    }
  }
  return inNameList(text, offset, words);
}

/**
 * Characters that can be a name at all: no known word (全中国, 党中央), nor the start of a longer
 * one (高瞻远瞩), and no function character at the end (谢飞被授予, 党的).
 */
function mayBeName(text: string, start: number, end: number, words: NameWords): boolean {
  if (data().functionChars.has(text[end - 1]!) || words.isWord(text, start, end - start)) return false;
  for (let length = end - start + 1; length <= 4; length++) if (words.isWord(text, start, length)) return false;
  return true;
}

/** The start of a clause: the text's, a line's, or after the punctuation of running text (。，；：“ …). */
const CLAUSE_OPENERS = new Set(`${RUNNING_TEXT_MARKS}${LINE_BREAKS}`);

/** A name at the start of a clause before a verb of verbs-after-name.txt (高晓力介绍，…). */
function subjectBeforeVerb(text: string, start: number, end: number, surname: number, words: NameWords): boolean {
  if (start > 0 && !CLAUSE_OPENERS.has(text[start - 1]!)) return false;
  const rest = text.slice(end, end + 4);
  if (!data().verbs.some((v) => rest.startsWith(v))) return false;
  return !words.isWord(text, start, surname + 1) && !(end - start === surname + 2 && words.isWord(text, end - 1, 2));
}

function isMarkedName(text: string, start: number, end: number, surname: number, words: NameWords): boolean {
  if (subjectBeforeVerb(text, start, end, surname, words)) return true;
  // Before 同志 the characters start no word with the one before (有关领导同志, 国家领导同志).
  if (markerAfter(text, end) && !words.isWord(text, start - 1, 2) && !(end - start === 2 && words.isWord(text, start, 2))) return true;
  // A title whose last character makes a word with the next is no title there (交通运输部长江, 村民宿).
  if (!titleBefore(text, start, words) || words.isWord(text, start - 1, 2)) return false;
  // After a title the name's length is unknown: its first two characters make no word (书记强调),
  // and a third character that starts a word with the next is not the name's (书记王伟出席).
  if (words.isWord(text, start, surname + 1)) return false;
  if (end - start === surname + 2 && words.isWord(text, end - 1, 2)) return false;
  return true;
}

/**
 * The character is in an item of a list of names (季新杰、王浩宇、潘展乐; a 名单's line of names
 * separated by spaces). The list's first run may hold words before its name (由季新杰, 中国选手米久江)
 * and its last run words after it (张展硕组成的): there the name is the run's end or start.
 */
function inNameList(text: string, offset: number, words: NameWords): boolean {
  if (!isHan(text.charCodeAt(offset))) return false;
  let start = offset;
  while (start > 0 && isHan(text.charCodeAt(start - 1))) start--;
  let end = offset + 1;
  while (end < text.length && isHan(text.charCodeAt(end))) end++;
  // The run must be a list's: a separator on at least one side.
  if (!ITEM_SEPARATORS.has(text[start - 1] ?? '') && !ITEM_SEPARATORS.has(text[end] ?? '')) return false;
  const runs = listRuns(text, start, end);
  if (runs.length < 2) return false;
  const names = runs.map(([s, e], i) => nameInRun(text, s, e, i === 0, i === runs.length - 1, words));
  const found = names.filter((n): n is [number, number] => n !== undefined);
  // Nearly every item is a name (a name the lists lack, or one that is a word, may be among them):
  // 黄桃、茶叶、雷竹 is no list of names.
  if (found.length < 2 || (runs.length - found.length) * 3 > found.length || !found.some(([s]) => data().common.has(text[s]!))) return false;
  // Two items are a list of names only after a title (中国选手米久江、李洪凤): 高帧率、高动态范围 is none.
  if (runs.length < 3 && !titleBefore(text, found[0]![0], words)) return false;
  return found.some(([s, e]) => s <= offset && offset < e);
}

/** The name a run of a list holds: the whole run, or for the first run its end, for the last its start. */
function nameInRun(text: string, start: number, end: number, first: boolean, last: boolean, words: NameWords): [number, number] | undefined {
  if (isNameItem(text, start, end, words)) return [start, end];
  if (first && ITEM_SEPARATORS.has(text[end] ?? '')) {
    // Only a title or a function character before it (中国选手米久江, 由季新杰): 大国工匠 is no name.
    for (const length of [4, 3, 2]) {
      const s = end - length;
      if (s > start && isNameItem(text, s, end, words) && (data().functionChars.has(text[s - 1]!) || titleBefore(text, s, words))) return [s, end];
    }
  }
  if (last && ITEM_SEPARATORS.has(text[start - 1] ?? '')) {
    for (const length of [4, 3, 2]) {
      const e = start + length;
      // The rest of the run starts with a word (张展硕组成的): the name ends there.
      if (e < end && isNameItem(text, start, e, words) && words.isWord(text, e, 2)) return [start, e];
    }
  }
  return undefined;
}

/** A list item that can be a name: two or three characters (four with a compound surname), a surname first, no known word. */
function isNameItem(text: string, start: number, end: number, words: NameWords): boolean {
  const surname = surnameAt(text, start);
  const length = end - start;
  if (surname === 0 || length < surname + 1 || length > surname + 2) return false;
  return mayBeName(text, start, end, words) && !words.isWord(text, start, surname + 1);
}

/** The Han runs of the list around [start, end), separated by 、 or spaces. */
function listRuns(text: string, start: number, end: number): [number, number][] {
  const runs: [number, number][] = [[start, end]];
  let at = start;
  while (at > 0 && ITEM_SEPARATORS.has(text[at - 1]!)) {
    let s = at - 1;
    while (s > 0 && ITEM_SEPARATORS.has(text[s - 1]!)) s--;
    const e = s;
    while (s > 0 && isHan(text.charCodeAt(s - 1))) s--;
    if (s === e) break;
    runs.unshift([s, e]);
    at = s;
  }
  at = end;
  while (at < text.length && ITEM_SEPARATORS.has(text[at]!)) {
    let s = at + 1;
    while (s < text.length && ITEM_SEPARATORS.has(text[s]!)) s++;
    let e = s;
    while (e < text.length && isHan(text.charCodeAt(e))) e++;
    if (e === s) break;
    runs.push([s, e]);
    at = e;
  }
  return runs;
}
