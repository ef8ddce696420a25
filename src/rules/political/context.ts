import type { Document } from '../../document/document.js';

/** The date a political check compares with, as YYYY-MM-DD, and where it comes from (for messages). */
export interface PoliticalDate {
  iso: string;
  label: string;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * The caller's `documentDate`, else the 成文日期 found in the text, else today. Dates
 * are compared as YYYY-MM-DD strings (the data's format).
 */
export function politicalDateOf(doc: Document): PoliticalDate {
  return doc.memo(politicalDateOf, () => {
    const given = doc.settings.documentDate;
    if (given) return { iso: isoOfDate(given), label: '文档日期' };
    const written = doc.facts.writtenDate;
    if (written) return { iso: `${written.year}-${pad(written.month)}-${pad(written.day)}`, label: '成文日期' };
    return { iso: isoOfDate(doc.settings.today), label: '当前日期' };
  });
}

function isoOfDate(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** 2023-03-11 → 2023年3月11日 */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${y}年${Number(m)}月${Number(d)}日`;
}

const QUOTE_OPEN = '“‘「『';
const QUOTE_CLOSE = '”’」』';

/** True when [start, end) sits right inside quotation marks (“台独”). */
export function isQuoted(text: string, start: number, end: number): boolean {
  return start > 0 && end < text.length && QUOTE_OPEN.includes(text[start - 1]!) && QUOTE_CLOSE.includes(text[end]!);
}

/** “X”, without doubling quotation marks that X already has. */
export function quote(s: string): string {
  return /^[“‘]/.test(s) ? s : `“${s}”`;
}

/** True for characters of running prose that a term may contain: Han, Latin letters, digits. */
export function isWordChar(ch: string): boolean {
  return /[\u3400-\u9fff\uf900-\ufaff〇A-Za-z0-9０-９]/.test(ch);
}
