import type { Document } from '../../document/document.js';
import { isAsciiDigit, isAsciiLetter } from '../../text/unicode.js';
import { HAN_ONE_TO_TEN } from '../../text/numerals.js';
import { firstNonBlank, isNumberingToken, lastNonBlank } from './chars.js';

/**
 * One stack scan over the paired marks of a document, shared by
 * punctuation/unbalanced-pair and punctuation/nested-pair (through `doc.memo`).
 *
 * Paired marks: （） “” ‘’ 《》 〈〉 【】 〔〕. Half-width ( ) pair with （ ） (so "（一)"
 * balances; the half-width rule reports the half-width one) but are never reported
 * unbalanced themselves: English text, code and "1)" list markers use them freely.
 * Half-width < > (and full-width ＜ ＞) count only inside 《》, where they stand for 〈〉.
 *
 * Scope is the paragraph (line): a mark still open at the end of its line is
 * unclosed, except
 * - a multi-paragraph quotation: each paragraph opens with “ and only the last one
 *   closes, so an open “ is fine when the next paragraph starts with “, and so is
 *   a “ opening the text's last paragraph (an excerpt of such a quotation);
 * - a paragraph broken by a stray line break (a web copy cutting 《…管\n理办法…》):
 *   when a line ends without a sentence-ending mark, its open marks may close on the
 *   next non-blank line (at most five such hops);
 * - a quotation of several paragraphs written without “ at each paragraph (a decision
 *   quoted clause by clause, （一）…；\n（二）…。”): an open “ may close on one of the
 *   next ten paragraphs. Laws and court cases quote this way; only a “ that no ” closes
 *   within them is unclosed. Paragraphs that open with a 序号 (（一） 1. 一、) do not count
 *   towards the ten, up to MAX_QUOTED_ITEMS of them: a quoted decision or article may list
 *   more clauses than that;
 * - a quotation of several numbered paragraphs each opening with “ after its 序号
 *   (（一）“…。\n（二）“…。”): the “ after the 序号 continues the quotation as a paragraph-opening “ does.
 *
 * Linear: each mark is pushed and popped once; a closer that finds its opener deeper in
 * the stack pops the marks above it, and those never return.
 */

export type PairKind = 'paren' | 'square' | 'tortoise' | 'dquote' | 'squote' | 'book' | 'angle' | 'lt';

export interface PairMark {
  kind: PairKind;
  /** Offset of the mark (one UTF-16 unit). */
  at: number;
}

/** An inner pair written with the outer pair's marks (“…“…”…”, 《…《…》…》, 《…<…>…》). */
export interface NestedPair {
  kind: PairKind;
  open: number;
  close: number;
  /** The marks it should use at its depth. */
  expectedOpen: string;
  expectedClose: string;
}

export interface Crossing {
  /** The closer that arrives after its opener was cut off by another pair's closer. */
  at: number;
  kind: PairKind;
  /** The pair that cut across it. */
  other: PairKind;
}

export interface PairScan {
  unclosed: PairMark[];
  unopened: PairMark[];
  crossings: Crossing[];
  nested: NestedPair[];
}

export const OPEN_MARK: Record<PairKind, string> = { paren: '（', square: '【', tortoise: '〔', dquote: '“', squote: '‘', book: '《', angle: '〈', lt: '<' };
export const CLOSE_MARK: Record<PairKind, string> = { paren: '）', square: '】', tortoise: '〕', dquote: '”', squote: '’', book: '》', angle: '〉', lt: '>' };

interface Entry {
  kind: PairKind;
  at: number;
  /** Never reported unclosed (half-width "(", "<", the 〔 of a 文号 left to the format rules). */
  silent: boolean;
  /** Quote marks (“ ‘) enclosing this entry, itself included. */
  quoteDepth: number;
  /** Book-title marks (《 〈 <) enclosing this entry, itself included. */
  bookDepth: number;
  /** Line breaks this entry has been carried over. */
  hops: number;
  /** Numbered paragraphs a quotation has been carried over (not counted in `hops`). */
  items: number;
  /** Push order. */
  index: number;
  /** For an opener cut off by another pair's closer: that closer's kind. */
  crossedBy?: PairKind;
}

const MAX_HOPS = 5;
/** Paragraphs a quotation opened by “ may run on before its ” (quoted clauses, items). */
const MAX_QUOTED_PARAGRAPHS = 10;
/** Numbered paragraphs (（一） 1. 一、…) a quotation may run on over besides those. */
const MAX_QUOTED_ITEMS = 40;
/** A 序号 opening a paragraph: （一） (1) 一、 1. 1、, then blanks. */
const LEADING_NUMBER = new RegExp(`^(?:[（(](?:[${HAN_ONE_TO_TEN}]{1,3}|\\d{1,2})[）)]|[${HAN_ONE_TO_TEN}]{1,3}、|\\d{1,2}[.．、](?!\\d))[ \\u3000]*`);
/** Every character the scan looks at. */
const PAIR_MARK = /[()<>（）【】〔〕“”‘’《》〈〉＜＞]/g;

function openerKind(c: number): PairKind | undefined {
  switch (c) {
    case 0xff08: // （
    case 0x28: // (
      return 'paren';
    case 0x3010:
      return 'square';
    case 0x3014:
      return 'tortoise';
    case 0x201c:
      return 'dquote';
    case 0x2018:
      return 'squote';
    case 0x300a:
      return 'book';
    case 0x3008:
      return 'angle';
    case 0x3c: // <
    case 0xff1c: // ＜
      return 'lt';
    default:
      return undefined;
  }
}

function closerKind(c: number): PairKind | undefined {
  switch (c) {
    case 0xff09:
    case 0x29:
      return 'paren';
    case 0x3011:
      return 'square';
    case 0x3015:
      return 'tortoise';
    case 0x201d:
      return 'dquote';
    case 0x2019:
      return 'squote';
    case 0x300b:
      return 'book';
    case 0x3009:
      return 'angle';
    case 0x3e:
    case 0xff1e:
      return 'lt';
    default:
      return undefined;
  }
}

const isQuote = (k: PairKind) => k === 'dquote' || k === 'squote';
const isBook = (k: PairKind) => k === 'book' || k === 'angle' || k === 'lt';

/** Marks after which a line is a finished paragraph, not one cut by a stray line break. */
const PARAGRAPH_END = new Set(['。', '！', '？', '；', '：', '!', '?', ';', ':', '…']);

const MEMO_KEY = Symbol('punctuation/pair-scan');

export function scanPairs(doc: Document): PairScan {
  return doc.memo(MEMO_KEY, () => runScan(doc));
}

function runScan(doc: Document): PairScan {
  const text = doc.text;
  const result: PairScan = { unclosed: [], unopened: [], crossings: [], nested: [] };
  const stack: Entry[] = [];
  const count: Record<PairKind, number> = { paren: 0, square: 0, tortoise: 0, dquote: 0, squote: 0, book: 0, angle: 0, lt: 0 };
  // Openers cut off by another pair's closer on the current line, by kind.
  const dangling: Record<PairKind, Entry[]> = { paren: [], square: [], tortoise: [], dquote: [], squote: [], book: [], angle: [], lt: [] };
  const kinds = Object.keys(dangling) as PairKind[];
  let danglingTotal = 0;

  // Per entry (by push order): its parent, and whether it closed properly. A wrongly
  // nested pair is reported only when it and every pair around it closed properly.
  const parents: number[] = [];
  const closed: boolean[] = [];
  const candidates: { entry: number; pair: NestedPair }[] = [];

  const dropEntry = (e: Entry) => {
    count[e.kind]--;
    if (!e.silent) result.unclosed.push({ kind: e.kind, at: e.at });
  };
  const closeEntry = (e: Entry, closeAt: number) => {
    closed[e.index] = true;
    const wrong = wrongForm(e);
    if (wrong) candidates.push({ entry: e.index, pair: { kind: e.kind, open: e.at, close: closeAt, expectedOpen: wrong[0], expectedClose: wrong[1] } });
  };

  // Offset of the next paired mark at or after the last search (text.length when none).
  const marks = new RegExp(PAIR_MARK.source, 'g');
  let nextMark = -1;
  const findNextMark = (from: number) => {
    marks.lastIndex = from;
    nextMark = marks.exec(text)?.index ?? text.length;
  };

  const starts = doc.lines.lineStarts;
  let pendingLineEnd = -1; // index of the last non-blank line whose end is not yet handled
  for (let line = 0; line <= starts.length; line++) {
    const lineStart = line < starts.length ? starts[line]! : text.length;
    const lineEnd = line < starts.length ? doc.lines.lineEnd(line) : text.length;
    // Nothing open and no mark on this line: nothing to do (most lines of most texts).
    if (stack.length === 0 && line < starts.length) {
      if (nextMark < lineStart) findNextMark(lineStart);
      if (nextMark >= lineEnd) continue;
    }
    const first = line < starts.length ? firstNonBlank(text, lineStart, lineEnd) : text.length;
    if (line < starts.length && first === lineEnd) continue; // blank line
    if (pendingLineEnd >= 0 && stack.length > 0) {
      const prevStart = starts[pendingLineEnd]!;
      const prevEnd = lastNonBlank(text, prevStart, doc.lines.lineEnd(pendingLineEnd));
      const atEof = line >= starts.length;
      // The next paragraph's 序号, if it opens with one (only looked at when a quotation may go on).
      const numbered = atEof ? undefined : LEADING_NUMBER.exec(text.slice(first, Math.min(lineEnd, first + 12)));
      const opening = numbered ? first + numbered[0].length : first;
      const continuesQuote = !atEof && text.charCodeAt(opening) === 0x201c;
      const wrapped = !atEof && !PARAGRAPH_END.has(text[prevEnd - 1]!);
      endParagraph(continuesQuote, wrapped, atEof, atEof ? firstNonBlank(text, prevStart, prevEnd) : -1, numbered !== undefined && numbered !== null);
    }
    if (line >= starts.length) break;
    pendingLineEnd = line;
    scanLine(lineStart, lineEnd, first);
  }
  result.unclosed.sort((a, b) => a.at - b.at);
  // Parents are pushed before their children, so one pass in push order settles validity.
  const valid: boolean[] = new Array<boolean>(parents.length);
  for (let i = 0; i < parents.length; i++) {
    const parent = parents[i]!;
    valid[i] = closed[i] === true && (parent < 0 || valid[parent] === true);
  }
  for (const c of candidates) if (valid[c.entry]) result.nested.push(c.pair);
  return result;

  /**
   * At the end of a paragraph: open “ continue a quotation when the next paragraph
   * opens with “; the last paragraph of the text may be one paragraph of a longer
   * quotation when it opens with “ itself (`lastOpening`, else -1).
   */
  function endParagraph(continuesQuote: boolean, wrapped: boolean, atEof: boolean, lastOpening: number, nextNumbered: boolean): void {
    let kept = 0;
    for (let i = 0; i < stack.length; i++) {
      const e = stack[i]!;
      if (e.kind === 'dquote' && (continuesQuote || e.at === lastOpening)) {
        count.dquote--;
        closed[e.index] = true; // a paragraph of a longer quotation: as good as closed
      }
      else if (e.kind === 'dquote' && !atEof && nextNumbered && !wrapped && e.items < MAX_QUOTED_ITEMS) {
        e.items++;
        stack[kept++] = e;
      }
      else if ((wrapped && e.hops < MAX_HOPS) || (e.kind === 'dquote' && !atEof && e.hops < MAX_QUOTED_PARAGRAPHS)) {
        e.hops++;
        stack[kept++] = e;
      } else dropEntry(e);
    }
    if (kept < stack.length) stack.length = kept;
  }

  function scanLine(lineStart: number, lineEnd: number, first: number): void {
    if (nextMark < lineStart) findNextMark(lineStart);
    for (; nextMark < lineEnd; findNextMark(nextMark + 1)) {
      const p = nextMark;
      const c = text.charCodeAt(p);
      const open = openerKind(c);
      if (open) {
        const top = stack[stack.length - 1];
        if (open === 'lt' && !(top && top.bookDepth > 0)) continue; // a less-than sign
        if (open === 'squote' && isAsciiLetter(text.charCodeAt(p - 1))) continue; // a typographic apostrophe
        stack.push({
          kind: open,
          at: p,
          silent: c === 0x28 || open === 'lt' || (open === 'tortoise' && isAsciiDigit(text.charCodeAt(p + 1))),
          quoteDepth: (top?.quoteDepth ?? 0) + (isQuote(open) ? 1 : 0),
          bookDepth: (top?.bookDepth ?? 0) + (isBook(open) ? 1 : 0),
          hops: 0,
          items: 0,
          index: parents.length,
        });
        parents.push(top ? top.index : -1);
        closed.push(false);
        count[open]++;
        continue;
      }
      const kind = closerKind(c);
      if (!kind) continue;
      if (kind === 'squote' && isAsciiLetter(text.charCodeAt(p - 1)) && isAsciiLetter(text.charCodeAt(p + 1))) continue; // don’t
      // Half-width ")" and ">" close only a pair right on top: they are too common in
      // English, code and "1)" list markers to cut across other pairs.
      if ((c === 0x29 || kind === 'lt') && stack[stack.length - 1]?.kind !== kind) continue;
      if (count[kind] > 0) {
        let top = stack.pop()!;
        while (top.kind !== kind) {
          // An opener cut off by this closer: crossing if its own closer follows on this line.
          count[top.kind]--;
          if (!top.silent) {
            top.crossedBy = kind;
            dangling[top.kind].push(top);
            danglingTotal++;
          }
          top = stack.pop()!;
        }
        count[kind]--;
        closeEntry(top, p);
        continue;
      }
      const d = dangling[kind].pop();
      if (d) {
        result.crossings.push({ at: p, kind, other: d.crossedBy! });
        continue;
      }
      if (kind === 'tortoise' && isAsciiDigit(text.charCodeAt(p - 1))) continue; // 2023〕18号: a 文号, for the format rules
      if (kind === 'paren' && isNumberingToken(text, first, p)) continue; // "1）" list marker
      result.unopened.push({ kind, at: p });
    }
    if (danglingTotal === 0) return;
    for (const k of kinds) {
      for (const d of dangling[k]) result.unclosed.push({ kind: d.kind, at: d.at });
      if (dangling[k].length > 0) dangling[k].length = 0;
    }
    danglingTotal = 0;
  }
}

/** The marks a properly closed pair should use at its depth, when it uses others. */
function wrongForm(e: Entry): [string, string] | undefined {
  if (e.kind === 'dquote' && e.quoteDepth % 2 === 0) return ['‘', '’'];
  if (e.kind === 'book' && e.bookDepth % 2 === 0) return ['〈', '〉'];
  if (e.kind === 'lt') return e.bookDepth % 2 === 0 ? ['〈', '〉'] : ['《', '》'];
  return undefined;
}
