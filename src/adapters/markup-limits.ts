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
  let runChar = 0;
  let lineStart = true;
  let depth = 0;
  let indent = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 0x2a || c === 0x5f || c === 0x7e) {
      run = c === runChar ? run + 1 : 1;
      runChar = c;
      if (run > MAX_DELIMITER_RUN) return `连续 ${run} 个以上的“${String.fromCharCode(c)}”，超过 ${MAX_DELIMITER_RUN} 个的上限`;
    } else {
      run = 0;
      runChar = 0;
    }
    if (c === 0x0a || c === 0x0d) {
      lineStart = true;
      depth = 0;
      indent = 0;
      continue;
    }
    if (!lineStart) continue;
    // The line's container prefix: block quote markers, list markers, and the indentation that nests lists.
    if (c === 0x20) indent++;
    else if (c === 0x09) indent += 4;
    else if (c === 0x3e || ((c === 0x2a || c === 0x2d || c === 0x2b) && isSpace(source.charCodeAt(i + 1)))) {
      depth++;
      if (depth + (indent >> 1) > MAX_MARKDOWN_DEPTH) return `嵌套超过 ${MAX_MARKDOWN_DEPTH} 层（引用或列表）`;
    } else if (!(c >= 0x30 && c <= 0x39) && !(c === 0x2e || c === 0x29)) lineStart = false;
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
