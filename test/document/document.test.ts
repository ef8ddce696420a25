import { describe, expect, it } from 'vitest';
import { Document } from '../../src/document/document.js';
import { findSkippedSpans } from '../../src/document/skipped-spans.js';
import { DictionarySegmenter } from '../../src/index.js';
import type { Segmenter } from '../../src/index.js';

describe('Document', () => {
  it('segments a line only when a rule first asks, and only once', () => {
    const cut: string[] = [];
    const inner = new DictionarySegmenter();
    const counting: Segmenter = { cut: (t) => (cut.push(t), inner.cut(t)), tag: (t) => inner.tag(t), addWords: (w) => inner.addWords(w) };
    const doc = new Document('第一行\n按装修标准执行\n第三行', counting);
    expect(cut).toEqual([]);
    expect(doc.isWordBoundary(5)).toBe(true); // 按|装修
    expect(doc.isWordBoundary(6)).toBe(false); // 装|修
    expect(cut).toEqual(['按装修标准执行']);
  });

  it('treats line breaks and the ends of the text as boundaries', () => {
    const doc = new Document('针灸\r\n科室', new DictionarySegmenter());
    expect([0, 2, 3, 4, 6].map((o) => doc.isWordBoundary(o))).toEqual([true, true, true, true, true]);
  });
});

describe('findSkippedSpans', () => {
  it('finds URLs and e-mail addresses', () => {
    const text = '详见https://www.gov.cn/a?b=针炙，或www.example.cn/x，邮箱office@cangxi.gov.cn。';
    expect(findSkippedSpans(text).map((s) => text.slice(s.start, s.end))).toEqual(['https://www.gov.cn/a?b=针炙', 'www.example.cn/x', 'office@cangxi.gov.cn']);
  });

  it('stays linear on long runs that look almost like an address', () => {
    // A backtracking e-mail regex would take minutes here and hit the test timeout.
    expect(findSkippedSpans(`${'a.'.repeat(100_000)}@`)).toEqual([]);
  });
});
