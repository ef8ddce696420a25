import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { proofread } from '../src/index.js';

const sentences = readFileSync(join(__dirname, 'fixtures', 'clean-sentences.txt'), 'utf8').split('\n').filter(Boolean);

describe('clean official sentences (test/fixtures/clean-sentences.txt)', () => {
  it('are at least 300', () => {
    expect(sentences.length).toBeGreaterThanOrEqual(300);
  });

  it('yield no error issue', () => {
    const errors = sentences.flatMap((s) => proofread(s).issues.filter((i) => i.severity === 'error').map((i) => `${i.text} (${i.ruleId}) in: ${s}`));
    expect(errors).toEqual([]);
  });

  it('hold no traditional or variant character', () => {
    const flagged = sentences.flatMap((s) => proofread(s).issues.filter((i) => i.ruleId === 'script/traditional-char').map((i) => `${i.text} in: ${s}`));
    expect(flagged).toEqual([]);
  });

  it('yield few warnings (under 2% of sentences)', () => {
    const warned = sentences.filter((s) => proofread(s).issues.some((i) => i.severity === 'warning'));
    expect(warned.length / sentences.length).toBeLessThan(0.02);
  });
});
