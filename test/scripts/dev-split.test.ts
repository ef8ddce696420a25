import { describe, expect, it } from 'vitest';
import { readDevSet, splitOf } from '../../benchmarks/dev-split.mjs';

describe('the development set split (benchmarks/dev-split.mjs)', () => {
  it('puts a target sentence and all its corrupted copies in one half', () => {
    expect(splitOf('加快推进重点项目建设。')).toBe(splitOf('加快推进重点项目建设。'));
    const rows = readDevSet();
    const halfOf = new Map<string, string>();
    for (const r of rows) {
      expect(halfOf.get(r.target) ?? r.split).toBe(r.split);
      halfOf.set(r.target, r.split);
    }
  });

  it('splits it about in half', () => {
    const rows = readDevSet();
    const test = rows.filter((r) => r.split === 'test').length;
    expect(test / rows.length).toBeGreaterThan(0.4);
    expect(test / rows.length).toBeLessThan(0.6);
  });
});
