import { describe, expect, it } from 'vitest';
import { createProofreader } from '../../../src/index.js';
import type { RuleLevel } from '../../../src/index.js';

// The hygiene rules and lexicon/fixed-expression alone: worst cases for their scans.
const mine = (id: string) => id.startsWith('hygiene/') || id === 'lexicon/fixed-expression';
const bare = createProofreader({ builtinPacks: false });
const others = Object.fromEntries(bare.rules.filter((r) => !mine(r.id)).map((r) => [r.id, 'off' as RuleLevel]));
const proofreader = createProofreader({ builtinPacks: false, rules: others });

/** Inputs that would take minutes with a quadratic scan; each must finish well under a few seconds. */
const inputs: [string, string][] = [
  ['200k direction marks on one line', '中\u200E'.repeat(200_000)],
  ['200k zero-width joiners between Han', '人\u200D'.repeat(200_000)],
  ['100k stray spaces inside words', '要加强管 理工作，'.repeat(100_000)],
  ['100k Kangxi radicals', '⼈'.repeat(100_000)],
  ['one 500k-character Han run', '中华人民共和国枪支管里法实事求事苍溪县东西镇'.repeat(22_000)],
];

describe('hygiene and fixed-expression rules stay linear', () => {
  it.each(inputs)('%s', (_, text) => {
    const t0 = performance.now();
    const { issues } = proofreader.proofread(text);
    const ms = performance.now() - t0;
    expect(issues.length).toBeGreaterThan(0);
    for (const i of issues.slice(0, 1000)) expect(text.slice(i.start, i.end)).toBe(i.text);
    expect(ms).toBeLessThan(8000);
  });
});
