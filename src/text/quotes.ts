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
