import type { Document } from '../../document/document.js';
import type { Finding, Rule } from '../rule.js';
import { HAN_ONE_TO_TEN, hanNumber } from '../../text/numerals.js';
import { PHRASE_MARKS, SEMICOLONS } from '../../text/sentences.js';
import { ATTACHMENT_HEADER } from './headings.js';

const SPACE = /^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/g;
const NOTE = /^附件[：:][\s\u3000]*(.*)$/;
const ITEM = /^(\d{1,2})[.．、][\s\u3000]*(.*)$/;
const TRAILING = new RegExp(`[${PHRASE_MARKS}${SEMICOLONS}。,.]+$`);

interface Item {
  number: number;
  name: string;
  start: number;
  end: number;
}

interface Header {
  number: number | undefined;
  start: number;
  end: number;
  /** The first non-empty line after the header: the attachment's title. */
  title: string | undefined;
}

const MESSAGES = {
  punctuationAfterName: `附件说明中附件名称“{{name}}”后不加标点（GB/T 9704-2012 7.3.4）。`,
  oneListedManyAttached: `附件说明只列了1件附件，正文后却有{{length}}件附件。有多个附件时应在附件说明中逐一列出并用阿拉伯数字编号（GB/T 9704-2012 7.3.4）。`,
  numberNotListed: `“{{text}}”与附件说明不符：附件说明列出{{length}}件附件（1—{{length}}），附件的标识和序号应与附件说明一致（GB/T 9704-2012 7.3.4、7.3.7）。`,
  listedNotAttached: `附件说明列出的附件{{number}}“{{name}}”在正文后未见（有附件{{attached}}）。请核对附件说明与所附附件（GB/T 9704-2012 7.3.4）。`,
  titleMismatch: `附件标题“{{title}}”与附件说明中的名称“{{name}}”不一致（GB/T 9704-2012 7.3.4）。`,
};

/**
 * 附件说明 against the attachments (GB/T 9704-2012 7.3.4, 7.3.7): “附件：1.… 2.…” must
 * list the attachments that follow, each headed 附件1, 附件2 … (a single one: 附件 and an
 * unnumbered name), with the same titles. Compared only when the text has both the
 * 附件说明 and at least one attachment header (a web page often links the files instead).
 * A name in the 附件说明 takes no punctuation after it.
 */
export function createAttachmentListRule(): Rule {
  return {
    id: 'format/attachment-list',
    category: 'format',
    severity: 'error',
    description: '附件说明与所附附件不符',
    messages: MESSAGES,
    check(doc, report) {
      const notes = lineNumbers(doc, NOTE_LINE);
      if (notes.length === 0) return;
      const headerLines = lineNumbers(doc, HEADER_LINE);
      let h = 0;
      for (let k = 0; k < notes.length; k++) {
        const noteLine = notes[k]!;
        const nextNote = notes[k + 1] ?? Infinity;
        const note = NOTE.exec(trimmedLine(doc, noteLine).text)!;
        const items = readItems(doc, noteLine, note[1]!);
        for (const item of items) trailingPunctuation(item, report);
        const headers: Header[] = [];
        while (h < headerLines.length && headerLines[h]! <= noteLine) h++;
        for (; h < headerLines.length && headerLines[h]! < nextNote; h++) {
          const line = trimmedLine(doc, headerLines[h]!);
          const m = ATTACHMENT_HEADER.exec(line.text)!;
          const n = m[1] === undefined ? undefined : /^\d/.test(m[1]) ? Number(m[1]) : hanNumber(m[1]);
          headers.push({ number: n, start: line.start, end: line.end, title: nextNonEmpty(doc, headerLines[h]!)?.text });
        }
        if (items.length > 0 && headers.length > 0) compare(items, headers, report);
      }
    },
  };
}

// Found with multiline regexes, so only the lines concerned are ever sliced.
const NOTE_LINE = /^[ \t\u3000\u00a0]*附件[：:]/gm;
const NOTE_AT_START = /^附件[：:]/;
const HEADER_AT_START = new RegExp(`^附件[0-9${HAN_ONE_TO_TEN}]*$`);
const HEADER_LINE = new RegExp(`^[ \\t\\u3000\\u00a0]*附件[ \\t]*(?:[0-9]{1,2}|[${HAN_ONE_TO_TEN}]{1,3})?[ \\t\\r\\u3000\\u00a0]*$`, 'gm');

interface Line {
  text: string;
  start: number;
  end: number;
}

/** Indices of the lines where `re` (multiline, global) matches. */
function lineNumbers(doc: Document, re: RegExp): number[] {
  const found: number[] = [];
  for (const m of doc.text.matchAll(re)) found.push(doc.lines.lineOf(m.index));
  return found;
}

function trimmedLine(doc: Document, i: number): Line {
  const raw = doc.text.slice(doc.lines.lineStarts[i]!, doc.lines.lineEnd(i));
  const text = raw.replace(SPACE, '');
  const start = doc.lines.lineStarts[i]! + raw.indexOf(text);
  return { text, start, end: start + text.length };
}

/** The next non-empty line after line `i`, with its index. */
function nextNonEmpty(doc: Document, i: number): (Line & { index: number }) | undefined {
  for (let j = i + 1; j < doc.lines.lineStarts.length; j++) {
    const line = trimmedLine(doc, j);
    if (line.text !== '') return { ...line, index: j };
  }
  return undefined;
}

/** The items of the 附件说明 on line `i` (numbered 1. 2. … on the following lines, or one unnumbered name). */
function readItems(doc: Document, i: number, rest: string): Item[] {
  const line = trimmedLine(doc, i);
  if (rest === '') return [];
  const first = ITEM.exec(rest);
  if (!first) return [{ number: 0, name: rest, start: line.end - rest.length, end: line.end }];
  if (first[1] !== '1') return [];
  const items: Item[] = [{ number: 1, name: first[2]!, start: line.end - first[2]!.length, end: line.end }];
  for (let next = nextNonEmpty(doc, i); next; next = nextNonEmpty(doc, next.index)) {
    const m = ITEM.exec(next.text);
    if (!m) {
      // A long name wraps onto the next line (GB/T 9704-2012 7.3.4: 回行时与上一行附件名称对齐).
      const last = items[items.length - 1]!;
      if (!continuesName(doc, last, next)) break;
      last.name += next.text;
      last.end = next.end;
      continue;
    }
    if (Number(m[1]) !== items.length + 1) break;
    items.push({ number: items.length + 1, name: m[2]!, start: next.end - m[2]!.length, end: next.end });
  }
  return items;
}

/**
 * An unnumbered line goes on with the name before it when the next item follows it, or
 * when it closes a bracket the name left open: 1.…决定书（最高人民法 ⏎ 院决定…用） ⏎ 2.…
 */
function continuesName(doc: Document, item: Item, line: Line & { index: number }): boolean {
  if (HEADER_AT_START.test(line.text) || NOTE_AT_START.test(line.text)) return false;
  const after = nextNonEmpty(doc, line.index);
  const m = after && ITEM.exec(after.text);
  if (m && Number(m[1]) === item.number + 1) return true;
  return opens(item.name) > 0 && opens(item.name + line.text) === 0;
}

/** Brackets （《〔【 left open in `text`. */
function opens(text: string): number {
  let depth = 0;
  for (const c of text) {
    if ('（《〔【'.includes(c)) depth++;
    else if ('）》〕】'.includes(c) && depth > 0) depth--;
  }
  return depth;
}

function trailingPunctuation(item: Item, report: (f: Finding) => void): void {
  const m = TRAILING.exec(item.name);
  if (!m || item.name === m[0]) return;
  report({
    start: item.end - m[0].length,
    end: item.end,
    severity: 'warning',
    messageId: 'punctuationAfterName', data: { name: item.name.slice(0, -m[0].length) },
    suggestions: [''],
  });
}

function compare(items: Item[], headers: Header[], report: (f: Finding) => void): void {
  const numbered = items[0]!.number !== 0;
  if (!numbered) {
    if (headers.length > 1) {
      report({
        start: items[0]!.start,
        end: items[0]!.end,
        messageId: 'oneListedManyAttached', data: { length: headers.length },
      });
      return;
    }
    checkTitle(items[0]!, headers[0]!, report);
    return;
  }
  const seen = new Set<number>();
  for (const header of headers) {
    const text = header.number === undefined ? '附件' : `附件${header.number}`;
    if (header.number === undefined || header.number > items.length) {
      report({
        start: header.start,
        end: header.end,
        messageId: 'numberNotListed', data: { text, length: items.length },
      });
      continue;
    }
    seen.add(header.number);
    checkTitle(items[header.number - 1]!, header, report);
  }
  for (const item of items) {
    if (seen.has(item.number)) continue;
    report({
      start: item.start,
      end: item.end,
      severity: 'warning',
      messageId: 'listedNotAttached', data: { number: item.number, name: item.name, attached: [...seen].sort((a, b) => a - b).join('、') || '（无编号）' },
    });
  }
}

/** The attachment's title must match its name in the 附件说明 (a title wrapped over two lines still starts with the name's beginning). */
function checkTitle(item: Item, header: Header, report: (f: Finding) => void): void {
  const name = normalise(item.name);
  const title = header.title === undefined ? '' : normalise(header.title);
  if (name === '' || title === '' || name.startsWith(title) || title.startsWith(name)) return;
  if (ATTACHMENT_HEADER.test(title)) return;
  report({
    start: header.start,
    end: header.end,
    severity: 'warning',
    messageId: 'titleMismatch', data: { title: header.title!, name: item.name },
  });
}

function normalise(s: string): string {
  return s.replace(/[\s\u3000《》“”"]/g, '').replace(TRAILING, '');
}
