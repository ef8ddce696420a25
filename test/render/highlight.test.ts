import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_CSS, renderHighlightedHtml, type HighlightIssue } from '../../src/render/index.js';
import { readMarks } from '../helpers/read-marks.js';

const issue = (start: number, end: number, extra: Partial<HighlightIssue> = {}): HighlightIssue => ({ start, end, severity: 'error', category: 'typo', message: '错', ...extra });

describe('renderHighlightedHtml', () => {
  it('wraps each span in a mark with its index, severity and family, and escapes the text', () => {
    const html = renderHighlightedHtml('截止目前<b>&针炙', [issue(0, 4, { ruleId: 'lexicon/misused-word', message: '“截止”应为“截至”' }), issue(8, 10, { severity: 'warning' })]);
    expect(html).toBe(
      '<mark class="gw-mark gw-error gw-cat-typo" data-issue="0" data-rule="lexicon/misused-word" title="“截止”应为“截至”">截止目前</mark>' +
        '&lt;b&gt;&amp;<mark class="gw-mark gw-warning gw-cat-typo" data-issue="1" title="错">针炙</mark>',
    );
  });

  it('keeps line breaks and text without issues as it is', () => {
    expect(renderHighlightedHtml('第一行\n第二行\r\n', [])).toBe('第一行\n第二行\r\n');
  });

  it('nests a span inside another and splits one that crosses another', () => {
    const html = renderHighlightedHtml('abcdef', [issue(0, 4), issue(1, 3), issue(2, 6)], { titles: false });
    expect(html).toBe(
      '<mark class="gw-mark gw-error gw-cat-typo" data-issue="0">a<mark class="gw-mark gw-error gw-cat-typo" data-issue="1">b' +
        '<mark class="gw-mark gw-error gw-cat-typo" data-issue="2">c</mark></mark><mark class="gw-mark gw-error gw-cat-typo" data-issue="2">d</mark></mark>' +
        '<mark class="gw-mark gw-error gw-cat-typo" data-issue="2">ef</mark>',
    );
    const { ranges } = readMarks(html);
    expect(Object.fromEntries(ranges)).toEqual({ 0: [[0, 4]], 1: [[1, 3]], 2: [[2, 6]] });
  });

  it("highlights each related place of a grouped finding with the group's index", () => {
    const grouped = issue(1, 2, { severity: 'warning', category: 'punctuation', related: [issue(1, 2, { message: '半角“,”' }), issue(4, 5, { message: '半角“:”' })] });
    const { ranges, attrs } = readMarks(renderHighlightedHtml('甲,乙丙:丁', [grouped]));
    expect([...ranges.entries()]).toEqual([
      ['0/0', [[1, 2]]],
      ['0/1', [[4, 5]]],
    ]);
    expect(attrs.get('0/1')).toContain('title="半角“:”"');
    expect(attrs.get('0/1')).toContain('gw-warning gw-cat-punctuation');
  });

  it('ignores spans that are empty or outside the text, and makes class names safe', () => {
    const html = renderHighlightedHtml('abc', [issue(2, 2), issue(-1, 1), issue(1, 9), issue(0, 1.5), issue(0, 1, { severity: 'x" onclick="y', category: 'A b' })]);
    expect(html).toBe('<mark class="gw-mark gw-x-onclick-y gw-cat-a-b" data-issue="4" title="错">a</mark>bc');
  });

  it('always gives well-formed markup whose marks cover exactly the spans (property)', () => {
    const span = fc.tuple(fc.nat(12), fc.nat(12)).map(([a, b]) => [Math.min(a, b), Math.max(a, b) + 1] as const);
    fc.assert(
      fc.property(fc.string({ minLength: 13, maxLength: 20 }), fc.array(span, { maxLength: 8 }), (text, spans) => {
        const { text: shown, ranges } = readMarks(renderHighlightedHtml(text, spans.map(([s, e]) => issue(s, e))));
        expect(shown).toBe(text);
        spans.forEach(([s, e], i) => expect(ranges.get(String(i))).toEqual([[s, e]]));
      }),
    );
  });

  it('comes with its CSS', () => {
    for (const cls of ['.gw-text', '.gw-error', '.gw-warning', '.gw-info']) expect(HIGHLIGHT_CSS).toContain(cls);
  });

  it('uses no Node.js module (it runs in browsers)', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const dir = new URL('../../src/render/', import.meta.url);
    for (const file of readdirSync(dir)) expect(readFileSync(new URL(file, dir), 'utf8')).not.toMatch(/from '(node:|\.\.\/)/);
  });
});
