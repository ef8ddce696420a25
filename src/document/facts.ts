import { readWordList } from '../dictionaries.js';
import type { Ymd } from '../text/dates/calendar.js';
import { parseFullDate } from '../text/dates/parse-dates.js';
import { RUNNING_TEXT_MARKS } from '../text/sentences.js';

/** A date the document states about itself, with its offsets. */
export interface FactDate extends Ymd {
  start: number;
  end: number;
  text: string;
}

/** What a header date field says: written = 成文日期, published = 发布日期, issued = 印发日期. */
export type HeaderDateKind = 'written' | 'published' | 'issued';

export interface HeaderDate {
  /** The field's label as written (成文日期, 发布时间). */
  label: string;
  kind: HeaderDateKind;
  date: FactDate;
}

export interface DocumentFacts {
  /** 成文日期 in the signature block: a date alone on its line under the issuing authority's name. */
  signatureDate?: FactDate;
  /** Date fields of a published page's header (成文日期 2023-08-15, 发布时间: 2024-06-28), in text order. */
  headerDates: HeaderDate[];
  /** The date of the 印发 line (2024年5月8日印发), else of the header's 印发日期 field. */
  issuedDate?: FactDate;
  /** The 成文日期: the signature date, else the header's 成文日期 field. */
  writtenDate?: FactDate;
  /** 发文字号 as written, from its header field or from a line of its own near the top. */
  documentNumber?: { text: string; start: number; end: number };
}

export interface FactsLexicon {
  agencySuffixes: string[];
  headerLabels: { label: string; kind: HeaderDateKind }[];
  /** Header fields that give the 发文字号 (发文字号, 文号), in the order tried. */
  numberLabels: string[];
}

let defaultLexicon: FactsLexicon | undefined;

/** Agency name endings and header labels, from dictionaries/date/ and format/ (read once per process). */
function loadFactsLexicon(): FactsLexicon {
  return (defaultLexicon ??= {
    agencySuffixes: readWordList('date/agency-suffixes.txt'),
    headerLabels: readWordList('date/header-labels.txt').map((line) => {
      const [label, kind] = line.split(/\s+/);
      if (!label || (kind !== 'written' && kind !== 'published' && kind !== 'issued')) {
        throw new Error(`gongwen: dictionaries/date/header-labels.txt: 无法识别“${line}”`);
      }
      return { label, kind };
    }),
    numberLabels: readWordList('format/doc-number-labels.txt'),
  });
}

/** A line that may carry a signature: short, and without sentence punctuation. */
const MAX_SIGNATURE_LINE = 40;
const SENTENCE_PUNCTUATION = new RegExp(`[${RUNNING_TEXT_MARKS}（）()]`);
/** Blank lines allowed between the authority's name and the date. */
const MAX_BLANK_LINES = 3;
/** 发文字号 on a line of its own: 机关代字 + bracketed year + number + 号 (variants too: [2024], （2024）). */
const NUMBER_LINE = /^[\u4e00-\u9fa5]{1,20}[〔[［【（(]\d{2,4}[〕\]］】）)]第?\d{1,5}号$/;
/** How many lines from the top a 发文字号 line may stand. */
const NUMBER_LINE_REACH = 60;
/** The value after a 发文字号 label found at lastIndex. */
const NUMBER_FIELD = /[ \t\u3000]*[:：]?[ \t\u3000]*([^\s]{2,40})/y;
const ISSUED_LINE_END = /印发[ \t\u3000]*(?=\r?\n|$)/g;
const HEADER_VALUE_REACH = 24;
const DATE_LINE_START = /[0-9〇零○一二]/;

/**
 * The document's own dates and 发文字号, found in a few line-level passes (linear in the
 * text): the signature block's 成文日期, header date fields, the 印发 line.
 */
export function findDocumentFacts(text: string, lexicon: FactsLexicon = loadFactsLexicon()): DocumentFacts {
  const facts: DocumentFacts = { headerDates: findHeaderDates(text, lexicon) };

  const signatureDate = findSignatureDate(text, lexicon);
  if (signatureDate) facts.signatureDate = signatureDate;

  const issuedDate = findIssuedDate(text) ?? facts.headerDates.find((h) => h.kind === 'issued')?.date;
  if (issuedDate) facts.issuedDate = issuedDate;

  const writtenDate = signatureDate ?? facts.headerDates.find((h) => h.kind === 'written')?.date;
  if (writtenDate) facts.writtenDate = writtenDate;

  const documentNumber = findDocumentNumber(text, lexicon);
  if (documentNumber) facts.documentNumber = documentNumber;
  return facts;
}

interface Line {
  start: number;
  end: number;
}

/** The line (without its break) that starts at `start`. */
function lineAt(text: string, start: number): Line {
  const nl = text.indexOf('\n', start);
  const end = nl === -1 ? text.length : nl;
  return { start, end: end > start && text[end - 1] === '\r' ? end - 1 : end };
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0d || code === 0x3000 || code === 0xa0 || code === 0x0a;
}

/** Offsets of the line's content without surrounding white space (U+3000 included). */
function trimmed(text: string, line: Line): Line {
  let { start, end } = line;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

function toFact(text: string, d: Ymd & { start: number; end: number }): FactDate {
  return { year: d.year, month: d.month, day: d.day, start: d.start, end: d.end, text: text.slice(d.start, d.end) };
}

/** The first line holding only a full date right under a line that ends in an authority's name. */
function findSignatureDate(text: string, lexicon: FactsLexicon): FactDate | undefined {
  for (let lineStart = text.indexOf('\n') + 1; lineStart > 0 && lineStart < text.length; lineStart = text.indexOf('\n', lineStart) + 1) {
    const t = trimmed(text, lineAt(text, lineStart));
    if (t.end - t.start < 6 || t.end - t.start > 20 || !DATE_LINE_START.test(text[t.start]!)) continue;
    const date = parseFullDate(text, t.start, t.end);
    if (!date || date.start !== t.start || date.end !== t.end) continue;
    const name = previousNonBlankLine(text, lineStart);
    if (!name) continue;
    const nameText = text.slice(name.start, name.end);
    if (nameText.length > MAX_SIGNATURE_LINE || SENTENCE_PUNCTUATION.test(nameText)) continue;
    if (!lexicon.agencySuffixes.some((s) => nameText.endsWith(s))) continue;
    return toFact(text, date);
  }
  return undefined;
}

/** The trimmed content of the nearest non-blank line above the line at `lineStart`, past at most MAX_BLANK_LINES blank ones. */
function previousNonBlankLine(text: string, lineStart: number): Line | undefined {
  let start = lineStart;
  for (let blank = 0; blank <= MAX_BLANK_LINES && start > 0; blank++) {
    const prevStart = start >= 2 ? text.lastIndexOf('\n', start - 2) + 1 : 0;
    const t = trimmed(text, lineAt(text, prevStart));
    if (t.start < t.end) return t;
    start = prevStart;
  }
  return undefined;
}

function findHeaderDates(text: string, lexicon: FactsLexicon): HeaderDate[] {
  const found: HeaderDate[] = [];
  for (const { label, kind } of lexicon.headerLabels) {
    for (let at = text.indexOf(label); at !== -1; at = text.indexOf(label, at + label.length)) {
      const valueStart = skipSeparator(text, at + label.length);
      let valueEnd = Math.min(text.length, valueStart + HEADER_VALUE_REACH);
      const nl = text.indexOf('\n', valueStart);
      if (nl !== -1 && nl < valueEnd) valueEnd = nl;
      const date = parseFullDate(text, valueStart, valueEnd);
      if (date && date.start === valueStart) found.push({ label, kind, date: toFact(text, date) });
    }
  }
  return found.sort((a, b) => a.date.start - b.date.start);
}

/** Past the spaces and one colon (or 为) after a label. */
function skipSeparator(text: string, at: number): number {
  let i = at;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u3000')) i++;
  if (text[i] === ':' || text[i] === '：' || text[i] === '为') i++;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u3000')) i++;
  return i;
}

/** A short line ending in 印发, its date right before 印发 (苍溪县人民政府办公室　2024年5月8日印发). */
function findIssuedDate(text: string): FactDate | undefined {
  for (const m of text.matchAll(ISSUED_LINE_END)) {
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    const line = trimmed(text, { start: lineStart, end: m.index });
    const lineText = text.slice(line.start, line.end);
    if (lineText.length > 60 || SENTENCE_PUNCTUATION.test(lineText)) continue;
    const date = lastFullDate(text, line.start, line.end);
    if (date && date.end === line.end) return toFact(text, date);
  }
  return undefined;
}

function lastFullDate(text: string, start: number, end: number): (Ymd & { start: number; end: number }) | undefined {
  let last: (Ymd & { start: number; end: number }) | undefined;
  for (let from = start; from < end; ) {
    const d = parseFullDate(text, from, end);
    if (!d) break;
    last = d;
    from = d.end;
  }
  return last;
}

function findDocumentNumber(text: string, lexicon: FactsLexicon): DocumentFacts['documentNumber'] {
  for (const label of lexicon.numberLabels) {
    for (let at = text.indexOf(label); at !== -1; at = text.indexOf(label, at + label.length)) {
      NUMBER_FIELD.lastIndex = at + label.length;
      const m = NUMBER_FIELD.exec(text);
      if (!m || !/\d/.test(m[1]!)) continue;
      const start = NUMBER_FIELD.lastIndex - m[1]!.length;
      return { text: m[1]!, start, end: NUMBER_FIELD.lastIndex };
    }
  }
  let lineStart = 0;
  for (let i = 0; i < NUMBER_LINE_REACH && lineStart <= text.length; i++) {
    const line = lineAt(text, lineStart);
    const t = trimmed(text, line);
    const s = text.slice(t.start, t.end);
    if (NUMBER_LINE.test(s)) return { text: s, start: t.start, end: t.end };
    if (line.end >= text.length) break;
    lineStart = text.indexOf('\n', line.start) + 1;
  }
  return undefined;
}
