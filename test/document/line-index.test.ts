import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/document/line-index.js';

describe('LineIndex', () => {
  it('counts \\n, \\r\\n and \\r as line breaks', () => {
    const text = 'a\nb\r\nc\rd';
    const idx = new LineIndex(text);
    expect(['a', 'b', 'c', 'd'].map((ch) => idx.position(text.indexOf(ch)))).toEqual([
      { line: 1, column: 1 },
      { line: 2, column: 1 },
      { line: 3, column: 1 },
      { line: 4, column: 1 },
    ]);
    expect([0, 1, 2, 3].map((i) => idx.lineEnd(i))).toEqual([1, 3, 6, 8]);
  });

  it('counts columns in code points, not UTF-16 units', () => {
    const text = '𠀀𠀁针炙';
    const idx = new LineIndex(text);
    expect(idx.position(text.indexOf('针'))).toEqual({ line: 1, column: 3 });
  });

  it('gives the same answer whatever order offsets are asked in', () => {
    const text = '一二三\n四𠀀五六\n七';
    const idx = new LineIndex(text);
    const forward = [...text].map((_, i) => idx.position(i));
    const fresh = new LineIndex(text);
    const backward = [...text].map((_, i) => i).reverse().map((i) => fresh.position(i)).reverse();
    expect(backward).toEqual(forward);
  });
});
