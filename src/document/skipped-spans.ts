/** A half-open range of UTF-16 offsets. */
export interface Span {
  start: number;
  end: number;
}

// URLs start with a literal prefix, so this stays linear even on megabyte-long lines.
const URL = /\b(?:(?:https?|ftp):\/\/|www\.)[^\s\u3000-\u303f\uff01-\uff0f\uff1a-\uff20"'<>]+/g;
const LOCAL_PART = /[\w.+-]/;
const DOMAIN_PART = /[\w.-]/;

/** Spans of `text` that are not prose (URLs, e-mail addresses), sorted by start. */
export function findSkippedSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(URL)) spans.push({ start: m.index, end: m.index + m[0].length });
  // E-mail addresses are grown outwards from each @ instead of by a regex, which would backtrack.
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && LOCAL_PART.test(text[start - 1]!)) start--;
    let end = at + 1;
    while (end < text.length && DOMAIN_PART.test(text[end]!)) end++;
    if (start < at && text.slice(at + 1, end).includes('.')) spans.push({ start, end });
  }
  return mergeOverlapping(spans);
}

function mergeOverlapping(spans: Span[]): Span[] {
  spans.sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  return merged;
}

/** True when `[start, end)` overlaps one of the sorted `spans`. */
export function overlapsAny(spans: Span[], start: number, end: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (s.end <= start) lo = mid + 1;
    else if (s.start >= end) hi = mid - 1;
    else return true;
  }
  return false;
}
