import type { Document } from './document.js';

/** The date a document is checked against, as YYYY-MM-DD, and where it comes from (for messages). */
export interface ReferenceDate {
  iso: string;
  /** 文档日期 (given by the caller), 成文日期 (found in the text) or 当前日期 (today). */
  label: string;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function isoOfDate(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * The caller's `documentDate`, else the 成文日期 found in the text, else today: what an
 * outdated wording or a leader's term is judged by. Compared as YYYY-MM-DD strings (the
 * data's format). Memoised on the document.
 */
export function referenceDateOf(doc: Document): ReferenceDate {
  return doc.memo(referenceDateOf, () => {
    const given = doc.settings.documentDate;
    if (given) return { iso: isoOfDate(given), label: '文档日期' };
    const written = doc.facts.writtenDate;
    if (written) return { iso: `${written.year}-${pad(written.month)}-${pad(written.day)}`, label: '成文日期' };
    return { iso: isoOfDate(doc.settings.today), label: '当前日期' };
  });
}
