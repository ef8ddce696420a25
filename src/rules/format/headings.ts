import type { Document } from '../../document/document.js';
import { isBlank } from '../../text/unicode.js';
import { SEMICOLONS, SENTENCE_END_MARKS } from '../../text/sentences.js';
import { formatHanNumber, HAN_MULTIPLIERS, HAN_ONE_TO_TEN, HAN_ZEROS, hanNumber } from '../../text/numerals.js';

/**
 * A 序号 at the start of a line (GB/T 9704-2012 7.3.3): level 1 一、, level 2 （一）,
 * level 3 1., level 4 （1）, including the wrongly punctuated forms (一. 1、 （一）、), so
 * that the sequence rules see them as the headings they are meant to be.
 */
export interface HeadingMarker {
  level: 1 | 2 | 3 | 4;
  number: number;
  /** The 序号 as written, with the mark after it if any (一、 （一） 1、). */
  start: number;
  end: number;
  /** The mark after the numeral or the closing bracket ('' for none). */
  mark: string;
  line: number;
  /** The first item of a list written after a label on the same line (附件：1.… 备注：1.…). */
  inline: boolean;
}

export interface HeadingScan {
  markers: HeadingMarker[];
  /** Line numbers of attachment headers, after which numbering starts afresh. */
  breaks: Set<number>;
  /**
   * Line numbers of the titles of boxed columns (专栏1 重大工程, 专栏一): a plan outline sets
   * them among its numbered paragraphs, with lists of their own.
   */
  boxes: Set<number>;
  /**
   * Line numbers of the 篇, 章 and 节 headings of a plan outline (第三章 推动高质量发展): a
   * parent above 一、, under which the numbering below starts afresh or goes on.
   */
  chapters: Set<number>;
}

const CN = HAN_ONE_TO_TEN;
const LEVEL_1 = new RegExp(`^([${CN}]{1,3})([、.．，,])`);
const LEVEL_2 = new RegExp(`^([（(])([${CN}]{1,3})([）)])([、.．，,]?)`);
const LEVEL_3 = /^(\d{1,2})([.．、])/;
const LEVEL_4 = /^([（(])(\d{1,2})([）)])([、.．，,]?)/;
// What a line must start with to hold a 序号 or an attachment header (tested in place, sticky).
const OPENING = new RegExp(`[${CN}]{1,3}[、.．，,]|[（(][${CN}0-9]{1,3}[）)]|[0-9]{1,2}[.．、]|附件`, 'y');

/** A colon within the first 9 characters (附件：1.…, 备注:1.…). */
function colonNear(text: string, from: number, end: number): boolean {
  for (let i = from + 1; i < end && i <= from + 9; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xff1a || c === 0x3a) return true;
  }
  return false;
}
// A short label and a colon before an inline first item: 附件：1.… 备注:1.…
const LABEL = new RegExp(`^[^\\s，,：:。${SEMICOLONS}]{1,8}[：:][\\s\\u3000]*`);
// A colon right before a first item (1. （1） （一）) later on a heading's line.
const INLINE_FIRST = /[：:][\s\u3000]*(?=1[.．、]|[（(][1一][）)])/;
export const ATTACHMENT_HEADER = new RegExp(`^附件\\s*([0-9]{1,2}|[${CN}]{1,3})?$`);
/**
 * The title of a boxed column of a plan outline or of a table set among the paragraphs, each
 * numbering rows of its own: 专栏1, 专栏 12, 专栏一, 专栏１, 【专栏1】, 专栏 2-1, 表1, 表 2, 附表1,
 * then its name or nothing; or 专栏 or 附表 unnumbered, before its name or alone on its line.
 */
const BOX_TITLE = new RegExp(`^[【［\\[]?(?:专栏|附?表)\\s*([0-9０-９]{1,3}|[${CN}]{1,3})(?![0-9０-９${CN}])|^[【［\\[]?(?:专栏|附表)(?:[】］\\]：:\\s]|$)`);
/** Where a box title may start: 专栏, 表, 附表, or a bracket before 专栏. */
const BOX_START = /[专表附【［[]/;
/**
 * A 篇, 章 or 节 heading of a plan outline on its own line: 第三章 推动高质量发展, 第十二节…, a
 * short line that ends no sentence (第一节课上… and 第一章规定的… are sentences).
 */
const CHAPTER = new RegExp(`^第[${CN}${HAN_ZEROS}百]{1,4}[篇章节](?![课次])[^${SENTENCE_END_MARKS}${SEMICOLONS}]{0,40}$`);

// After 1.: a percentage or a multiplier continues a number (1.5%, 1.2万); 十 starts words (1.十大任务).
const NUMBER_GOES_ON = new RegExp(`^[%％${HAN_MULTIPLIERS.replace('十', '')}]`);

const MEMO = Symbol('format/headings');

export function scanHeadings(doc: Document): HeadingScan {
  return doc.memo(MEMO, () => {
    const markers: HeadingMarker[] = [];
    const breaks = new Set<number>();
    const boxes = new Set<number>();
    const chapters = new Set<number>();
    const { lineStarts } = doc.lines;
    const text = doc.text;
    for (let line = 0; line < lineStarts.length; line++) {
      const lineStart = lineStarts[line]!;
      const lineEnd = doc.lines.lineEnd(line);
      let first = lineStart;
      while (first < lineEnd && isBlank(text.charCodeAt(first))) first++;
      if (first === lineEnd) continue;
      if (BOX_START.test(text[first]!) && BOX_TITLE.test(text.slice(first, lineEnd).trimEnd())) {
        boxes.add(line);
        continue;
      }
      if (text.charCodeAt(first) === 0x7b2c /* 第 */ && CHAPTER.test(text.slice(first, lineEnd).trimEnd())) {
        chapters.add(line);
        continue;
      }
      // Cheap test before any slicing: a 序号, 附件 or a short label with a colon must open the line.
      OPENING.lastIndex = first;
      if (!OPENING.test(text) && !colonNear(text, first, lineEnd)) continue;
      const raw = text.slice(lineStart, lineEnd);
      const lead = first - lineStart;
      const body = raw.slice(lead);
      if (ATTACHMENT_HEADER.test(body.trimEnd())) {
        breaks.add(line);
        continue;
      }
      const marker = readMarker(body, lineStart + lead, line, false);
      if (marker && marker.level === 1 && brokenInWord(text, lineStarts, line, marker)) continue;
      if (marker) {
        markers.push(marker);
        // （一）工作要求：1.…, with 2. 3. on the next lines: a list opened on the heading's line.
        const colon = INLINE_FIRST.exec(body.slice(marker.end - marker.start));
        if (colon) {
          const at = marker.end - marker.start + colon.index + colon[0].length;
          const inline = readMarker(body.slice(at), lineStart + lead + at, line, true);
          if (inline && inline.number === 1) markers.push(inline);
        }
        continue;
      }
      const label = LABEL.exec(body);
      if (label) {
        const inline = readMarker(body.slice(label[0].length), lineStart + lead + label[0].length, line, true);
        if (inline && inline.number === 1) markers.push(inline);
      }
    }
    return { markers, breaks, boxes, chapters };
  });
}

/** Characters that make a word with a following 一 (之一, 第一, 统一, 唯一…). */
const BEFORE_ONE = new Set([...'之第统唯万其同专单划归合逐']);

/**
 * The previous line ends inside a word the numeral completes: a line broken in mid-sentence (a
 * PDF's text), so the numeral at the start of this line is no 序号. An ordinal's 第 never ends a
 * line of its own (…连续五年位居全国第 / 三、全省第一), whatever the numeral and its mark; the other
 * words of 一 (…成为全球前三的城市之 / 一，…) only before a comma, since a heading may end in 统 or 万.
 */
function brokenInWord(text: string, lineStarts: readonly number[], line: number, marker: HeadingMarker): boolean {
  if (line === 0) return false;
  const from = lineStarts[line - 1]!;
  let end = lineStarts[line]! - 1;
  while (end >= from && (isBlank(text.charCodeAt(end)) || text[end] === '\n' || text[end] === '\r')) end--;
  if (end < from) return false;
  if (text[end] === '第') return true;
  return marker.number === 1 && (marker.mark === '，' || marker.mark === ',') && BEFORE_ONE.has(text[end]!);
}

function readMarker(body: string, offset: number, line: number, inline: boolean): HeadingMarker | undefined {
  let m = LEVEL_2.exec(body);
  if (m) {
    const n = hanNumber(m[2]!);
    if (n === undefined || !hasText(body, m[0].length)) return undefined;
    return { level: 2, number: n, start: offset, end: offset + m[0].length, mark: m[4]!, line, inline };
  }
  m = LEVEL_4.exec(body);
  if (m) {
    if (!hasText(body, m[0].length) || m[2]!.startsWith('0')) return undefined;
    return { level: 4, number: Number(m[2]), start: offset, end: offset + m[0].length, mark: m[4]!, line, inline };
  }
  m = LEVEL_1.exec(body);
  if (m) {
    const n = hanNumber(m[1]!);
    const rest = body.slice(m[0].length);
    if (n === undefined || !hasText(body, m[0].length)) return undefined;
    // 二、三产业, 一、二等奖, 三、四月份: numerals joined by 顿号 are not a heading.
    if (CN.includes(rest[0]!) || /^[0-9]/.test(rest)) return undefined;
    // 一.5 or 一，是: only 、 and a dot or comma right before text make a 序号.
    return { level: 1, number: n, start: offset, end: offset + m[0].length, mark: m[2]!, line, inline };
  }
  m = LEVEL_3.exec(body);
  if (m) {
    const rest = body.slice(m[0].length);
    if (!hasText(body, m[0].length) || m[1]!.startsWith('0')) return undefined;
    // 1.5万元 is a number, 3、4月 an approximate pair; 2.2024年… is item 2 about the year 2024.
    if (/^[0-9]/.test(rest) && !(m[2] !== '、' && /^\d{4}年/.test(rest))) return undefined;
    if (NUMBER_GOES_ON.test(rest)) return undefined;
    return { level: 3, number: Number(m[1]), start: offset, end: offset + m[0].length, mark: m[2]!, line, inline };
  }
  return undefined;
}

/** Something other than spaces follows the 序号. */
function hasText(body: string, at: number): boolean {
  return body.slice(at).trim() !== '';
}

/** The 序号 as it should be written: 一、 （一） 1. （1）, keeping the brackets as written. */
export function canonicalMarker(marker: HeadingMarker, written: string): string {
  switch (marker.level) {
    case 1:
      return `${written.slice(0, -marker.mark.length)}、`;
    case 3:
      return `${marker.number}.`;
    default:
      return marker.mark ? written.slice(0, -marker.mark.length) : written;
  }
}

/** How a level's 序号 looks, for messages. */
export const LEVEL_LABEL: Record<1 | 2 | 3 | 4, string> = { 1: '一、', 2: '（一）', 3: '1.', 4: '（1）' };

/** The 序号 of `n` at `level`, for messages. */
export function markerText(level: 1 | 2 | 3 | 4, n: number): string {
  const cn = formatHanNumber(n);
  return level === 1 ? `${cn}、` : level === 2 ? `（${cn}）` : level === 3 ? `${n}.` : `（${n}）`;
}

