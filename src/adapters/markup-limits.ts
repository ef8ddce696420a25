import { MAX_DELIMITER_RUN, MAX_HTML_DEPTH, MAX_MARKDOWN_DEPTH } from '../limits.js';

/**
 * Why `source` is too deep or too pathological for its parser, or undefined. A cheap
 * linear scan run before parsing: it may overestimate nesting, never underestimate it,
 * so whatever passes parses in bounded time and stack on any thread.
 */
export function markupLimitProblem(source: string, format: 'markdown' | 'html'): string | undefined {
  return format === 'markdown' ? markdownProblem(source) : htmlProblem(source);
}

function markdownProblem(source: string): string | undefined {
  let run = 0;
  let lineStart = true;
  let depth = 0;
  let indent = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    // * _ ~ in any mix (**_~_**): the parser pairs them, in a time that grows with the square of the run.
    run = c === 0x2a || c === 0x5f || c === 0x7e ? run + 1 : 0;
    if (run > MAX_DELIMITER_RUN) return `连续 ${MAX_DELIMITER_RUN} 个以上的强调符号（* _ ~）`;
    if (c === 0x0a || c === 0x0d) {
      lineStart = true;
      depth = 0;
      indent = 0;
      continue;
    }
    if (!lineStart) continue;
    // The line's container prefix: block quote markers, list markers (- * + 1. 1)), and the indentation before them that nests lists.
    if (c === 0x20 || c === 0x09) {
      if (depth === 0) indent += c === 0x09 ? 4 : 1;
      continue;
    }
    let marker = c === 0x3e || ((c === 0x2a || c === 0x2d || c === 0x2b) && isSpace(source.charCodeAt(i + 1)));
    if (!marker && c >= 0x30 && c <= 0x39) {
      let j = i;
      while (j < source.length && source.charCodeAt(j) >= 0x30 && source.charCodeAt(j) <= 0x39) j++;
      const after = source.charCodeAt(j);
      if ((after === 0x2e || after === 0x29) && isSpace(source.charCodeAt(j + 1))) {
        marker = true;
        i = j;
      }
    }
    if (!marker) {
      lineStart = false;
      continue;
    }
    depth++;
    if (depth + (indent >> 1) > MAX_MARKDOWN_DEPTH) return `嵌套超过 ${MAX_MARKDOWN_DEPTH} 层（引用或列表）`;
  }
  return undefined;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09;
}

/** Elements that never hold others, or whose end tag the parser supplies (they do not nest when left open). */
const NOT_NESTING = new Set(
  'area base br col embed hr img input link meta param source track wbr keygen p li dt dd tr td th option optgroup thead tbody tfoot colgroup caption rt rp html head body'.split(' '),
);
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9-]*)[^<>]*?(\/?)>/g;

function htmlProblem(source: string): string | undefined {
  let depth = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(source); m; m = TAG.exec(source)) {
    const name = m[2]!.toLowerCase();
    if (NOT_NESTING.has(name) || m[3]) continue;
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (++depth > MAX_HTML_DEPTH) return `元素嵌套超过 ${MAX_HTML_DEPTH} 层`;
  }
  return undefined;
}
