import { createDateRules } from './date/index.js';
import { createFormatRules } from './format/index.js';
import type { PackMatcher } from '../packs/pack-matcher.js';
import { createHygieneRules } from './hygiene/index.js';
import { createFixedExpressionRule } from './lexicon/fixed-expression.js';
import { createNumberRules } from './number/index.js';
import { createPoliticalRules } from './political/index.js';
import { createPrivacyRules } from './privacy/index.js';
import { createPunctuationRules } from './punctuation/index.js';
import { createRepeatedWordRule } from './repetition/repeated-word.js';
import type { Rule } from './rule.js';
import { createScriptRules } from './script/index.js';
import { createStatisticalTypoRule } from './spelling/statistical-typo.js';
import type { Artefact } from '../compiled/artefact.js';
import { loadPoliticalData, POLITICAL_DATA } from './political/data.js';
import { Confusions } from './spelling/confusions.js';
import { NEAR_MISS_INDEX } from './political/near-miss.js';
import { FIXED_EXPRESSIONS } from './lexicon/fixed-expressions.js';
import { NON_STANDARD_CHARS } from './script/lexicon.js';
import { SPELLING_MODEL } from './spelling/model.js';

export { createPackRules } from './lexicon/pack-rules.js';

/** What the rule families compile into dist/ (listed in src/compiled/artefacts.ts): the registry is the one door into a family. */
export const RULE_ARTEFACTS: readonly Artefact<unknown, unknown>[] = [POLITICAL_DATA, NEAR_MISS_INDEX, FIXED_EXPRESSIONS, NON_STANDARD_CHARS, SPELLING_MODEL];

/**
 * Every rule family written in code, in report order (pack rules come first, from the
 * loaded packs). Each family folder loads its own data from dictionaries/. The packs'
 * matcher tells the script and spelling rules what the packs already correct.
 */
/** The spelling family's character likeness, its confusion sets read on first use (the fixed-expression rule asks only about its candidates). */
function charLikeness(): (a: string, b: string) => ReturnType<Confusions['likeness']> {
  let confusions: Confusions | undefined;
  return (a, b) => (confusions ??= new Confusions()).likeness(a, b);
}

export function createBuiltinRules(packMatcher: PackMatcher): Rule[] {
  const likeness = charLikeness();
  return [
    ...createScriptRules(packMatcher),
    createStatisticalTypoRule(packMatcher),
    createRepeatedWordRule(),
    ...createPoliticalRules({ likeness }),
    createFixedExpressionRule({ likeness, politicalTerms: () => loadPoliticalData().formulations.terms.map((t) => t.term) }),
    ...createDateRules(),
    ...createNumberRules(),
    ...createFormatRules(),
    ...createPunctuationRules(),
    ...createPrivacyRules(),
    ...createHygieneRules(),
  ];
}
