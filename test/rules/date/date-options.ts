import { createProofreader, type RuleLevel } from '../../../src/index.js';

/** Runs one rule alone (no packs, every other rule off) with a `documentDate`, returning the flagged texts. */
export function flaggedWithDate(ruleId: string, text: string, documentDate?: string | Date): string[] {
  const bare = createProofreader({ builtinPacks: false });
  const others = Object.fromEntries(bare.rules.filter((r) => r.id !== ruleId).map((r) => [r.id, 'off' as RuleLevel]));
  const proofreader = createProofreader({ builtinPacks: false, rules: others });
  return proofreader
    .proofread(text, documentDate === undefined ? {} : { documentDate })
    .issues.filter((i) => i.ruleId === ruleId)
    .map((i) => i.text);
}

/** A signature block: the issuing authority, a blank line, the 成文日期. */
export const signed = (body: string, date = '2024年6月26日', authority = '苍溪县人民政府办公室') => `${body}\n\n${authority}\n\n${date}\n`;
