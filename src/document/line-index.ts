import { splitsSurrogatePair } from '../text/unicode.js';

/** A 1-based line and a 1-based column counted in code points. */
export interface Position {
  line: number;
  column: number;
}

/**
 * Turns UTF-16 offsets into lines and code-point columns. Line breaks are
 * \r\n, \n and \r, as editors count them.
 */
export class LineIndex {
  readonly #text: string;
  /** Offset where each line starts. */
  readonly lineStarts: number[];
  /** Cursor of the last lookup, so increasing offsets on one long line stay linear. */
  #cursor = { offset: 0, line: 0, column: 1 };

  constructor(text: string) {
    this.#text = text;
    this.lineStarts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) this.lineStarts.push(i + 1);
    }
  }

  /** Index (0-based) of the line containing `offset`. */
  lineOf(offset: number): number {
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  position(offset: number): Position {
    const line = this.lineOf(offset);
    let from = this.lineStarts[line]!;
    let column = 1;
    const cursor = this.#cursor;
    if (cursor.line === line && cursor.offset <= offset && cursor.offset >= from) {
      from = cursor.offset;
      column = cursor.column;
    }
    for (let i = from; i < offset; i++) {
      // A low surrogate that completes a pair is the same code point as its high half.
      if (!splitsSurrogatePair(this.#text, i)) column++;
    }
    this.#cursor = { offset, line, column };
    return { line: line + 1, column };
  }

  /** Offset just past the last character of line `index` (0-based), before its line break. */
  lineEnd(index: number): number {
    if (index + 1 >= this.lineStarts.length) return this.#text.length;
    const breakAt = this.lineStarts[index + 1]! - 1;
    const crlf = this.#text.charCodeAt(breakAt) === 10 && this.#text.charCodeAt(breakAt - 1) === 13 && breakAt > this.lineStarts[index]!;
    return crlf ? breakAt - 1 : breakAt;
  }
}
