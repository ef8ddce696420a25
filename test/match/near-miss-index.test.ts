import { describe, expect, it } from 'vitest';
import { NearMissIndex } from '../../src/match/near-miss-index.js';

const forms = ['实事求是', '市场监督管理局', '中华人民共和国枪支管理法', '苍溪县东溪镇', '一丝不苟', '三个'];
const index = new NearMissIndex(forms);
const found = (text: string) => index.find(text).map((m) => `${text.slice(m.start, m.end)}→${index.form(m.form)}:${m.kind ?? 'exact'}@${m.at}`);

describe('NearMissIndex', () => {
  it('finds exact forms and every kind of one edit', () => {
    expect(found('坚持实事求是')).toEqual(['实事求是→实事求是:exact@0']);
    expect(found('市场监督管里局')).toEqual(['市场监督管里局→市场监督管理局:substitution@5']);
    expect(found('实事求事')).toEqual(['实事求事→实事求是:substitution@3']);
    expect(found('中华人民共和国枪支管法')).toEqual(['中华人民共和国枪支管法→中华人民共和国枪支管理法:deletion@10']);
    // A doubled character is an insertion at either copy; the span without its last character is a last-character replacement.
    expect(found('苍溪县东溪溪镇')).toEqual(['苍溪县东溪溪→苍溪县东溪镇:substitution@5', '苍溪县东溪溪镇→苍溪县东溪镇:insertion@4', '苍溪县东溪溪镇→苍溪县东溪镇:insertion@5']);
    expect(found('市场督监管理局')).toEqual(['市场督监管理局→市场监督管理局:transposition@2']);
    // The last two swapped (一丝苟不), found through the form with its last but one left out.
    expect(found('一丝苟不')).toEqual(['一丝苟→一丝不苟:deletion@2', '一丝苟不→一丝不苟:transposition@2']);
    expect(found('市场监督管局理')).toContain('市场监督管局理→市场监督管理局:transposition@5');
  });

  it('never edits the first character, nor adds or drops one at the edges', () => {
    expect(found('宝事求是')).toEqual([]);
    // 是 doubled inside the span is an insertion (the rule drops it: it overlaps the exact form).
    expect(found('实事求是是')).toEqual(['实事求是→实事求是:exact@0', '实事求是是→实事求是:insertion@3']);
    expect(found('宝实事求是了')).toEqual(['实事求是→实事求是:exact@0']);
    expect(found('事求是')).toEqual([]);
    // Forms under four characters are not indexed.
    expect(found('三介')).toEqual([]);
  });

  it('reads the same from what it stores', () => {
    const restored = new NearMissIndex(undefined, index.store());
    expect(restored.size).toBe(forms.length);
    expect(restored.form(3)).toBe('苍溪县东溪镇');
    expect(restored.find('苍溪县东西镇').map((m) => m.form)).toEqual([3]);
  });

  it('is linear in the text', () => {
    const text = '各单位要实事求是，加强市场监督管理局建设。'.repeat(2000);
    const time = (t: string) => {
      const t0 = performance.now();
      index.find(t);
      return performance.now() - t0;
    };
    time(text);
    const one = Math.min(time(text), time(text));
    const ten = Math.min(time(text.repeat(10)), time(text.repeat(10)));
    expect(ten / one).toBeLessThan(25);
  });
});
