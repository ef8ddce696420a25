import { appendFileSync } from 'node:fs';
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
  /** The messageId of each expected issue, in order (which of the rule's messages it is). */
  messageIds: string[];
  /** The rendered message of each issue, in order, where the wording matters. */
  messages?: string[];
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
export function testRule(
  ruleId: string,
  cases: {
    valid: string[];
    invalid: InvalidCase[];
    /** Messages no text can reach with the bundled data (shared templates), each with the reason. */
    noCase?: Record<string, string>;
    /** The date every text of the table is proofread as of (proofread's `documentDate`), for rules that depend on it. */
    documentDate?: string;
  },
  /** Options of the proofreader, e.g. `{ builtinPacks: true }` for a rule made by bundled packs. */
  options: Omit<ProofreaderOptions, 'rules'> = {},
): void {
  const proofreader = ruleAlone(ruleId, options);
  const proofread = (text: string) => proofreader.proofread(text, cases.documentDate ? { documentDate: cases.documentDate } : {});
  const rule = proofreader.rules.find((r) => r.id === ruleId);
  describe(ruleId, () => {
    it('is a known rule whose every message has a test', () => {
      expect(rule, ruleId).toBeDefined();
      const tested = new Set(cases.invalid.flatMap((c) => c.messageIds));
      expect(Object.keys(rule!.messages).filter((id) => !tested.has(id) && !cases.noCase?.[id])).toEqual([]);
      expect(Object.keys(cases.noCase ?? {}).filter((id) => tested.has(id) || !(id in rule!.messages))).toEqual([]);
    });
    it.each(cases.valid)('valid: %s', (text) => {
      const issues = proofread(text).issues.filter((i) => i.ruleId === ruleId);
      expect(issues.map((i) => `${i.text}: ${i.message}`)).toEqual([]);
    });
    it.each(cases.invalid.map((c) => [c.text, c] as const))('invalid: %s', (_, c) => {
      const issues = proofread(c.text).issues.filter((i) => i.ruleId === ruleId);
      if (process.env.RECORD_MESSAGE_IDS) appendFileSync(process.env.RECORD_MESSAGE_IDS, `${JSON.stringify({ ruleId, index: cases.invalid.indexOf(c), ids: issues.map((i) => i.messageId) })}\n`);
      expect(issues.map((i) => i.text)).toEqual(c.flagged);
      expect(issues.map((i) => i.messageId)).toEqual(c.messageIds);
      if (c.messages) expect(issues.map((i) => i.message)).toEqual(c.messages);
      for (const i of issues) expect(c.text.slice(i.start, i.end)).toBe(i.text);
      if (c.fixes) expect(issues.map((i) => i.suggestions[0])).toEqual(c.fixes);
      if (c.severity) for (const i of issues) expect(i.severity).toBe(c.severity);
    });
  });
}
