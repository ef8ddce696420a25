import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyFixes, proofread } from '../src/index.js';
import type { Issue } from '../src/index.js';

/** Text built from pieces that exercise the rules and the awkward corners of UTF-16. */
const piece = fc.oneof(
  fc.constantFrom('截止目前', '针炙', '值守', '的', '了', '进一步', '按装', '再接再励', '研究', '天天', '。', '，', '\n', '\r\n', '\r', '\uFEFF', '\u0000', '\t', ' ', '\u3000', 'https://a.cn/针炙', 'a@b.cn', '𠀀', '\uD800', '\uDC00', '〇'),
  fc.string({ unit: 'binary', maxLength: 6 }),
  fc.string({ unit: fc.integer({ min: 0x4e00, max: 0x4e80 }).map((c) => String.fromCharCode(c)), maxLength: 6 }),
);
const text = fc.array(piece, { maxLength: 40 }).map((a) => a.join(''));

function isCodePointBoundary(s: string, offset: number): boolean {
  const high = s.charCodeAt(offset - 1);
  const low = s.charCodeAt(offset);
  return !(high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff);
}

/** Every way an issue list can be wrong, as readable strings (empty when all is well). */
function violations(input: string, issues: Issue[]): string[] {
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

describe('any input', () => {
  it('never throws, and every issue points at its own text on code-point boundaries', () => {
    fc.assert(
      fc.property(text, (input) => {
        expect(violations(input, proofread(input).issues)).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it.each(['markdown', 'html'] as const)('as %s: never throws, and every issue is the exact source slice', (format) => {
    const markup = fc.constantFrom('**', '*', '`', '```\n', '\n\n', '> ', '- ', '# ', '[', '](http://a.cn/针炙)', '<b>', '</b>', '<p>', '</p>', '<!--', '-->', '&nbsp;', '&amp;', '&#x9488;', '\\', '|', '<script>', '</script>', '<!-- gongwen-disable -->');
    const doc = fc.array(fc.oneof(piece, markup), { maxLength: 40 }).map((a) => a.join(''));
    fc.assert(
      fc.property(doc, (input) => {
        expect(violations(input, proofread(input, { format }).issues)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('applyFixes changes only the fixed spans', () => {
    fc.assert(
      fc.property(text, (input) => {
        const fixable = proofread(input).issues.filter((i) => i.suggestions.length > 0);
        const fixed = applyFixes(input, fixable);
        if (fixable.length === 0) {
          expect(fixed).toBe(input);
          return;
        }
        // Issues come sorted and, within one rule family, never overlap; so all of them apply.
        const start = fixable[0]!.start;
        const end = Math.max(...fixable.map((i) => i.end));
        expect(fixed.slice(0, start)).toBe(input.slice(0, start));
        expect(fixed.slice(fixed.length - (input.length - end))).toBe(input.slice(end));
      }),
      { numRuns: 200 },
    );
  });

  it('handles a 1 MB single line with mistakes in it', () => {
    const line = '各部门要截止目前完成针炙科设备按装，值守值守，的的，'.repeat(40_000).slice(0, 1_000_000);
    const { issues } = proofread(line);
    expect(issues.length).toBeGreaterThan(1000);
    expect(violations(line, issues)).toEqual([]);
  });

  it('handles a BOM and CRLF line endings', () => {
    const input = '\uFEFF通知\r\n截止目前\r\n';
    const [issue] = proofread(input).issues;
    expect([issue?.line, issue?.column, issue?.text]).toEqual([2, 1, '截止目前']);
  });
});
