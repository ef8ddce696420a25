import { displayWidth } from '../report/display-width.js';
import { HAN_ONE_TO_TEN, HAN_ZEROS } from '../text/numerals.js';
import { FULL_WIDTH_SENTENCE_END_MARKS, SEMICOLONS } from '../text/sentences.js';
import type { Projection } from './projection.js';

/**
 * Text copied out of a PDF keeps the page's line breaks: a sentence runs over several
 * lines of the same width, a page number in between (全面赋能能⏎源生产, 生态环境保⏎护).
 * Read as it is, a word cut by a break is two fragments to every rule (a repeated 能能, a
 * slip for 生态环境局), and a slip cut by one is missed. Such breaks are taken out here, as
 * an adapter takes out markup: rules read the joined text, findings map back to the source.
 */

/** Narrowest and widest wrap width, in terminal cells (a Han character is 2): a PDF page line holds 15–50 characters. */
const MIN_WRAP_WIDTH = 30;
const MAX_WRAP_WIDTH = 100;
/** A line this many cells short of the wrap width still fills it: half-width digits and marks narrow a line. */
const FULL_SLACK = 8;
/** Full lines a text needs before it is taken as wrapped, and their share of its lines of any length. */
const MIN_FULL_LINES = 8;
const MIN_FULL_SHARE = 0.5;
/** Share of the full lines that must end inside a sentence: a list of sentences of one length each ends every line with a mark. */
const MIN_OPEN_SHARE = 0.6;
/** A page number on a line of its own between two halves of a sentence (— 12 —, - 3 -). */
const PAGE_NUMBER = /^[ \t]*[—－-][ \t]*\d{1,4}[ \t]*[—－-][ \t]*$/;
/** A line of a table of contents: its title, leaders and a page number (第二章 …… 15). */
const CONTENTS_LINE = /(?:…|\.{3,}|·{3,})[ \t]*\d{1,4}$/;
/** A line that opens with a 序号 or a chapter heading (第二章, 一、, （一）, 1.): a heading or an item, never the rest of a sentence. */
const OPENS_HEADING = new RegExp(`^(?:第[${HAN_ONE_TO_TEN}${HAN_ZEROS}百]{1,4}[篇章节]|[${HAN_ONE_TO_TEN}]{1,3}、|[（(][${HAN_ONE_TO_TEN}0-9]{1,3}[）)]|[0-9]{1,2}[.．、](?![0-9]))`);
/** Marks that end a line's sentence or clause: the break after them is the text's own. */
const ENDS_OWN_LINE = new Set(`${FULL_WIDTH_SENTENCE_END_MARKS}${SEMICOLONS}：:`);

interface Line {
  start: number;
  end: number;
  width: number;
}

/**
 * `text` (or `projection`, when there is one) without the line breaks a PDF page put inside
 * its sentences, each remaining unit still mapped to the source; undefined when the text is
 * not wrapped that way, which is the usual case and costs one scan of its line widths.
 */
export function unwrapLines(text: string, projection?: Projection): Projection | undefined {
  if (!hasLines(text, MIN_FULL_LINES)) return undefined;
  const lines = linesOf(text);
  const width = wrapWidth(text, lines);
  if (width === undefined) return undefined;
  const isFull = (l: Line) => l.width >= width - FULL_SLACK && l.width <= width + 2;
  const dropped = new Uint8Array(text.length);
  let any = false;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    if (!isFull(line) || ENDS_OWN_LINE.has(text[line.end - 1]!) || CONTENTS_LINE.test(text.slice(line.start, line.end))) continue;
    let next = i + 1;
    const pageNumber = PAGE_NUMBER.test(text.slice(lines[next]!.start, lines[next]!.end));
    if (pageNumber) next++;
    const following = lines[next];
    // An indented or empty line begins a paragraph of its own.
    if (!following || following.width === 0 || /\s/.test(text[following.start]!)) continue;
    if (OPENS_HEADING.test(text.slice(following.start, following.end))) continue;
    // The break, and a page number's line with its own break.
    for (let at = line.end; at < following.start; at++) dropped[at] = 1;
    any = true;
  }
  if (!any) return undefined;
  const kept: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (dropped[i]) continue;
    kept.push(text[i]!);
    starts.push(projection ? projection.sourceStart[i]! : i);
    ends.push(projection ? projection.sourceEnd[i]! : i + 1);
  }
  return { text: kept.join(''), sourceStart: Int32Array.from(starts), sourceEnd: Int32Array.from(ends) };
}

/** `text` has at least `count` line breaks (most texts checked one at a time have few: none is measured then). */
function hasLines(text: string, count: number): boolean {
  for (let at = text.indexOf('\n'), n = 0; at !== -1; at = text.indexOf('\n', at + 1)) if (++n >= count) return true;
  return false;
}

/** Every line of `text`, its end before the break and without trailing spaces, with its width in cells. */
function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const next = end + 1;
    if (end > start && text[end - 1] === '\r') end--;
    let trimmed = end;
    while (trimmed > start && (text[trimmed - 1] === ' ' || text[trimmed - 1] === '\t')) trimmed--;
    // A line far wider than a page is prose on one line: its width need not be counted exactly.
    const width = trimmed - start > MAX_WRAP_WIDTH ? MAX_WRAP_WIDTH * 2 : displayWidth(text.slice(start, trimmed));
    lines.push({ start, end: trimmed, width });
    start = next;
  }
  return lines;
}

/**
 * The width the text's lines were wrapped at: the window of FULL_SLACK cells that holds the
 * most lines, when those lines are MIN_FULL_LINES or more, at least MIN_FULL_SHARE of the
 * text's lines and mostly end inside a sentence; otherwise undefined.
 */
function wrapWidth(text: string, lines: Line[]): number | undefined {
  const nonEmpty = lines.filter((l) => l.width > 0);
  const candidates = nonEmpty.map((l) => l.width).filter((w) => w >= MIN_WRAP_WIDTH && w <= MAX_WRAP_WIDTH).sort((a, b) => a - b);
  if (candidates.length < MIN_FULL_LINES) return undefined;
  let best = 0;
  let width = 0;
  for (let lo = 0, hi = 0; hi < candidates.length; hi++) {
    while (candidates[hi]! - candidates[lo]! > FULL_SLACK) lo++;
    if (hi - lo + 1 > best) {
      best = hi - lo + 1;
      width = candidates[hi]!;
    }
  }
  if (best < MIN_FULL_LINES || best < MIN_FULL_SHARE * nonEmpty.length) return undefined;
  const full = nonEmpty.filter((l) => l.width >= width - FULL_SLACK && l.width <= width);
  const open = full.filter((l) => !ENDS_OWN_LINE.has(text[l.end - 1]!)).length;
  return open >= MIN_OPEN_SHARE * full.length ? width : undefined;
}
