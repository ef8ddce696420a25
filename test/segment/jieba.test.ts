import { describe, expect, it } from 'vitest';
import { JiebaSegmenter } from '../../src/index.js';

describe('JiebaSegmenter', () => {
  const segmenter = new JiebaSegmenter();

  it('cuts without HMM new-word guessing', () => {
    expect(segmenter.cut('错写为针炙科')).toEqual(['错', '写', '为', '针', '炙', '科']);
  });

  it('keeps added words whole, but never at the cost of a better split', () => {
    const s = new JiebaSegmenter();
    s.addWords(['针炙', '按装']);
    expect(s.cut('错写为针炙科')).toContain('针炙');
    expect(s.cut('按装修标准执行')).toEqual(['按', '装修', '标准', '执行']);
  });

  it('returns words that concatenate to the input, lone surrogates included', () => {
    for (const text of ['\uD800针炙\uDC00科', '𠀀的𠀁', '\u0000\r\n\uFEFF截止目前', '']) {
      expect(segmenter.cut(text).join('')).toBe(text);
    }
  });
});
