import { createDateRules } from './date/index.js';
import { createFormatRules } from './format/index.js';
import type { PackMatcher } from '../packs/pack-matcher.js';
import { createNumberRules } from './number/index.js';
import { createPoliticalRules } from './political/index.js';
import { createPrivacyRules } from './privacy/index.js';
import { createPunctuationRules } from './punctuation/index.js';
import { createRepeatedWordRule } from './repetition/repeated-word.js';
import type { Rule } from './rule.js';
import { createScriptRules } from './script/index.js';
import { createStatisticalTypoRule } from './spelling/statistical-typo.js';
import type { Artefact } from '../compiled/artefact.js';
import { POLITICAL_DATA } from './political/data.js';
import { NEAR_MISS_INDEX } from './political/near-miss.js';
import { NON_STANDARD_CHARS } from './script/lexicon.js';
import { SPELLING_MODEL } from './spelling/model.js';

export { createPackRules } from './lexicon/pack-rules.js';

/** What the rule families compile into dist/ (listed in src/compiled/artefacts.ts): the registry is the one door into a family. */
export const RULE_ARTEFACTS: readonly Artefact<unknown, unknown>[] = [POLITICAL_DATA, NEAR_MISS_INDEX, NON_STANDARD_CHARS, SPELLING_MODEL];

/**
 * Every rule family written in code, in report order (pack rules come first, from the
 * loaded packs). Each family folder loads its own data from dictionaries/. The packs'
 * matcher tells the script and spelling rules what the packs already correct.
 */
export function createBuiltinRules(packMatcher: PackMatcher): Rule[] {
  return [
    ...createScriptRules(packMatcher),
    createStatisticalTypoRule(packMatcher),
    createRepeatedWordRule(),
    ...createPoliticalRules(),
    ...createDateRules(),
    ...createNumberRules(),
    ...createFormatRules(),
    ...createPunctuationRules(),
    ...createPrivacyRules(),
  ];
}
