import { readWordList } from '../../dictionaries.js';
import type { MessageData } from '../messages.js';
import type { Document } from '../../document/document.js';
import { HAN_NUMBER_CHARS, HAN_ONE_TO_TEN } from '../../text/numerals.js';
import { isAllHan, isHan, isHighSurrogate, isLowSurrogate } from '../../text/unicode.js';
import { insideOpenPair, QUOTE_CLOSERS } from '../../text/quotes.js';
import { SEMICOLONS, SENTENCE_END_MARKS } from '../../text/sentences.js';
import type { Rule, Report } from '../rule.js';

/** Longest repeated unit looked for, in characters (进一步进一步 has 3). */
const MAX_UNIT = 4;

export interface RepetitionLexicon {
  /** Characters never doubled in correct text (的的), from dictionaries/repetition/repeated-characters.txt. */
  singleCharacters: ReadonlySet<string>;
  /** Fixed four-character phrases of two words (值班值守), from dictionaries/repetition/phrases.txt. */
  phrases: ReadonlySet<string>;
  /** Verbs whose ABAB form is colloquial, not a slip (研究研究), from dictionaries/repetition/reduplicable-verbs.txt. */
  reduplicableVerbs: ReadonlySet<string>;
  /** Words a doubled character's second copy may begin (对 + 对台工作, 全运会 + 会旗), from dictionaries/repetition/second-copy-words.txt. */
  secondCopyWords: readonly string[];
  /** Measure phrases said twice for "in great amounts, one lot after another" (大块大块, 成批成批), from dictionaries/repetition/reduplicable-measures.txt. */
  reduplicableMeasures: ReadonlySet<string>;
}

export function loadRepetitionLexicon(): RepetitionLexicon {
  return {
    singleCharacters: new Set(readWordList('repetition/repeated-characters.txt')),
    phrases: new Set(readWordList('repetition/phrases.txt')),
    reduplicableVerbs: new Set(readWordList('repetition/reduplicable-verbs.txt')),
    secondCopyWords: readWordList('repetition/second-copy-words.txt'),
    reduplicableMeasures: new Set(readWordList('repetition/reduplicable-measures.txt')),
  };
}

const MESSAGES = {
  repeatedRun: `“{{unit}}”连续出现 {{copies}} 次，应只保留一个。`,
  repeatedAcrossLines: `“{{unit}}”与上一行末尾的“{{unit}}”重复，{{hint}}应删去一个。`,
  doubledPhrase: `“{{unit}}{{unit}}”重复，疑为“{{phrase}}”之误。`,
  repeatedTwice: `“{{unit}}”重复出现，应删去一个。`,
  colloquialReduplication: `“{{unit}}{{unit}}”是口语化的动词重叠，公文中宜用“{{unit}}”或改写。`,
  repeatedMaybe: `“{{unit}}”重复出现，请确认是否多写。`,
};

/**
 * 值守值守, 的的, 进一步进一步, and a word repeated across a line break. Reduplication
 * that the language allows stays silent: the segmenter keeps 天天, 的的确确 and 不了了之
 * whole, so a doubled unit is reported only when both copies stand as words of their own.
 */
export function createRepeatedWordRule(lexicon: RepetitionLexicon = loadRepetitionLexicon()): Rule {
  const phrasesByHalf = indexPhrases(lexicon.phrases);
  return {
    id: 'repetition/repeated-word',
    category: 'repetition',
    severity: 'error',
    description: '词语重复（值守值守、的的）',
    messages: MESSAGES,
    check(doc, report) {
      // A long document repeats the same slip many times: judge each unit once.
      const verdicts = new Map<string, Verdict | undefined>();
      const judgeOnce: Judge = (unit, k) => {
        if (!verdicts.has(unit)) verdicts.set(unit, judge(doc, unit, k, phrasesByHalf, lexicon));
        return verdicts.get(unit);
      };
      for (let line = 0; line < doc.lines.lineStarts.length; line++) {
        checkLine(doc, line, lexicon, judgeOnce, report);
        checkLineBreak(doc, line, lexicon, judgeOnce, report);
      }
    },
  };
}

/**
 * Repeats inside one line: scan each Han run for a unit followed by itself, the
 * shortest unit first (的的的 is 的 three times, not 的的 and 的), taking in every
 * further copy (的的的 → 的).
 */
function checkLine(doc: Document, line: number, lexicon: RepetitionLexicon, judge: Judge, report: Report): void {
  const text = doc.text;
  const to = doc.lines.lineEnd(line);
  for (let s = doc.lines.lineStarts[line]!; s < to; ) {
    const width = codePointWidth(text, s);
    let reported = false;
    // Units of 1…MAX_UNIT characters starting at s, all Han (so every copy is Han too).
    for (let k = 1, mid = s; k <= MAX_UNIT; k++) {
      mid += codePointWidth(text, mid);
      const u = mid - s;
      if (mid + u > to) break;
      // Cheap test first: most units are not followed by themselves.
      if (text.charCodeAt(s) !== text.charCodeAt(mid) || !equalRanges(text, s, mid, mid + u)) continue;
      const unit = text.slice(s, mid);
      if (!isAllHan(unit)) break;
      if (k === 1 ? !lexicon.singleCharacters.has(unit) : isPeriodic(unit)) continue;
      let e = mid + u;
      while (e + u <= to && text.startsWith(unit, e)) e += u;
      if (!repeatsAsWords(doc, s, mid, e, k)) continue;
      if (k === 1 && e === mid + u && beginsSecondCopyWord(doc, mid, lexicon.secondCopyWords)) continue;
      if (k > 1 && beginsInsideWord(doc, s, mid)) continue;
      if (k > 1 && closesLongerNoun(doc, s, mid, unit)) continue;
      const judged = judge(unit, k);
      if (!judged) continue;
      // A noun said twice inside a title is the title's own wording (《国旗国旗真美丽》).
      if (judged.messageId === 'repeatedMaybe' && insideOpenPair(text, s, '《', '》')) continue;
      const verdict = k === 2 && judged.messageId === 'repeatedTwice' && readsAsNounThenVerb(doc, s, e) ? { severity: 'warning' as const, messageId: 'repeatedMaybe', data: { unit } } : judged;
      const copies = (e - s) / u;
      if (copies > 2) {
        report({ start: s, end: e, messageId: 'repeatedRun', data: { unit, copies }, suggestions: [unit], severity: 'error' });
      } else {
        report({ start: s, end: e, messageId: verdict.messageId, data: verdict.data, suggestions: verdict.phrase ? [verdict.phrase, unit] : [unit], severity: verdict.severity });
      }
      s = e;
      reported = true;
      break;
    }
    if (!reported) s += width;
  }
}

/**
 * 对对台工作, 全运会会旗: the second copy of a doubled character begins a word the segmenter
 * does not know (对台, 会旗), standing whole before the next word; the first copy is a word
 * of its own (the preposition 对) or the end of the word before (全运会).
 */
function beginsSecondCopyWord(doc: Document, mid: number, words: readonly string[]): boolean {
  return words.some((w) => doc.text.startsWith(w, mid) && doc.isWordBoundary(mid + w.length));
}

/**
 * 委内瑞拉加拉加斯, 退税缓税缓费: the first copy begins inside a word that ends within it
 * (委内瑞拉|加, 退税|缓), so the repeated characters are pieces of different words, not a
 * word said twice. (The first copy may close a longer word: 贯彻落实落实.)
 */
function beginsInsideWord(doc: Document, start: number, mid: number): boolean {
  const first = doc.wordAt(start);
  return first !== undefined && first.start < start && first.end < mid;
}

/**
 * 年终总决赛决赛, 俄罗斯罗斯托夫州: a noun whose first copy is the end of a longer word
 * (总决赛, 俄罗斯) and whose second copy opens the next term. A verb closing a compound and
 * said again (贯彻落实落实) stays a slip; a noun standing alone twice (安全安全) is judged as before.
 */
function closesLongerNoun(doc: Document, start: number, mid: number, unit: string): boolean {
  const first = doc.wordAt(start);
  if (first === undefined || first.start >= start || first.end !== mid) return false;
  const tags = doc.segmenter.tag(unit);
  return tags.length === 1 && /^n/.test(tags[0]!.tag);
}

/**
 * 社会组织组织开展: after a noun and before a verb, a word that is both noun and verb may
 * close one phrase (社会组织) and open the next (组织开展). Only a warning then: the
 * segmenter cannot tell 社会组织 from 部门组织组织开展, a slip.
 */
function readsAsNounThenVerb(doc: Document, start: number, end: number): boolean {
  const before = start > 0 ? doc.wordAt(start - 1) : undefined;
  const after = doc.wordAt(end);
  if (!before || !after || before.end !== start || after.start !== end) return false;
  const tagOf = (word: string) => {
    const tags = doc.segmenter.tag(word);
    return tags.length === 1 ? tags[0]!.tag : '';
  };
  return tagOf(before.text).startsWith('n') && tagOf(after.text) === 'v';
}

/** 1, or 2 for a surrogate pair. */
function codePointWidth(text: string, at: number): number {
  return isHighSurrogate(text.charCodeAt(at)) && isLowSurrogate(text.charCodeAt(at + 1)) ? 2 : 1;
}

/** 天天 as a unit: a unit that is itself one character repeated is left to the single-character check. */
function isPeriodic(unit: string): boolean {
  const chars = Array.from(unit);
  return chars.every((c) => c === chars[0]);
}

/** Longest label line, in characters after its numbering (原告诉讼请求, 一、总体要求). */
const MAX_LABEL = 8;
const LABEL_NUMBERING = new RegExp(`^(?:[${HAN_ONE_TO_TEN}]+、|（[${HAN_ONE_TO_TEN}]+）|\\d+[.．、])`);
const PUNCTUATION = /[\p{P}\p{S}]/u;
/** Longest byline (post, a space, the name: 福建省人民政府省长 赵龙). */
const MAX_BYLINE = 24;
const BYLINE_SPACE = /\p{sc=Han}[ \u3000\u00a0]+\p{sc=Han}/u;

/**
 * A short line without punctuation is a heading, a label or a byline, not prose wrapped at the
 * line's end: the paragraph under it may begin with the heading's last word (申请人请求
 * ⏎ 请求裁决…, 一、总体要求 ⏎ 要求各单位…).
 */
function isLabelLine(text: string, start: number, end: number): boolean {
  const line = text.slice(start, end).replace(LABEL_NUMBERING, '');
  if (PUNCTUATION.test(line)) return false;
  // A byline spaced into post and name (甘肃省省长 任振鹤 ⏎ 任振鹤作政府工作报告…): prose wrapped by hand has no spaces.
  return line.length <= MAX_LABEL || (line.length <= MAX_BYLINE && BYLINE_SPACE.test(line));
}

/**
 * A line that opens with a label (负责部门：…, 牵头单位：…): a short run without punctuation
 * and then a colon starts an entry of its own, so its first word does not continue the line
 * before (…按职责分工负责 ⏎ 负责部门：商务部…).
 */
function opensWithLabel(text: string, start: number, end: number): boolean {
  const label = /^[^\p{P}\p{S}\s]+[：:]/u.exec(text.slice(start, Math.min(end, start + MAX_LABEL + 1)));
  return label !== null;
}

/** Characters that end a paragraph: the line after one starts a new paragraph or a heading. */
const PARAGRAPH_END = new RegExp(`[${SENTENCE_END_MARKS}${SEMICOLONS}：:…${QUOTE_CLOSERS}）)】]$`, 'u');

/**
 * A headline over its story (台风“博罗依”五次登陆菲律宾 ⏎ 菲律宾气象部门今天发布…): a line
 * that opens a paragraph (first line, or after a blank line or one ending a sentence) and is
 * much shorter than the line after it. Text wrapped at a fixed width never breaks a line
 * shorter than the line that follows it in the same paragraph, so the break is the author's.
 * [start, end) is the line and [nextStart, nextEnd) the next, both without their margins.
 */
function isHeadline(doc: Document, line: number, start: number, end: number, nextStart: number, nextEnd: number): boolean {
  const text = doc.text;
  const length = end - start;
  const nextLength = nextEnd - nextStart;
  if (nextLength < length * 1.5 || nextLength - length < 10) return false;
  if (line === 0) return true;
  const before = text.slice(doc.lines.lineStarts[line - 1]!, doc.lines.lineEnd(line - 1)).trim();
  return before === '' || PARAGRAPH_END.test(before);
}

/** A unit at the end of one line repeated at the start of the next (text wrapped by hand or by PDF export). */
function checkLineBreak(doc: Document, line: number, lexicon: RepetitionLexicon, judge: Judge, report: Report): void {
  if (line + 1 >= doc.lines.lineStarts.length) return;
  const text = doc.text;
  const tailEnd = trimEnd(text, doc.lines.lineStarts[line]!, doc.lines.lineEnd(line));
  const headStart = trimStart(text, doc.lines.lineStarts[line + 1]!, doc.lines.lineEnd(line + 1));
  // A blank line on either side holds no unit (half the lines of a typical document).
  if (tailEnd === doc.lines.lineStarts[line] || headStart === doc.lines.lineEnd(line + 1)) return;
  // The two lines without their margins, the same for every unit length.
  const tailLineStart = trimStart(text, doc.lines.lineStarts[line]!, tailEnd);
  const headLineEnd = trimEnd(text, headStart, doc.lines.lineEnd(line + 1));
  for (let k = MAX_UNIT; k >= 1; k--) {
    const unit = lastCodePoints(text, tailEnd, k);
    // The cheap test first: most lines do not start with the end of the line before.
    if (unit === undefined || !text.startsWith(unit, headStart) || !isAllHan(unit)) continue;
    if (k === 1 && !lexicon.singleCharacters.has(unit)) continue;
    const tailStart = tailEnd - unit.length;
    const headEnd = headStart + unit.length;
    // A line that is nothing but the unit is a table cell or a heading, not wrapped prose.
    if (tailLineStart === tailStart) continue;
    if (headLineEnd === headEnd) continue;
    // A word (not 的 or 了, which end no heading) after a heading line: the heading's last word.
    if (k > 1 && isLabelLine(text, tailLineStart, tailEnd)) continue;
    if (k > 1 && opensWithLabel(text, headStart, headLineEnd)) continue;
    if (k > 1 && isHeadline(doc, line, tailLineStart, tailEnd, headStart, headLineEnd)) continue;
    if (!repeatsAsWords(doc, tailStart, headStart, headEnd, k)) continue;
    const verdict = judge(unit, k);
    if (!verdict) continue;
    const hint = verdict.phrase ? `疑为“${verdict.phrase}”之误；` : '';
    // Wrapped text repeating a unit is a slip even where ABAB reduplication would be a style choice.
    const severity = verdict.severity === 'info' ? 'warning' : verdict.severity;
    report({ start: headStart, end: headEnd, messageId: 'repeatedAcrossLines', data: { unit, hint }, suggestions: [''], severity });
    return;
  }
}

/**
 * Both copies stand as words: boundaries between and after them. The first copy of a
 * longer unit may close a compound (贯彻落实落实); a single character may not, or
 * 目的的 and 为了了解 would be flagged.
 */
function repeatsAsWords(doc: Document, start: number, mid: number, end: number, k: number): boolean {
  return doc.isWordBoundary(mid) && doc.isWordBoundary(end) && (k > 1 || doc.isWordBoundary(start));
}

type Judge = (unit: string, k: number) => Verdict | undefined;

interface Verdict {
  severity: 'error' | 'warning' | 'info';
  messageId: string;
  data: MessageData;
  /** The fixed phrase the writer most likely meant (值班值守 for 值守值守). */
  phrase?: string;
}

function judge(doc: Document, unit: string, k: number, phrasesByHalf: Map<string, string[]>, lexicon: RepetitionLexicon): Verdict | undefined {
  // A number in Chinese numerals repeats its digits (二〇二〇年, 一九一九年).
  if (k > 1 && isHanNumber(unit)) return undefined;
  const phrases = phrasesByHalf.get(unit) ?? [];
  // Only a phrase that the half singles out is a confident correction (值守 → 值班值守);
  // 研究 belongs to many, so 研究研究 is judged like any other doubled word.
  if (phrases.length === 1) {
    return { severity: 'error', phrase: phrases[0]!, messageId: 'doubledPhrase', data: { unit, phrase: phrases[0]! } };
  }
  const tags = doc.segmenter.tag(unit);
  // 一个问题一个问题解决, 一件事一件事去做: 一 + a measure word + a noun, said twice, means
  // "one after another" (the distributive reduplication of 一步一步 with a noun added).
  if (k > 2 && tags.length >= 2 && tags[0]!.tag === 'm' && tags[0]!.word.length >= 2 && tags[0]!.word.startsWith('一')) return undefined;
  if (k !== 2) return { severity: 'error', messageId: 'repeatedTwice', data: { unit } };
  const tag = tags.length === 1 ? tags[0]!.tag : '';
  // Numerals and measure words reduplicate legitimately: 一步一步, 一个一个.
  if (tag.startsWith('m') || tag.startsWith('q') || unit.startsWith('一') || lexicon.reduplicableMeasures.has(unit)) return undefined;
  if (lexicon.reduplicableVerbs.has(unit)) {
    return { severity: 'info', messageId: 'colloquialReduplication', data: { unit } };
  }
  // Any other doubled verb (加强加强) is a slip; a doubled noun may close one term and open the next (PPP项目项目经理).
  if (tag.startsWith('v')) return { severity: 'error', messageId: 'repeatedTwice', data: { unit } };
  return { severity: 'warning', messageId: 'repeatedMaybe', data: { unit } };
}

function isHanNumber(unit: string): boolean {
  for (const c of unit) if (!HAN_NUMBER_CHARS.includes(c)) return false;
  return true;
}


/** Phrase index: each half of 值班值守 → the phrases it belongs to. */
function indexPhrases(phrases: ReadonlySet<string>): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const p of phrases) {
    const chars = Array.from(p);
    const half = chars.length / 2;
    if (!Number.isInteger(half)) continue;
    const first = chars.slice(0, half).join('');
    const second = chars.slice(half).join('');
    if (first === second) continue;
    for (const h of [first, second]) {
      const list = index.get(h) ?? [];
      list.push(p);
      index.set(h, list);
    }
  }
  return index;
}

/** True when text[a, b) equals text[b, c), compared without building strings. */
function equalRanges(text: string, a: number, b: number, c: number): boolean {
  if (b - a !== c - b) return false;
  for (let i = 0; i < b - a; i++) if (text.charCodeAt(a + i) !== text.charCodeAt(b + i)) return false;
  return true;
}

function lastCodePoints(text: string, end: number, k: number): string | undefined {
  let start = end;
  for (let n = 0; n < k; n++) {
    if (start <= 0) return undefined;
    const c = text.charCodeAt(start - 1);
    start -= isLowSurrogate(c) && start >= 2 ? 2 : 1;
  }
  return text.slice(start, end);
}

const SPACE = /[\s\u3000]/;

function trimEnd(text: string, from: number, to: number): number {
  while (to > from && SPACE.test(text[to - 1]!)) to--;
  return to;
}

function trimStart(text: string, from: number, to: number): number {
  while (from < to && SPACE.test(text[from]!)) from++;
  return from;
}
