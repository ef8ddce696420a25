import { describe, expect, it } from 'vitest';
import { applyFixes, proofread } from '../../src/index.js';

const html = (text: string) => proofread(text, { format: 'html' }).issues;
const found = (source: string) =>
  html(source).map((i) => {
    expect(source.slice(i.start, i.end)).toBe(i.text);
    return `${i.line}:${i.column} ${i.text}`;
  });

describe('HTML input', () => {
  it('checks text inside nested inline markup, with source positions', () => {
    expect(found('<p>东溪镇<b>针炙</b>科，<span><em>截止目前</em></span>已完成。</p>')).toEqual(['1:10 针炙', '1:28 截止目前']);
  });

  it('reports a mistake split by markup on the whole source span, without a replacement', () => {
    const source = '<p>针<i>炙</i>科</p>';
    const [issue] = html(source);
    expect([issue?.text, issue?.suggestions]).toEqual(['针<i>炙', []]);
    expect(applyFixes(source, html(source))).toBe(source);
  });

  it('maps past a stray end tag the parser drops from inside a text', () => {
    // 截止目前</b>按装 is one text node: the </b> is in the source, not in the text.
    const source = '截止目前</b></b>按装，𠀀按装';
    expect(found(source)).toEqual(['1:1 截止目前', '1:13 按装', '1:17 按装']);
    expect(applyFixes(source, html(source))).toBe('截至目前</b></b>安装，𠀀安装');
  });

  it('maps entities back to the source', () => {
    const source = '<p>报告&nbsp;截止目前&#xff0c;&#31224;杆还田&amp;针炙</p>';
    expect(found(source)).toEqual(['1:12 截止目前', '1:24 &#31224;杆', '1:40 针炙']);
    expect(applyFixes(source, html(source))).toBe('<p>报告&nbsp;截至目前&#xff0c;&#31224;杆还田&amp;针灸</p>');
  });

  it('skips script, style, code, pre, comments and attribute values', () => {
    const source = [
      '<script>var s = "针炙";</script>',
      '<style>.针炙 { color: red }</style>',
      '<p title="针炙" data-x="截止目前"><code>针炙</code></p>',
      '<pre>针炙</pre>',
      '<!-- 针炙 -->',
      '<img alt="针炙" src="针炙.png">',
    ].join('\n');
    expect(found(source)).toEqual([]);
  });

  it('treats block elements as separate lines and honours directives', () => {
    const source = '<p>值守</p><p>值守</p>\n<!-- gongwen-disable-next-line -->\n<p>针炙</p>\n<p>针炙</p>';
    expect(found(source)).toEqual(['4:4 针炙']);
  });

  it('reads a whole HTML page, its <title> too (what a site shows as the page name)', () => {
    const source = '<!DOCTYPE html><html><head><title>针炙</title><style>针炙{}</style></head><body><div>再接再励</div></body></html>';
    expect(found(source)).toEqual(['1:35 针炙', '1:82 再接再励']);
  });
});
