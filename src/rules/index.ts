import { createDateRules } from './date/index.js';
import { createFormatRules } from './format/index.js';
import type { PackMatcher } from './lexicon/pack-matcher.js';
import { createNumberRules } from './number/index.js';
import { createPoliticalRules } from './political/index.js';
import { createPrivacyRules } from './privacy/index.js';
import { createPunctuationRules } from './punctuation/index.js';
import { createRepeatedWordRule } from './repetition/repeated-word.js';
import type { Rule } from './rule.js';
import { createScriptRules } from './script/index.js';

/**
 * Every rule family written in code, in report order (pack rules come first, from the
 * loaded packs). Each family folder loads its own data from dictionaries/. The packs'
 * matcher lends the script rule the words the packs correct.
 */
export function createBuiltinRules(packMatcher?: PackMatcher): Rule[] {
  return [
    ...createScriptRules(packMatcher),
    createRepeatedWordRule(),
    ...createPoliticalRules(),
    ...createDateRules(),
    ...createNumberRules(),
    ...createFormatRules(),
    ...createPunctuationRules(),
    ...createPrivacyRules(),
  ];
}
