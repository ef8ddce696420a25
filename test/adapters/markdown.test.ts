import { describe, expect, it } from 'vitest';
import { applyFixes, proofread } from '../../src/index.js';

const md = (text: string) => proofread(text, { format: 'markdown' }).issues;
/** Each issue as `line:column text`, after checking that it is the exact source slice. */
const found = (source: string) =>
  md(source).map((i) => {
    expect(source.slice(i.start, i.end)).toBe(i.text);
    return `${i.line}:${i.column} ${i.text}`;
  });

describe('Markdown input', () => {
  it('checks headings, paragraphs, lists, block quotes, emphasis and link text, with source positions', () => {
    const source = [
      '# 关于针炙科的通知',
      '',
      '截止目前，**针炙**科已完成。',
      '',
      '- 第一项：再接再励',
      '  1. 嵌套：秸杆还田',
      '',
      '> 引用：要按装设备',
      '> 第二行：针炙',
      '',
      '详见[针炙说明](https://example.gov.cn/针炙)。',
    ].join('\n');
    expect(found(source)).toEqual(['1:5 针炙', '3:1 截止目前', '3:8 针炙', '5:7 再接再励', '6:9 秸杆', '8:7 按装', '9:7 针炙', '11:4 针炙']);
  });

  it('skips YAML and TOML front matter, which is site data, not prose', () => {
    expect(found('---\nurl: /news/按装\ntags:\n  - 针炙\n---\n\n# 针炙\n')).toEqual(['7:3 针炙']);
    expect(found('+++\ntitle = "按装"\n+++\n\n按装\n')).toEqual(['5:1 按装']);
    // A thematic break later in the text is no front matter.
    expect(found('正文\n\n---\n\n针炙\n')).toEqual(['5:1 针炙']);
  });

  it('checks link text that merely ends its URL; only a URL shown as its own text is skipped', () => {
    expect(found('[针炙](http://x/针炙) 与 [按装](按装)')).toEqual(['1:2 针炙', '1:22 按装']);
    expect(found('<http://x.cn/针炙> 与 www.x.cn/针炙 与 <a@b.cn>')).toEqual([]);
  });

  it('checks GFM table cells, each on its own', () => {
    const source = '| 科室 | 说明 |\n| --- | --- |\n| 针炙科 | 值守 |\n| 值守 | 再接再励 |\n';
    expect(found(source)).toEqual(['3:3 针炙', '4:8 再接再励']);
  });

  it('skips code blocks, inline code, link targets, autolinks, HTML and comments', () => {
    const source = [
      '```',
      '针炙',
      '```',
      '',
      '    缩进代码 针炙',
      '',
      '运行 `针炙` 命令，见 https://www.zhenzhi.gov.cn/针炙 和 [说明](https://x.cn/针炙)。',
      '',
      '<div title="针炙">针炙</div>',
      '',
      '<!-- 针炙 -->',
      '',
      '[针炙]: https://x.cn',
    ].join('\n');
    expect(found(source)).toEqual([]);
  });

  it('maps through escapes and character references, and only fixes exact spans', () => {
    const source = '秸杆 &amp; 针\\*炙，东溪镇针*炙*科';
    const issues = md(source);
    expect(issues.map((i) => i.text)).toEqual(['秸杆', '针*炙']);
    expect(issues[1]!.suggestions).toEqual([]); // the span holds markup: no automatic replacement
    expect(applyFixes(source, issues)).toBe('秸秆 &amp; 针\\*炙，东溪镇针*炙*科');
  });

  it('honours gongwen-disable, gongwen-enable and gongwen-disable-next-line', () => {
    const source = [
      '<!-- gongwen-disable-next-line -->',
      '针炙一',
      '针炙二',
      '<!-- gongwen-disable lexicon/misused-word -->',
      '',
      '针炙三，的的',
      '',
      '<!-- gongwen-enable -->',
      '',
      '针炙四',
      '',
      '<!-- gongwen-disable-next-line repetition/repeated-word -->',
      '针炙五的的',
    ].join('\n');
    expect(found(source)).toEqual(['3:1 针炙', '6:5 的的', '10:1 针炙', '13:1 针炙']);
  });

  it('keeps words apart across inline code and blocks', () => {
    expect(found('值守`x`值守\n\n值守\n\n值守')).toEqual([]);
  });
});
