export { chineseDate } from '../../text/dates/calendar.js';

/** “X”, without doubling quotation marks that X already has. */
export function quote(s: string): string {
  return /^[“‘]/.test(s) ? s : `“${s}”`;
}

/** True for characters of running prose that a term may contain: Han, Latin letters, digits. */
export function isWordChar(ch: string): boolean {
  return /[\u3400-\u9fff\uf900-\ufaff〇A-Za-z0-9０-９]/.test(ch);
}
