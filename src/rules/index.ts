import { createDateRules } from './date/index.js';
import { createFormatRules } from './format/index.js';
import { createHygieneRules } from './hygiene/index.js';
import { createFixedExpressionRule } from './lexicon/fixed-expression.js';
import type { PackMatcher } from './lexicon/pack-matcher.js';
import { createNumberRules } from './number/index.js';
import { createPoliticalRules } from './political/index.js';
import { createPrivacyRules } from './privacy/index.js';
import { createPunctuationRules } from './punctuation/index.js';
import { createRepeatedWordRule } from './repetition/repeated-word.js';
import type { Rule } from './rule.js';
import { createScriptRules } from './script/index.js';
import { createStatisticalTypoRule } from './spelling/statistical-typo.js';

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
    createFixedExpressionRule(),
    ...createDateRules(),
    ...createNumberRules(),
    ...createFormatRules(),
    ...createPunctuationRules(),
    ...createPrivacyRules(),
    ...createHygieneRules(),
  ];
}
