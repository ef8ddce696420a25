import { describe, expect, it } from 'vitest';
import { proofread } from '../../src/index.js';
import { formatHtml } from '../../src/report/html.js';
import { readMarks } from '../helpers/read-marks.js';

const report = (file: string, source: string, extra: { notes?: string[]; unchecked?: boolean } = {}) =>
  formatHtml([{ file, source, issues: proofread(source, { group: true }).issues, ...extra }], { version: '9.9.9' });

describe('formatHtml', () => {
  it('never shows a full personal number, in the text, the tooltips or the list', () => {
    const html = report('a.txt', '张某某，身份证号510824199003154212，联系电话13812345678。');
    expect(html).not.toMatch(/510824199003154212|13812345678/);
    expect(html).toContain('5108**********4212');
    expect(html).toContain('138****5678');
  });

  it('escapes file names and text, and keeps the highlighted text whole', () => {
    const source = '<script>alert(1)</script>截止目前&针炙';
    const html = report('<b>.txt', source);
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<b>.txt');
    const doc = /<div class="gw-doc gw-text">([\s\S]*?)<\/div>\n<aside/.exec(html)![1]!;
    const { text, ranges } = readMarks(doc);
    expect(text).toBe(source);
    expect([...ranges.values()].flat().map(([s, e]) => text.slice(s, e)).sort()).toEqual(['截止目前', '针炙']);
  });

  it('says which files were clean and which could not be checked, never passing one silently', () => {
    const html = formatHtml(
      [
        { file: 'clean.txt', source: '截至目前，已完成。', issues: [] },
        { file: 'deep.md', source: '', issues: [], notes: ['未检查：Markdown 嵌套层数过深'], unchecked: true },
      ],
      { version: '9.9.9' },
    );
    expect(html).toContain('clean.txt：✓ 未发现问题');
    expect(html).toContain('deep.md：未检查');
    expect(html).toContain('未检查：Markdown 嵌套层数过深');
    expect(html).toContain('<p class="gw-counts">未发现问题；1 个文件未检查</p>');
  });

  it('forbids every network request in the page itself and states the time of the check when given', () => {
    const html = formatHtml([], { version: '9.9.9', checkedAt: new Date(Date.UTC(2024, 5, 26, 8, 30)) });
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"`);
    expect(html).toContain('gongwen 9.9.9 · 检查时间 2024-06-26 08:30 UTC · 0 个文件');
  });
});

describe('formatHtmlReport (the API)', () => {
  it('is the CLI report, named with the package version by default', async () => {
    const { formatHtmlReport, proofread: check } = await import('../../src/index.js');
    const html = formatHtmlReport([{ file: '通知', source: '截止目前', issues: check('截止目前', { group: true }).issues }]);
    expect(html).toMatch(/gongwen (dev|\d+\.\d+\.\d+) · 1 个文件/);
    expect(html).toContain('data-issue="0"');
  });
});
