import type { Document } from '../../document/document.js';
import { isAsciiDigit, isHan } from '../../text/unicode.js';
import type { Rule } from '../rule.js';
import { HAN_ONE_TO_NINE, HAN_ONE_TO_TEN, HAN_SMALL_MULTIPLIERS, HAN_ZEROS } from '../../text/numerals.js';
import { FULL_WIDTH_SENTENCE_END_MARKS, PHRASE_MARKS } from '../../text/sentences.js';

/** Half-width spaces: ASCII, no-break (&nbsp;), the typographic ones. The ideographic space U+3000 is standard in 公文 layout and never reported. */
const SPACE_RUN = /[ \u00A0\u2002-\u200A\u202F\u205F]+/g;
/** A line with one of these marks is running text; lists, tables, headings and signatures have none. */
const CLAUSE_MARK = new RegExp(`[${FULL_WIDTH_SENTENCE_END_MARKS}；${PHRASE_MARKS}]`);
/** How many characters on each side the segmenter sees when judging a gap. */
const WINDOW = 4;
/** A number between spaces: digits with a decimal point, thousands separators or a percent sign. */
const NUMBER = /^[0-9][0-9.,%]*/;
/** Labels a space legitimately follows: 第八十九条 理算机构…, 第二章 总则 (checked on the text before the space). */
const LABEL_BEFORE = new RegExp(`第[${HAN_ZEROS}${HAN_ONE_TO_NINE}${HAN_SMALL_MULTIPLIERS}0-9]+[条章节编款项部分篇卷]$|之[${HAN_ONE_TO_TEN}]$`);
const HAN_DIGIT_UNSPACED = /[\p{sc=Han}][0-9]|[0-9%][\p{sc=Han}]/u;

/**
 * A stray half-width space in Chinese running text: inside a word (管 理, from copying out of
 * a PDF or a line wrapped by hand), or around a number (共 120 人). Spaces that lay text out
 * stay silent: after 第一条 and dates, between the names of a list, in headings, tables and
 * signatures (no clause mark on the line), runs of several spaces (alignment), and text that
 * spaces every number consistently (a house style).
 */
export function createStraySpaceRule(): Rule {
  return {
    id: 'hygiene/stray-space',
    category: 'hygiene',
    severity: 'warning',
    description: '中文之间或数字前后多余的半角空格（管 理、共 120 人）',
    messages: {
      splitsWord: '“{{context}}”中间多了一个半角空格，把词语隔断了，应删除。',
      aroundNumber: '数字“{{number}}”前后有半角空格，中文行文中数字与汉字之间不加空格，应删除。',
    },
    check(doc, report) {
      const text = doc.text;
      const spacedStyle = new Map<number, boolean>();
      for (const m of text.matchAll(SPACE_RUN)) {
        const s = m.index;
        const e = s + m[0].length;
        const before = codePointBefore(text, s);
        if (before === undefined || !isHan(before)) continue;
        const after = text.codePointAt(e);
        if (after === undefined) continue;
        if (isHan(after)) {
          if (e - s === 1 && inRunningText(doc, s) && !LABEL_BEFORE.test(text.slice(Math.max(0, s - 12), s)) && splitsWord(doc, s, e)) {
            const context = `${text.slice(Math.max(0, s - 2), s)}${m[0]}${text.slice(e, e + 2)}`;
            report({ start: s, end: e, messageId: 'splitsWord', data: { context: context.trim() }, suggestions: [''] });
          }
        } else if (isAsciiDigit(after)) {
          const number = NUMBER.exec(text.slice(e, e + 40))![0];
          const tail = /^[ \u00A0]+/.exec(text.slice(e + number.length, e + number.length + 8));
          if (!tail) continue;
          const end = e + number.length + tail[0].length;
          const next = text.codePointAt(end);
          if (next === undefined || !isHan(next) || !inRunningText(doc, s)) continue;
          const line = doc.lines.lineOf(s);
          if (!spacedStyle.has(line)) spacedStyle.set(line, spacesEveryNumber(doc, line));
          if (spacedStyle.get(line)) continue;
          report({ start: s, end, messageId: 'aroundNumber', data: { number }, suggestions: [number] });
        }
      }
    },
  };
}

function codePointBefore(text: string, at: number): number | undefined {
  if (at === 0) return undefined;
  const low = text.charCodeAt(at - 1);
  return low >= 0xdc00 && low <= 0xdfff && at >= 2 ? text.codePointAt(at - 2) : low;
}

function inRunningText(doc: Document, at: number): boolean {
  const line = doc.lines.lineOf(at);
  return CLAUSE_MARK.test(doc.text.slice(doc.lines.lineStarts[line]!, doc.lines.lineEnd(line)));
}

/** With the space taken out, the segmenter puts one word across the gap (管 理 → 管理): the space cuts a word in two. */
function splitsWord(doc: Document, s: number, e: number): boolean {
  const left = hanTail(doc.text, s);
  const right = hanHead(doc.text, e);
  let at = 0;
  for (const word of doc.segmenter.cut(left + right)) {
    if (at < left.length && at + word.length > left.length) return true;
    at += word.length;
  }
  return false;
}

function hanTail(text: string, end: number): string {
  let start = end;
  while (start > 0 && end - start < WINDOW && isHan(text.charCodeAt(start - 1))) start--;
  return text.slice(start, end);
}

function hanHead(text: string, start: number): string {
  let end = start;
  while (end < text.length && end - start < WINDOW && isHan(text.charCodeAt(end))) end++;
  return text.slice(start, end);
}

/** The line puts spaces around every number it has (at least two): a house style, not a slip. */
function spacesEveryNumber(doc: Document, line: number): boolean {
  const lineText = doc.text.slice(doc.lines.lineStarts[line]!, doc.lines.lineEnd(line));
  if (HAN_DIGIT_UNSPACED.test(lineText)) return false;
  return (lineText.match(/\p{sc=Han} [0-9]/gu) ?? []).length >= 2;
}
