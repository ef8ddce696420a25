import { HAN_DIGIT_VALUES } from '../../text/numerals.js';
import { isAsciiDigit, isAsciiLetter, isBlank, isHan } from '../../text/unicode.js';

/** Character classes shared by the punctuation rules. All take a UTF-16 code unit or code point. */

/**
 * Chinese punctuation and symbols that only occur in Chinese text: the CJK symbols block
 * (、。〈〉《》【】〔〕…, not the ideographic space), full-width forms (，：；（）！？ and
 * full-width letters and digits), curly quotes, the ellipsis and the em dash.
 */
export function isCjkPunctuation(c: number): boolean {
  return (
    (c >= 0x3001 && c <= 0x303f) ||
    (c >= 0xff01 && c <= 0xff60) ||
    c === 0x201c ||
    c === 0x201d ||
    c === 0x2018 ||
    c === 0x2019 ||
    c === 0x2026 ||
    c === 0x2014
  );
}

/**
 * True when the character at `offset` makes its neighbourhood Chinese text: a Han
 * character or a Chinese mark. Works on code points, so Han extension characters count.
 */
export function isCjkAt(text: string, offset: number): boolean {
  if (offset < 0 || offset >= text.length) return false;
  const c = text.charCodeAt(offset);
  if (c >= 0xdc00 && c <= 0xdfff) return offset > 0 && isHan(text.codePointAt(offset - 1)!);
  return isHan(text.codePointAt(offset)!) || isCjkPunctuation(c);
}

/** Han character (not punctuation) at `offset`, surrogate pairs included. */
export function isHanAt(text: string, offset: number): boolean {
  if (offset < 0 || offset >= text.length) return false;
  const c = text.charCodeAt(offset);
  if (c >= 0xdc00 && c <= 0xdfff) return offset > 0 && isHan(text.codePointAt(offset - 1)!);
  return isHan(text.codePointAt(offset)!);
}

/** True when `text[from, to)` is a heading or list number: digits, Chinese numerals or one Latin letter. */
export function isNumberingToken(text: string, from: number, to: number): boolean {
  if (to <= from || to - from > 3) return false;
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    const c = ch.charCodeAt(0);
    if (!(isAsciiDigit(c) || HAN_DIGIT_VALUES.has(ch) || ch === '十' || (to - from === 1 && isAsciiLetter(c)))) return false;
  }
  return true;
}

/** Offset of the first non-blank character of the line starting at `lineStart` (may be `lineEnd`). */
export function firstNonBlank(text: string, lineStart: number, lineEnd: number): number {
  let i = lineStart;
  while (i < lineEnd && (isBlank(text.charCodeAt(i)) || text.charCodeAt(i) === 0xfeff)) i++;
  return i;
}

/** Offset just past the last non-blank character of the line ending at `lineEnd`. */
export function lastNonBlank(text: string, lineStart: number, lineEnd: number): number {
  let i = lineEnd;
  while (i > lineStart && isBlank(text.charCodeAt(i - 1))) i--;
  return i;
}
