import type { Document } from '../../document/document.js';
import { readWordList } from '../../dictionaries.js';
import { QUOTE_CLOSERS, QUOTE_OPENERS } from '../../text/quotes.js';
import { FULL_WIDTH_SENTENCE_END_MARKS, LINE_BREAKS, SEMICOLONS } from '../../text/sentences.js';
import { isHan } from '../../text/unicode.js';
import { HAN_MULTIPLIERS, HAN_ONE_TO_NINE, HAN_ZEROS } from '../../text/numerals.js';
import type { CharLikeness, Rule } from '../rule.js';
import { isShortPlaceName, loadFixedExpressions, twoCharWordCount } from './fixed-expressions.js';
import { loadCharSounds } from './char-sounds.js';
import { placeLikeness } from './place-likeness.js';
import { loadPlaceChildren } from './place-children.js';
import { loadPlaceCounties } from './place-counties.js';
import { isKnownNear, loadPlaceStems, mayBeNear, MAX_STEM, MIN_STEM, stemOf, stemsNear, type PlaceStems } from './place-stems.js';

/** A bare stem in running text: three characters at least (two only as a line of its own). */
const MIN_RUNNING = 3;
/** What may stand before a name on its own: the start of a line or a clause (not 、 or （: lists of persons, rivers, lakes; not 《: titles of works, 《卡林卡》). */
const CLAUSE_EDGES = `${LINE_BREAKS}${FULL_WIDTH_SENTENCE_END_MARKS}${SEMICOLONS}\t 　，：`;
const EDGE_BEFORE = new Set(`${CLAUSE_EDGES}${QUOTE_OPENERS}【`);
const EDGE_AFTER = new Set(`${CLAUSE_EDGES}${QUOTE_CLOSERS}】`);
/** Verbs and prepositions of place written before a name (在集仕港, 位于邱隘): a word of the segmenter of its own. */
const BEFORE = ['在', '到', '赴', '去', '至', '往', '位于', '地处', '来自', '前往', '来到', '走进', '家住', '住在', '落户', '途经', '回到', '返回', '抵达', '深入', '驻'];
const BEFORE_ENDS = new Set(BEFORE.map((w) => w[w.length - 1]!));
/** What is written after a place's name (集仕港的村民, 邱隘一带). */
const AFTER = ['的村民', '的居民', '村民', '居民', '一带', '境内', '附近', '片区', '辖区', '老街', '街头', '等地'];

const AFTER_STARTS = new Set(AFTER.map((w) => w[0]!));
/** A division written whole ends so (宁波市, 海曙区, 浙江省). */
const PARENT_ENDS = new Set('省市区县州盟旗');
/** A span ending so is a division or village with its suffix (大陵村, 渠黎镇), which lexicon/place-child and lexicon/fixed-expression weigh. */
const SUFFIX_ENDS = new Set('省市区县州盟旗镇乡村道');

/** Grammar characters, never a slip of a name's. */
const FUNCTION_CHARS = new Set('的地得了着过和与及或是对把被从向等之其');
/** Characters of transliterated names (阿, 萨, 拉, 尔…), as spelling/statistical-typo reads them, and 克, 特, 托. */
const TRANSLITERATION = new Set('尔斯维拉亚阿纳塔萨卡莫索诺奥洛哈布伊乌兹罗巴吉玛娜丽蒂默努姆贝迪森杰蒙坦尼瓦佩埃菲克特托');
/** A name ending so names a river, lake, mountain or street as often as the township named after it. */
const FEATURE_ENDS = new Set('河湖江海岛湾山峰岭溪泉街路桥');

type Frame = 'edge' | 'word' | 'parent' | 'any';

interface Candidate {
  start: number;
  end: number;
  before: Frame;
  after: Frame;
  /** The length of the verb of place before the span (在, 位于), when that is its frame. */
  verb?: number;
  /** The length of the division written before the span (信阳市), when that is its frame. */
  parent?: number;
}

/** `text[start, start + length)` (2–4 characters) is a real word: the spelling family's counts and rare words. */
type RealWord = (text: string, start: number, length: number) => boolean;

export interface PlaceStemEvidence {
  likeness: CharLikeness;
  isNonStandard: (char: string) => boolean;
  isRealWord: RealWord;
  /** The characters the spelling family's confusion sets hold for a character. */
  confusedChars: (c: string) => string[];
}

/**
 * A township's, county's, prefecture's or province's name written bare, without its suffix,
 * with one character replaced by a same-sound or look-alike one (集仕港 for 集士港, of
 * 集士港镇; 闫店楼 for 阎店楼; 住马店 for 驻马店; 信阳市师河 for 浉河, its radical dropped):
 * lexicon/fixed-expression and lexicon/place-child find a place with its suffix, this rule the
 * stem alone. A stem is as often another word or another name, so the evidence is strict:
 *
 * - the span stands where a name stands: after the start of a line or clause, a verb of
 *   place (在, 位于, 来自) or its parent division (宁波市), and before the end of a clause
 *   or a word that follows a place (的村民, 一带), or, after a verb of place, before a word of
 *   two characters (在集仕港开展调研); a two-character stem only as a line of its own (a
 *   heading, a table cell) or under its parent;
 * - the span is no place of the codes (villages and communities too), no word, no slip of a
 *   word (撅嘴), and the segmenter cuts it into single characters (搭|平台 is a phrase);
 * - exactly one stem of the 2023 codes at the highest level that fits is one character off,
 *   a same sound (tone aside) or look-alike of it, never a numeral, an opposite (东/西), a
 *   function character or a variant character; under its parent, exactly one child of it;
 * - three characters starting with a common surname read as a person's name (杨关林):
 *   only after a verb of place or a parent, or before a word of place; transliterations
 *   (萨拉基卜) and names ending in a feature (石川河) only on a line of their own, under a
 *   parent or before a word of place.
 */
export function createPlaceStemRule({ likeness, isNonStandard, isRealWord, confusedChars }: PlaceStemEvidence, load: () => PlaceStems = loadPlaceStems): Rule {
  let alike: ((a: string, b: string) => boolean) | undefined;
  let surnames: Set<string> | undefined;
  return {
    id: 'lexicon/place-stem',
    category: 'typo',
    severity: 'warning',
    description: '不带“镇”“乡”“街道”“县”“区”等字单写的乡镇、县区名称中一字音近或形近之误',
    messages: {
      stem: '“{{found}}”不是已知地名，疑为“{{right}}”（{{name}}）之误（依据：国家统计局2023年统计用区划代码，截至2023年6月30日）。',
    },
    check(doc, report) {
      const candidates = candidatesOf(doc.text);
      if (candidates.length === 0) return;
      const stems = load();
      alike ??= placeLikeness(likeness, isNonStandard);
      surnames ??= new Set(readWordList('names/surnames-common.txt'));
      const text = doc.text;
      let reportedTo = -1;
      for (const c of candidates) {
        if (c.start < reportedTo) continue;
        const span = text.slice(c.start, c.end);
        if (!mayBeNear(stems, span) || isShortPlaceName(span)) continue;
        // Under its parent (信阳市师河): a child of it, whatever other places of China the span is or is near.
        const fit = c.parent !== undefined ? childFit(text.slice(c.start - c.parent, c.start), span, alike) : undefined;
        if (!fit) {
          if (span.length < MIN_RUNNING && !isLine(text, c)) continue;
          if (isKnownNear(stems, span)) continue;
        }
        const fits = fit ? [fit] : stemsNear(stems, span).filter((f) => alike!(span[f.at]!, f.stem[f.at]!));
        // The one stem of the highest level that fits: a prefecture or county is written far more often than a
        // township of a like name (住马店: 驻马店市, not 朱马店镇); two of one level, and the text does not say which.
        const top = Math.max(0, ...fits.map((f) => f.level));
        const rights = new Set(fits.filter((f) => f.level === top).map((f) => f.stem));
        if (rights.size !== 1) continue;
        const best = fits.find((f) => f.level === top)!;
        // 正在, 现在, 存在: the verb's character is part of another word.
        if (c.verb !== undefined && !doc.isOneWord(c.start - c.verb, c.start)) continue;
        if (!readsAsName(doc, c, best.at, isRealWord) || !standsAsStem(doc, c, best.at)) continue;
        // 撅嘴 (噘嘴), 低子 (低于): a slip of a word as well; the text does not say which. Under its parent the
        // child settles it (信阳市师河: 浉河区, not 史河 or 石河).
        if (!fit && span.length <= 4 && slipOfWord(span, (w) => isKnownNear(stems, w) || isShortPlaceName(w), isRealWord, confusedChars)) continue;
        // 杨关林（锡伯族）: three characters after a surname are a person's name as often.
        if (span.length === 3 && surnames.has(span[0]!) && c.before === 'edge' && c.after === 'edge' && !isLine(text, c)) continue;
        // 王毅 on a line of its own is a signature, not 王益 (王益区).
        if (span.length === 2 && surnames.has(span[0]!)) continue;
        reportedTo = c.end;
        report({ start: c.start, end: c.end, messageId: 'stem', data: { found: span, right: best.stem, name: best.name }, suggestions: [best.stem] });
      }
    },
  };
}

/**
 * The one child of `parent` (a prefecture's or province's counties, a county's townships, as the
 * 2023 codes have them) whose stem is `span` with one alike character replaced; none when the span
 * is a child's stem or a village of the county as written, or when two children fit.
 */
function childFit(parent: string, span: string, alike: (a: string, b: string) => boolean): { at: number; stem: string; name: string; level: number } | undefined {
  const counties = loadPlaceCounties().children(parent) ?? [];
  const towns = loadPlaceChildren().countyTownships(parent);
  const names = [...counties.filter((c) => c.until === undefined).map((c) => c.name), ...towns.map((t) => t.name)];
  let found: { at: number; stem: string; name: string; level: number } | undefined;
  for (const name of names) {
    const stem = stemOf(name);
    if (stem === span) return undefined;
    if (!stem || stem.length !== span.length) continue;
    let at = -1;
    for (let i = 0; i < span.length && at !== -2; i++) if (span[i] !== stem[i]) at = at === -1 ? i : -2;
    if (at < 0 || !alike(span[at]!, stem[at]!)) continue;
    if (found && found.stem !== stem) return undefined;
    found = { at, stem, name, level: 2 };
  }
  if (found && towns.some((t) => t.villages().includes(span))) return undefined;
  return found;
}

/** Each code unit's part in a frame, one table look-up a character (the scan meets every character of a text). */
const EDGE_BEFORE_FLAG = 1;
const EDGE_AFTER_FLAG = 2;
const AFTER_START_FLAG = 4;
const BEFORE_END_FLAG = 8;
const PARENT_END_FLAG = 16;
const SUFFIX_END_FLAG = 32;
const NUMERAL_FLAG = 64;
const BEFORE_FLAGS = EDGE_BEFORE_FLAG | BEFORE_END_FLAG | PARENT_END_FLAG;
const FLAGS = new Uint8Array(0x10000);
for (const [chars, flag] of [
  [EDGE_BEFORE, EDGE_BEFORE_FLAG],
  [EDGE_AFTER, EDGE_AFTER_FLAG],
  [AFTER_STARTS, AFTER_START_FLAG],
  [BEFORE_ENDS, BEFORE_END_FLAG],
  [PARENT_ENDS, PARENT_END_FLAG],
  [SUFFIX_ENDS, SUFFIX_END_FLAG],
  [new Set(HAN_ZEROS + HAN_ONE_TO_NINE + HAN_MULTIPLIERS), NUMERAL_FLAG],
] as const) {
  for (const c of chars) FLAGS[c.charCodeAt(0)]! |= flag;
}

/**
 * The spans that stand where a name stands, longest first at each start: the text alone is
 * read (no data, no segmenting: a verb of place is confirmed a word of its own later, for the
 * few spans the data keeps). Only a start after a frame's character is looked at further.
 */
function candidatesOf(text: string): Candidate[] {
  const found: Candidate[] = [];
  const n = text.length;
  for (let start = 0; start < n; start++) {
    if (start > 0 && !(FLAGS[text.charCodeAt(start - 1)]! & BEFORE_FLAGS)) continue;
    const first = text.charCodeAt(start);
    // 三大类, 两面山: a count and its noun; a numeral slip is never taken.
    if (!isHan(first) || FLAGS[first]! & NUMERAL_FLAG) continue;
    const frame = frameBefore(text, start);
    if (frame < 0) continue;
    let end = start + 1;
    while (end < n && end - start < MAX_STEM && isHan(text.charCodeAt(end))) end++;
    // Longest first: 闫店楼 before 店楼.
    for (; end - start >= MIN_STEM; end--) {
      const length = end - start;
      if (FLAGS[text.charCodeAt(end - 1)]! & SUFFIX_END_FLAG) continue;
      const after = frameAfter(text, end);
      if (after === undefined) {
        // After a verb of place a name may go on into the predicate (调研组在集仕港开展调研): the span's end is then
        // only a word boundary, which readsAsName tests.
        if (frame >= VERB && frame < PARENT_BASE && length >= MIN_RUNNING) found.push({ start, end, before: 'word', after: 'any', verb: frame - VERB });
        continue;
      }
      if (frame === EDGE_FRAME) {
        if (length < MIN_RUNNING && !(after === 'edge' && isLine(text, { start, end }))) continue;
        found.push({ start, end, before: 'edge', after });
      } else if (frame >= PARENT_BASE) {
        // Under its parent a stem of two characters is a child of it or nothing (信阳市师河, 顺德区客桂).
        found.push({ start, end, before: 'parent', after, parent: frame - PARENT_BASE });
      } else if (length >= MIN_RUNNING) {
        found.push({ start, end, before: 'word', after, verb: frame - VERB });
      }
    }
  }
  return found;
}

/** frameBefore's answers: none, the start of a line or clause, a verb of place (VERB + its length), or a parent (PARENT_BASE + its length). */
const NO_FRAME = -1;
const EDGE_FRAME = 1;
const VERB = 3;
const PARENT_BASE = 10;

function frameBefore(text: string, start: number): number {
  if (start === 0) return EDGE_FRAME;
  const flags = FLAGS[text.charCodeAt(start - 1)]!;
  if (flags & EDGE_BEFORE_FLAG) return EDGE_FRAME;
  if (flags & BEFORE_END_FLAG) {
    for (const word of BEFORE) if (text.endsWith(word, start)) return VERB + word.length;
  }
  // 宁波市集仕港, 海曙区集仕港: a division of two to four characters written whole just before (a short name
  // bare is as often a word: 海洋资源三大类, 资源 for 资源县).
  if (!(flags & PARENT_END_FLAG)) return NO_FRAME;
  for (let n = 4; n >= 2; n--) if (start >= n && isShortPlaceName(text.slice(start - n, start))) return PARENT_BASE + n;
  return NO_FRAME;
}

function frameAfter(text: string, end: number): Frame | undefined {
  if (end === text.length) return 'edge';
  const flags = FLAGS[text.charCodeAt(end)]!;
  if (flags & EDGE_AFTER_FLAG) return 'edge';
  return flags & AFTER_START_FLAG && AFTER.some((w) => text.startsWith(w, end)) ? 'word' : undefined;
}

/** The span is its line, bar spaces and a closing mark (a heading, a table cell, a name on its own). */
function isLine(text: string, { start, end }: { start: number; end: number }): boolean {
  let s = start;
  while (s > 0 && (text[s - 1] === ' ' || text[s - 1] === '\t' || text[s - 1] === '　')) s--;
  let e = end;
  while (e < text.length && (text[e] === ' ' || text[e] === '\t' || text[e] === '　' || text[e] === '。' || text[e] === '\r')) e++;
  return (s === 0 || text[s - 1] === '\n') && (e === text.length || text[e] === '\n');
}

/**
 * The span reads as a name, not words: its ends are word boundaries and the segmenter cuts it
 * into single characters (集|仕|港; 搭|平台 is a verb and its object), and the written character
 * makes no word with its neighbours in jieba's full list.
 */
function readsAsName(doc: Document, c: Candidate, at: number, isRealWord: RealWord): boolean {
  if (!doc.isWordBoundary(c.start) || !doc.isWordBoundary(c.end)) return false;
  for (let i = c.start; i < c.end; i++) if (!doc.standsAlone(i)) return false;
  const { words } = loadFixedExpressions();
  const text = doc.text;
  const i = c.start + at;
  if (i > c.start && twoCharWordCount(words, text.charCodeAt(i - 1), text.charCodeAt(i)) > 0) return false;
  if (i + 1 < c.end && twoCharWordCount(words, text.charCodeAt(i), text.charCodeAt(i + 1)) > 0) return false;
  // A real word of the spelling model's counts or of jieba's rarer words (噘嘴, not 角嘴 of 角嘴乡), whole or
  // where the written character meets its neighbour.
  const length = c.end - c.start;
  if (length <= 4 && isRealWord(text, c.start, length)) return false;
  if (i > c.start && isRealWord(text, i - 1, 2)) return false;
  if (i + 1 < c.end && isRealWord(text, i, 2)) return false;
  return true;
}

/** One character of `span` replaced by a same sound or a character of its confusion set makes a real word (not a place: the spelling model knows places' stems). */
function slipOfWord(span: string, isPlace: (word: string) => boolean, isRealWord: RealWord, confusedChars: (c: string) => string[]): boolean {
  const { sameSoundChars } = loadCharSounds();
  for (let at = 0; at < span.length; at++) {
    for (const x of new Set([...sameSoundChars(span[at]!), ...confusedChars(span[at]!)])) {
      const word = span.slice(0, at) + x + span.slice(at + 1);
      if (isRealWord(word, 0, span.length) && !isPlace(word)) return true;
    }
  }
  return false;
}

/**
 * What else the span may be, by the way it is written and what follows it:
 * - a function character written for the stem's (商户的 for 商户地乡) is grammar, not a slip;
 * - a known place inside the span holding the written character (唐山 of 唐山港 for 中山港) makes it
 *   that place and a feature;
 * - a span of transliterated characters (萨拉基卜, 多布罗皮利亚) is a foreign name, and one ending
 *   in a feature (石川河, 大沙泥街) names the river or street as often as a township: on a line of their
 *   own, after their parent or before a word of place only;
 * - after a verb of place with the predicate going on (在集仕港开展调研), the next word is a word
 *   of two characters or more, not a name's next character (永定土|楼, 顾家台|村, 阿克套|市).
 */
function standsAsStem(doc: Document, c: Candidate, at: number): boolean {
  const text = doc.text;
  const i = c.start + at;
  if (FUNCTION_CHARS.has(text[i]!)) return false;
  for (let from = c.start; from <= i; from++) {
    for (let to = Math.max(i + 1, from + 2); to <= Math.min(c.end, from + 4); to++) if (to - from < c.end - c.start && isShortPlaceName(text.slice(from, to))) return false;
  }
  let foreign = 0;
  for (let k = c.start; k < c.end; k++) if (TRANSLITERATION.has(text[k]!)) foreign++;
  const strong = isLine(text, c) || c.before === 'parent' || c.after === 'word';
  if ((foreign >= 2 || FEATURE_ENDS.has(text[c.end - 1]!)) && !strong) return false;
  if (c.after === 'any') {
    const next = doc.wordAt(c.end);
    if (!next || next.start !== c.end || next.end - next.start < 2) return false;
  }
  return true;
}
