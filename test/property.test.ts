import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyFixes, proofread } from '../src/index.js';
import type { Issue } from '../src/index.js';
import { violations } from './helpers/issue-violations.js';

/** Text built from pieces that exercise the rules and the awkward corners of UTF-16. */
const piece = fc.oneof(
  fc.constantFrom('截止目前', '针炙', '值守', '的', '了', '进一步', '按装', '再接再励', '研究', '天天', '。', '，', '\n', '\r\n', '\r', '\uFEFF', '\u0000', '\t', ' ', '\u3000', 'https://a.cn/针炙', 'a@b.cn', '𠀀', '\uD800', '\uDC00', '〇'),
  fc.string({ unit: 'binary', maxLength: 6 }),
  fc.string({ unit: fc.integer({ min: 0x4e00, max: 0x4e80 }).map((c) => String.fromCharCode(c)), maxLength: 6 }),
);
const text = fc.array(piece, { maxLength: 40 }).map((a) => a.join(''));

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

type Format = 'text' | 'markdown' | 'html';
const FORMATS: Format[] = ['text', 'markdown', 'html'];

/** Mistakes that come with fixes, from every rule family that suggests one, and what sits around them. */
const fixablePiece = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      ...['截止目前', '针炙', '值守值守', '的的', '了了', '按装', '按装修', '再接再励', '研究研究', '截至到', '截止6月30日', '二零二四年', '一九九零年', '２０２４', '4千元', '15～30%', '5月20日—10日', '约3—5个', '10余-20个'],
      ...['国办发[2024]5号', '一.总体要求', '1、任务', '北朝鲜', '温家室总理', '中华人民共合国', '李强、习近平、赵乐际', '2024年05月08日', '附件：1.工作计划\n2.统计表\n\n附件1\n'],
      ...[',', '.', ':', ';', '?', '!', '(', ')', '"', '--', '...', '~', '。。', '，，', '、、', '……', '——', '“', '”', '（', '）', '《', '》'],
      ...['的', '中', '年', '2024', '一', '\n', '\n\n', '\r\n', ' ', '\u3000', '𠀀', 'https://a.cn/针炙'],
    ),
  },
  { weight: 1, arbitrary: fc.string({ unit: fc.integer({ min: 0x4e00, max: 0x4e80 }).map((c) => String.fromCharCode(c)), maxLength: 4 }) },
);
const markupPiece = fc.constantFrom('**', '*', '`', '\n\n', '> ', '- ', '# ', '[', '](http://a.cn)', '<b>', '</b>', '<p>', '</p>', '&nbsp;', '&amp;', '\\', '|', '<!-- x -->');
const fixableDoc = (format: Format) => fc.array(format === 'text' ? fixablePiece : fc.oneof(fixablePiece, markupPiece), { maxLength: 30 }).map((a) => a.join(''));

const withFix = (issues: Issue[]) => issues.filter((i) => i.suggestions.length > 0);
/** What `gongwen --fix` applies: exactly one suggestion (src/cli/check-file.ts). */
const unambiguous = (issues: Issue[]) => issues.filter((i) => i.suggestions.length === 1);

/** The fixes applyFixes applies, by its documented rule (sorted, an overlapping later one skipped), and where each lands in the output. */
function appliedFixes(issues: Issue[]): { issue: Issue; start: number; end: number }[] {
  const out: { issue: Issue; start: number; end: number }[] = [];
  let at = 0;
  let shift = 0;
  for (const issue of [...issues].sort((a, b) => a.start - b.start || a.end - b.end)) {
    if (issue.start < at) continue;
    const fix = issue.suggestions[0]!;
    out.push({ issue, start: issue.start + shift, end: issue.start + shift + fix.length });
    shift += fix.length - (issue.end - issue.start);
    at = issue.end;
  }
  return out;
}

/** The pieces of `input` outside every span, in order: before the first, between, after the last (some may be empty). */
function gaps(input: string, spans: { start: number; end: number }[]): string[] {
  const out: string[] = [];
  let at = 0;
  for (const { start, end } of [...spans].sort((a, b) => a.start - b.start)) {
    out.push(input.slice(at, Math.max(at, start)));
    at = Math.max(at, end);
  }
  out.push(input.slice(at));
  return out;
}

/** A deterministic shuffle, so a failing case replays from fast-check's seed. */
function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let x = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    const j = x % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** The `--fix` loop of src/cli/check-file.ts (at most 10 passes): the texts it goes through. */
const MAX_FIX_PASSES = 10;
function fixLoop(input: string, format: Format, pick: (issues: Issue[]) => Issue[]): string[] {
  const texts = [input];
  for (let pass = 0; pass <= MAX_FIX_PASSES; pass++) {
    const source = texts.at(-1)!;
    const fixable = pick(proofread(source, { format }).issues);
    if (fixable.length === 0) return texts;
    texts.push(applyFixes(source, fixable));
  }
  return texts;
}

describe.each(FORMATS)('fixes, as %s', (format) => {
  it('applyFixes changes only the fixed spans; disjoint fixes are all applied', () => {
    fc.assert(
      fc.property(fixableDoc(format), (input) => {
        const fixable = withFix(proofread(input, { format }).issues);
        const fixed = applyFixes(input, fixable);
        // Outside the spans of the fixes, the text is the same, in the same order: it starts
        // with the first gap, ends with the last, and holds the others in between.
        const kept = gaps(input, fixable);
        const first = kept[0]!;
        const last = kept.at(-1)!;
        expect(fixed.startsWith(first)).toBe(true);
        let at = first.length;
        for (const gap of kept.slice(1, -1)) {
          const found = fixed.indexOf(gap, at);
          expect(found, `“${gap}” kept after offset ${at}`).toBeGreaterThanOrEqual(at);
          at = found + gap.length;
        }
        if (kept.length > 1) expect(fixed.endsWith(last) && fixed.length - last.length >= at).toBe(true);
        // With no two fixes overlapping, the result is each span replaced by its first suggestion.
        const sorted = [...fixable].sort((a, b) => a.start - b.start);
        if (sorted.every((i, k) => k === 0 || sorted[k - 1]!.end <= i.start)) {
          const spliced = sorted.reduceRight((s, i) => s.slice(0, i.start) + i.suggestions[0]! + s.slice(i.end), input);
          expect(fixed).toBe(spliced);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('applyFixes is deterministic: same result twice, whatever the order of the issues, and the issues are not touched', () => {
    fc.assert(
      fc.property(fixableDoc(format), fc.integer(), (input, seed) => {
        const issues = proofread(input, { format }).issues;
        const copy = structuredClone(issues);
        const once = applyFixes(input, issues);
        expect(applyFixes(input, issues)).toBe(once);
        expect(issues).toEqual(copy);
        // Order matters only between fixes of one and the same span (the first listed wins); proofread never reports those.
        const spans = new Set(withFix(issues).map((i) => `${i.start}-${i.end}`));
        expect(spans.size).toBe(withFix(issues).length);
        expect(applyFixes(input, shuffle(issues, seed))).toBe(once);
      }),
      { numRuns: 150 },
    );
  });

  it('a suggestion always changes the text, and a fix never re-creates the issue it fixed', () => {
    fc.assert(
      fc.property(fixableDoc(format), (input) => {
        const issues = proofread(input, { format }).issues;
        expect(issues.filter((i) => i.suggestions.includes(i.text)).map((i) => `${i.ruleId}: ${i.text}`)).toEqual([]);
        const fixable = withFix(issues);
        const once = applyFixes(input, fixable);
        const again = proofread(once, { format }).issues;
        for (const { issue, start, end } of appliedFixes(fixable)) {
          expect(once.slice(start, end)).toBe(issue.suggestions[0]);
          // Not the same rule on the replacement (A → B, then B flagged again), nor any rule undoing it (B → A).
          const back = again.filter((j) => j.start === start && j.end === end && (j.ruleId === issue.ruleId || j.suggestions[0] === issue.text));
          expect(back.map((j) => `${issue.ruleId}: ${issue.text} → ${issue.suggestions[0]}, then ${j.ruleId}: ${j.text} → ${j.suggestions[0] ?? '(none)'}`)).toEqual([]);
        }
      }),
      { numRuns: 150 },
    );
  });

  it.each([
    ['--fix (one suggestion)', unambiguous],
    ['every first suggestion', withFix],
  ] as const)('fixing again and again with %s settles, never revisiting a text, so a second run finds nothing to do', (_, pick) => {
    fc.assert(
      fc.property(fixableDoc(format), (input) => {
        const texts = fixLoop(input, format, pick);
        expect(new Set(texts).size, `cycle: ${JSON.stringify(texts)}`).toBe(texts.length);
        expect(texts.length - 1, `no fixpoint within ${MAX_FIX_PASSES} passes: ${JSON.stringify(texts)}`).toBeLessThanOrEqual(MAX_FIX_PASSES);
        const settled = texts.at(-1)!;
        expect(applyFixes(settled, proofread(settled, { format }).issues.filter((i) => pick([i]).length > 0))).toBe(settled);
      }),
      { numRuns: 100 },
    );
  });
});
