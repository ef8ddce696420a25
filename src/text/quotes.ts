/** Quotation marks. */

export const QUOTE_OPENERS = '“‘「『';
export const QUOTE_CLOSERS = '”’」』';

/** True when [start, end) sits right inside quotation marks (“台独”). */
export function isQuoted(text: string, start: number, end: number): boolean {
  return start > 0 && end < text.length && QUOTE_OPENERS.includes(text[start - 1]!) && QUOTE_CLOSERS.includes(text[end]!);
}
