/**
 * Reads `renderHighlightedHtml`'s output back: the plain text, and for each mark key
 * (`<data-issue>` or `<data-issue>/<data-related>`) the [start, end) ranges it covers,
 * adjacent pieces of a split mark merged. Throws on markup that is not well formed.
 */
export function readMarks(html: string): { text: string; ranges: Map<string, [number, number][]>; attrs: Map<string, string> } {
  const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  let text = '';
  const stack: { key: string; from: number }[] = [];
  const ranges = new Map<string, [number, number][]>();
  const attrs = new Map<string, string>();
  for (const token of html.split(/(<mark [^>]*>|<\/mark>)/)) {
    if (token.startsWith('<mark ')) {
      const issue = /data-issue="(\d+)"/.exec(token)?.[1];
      if (issue === undefined) throw new Error(`mark without data-issue: ${token}`);
      const related = /data-related="(\d+)"/.exec(token)?.[1];
      const key = related === undefined ? issue : `${issue}/${related}`;
      attrs.set(key, token);
      stack.push({ key, from: text.length });
    } else if (token === '</mark>') {
      const top = stack.pop();
      if (!top) throw new Error('</mark> without an open mark');
      const list = ranges.get(top.key) ?? [];
      const last = list[list.length - 1];
      if (last && last[1] === top.from) last[1] = text.length;
      else list.push([top.from, text.length]);
      ranges.set(top.key, list);
    } else {
      if (/[<>]/.test(token)) throw new Error(`unescaped markup in text: ${token}`);
      text += unescape(token);
    }
  }
  if (stack.length > 0) throw new Error('unclosed mark');
  return { text, ranges, attrs };
}
