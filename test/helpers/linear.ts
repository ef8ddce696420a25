import { describe, expect, it } from 'vitest';
import { createProofreader } from '../../src/index.js';
import type { RuleLevel } from '../../src/index.js';

/**
 * Worst-case inputs for some rules, run with only those rules on (so the timings measure
 * them, not the segmenter): each must be flagged, with exact offsets, well within `limitMs`
 * — a quadratic scan would take minutes.
 */
export function testStaysLinear(title: string, ruleIds: (id: string) => boolean, inputs: [name: string, text: string][], limitMs: number): void {
  const bare = createProofreader({ builtinPacks: false });
  const others = Object.fromEntries(bare.rules.filter((r) => !ruleIds(r.id)).map((r) => [r.id, 'off' as RuleLevel]));
  const proofreader = createProofreader({ builtinPacks: false, rules: others });
  describe(title, () => {
    it.each(inputs)('%s', (_, text) => {
      const t0 = performance.now();
      const { issues } = proofreader.proofread(text);
      const ms = performance.now() - t0;
      expect(issues.length).toBeGreaterThan(0);
      for (const i of issues.slice(0, 1000)) expect(text.slice(i.start, i.end)).toBe(i.text);
      expect(ms).toBeLessThan(limitMs);
    });
  });
}
