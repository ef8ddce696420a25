/** Quotation marks. */

export const QUOTE_OPENERS = '“‘「『';
export const QUOTE_CLOSERS = '”’」』';

/** True when [start, end) sits right inside quotation marks (“台独”). */
export function isQuoted(text: string, start: number, end: number): boolean {
  return start > 0 && end < text.length && QUOTE_OPENERS.includes(text[start - 1]!) && QUOTE_CLOSERS.includes(text[end]!);
}

/** Farthest a quotation's marks are looked for on either side of a term inside it (“法理台独”, “台独正名”). */
const QUOTATION_REACH = 12;
const QUOTATION_STOPS = '。！？；\n';

/**
 * True when [start, end) lies inside a short quotation: an opening mark before it and a
 * closing mark after it, each within a few characters, with no other mark or sentence end
 * between (“法理台独”, 搞“台独正名”). The term is then quoted as part of the quoted phrase.
 */
export function isInsideQuotation(text: string, start: number, end: number): boolean {
  if (isQuoted(text, start, end)) return true;
  let open = false;
  for (let i = start - 1; i >= Math.max(0, start - QUOTATION_REACH); i--) {
    const ch = text[i]!;
    if (QUOTE_CLOSERS.includes(ch) || QUOTATION_STOPS.includes(ch)) return false;
    if (QUOTE_OPENERS.includes(ch)) {
      open = true;
      break;
    }
  }
  if (!open) return false;
  for (let i = end; i < Math.min(text.length, end + QUOTATION_REACH); i++) {
    const ch = text[i]!;
    if (QUOTE_OPENERS.includes(ch) || QUOTATION_STOPS.includes(ch)) return false;
    if (QUOTE_CLOSERS.includes(ch)) return true;
  }
  return false;
}

/** How far back an opening mark is looked for by insideOpenPair: a bound, so a long line costs no more. */
const OPEN_PAIR_REACH = 300;

/**
 * True when `at` lies inside a pair opened earlier on its line and not closed before it: one of
 * `openers` (“《「) with its closer at the same index of `closers` (”》」). For a title's or a
 * quotation's own wording (《国旗国旗真美丽》, “认真的学习”), looked for at most OPEN_PAIR_REACH back.
 */
export function insideOpenPair(text: string, at: number, openers: string, closers: string): boolean {
  const closed = new Set<string>();
  for (let i = at - 1; i >= 0 && i >= at - OPEN_PAIR_REACH; i--) {
    const c = text[i]!;
    if (c === '\n') return false;
    const k = closers.indexOf(c);
    if (k >= 0) closed.add(openers[k]!);
    else if (openers.includes(c) && !closed.has(c)) return true;
  }
  return false;
}
