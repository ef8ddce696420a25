import type { Issue } from '../../src/index.js';

export function isCodePointBoundary(s: string, offset: number): boolean {
  const high = s.charCodeAt(offset - 1);
  const low = s.charCodeAt(offset);
  return !(high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff);
}

/**
 * Every way an issue list can be wrong, as readable strings (empty when all is well):
 * an issue outside the text or empty, out of order, splitting a surrogate pair, or whose
 * `text` is not the source slice it points at.
 */
export function violations(input: string, issues: readonly Issue[]): string[] {
  const bad: string[] = [];
  let last = -1;
  for (const i of issues) {
    const at = `${i.ruleId}@${i.start}-${i.end}`;
    if (!(i.start >= 0 && i.end <= input.length && i.start < i.end)) bad.push(`${at}: outside the text`);
    if (i.start < last) bad.push(`${at}: not sorted`);
    if (!isCodePointBoundary(input, i.start) || !isCodePointBoundary(input, i.end)) bad.push(`${at}: splits a surrogate pair`);
    if (i.text !== input.slice(i.start, i.end)) bad.push(`${at}: text is not the source slice`);
    last = i.start;
  }
  return bad;
}
