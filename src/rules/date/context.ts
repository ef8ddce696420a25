import type { Document } from '../../document/document.js';
import { dayNumber, formatYmd, ymdOfDate, type Ymd } from '../../text/dates/calendar.js';
import { parseDates, type DateMention, type ParsedDates } from '../../text/dates/parse-dates.js';
import { SENTENCE_ENDS } from '../../text/sentences.js';

/** Every date of the document, parsed once and shared by the date rules. */
export function datesOf(doc: Document): ParsedDates {
  return doc.memo(parseDates, () => parseDates(doc.text));
}

/** The document's own date and where it comes from, for messages. */
export interface DocumentDate {
  date: Ymd;
  /** 成文日期 (found in the text) or 文档日期 (given by the caller). */
  label: string;
}

/**
 * The date the document is compared with: the caller's `documentDate`, else the 成文日期
 * found in the text (signature block, then header field), else none. Never today.
 */
export function documentDateOf(doc: Document): DocumentDate | undefined {
  return doc.memo(documentDateOf, () => {
    if (doc.settings.documentDate) return { date: ymdOfDate(doc.settings.documentDate), label: '文档日期' };
    const written = doc.facts.writtenDate;
    return written ? { date: { year: written.year, month: written.month, day: written.day }, label: '成文日期' } : undefined;
  });
}

/**
 * The years a date without a written year may mean: the year from context (the nearest
 * preceding date that states its year) and the year that puts it nearest the document date.
 * A check that needs a year should hold for every candidate before it reports. A written
 * year (or one written in the range's start) is the only candidate. With `sameSentence`, the
 * year from context counts only when it was written in the same sentence.
 */
export function yearCandidates(m: DateMention, doc: Document, options: { sameSentence?: boolean } = {}): number[] {
  if (m.yearWritten && m.year !== undefined) return [m.year];
  const years = new Set<number>();
  const near = !options.sameSentence || (m.contextYearFrom !== undefined && !SENTENCE_ENDS.test(doc.text.slice(m.contextYearFrom, m.start)));
  if (m.contextYear !== undefined && near) years.add(m.contextYear);
  const docDate = documentDateOf(doc)?.date;
  if (docDate && m.month !== undefined) years.add(nearestYear(docDate, m.month, m.day ?? 15));
  return [...years];
}

/** The year (the document's, the one before or after) that puts month/day nearest to `near`. */
function nearestYear(near: Ymd, month: number, day: number): number {
  let best = near.year;
  let bestDistance = Infinity;
  for (const year of [near.year - 1, near.year, near.year + 1]) {
    const distance = Math.abs(dayNumber({ year, month, day: Math.min(day, 28) }) - dayNumber(near));
    if (distance < bestDistance) {
      best = year;
      bestDistance = distance;
    }
  }
  return best;
}

/** “2024年6月26日” or, for an inferred year, “6月26日（按上下文为2024年）”. */
export function describeDate(m: DateMention, year: number): string {
  if (m.day === undefined || m.month === undefined) return m.month === undefined ? `${year}年` : `${year}年${m.month}月`;
  const full = formatYmd({ year, month: m.month, day: m.day });
  return m.yearWritten ? full : `${m.month}月${m.day}日（推断为${year}年）`;
}
