import { describe, expect, it } from 'vitest';
import { createProofreader } from '../../src/index.js';
import type { Proofreader, ProofreaderOptions, RuleLevel, Severity } from '../../src/index.js';

/** The rule alone, as ESLint's RuleTester runs it: no bundled packs (unless given), every other rule off. */
export function ruleAlone(ruleId: string, options: Omit<ProofreaderOptions, 'rules'> = {}): Proofreader {
  const bare = createProofreader({ builtinPacks: false });
  const others = Object.fromEntries(bare.rules.filter((r) => r.id !== ruleId).map((r) => [r.id, 'off' as RuleLevel]));
  return createProofreader({ builtinPacks: false, ...options, rules: others });
}

/** A text the rule must flag, and what it must say about it. */
export interface InvalidCase {
  text: string;
  /** The flagged text (`issue.text`) of each expected issue, in order. */
  flagged: string[];
  /** First suggestion of each issue, in order, when checked. */
  fixes?: string[];
  severity?: Severity;
}

/**
 * Valid/invalid tables for one rule, in the manner of ESLint's RuleTester: each
 * valid text yields no issue of the rule; each invalid text yields exactly the
 * listed issues. Runs through the public `proofread`, so offsets, sorting and
 * filtering are exercised as users see them.
 */
export function testRule(ruleId: string, cases: { valid: string[]; invalid: InvalidCase[] }): void {
  const proofreader = ruleAlone(ruleId);
  const proofread = (text: string) => proofreader.proofread(text);
  describe(ruleId, () => {
    it.each(cases.valid)('valid: %s', (text) => {
      const issues = proofread(text).issues.filter((i) => i.ruleId === ruleId);
      expect(issues.map((i) => `${i.text}: ${i.message}`)).toEqual([]);
    });
    it.each(cases.invalid.map((c) => [c.text, c] as const))('invalid: %s', (_, c) => {
      const issues = proofread(c.text).issues.filter((i) => i.ruleId === ruleId);
      expect(issues.map((i) => i.text)).toEqual(c.flagged);
      for (const i of issues) expect(c.text.slice(i.start, i.end)).toBe(i.text);
      if (c.fixes) expect(issues.map((i) => i.suggestions[0])).toEqual(c.fixes);
      if (c.severity) for (const i of issues) expect(i.severity).toBe(c.severity);
    });
  });
}
