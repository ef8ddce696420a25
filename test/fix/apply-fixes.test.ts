import { describe, expect, it } from 'vitest';
import { applyFixes, createProofreader, isUnambiguousFix, proofread } from '../../src/index.js';

describe('applyFixes', () => {
  it('applies the first suggestion of each issue', () => {
    const text = '截止目前，针炙科已按装新设备。';
    expect(applyFixes(text, proofread(text).issues)).toBe('截至目前，针灸科已安装新设备。');
  });

  it('skips an issue that overlaps one already applied', () => {
    const base = { ruleId: 'x', category: 'typo', severity: 'error' as const, message: '', line: 1, column: 1 };
    const issues = [
      { ...base, start: 0, end: 2, text: 'ab', suggestions: ['AB'] },
      { ...base, start: 1, end: 3, text: 'bc', suggestions: ['BC'] },
      { ...base, start: 3, end: 4, text: 'd', suggestions: [] },
    ];
    expect(applyFixes('abcd', issues)).toBe('ABcd');
  });

  it('leaves text alone when an issue no longer matches it', () => {
    const stale = { ruleId: 'x', category: 'typo', severity: 'error' as const, message: '', line: 1, column: 1, start: 0, end: 2, text: '针炙', suggestions: ['针灸'] };
    expect(applyFixes('针灸科', [stale])).toBe('针灸科');
  });

  it('changes nothing on a second pass', () => {
    const text = '要再接再励，把秸杆综合利用好。';
    const once = applyFixes(text, proofread(text).issues);
    expect(applyFixes(once, proofread(once).issues)).toBe(once);
  });
});

describe('isUnambiguousFix (what --fix and the playground apply unasked)', () => {
  const proofreader = createProofreader();
  const text = '截止目前，联系人：张三，联系电话13812345678，准备工做。';
  const byRule = (id: string) => proofreader.proofread(text).issues.find((i) => i.ruleId === id)!;
  it('takes a single suggestion of a rule of knowledge', () => {
    expect(isUnambiguousFix(byRule('lexicon/misused-word'), proofreader.rules)).toBe(true);
  });
  it('leaves a privacy mask (autofix: false) and a statistical guess to the editor', () => {
    expect(isUnambiguousFix(byRule('privacy/mobile-number'), proofreader.rules)).toBe(false);
    expect(isUnambiguousFix(byRule('spelling/statistical-typo'), proofreader.rules)).toBe(false);
  });
});
