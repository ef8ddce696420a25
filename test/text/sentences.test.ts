import { describe, expect, it } from 'vitest';
import { Document } from '../../src/document/document.js';
import { DictionarySegmenter } from '../../src/segment/dictionary-segmenter.js';
import { clauseAfter, clauseAround, findClauses, findSentences } from '../../src/text/sentences.js';

const slices = (text: string, spans: readonly { start: number; end: number }[]) => spans.map((s) => text.slice(s.start, s.end));

describe('text/sentences', () => {
  const text = '一是完成；二是推进，稳步实施。好吗？\n表格一\n\n最后';

  it('ends a sentence at 。！？!? and at a line break, never empty', () => {
    expect(slices(text, findSentences(text))).toEqual(['一是完成；二是推进，稳步实施', '好吗', '表格一', '最后']);
    expect(findSentences('')).toEqual([]);
    expect(slices('a!b?c', findSentences('a!b?c'))).toEqual(['a', 'b', 'c']);
  });

  it('ends a clause also at a semicolon', () => {
    expect(slices(text, findClauses(text))).toEqual(['一是完成', '二是推进，稳步实施', '好吗', '表格一', '最后']);
  });

  it('finds the clause around a span and after an offset, within reach', () => {
    const at = text.indexOf('推进');
    expect(slices(text, [clauseAround(text, at, at + 2)])).toEqual(['二是推进，稳步实施']);
    expect(clauseAfter(text, at)).toBe('推进，稳步实施');
    expect(clauseAfter(text, at, 3)).toBe('推进，');
  });

  it('is memoised on the document', () => {
    const doc = new Document(text, new DictionarySegmenter());
    expect(doc.sentences).toBe(doc.sentences);
    expect(slices(text, doc.clauses)).toEqual(slices(text, findClauses(text)));
  });
});
