import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError, proofread } from '../src/index.js';
import type { Issue } from '../src/index.js';
import { violations } from './helpers/issue-violations.js';

/**
 * Hostile inputs through the whole pipeline: each must finish without throwing and
 * with every issue on its own source text. No timing here (benchmarks/ measures
 * speed); the sizes are kept to what the suite can afford. The 1 MB single line is in
 * property.test.ts, the punctuation rules alone on unmatched brackets in
 * rules/punctuation/linear.test.ts.
 */

const MISTAKE = '截止目前';

/** Proofreads, checks the offsets, and returns the issues. */
function check(text: string, format: 'text' | 'markdown' | 'html' = 'text'): Issue[] {
  const { issues } = proofread(text, { format });
  expect(violations(text, issues).slice(0, 10)).toEqual([]);
  return issues;
}

/** The misused word at the bottom of a deep structure is still found, where it is. */
function expectMistakeFound(text: string, issues: Issue[]): void {
  expect(issues.filter((i) => i.ruleId === 'lexicon/misused-word').map((i) => [i.start, i.text])).toEqual([[text.indexOf(MISTAKE), MISTAKE]]);
}

describe('100,000 unmatched brackets, through proofread()', () => {
  const unbalanced = (issues: Issue[]) => issues.filter((i) => i.ruleId === 'punctuation/unbalanced-pair').length;

  it.each([
    ['（', 100_000],
    ['《', 100_000],
    // The first “ of a paragraph may stay open: a quotation running over several paragraphs opens each with “ (GB/T 15834 4.8).
    ['“', 99_999],
  ])('100,000 × %s: each one reported', (mark, expected) => {
    const text = mark.repeat(100_000);
    expect(unbalanced(check(text))).toBe(expected);
  });

  it.each([
    ['(', '('.repeat(100_000)],
    [')', ')'.repeat(100_000)],
    ['()', '()'.repeat(50_000)],
    ['（ between Chinese words', '中（'.repeat(100_000)],
  ])('100,000 × %s', (_, text) => {
    check(text);
  });
});

const CORPUS = join(__dirname, '..', '..', 'shared', 'corpus');
const corpusFiles = existsSync(CORPUS) ? readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort() : [];

describe('a 10 MB document', () => {
  it.skipIf(corpusFiles.length === 0)('the corpus repeated to 10 MB: the same issues in every copy, at the same place in it', () => {
    const one = corpusFiles.map((f) => readFileSync(join(CORPUS, f), 'utf8')).join('\n');
    const copies = Math.ceil((10 * 1024 * 1024) / Buffer.byteLength(`${one}\n`));
    const big = Array<string>(copies).fill(one).join('\n');
    expect(Buffer.byteLength(big)).toBeGreaterThanOrEqual(10 * 1024 * 1024);

    const key = (i: Issue, offset: number) => `${i.ruleId}@${i.start - offset}-${i.end - offset} ${i.text} → ${i.suggestions[0] ?? ''}`;
    const single = proofread(one).issues.map((i) => key(i, 0));
    expect(single.length).toBeGreaterThan(100);
    const issues = check(big);
    expect(issues.length).toBe(copies * single.length);
    // Copies are separated by one line break: copy c starts at c × (length + 1).
    const period = one.length + 1;
    const perCopy: string[][] = Array.from({ length: copies }, () => []);
    for (const i of issues) {
      const c = Math.floor(i.start / period);
      perCopy[c]!.push(key(i, c * period));
    }
    const differing = perCopy.findIndex((found) => found.join('\n') !== single.join('\n'));
    expect(differing === -1 ? [] : perCopy[differing], `copy ${differing}`).toEqual(differing === -1 ? [] : single);
  });
});

describe('deeply nested Markdown', () => {
  it.each([
    ['100 nested block quotes', `${'> '.repeat(100)}${MISTAKE}`],
    // Nesting spelt out line by line costs quadratic text.
    ['100 nested block quotes, one more a line', Array.from({ length: 100 }, (_, i) => `${'>'.repeat(i + 1)} 第${i}行`).join('\n') + MISTAKE],
    ['100 nested list items', `${'- '.repeat(100)}${MISTAKE}`],
    ['100 nested ordered list items', `${'1. '.repeat(100)}${MISTAKE}`],
    ['90 nested, indented list items', Array.from({ length: 90 }, (_, i) => `${'  '.repeat(i)}- 第${i}项`).join('\n') + MISTAKE],
    ['50 nested emphasis', `${'*'.repeat(50)}${MISTAKE}${'*'.repeat(50)}`],
    ['25 alternating nested emphasis', `${'*_'.repeat(25)}${MISTAKE}${'_*'.repeat(25)}`],
    ['5,000 nested link brackets', `${'['.repeat(5000)}${MISTAKE}${']'.repeat(5000)}`],
    ['10,000 nested inline HTML', `段落<span>${'<b>'.repeat(10_000)}${MISTAKE}${'</b>'.repeat(10_000)}</span>`],
  ])('%s', (_, text) => {
    expectMistakeFound(text, check(text, 'markdown'));
  });

  // Beyond the limits (src/limits.ts) the parsers' time grows with the square of the nesting
  // (2,000 nested list items took 2.5 s, 20,000 * around a word 48 s) and remark-gfm overflows
  // the stack from about 5,300 nested block quotes, at a depth that differs between the main
  // thread and a worker: refused before parsing, in bounded time, the same everywhere.
  it.each([
    ['2,000 nested block quotes', `${'> '.repeat(2000)}${MISTAKE}`, /嵌套超过 100 层/],
    ['10,000 nested block quotes', `${'>'.repeat(10_000)} ${MISTAKE}`, /嵌套超过 100 层/],
    ['300 nested block quotes, one more a line', Array.from({ length: 300 }, (_, i) => `${'>'.repeat(i + 1)} 第${i}行`).join('\n') + MISTAKE, /嵌套超过 100 层/],
    ['500 nested list items', `${'- '.repeat(500)}${MISTAKE}`, /嵌套超过 100 层/],
    ['150 nested, indented list items', Array.from({ length: 150 }, (_, i) => `${'  '.repeat(i)}- 第${i}项`).join('\n') + MISTAKE, /嵌套超过 100 层/],
    ['3,000 nested emphasis', `${'*'.repeat(3000)}${MISTAKE}${'*'.repeat(3000)}`, /连续 100 个以上的强调符号/],
    ['1,500 alternating nested emphasis', `${'*_'.repeat(1500)}${MISTAKE}${'_*'.repeat(1500)}`, /连续 100 个以上的强调符号/],
  ])('%s: refused with a clear InputError, at once', (_, text, message) => {
    const started = Date.now();
    expect(() => proofread(text, { format: 'markdown' })).toThrow(InputError);
    expect(() => proofread(text, { format: 'markdown' })).toThrow(message);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe('deeply nested HTML', () => {
  it.each([
    ['1,000 nested <div>', `${'<div>'.repeat(1000)}${MISTAKE}${'</div>'.repeat(1000)}`],
    ['1,000 nested <b>', `${'<b>'.repeat(1000)}${MISTAKE}${'</b>'.repeat(1000)}`],
    ['1,000 unclosed <div>', `${'<div>'.repeat(1000)}${MISTAKE}`],
    ['10,000 nested <p> (each closes the one before)', `${'<p>'.repeat(10_000)}${MISTAKE}`],
    ['10,000 stray closing tags', `${'</div>'.repeat(10_000)}${MISTAKE}`],
  ])('%s', (_, text) => {
    expectMistakeFound(text, check(text, 'html'));
  });

  // hast-util-from-parse5 (under rehype-parse) recurses once per element and overflows the stack
  // from about 1,800 nested elements on the main thread (later on a worker): refused beyond 1,000.
  it.each([
    ['1,001 nested <div>', `${'<div>'.repeat(1001)}${MISTAKE}${'</div>'.repeat(1001)}`],
    ['10,000 nested <div>', `${'<div>'.repeat(10_000)}${MISTAKE}${'</div>'.repeat(10_000)}`],
    ['10,000 nested <b>', `${'<b>'.repeat(10_000)}${MISTAKE}${'</b>'.repeat(10_000)}`],
    ['10,000 unclosed <div>', `${'<div>'.repeat(10_000)}${MISTAKE}`],
  ])('%s: refused with a clear InputError', (_, text) => {
    expect(() => proofread(text, { format: 'html' })).toThrow(/HTML 元素嵌套超过 1000 层/);
  });
});
