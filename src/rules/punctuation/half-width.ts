import type { Document } from '../../document/document.js';
import type { Report, Rule } from '../rule.js';
import { isAsciiDigit, isAsciiLetter, isDigitLike } from '../../text/unicode.js';
import { firstNonBlank, isCjkAt, isHanAt, isNumberingToken, lastNonBlank } from './chars.js';

const FULL_WIDTH: Record<string, string> = { ',': '，', '.': '。', ':': '：', ';': '；', '?': '？', '!': '！', '(': '（', ')': '）' };
const CLAUSE = 'GB/T 15834-2011 第5章';
/** The marks this rule looks at, and the full-width parentheses they may pair with. */
const CANDIDATE = /[,.:;?!()"（）]/g;


const MESSAGES = {
  halfWidth: `中文里应使用全角标点：半角“{{mark}}”应为“{{full}}”（${CLAUSE}）。`,
  openingQuote: `中文里应使用全角引号：此处的半角 " 应为前引号“（${CLAUSE}）。`,
  closingQuote: `中文里应使用全角引号：此处的半角 " 应为后引号”（${CLAUSE}）。`,
  halfWidthPeriod: `中文里应使用全角标点：半角“.”应改为句号“。”或间隔号“·”（${CLAUSE}，GB/T 15834-2011 4.14）。`,
};

/**
 * Half-width , . : ; ? ! ( ) " in Chinese text (GB/T 15834 chapter 5: a Chinese mark
 * takes a full character cell; the full-width requirement is derived, hence a warning).
 *
 * A mark counts as Chinese text when a neighbour is a Han character or a Chinese mark;
 * so numbers (3.14, 1,000, 8:30), English sentences, code and file names stay silent.
 * Also silent: "1." list numbers (the dot is only reported right after Chinese text),
 * half-width ( ) and " " around pure Latin or digits, "..." (the ellipsis rule), runs of "?"
 * (usually text that lost its encoding), and URLs and e-mail addresses (skipped spans).
 */
export function createHalfWidthRule(): Rule {
  return {
    id: 'punctuation/half-width',
    category: 'punctuation',
    severity: 'warning',
    description: '中文中使用半角标点（, . : ; ? ! ( ) "）',
    messages: MESSAGES,
    check(doc, report) {
      const text = doc.text;
      const re = new RegExp(CANDIDATE.source, 'g');
      let m = re.exec(text);
      while (m) {
        const line = doc.lines.lineOf(m.index);
        const end = doc.lines.lineEnd(line);
        const marks: number[] = [];
        while (m && m.index < end) {
          marks.push(m.index);
          m = re.exec(text);
        }
        checkLine(doc, line, marks, report);
      }
    },
  };
}

interface Open {
  at: number;
  /** A Chinese character (or a full-width mark) seen inside the pair so far. */
  hasCjk: boolean;
}

/** True when `text[from, to)` holds a Chinese character; stops at the first one. */
function hasCjkBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isCjkAt(text, i)) return true;
  return false;
}

/** Checks one line, given the offsets of its candidate marks in order. */
function checkLine(doc: Document, line: number, marks: number[], report: Report): void {
  const text = doc.text;
  const start = doc.lines.lineStarts[line]!;
  const end = doc.lines.lineEnd(line);
  const first = firstNonBlank(text, start, end);
  const last = lastNonBlank(text, start, end);
  const prevCjk = (p: number) => p > start && isCjkAt(text, p - 1);
  const nextCjk = (p: number) => p + 1 < end && isCjkAt(text, p + 1);
  const opens: Open[] = [];
  const quotes: number[] = [];
  let scanned = start; // text before this offset has been looked at for Chinese inside the open pair

  for (let k = 0; k < marks.length; k++) {
    const p = marks[k]!;
    const c = text.charCodeAt(p);
    // The text since the last mark lies inside every open pair; the innermost one inherits it when it closes.
    const top = opens[opens.length - 1];
    if (top && !top.hasCjk && hasCjkBetween(text, scanned, p)) top.hasCjk = true;
    scanned = p + 1;
    if (c === 0x28 /* ( */ || c === 0xff08 /* （ */) {
      opens.push({ at: p, hasCjk: false });
    } else if (c === 0x29 /* ) */ || c === 0xff09 /* ） */) {
      const open = opens.pop();
      if (open) {
        const halfOpen = text.charCodeAt(open.at) === 0x28;
        const halfClose = c === 0x29;
        // Chinese inside, or a full-width partner: the pair belongs to Chinese text.
        if ((halfOpen || halfClose) && (open.hasCjk || halfOpen !== halfClose)) {
          if (halfOpen) report({ start: open.at, end: open.at + 1, messageId: 'halfWidth', data: { mark: '(', full: '（' }, suggestions: ['（'] });
          if (halfClose) report({ start: p, end: p + 1, messageId: 'halfWidth', data: { mark: ')', full: '）' }, suggestions: ['）'] });
        }
        const parent = opens[opens.length - 1];
        if (parent && (open.hasCjk || !halfOpen || !halfClose)) parent.hasCjk = true;
      } else if (c === 0x29 && prevCjk(p) && !isNumberingToken(text, first, p)) {
        report({ start: p, end: p + 1, messageId: 'halfWidth', data: { mark: ')', full: '）' }, suggestions: ['）'] });
      }
    } else if (c === 0x22 /* " */) {
      quotes.push(p);
    } else if (c === 0x2e /* . */) {
      let q = p + 1;
      while (q < end && text.charCodeAt(q) === 0x2e) q++;
      if (q - p === 1) checkDot(p);
      while (k + 1 < marks.length && marks[k + 1]! < q) k++;
      scanned = q;
    } else {
      // , : ; ! ? — a run of the same mark is one finding.
      let q = p + 1;
      while (q < end && text.charCodeAt(q) === c) q++;
      while (k + 1 < marks.length && marks[k + 1]! < q) k++;
      scanned = q;
      const run = q - p;
      if (isDigitLike(text.charCodeAt(p - 1)) && isDigitLike(text.charCodeAt(q))) continue; // 1,000 / 8:30, full-width digits too
      const chinese = prevCjk(p) || nextCjk(q - 1);
      if (chinese && (c === 0x3f ? run === 1 : c === 0x21 ? run <= 3 : true)) {
        const full = FULL_WIDTH[text[p]!]!;
        const fix = c === 0x21 ? full.repeat(run) : full;
        report({ start: p, end: q, messageId: 'halfWidth', data: { mark: text.slice(p, q), full: fix }, suggestions: [fix] });
      }
    }
  }
  // Half-width "(" left open on the line: Chinese right after it makes it Chinese text.
  for (const open of opens) {
    if (text.charCodeAt(open.at) === 0x28 && nextCjk(open.at)) report({ start: open.at, end: open.at + 1, messageId: 'halfWidth', data: { mark: '(', full: '（' }, suggestions: ['（'] });
  }
  // Half-width " in pairs, when the line pairs them all: Chinese inside and Chinese
  // right outside make it a Chinese quotation (增强"三感") → “ ”.
  if (quotes.length % 2 === 0) {
    for (let i = 0; i + 1 < quotes.length; i += 2) {
      const open = quotes[i]!;
      const close = quotes[i + 1]!;
      if ((prevCjk(open) || nextCjk(close)) && hasCjkBetween(text, open + 1, close)) {
        report({ start: open, end: open + 1, messageId: 'openingQuote', suggestions: ['“'] });
        report({ start: close, end: close + 1, messageId: 'closingQuote', suggestions: ['”'] });
      }
    }
  }

  function checkDot(p: number): void {
    const prev = text.charCodeAt(p - 1);
    if (isDigitLike(prev) && isDigitLike(text.charCodeAt(p + 1))) return; // 3.14, １.５
    if (p > start && isCjkAt(text, p - 1)) {
      const next = p + 1 < end ? text.charCodeAt(p + 1) : -1;
      if (isAsciiLetter(next) || isAsciiDigit(next)) return; // 通知.docx, a name of a file
      if (isNumberingLead(p)) return; // 一. or （一）. as a heading number: for the format rules
      if (isHanAt(text, p - 1) && p + 1 < end && isHanAt(text, p + 1)) {
        // Between two Han characters it is a full stop or a misused 间隔号 (诺尔曼.白求恩).
        report({ start: p, end: p + 1, messageId: 'halfWidthPeriod' });
        return;
      }
      report({ start: p, end: p + 1, messageId: 'halfWidth', data: { mark: '.', full: '。' }, suggestions: ['。'] });
      return;
    }
    // 为0. / 增长5%. at the end of a Chinese sentence; "1." alone is a list number.
    if ((isAsciiDigit(prev) || prev === 0x25) && p + 1 === last) {
      let d = p - 1;
      while (d > start && (isAsciiDigit(text.charCodeAt(d - 1)) || text.charCodeAt(d - 1) === 0x2e)) d--;
      if (d > start && isHanAt(text, d - 1)) report({ start: p, end: p + 1, messageId: 'halfWidth', data: { mark: '.', full: '。' }, suggestions: ['。'] });
    }
  }

  /** The text from the line's first character to `p` is a heading number: 一 / 十二 / （一） / (1). */
  function isNumberingLead(p: number): boolean {
    if (isNumberingToken(text, first, p)) return true;
    const o = text.charCodeAt(first);
    const cl = text.charCodeAt(p - 1);
    return (o === 0x28 || o === 0xff08) && (cl === 0x29 || cl === 0xff09) && isNumberingToken(text, first + 1, p - 1);
  }
}
