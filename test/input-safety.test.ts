import { describe, expect, it } from 'vitest';
import { applyFixes, InputError, proofread } from '../src/index.js';
import { MAX_DELIMITER_RUN, MAX_HTML_DEPTH, MAX_INPUT_CHARS, MAX_MARKDOWN_DEPTH } from '../src/limits.js';

/** Issue 21 on the API side: limits, invisible characters, directives, fixes that need an editor. */
describe('limits of one document', () => {
  it('refuses an input beyond the size limit with an InputError in Chinese', () => {
    expect(() => proofread('针'.repeat(MAX_INPUT_CHARS + 1))).toThrow(InputError);
    expect(() => proofread('针'.repeat(MAX_INPUT_CHARS + 1))).toThrow(/超过 10000000 个的上限/);
  });

  it.each([
    ['a run of *', `${'*'.repeat(MAX_DELIMITER_RUN + 1)}针炙`, 'markdown', /连续 100 个以上的强调符号/],
    ['a run of mixed emphasis', `${'*_'.repeat(MAX_DELIMITER_RUN)}针炙`, 'markdown', /连续 100 个以上的强调符号/],
    ['nested block quotes', `${'>'.repeat(MAX_MARKDOWN_DEPTH + 1)} 针炙`, 'markdown', /嵌套超过 100 层/],
    ['nested lists', Array.from({ length: MAX_MARKDOWN_DEPTH + 2 }, (_, i) => `${'  '.repeat(i)}- 针炙`).join('\n'), 'markdown', /嵌套超过 100 层/],
    ['list markers on one line', `${'* '.repeat(MAX_MARKDOWN_DEPTH + 1)}针炙`, 'markdown', /嵌套超过 100 层/],
    ['nested elements', `${'<div>'.repeat(MAX_HTML_DEPTH + 1)}针炙`, 'html', /元素嵌套超过 1000 层/],
  ] as const)('refuses %s before parsing, in bounded time', (_, source, format, message) => {
    const started = Date.now();
    expect(() => proofread(source, { format })).toThrow(message);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('accepts what real pages hold just under the limits', () => {
    expect(proofread(`${'*'.repeat(MAX_DELIMITER_RUN)}\n\n针炙`, { format: 'markdown' }).issues.map((i) => i.text)).toEqual(['针炙']);
    expect(proofread(`${'<div>'.repeat(MAX_HTML_DEPTH)}针炙`, { format: 'html' }).issues.map((i) => i.text)).toEqual(['针炙']);
    // Paragraphs and list items left open do not nest.
    expect(proofread(`${'<p>段落'.repeat(5000)}<p>针炙`, { format: 'html' }).issues.map((i) => i.text)).toEqual(['针炙']);
  });
});

describe('invisible characters inside a word', () => {
  it.each(['\u200b', '\u200c', '\u200d', '\u2060', '\u00ad', '\ufeff'])('match across U+%s, with offsets on the original', (invisible) => {
    const text = `东溪镇针${invisible}炙科，截止${invisible}目前。`;
    const all = proofread(text).issues;
    // hygiene/invisible-char reports the character itself; the word's fix takes it out too.
    expect(all.filter((i) => i.ruleId === 'hygiene/invisible-char').map((i) => i.text)).toEqual([invisible, invisible]);
    const issues = all.filter((i) => i.ruleId !== 'hygiene/invisible-char');
    expect(issues.map((i) => [i.text, text.slice(i.start, i.end), i.suggestions[0]])).toEqual([
      [`针${invisible}炙`, `针${invisible}炙`, '针灸'],
      [`截止${invisible}目前`, `截止${invisible}目前`, '截至目前'],
    ]);
    expect(applyFixes(text, issues)).toBe('东溪镇针灸科，截至目前。');
    expect(applyFixes(text, all)).toBe('东溪镇针灸科，截至目前。');
  });

  it('in Markdown and HTML too', () => {
    const prose = <T extends { ruleId: string }>(issues: T[]) => issues.filter((i) => i.ruleId !== 'hygiene/invisible-char');
    expect(prose(proofread('**针\u200b炙**科', { format: 'markdown' }).issues).map((i) => i.text)).toEqual(['针\u200b炙']);
    expect(prose(proofread('<p>针&#8203;炙科</p>', { format: 'html' }).issues).map((i) => [i.text, i.suggestions])).toEqual([['针&#8203;炙', []]]);
  });
});

describe('directives', () => {
  it('reports a misspelt directive and an unknown rule id instead of ignoring them', () => {
    const source = '<!-- gongwen-disable-line -->\n<!-- gongwen-disable lexicon/misused -->\n\n针炙\n';
    const issues = proofread(source, { format: 'markdown' }).issues;
    expect(issues.map((i) => [i.ruleId, i.severity, i.text])).toEqual([
      ['directive/invalid', 'warning', '<!-- gongwen-disable-line -->'],
      ['directive/invalid', 'warning', '<!-- gongwen-disable lexicon/misused -->'],
      ['lexicon/misused-word', 'error', '针炙'],
    ]);
    expect(issues[0]!.message).toContain('无法识别的指令“gongwen-disable-line”');
    expect(issues[1]!.message).toContain('规则“lexicon/misused”不存在');
    expect(proofread(source, { format: 'html', rules: { 'directive/invalid': 'off' } }).issues.map((i) => i.ruleId)).toEqual(['lexicon/misused-word']);
  });

  it('stays silent on correct directives and ordinary comments', () => {
    const source = '<!-- gongwen-disable-next-line lexicon/misused-word -->\n针炙\n<!-- 编者按 -->\n';
    expect(proofread(source, { format: 'markdown' }).issues).toEqual([]);
  });
});

describe('fixes that need an editor', () => {
  it('marks privacy issues autofix: false, and applyFixes leaves them', () => {
    const text = '联系人：张三，手机13812345678。截止目前。';
    const issues = proofread(text).issues;
    expect(issues.map((i) => [i.ruleId, i.autofix])).toEqual([
      ['privacy/mobile-number', false],
      ['lexicon/misused-word', undefined],
    ]);
    expect(issues[0]!.suggestions).toEqual(['138****5678']);
    expect(applyFixes(text, issues)).toBe('联系人：张三，手机13812345678。截至目前。');
  });

  it('explains wrong arguments of applyFixes in Chinese', () => {
    expect(() => applyFixes('正文', null as never)).toThrow(new TypeError('applyFixes: 第二个参数应为问题数组（proofread 返回的 issues），收到 null'));
    expect(() => applyFixes(undefined as never, [])).toThrow(/第一个参数应为字符串/);
    expect(applyFixes('正文', [null, { start: 0 }] as never)).toBe('正文');
  });
});
