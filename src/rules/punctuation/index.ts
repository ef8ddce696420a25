import type { Rule } from '../rule.js';
import { createApproximateNumberRule } from './approximate-number.js';
import { createDashRule } from './dash.js';
import { createDoubledMarkRule } from './doubled-mark.js';
import { createEllipsisRule } from './ellipsis.js';
import { createHalfWidthRule } from './half-width.js';
import { loadPunctuationLexicon, type PunctuationLexicon } from './lexicon.js';
import { createNestedPairRule } from './nested-pair.js';
import { createRangeTildeRule } from './range-tilde.js';
import { createUnbalancedPairRule } from './unbalanced-pair.js';

/** What the punctuation rules need of other families, wired by the registry. */
export interface PunctuationDeps {
  /** A place name of two to four characters (海南, 吐鲁番). */
  isPlaceName?: (name: string) => boolean;
}

/** Punctuation (GB/T 15834): paired marks, half-width marks in Chinese text, doubled marks, 概数 with 顿号, ellipsis and dash forms. */
export function createPunctuationRules(deps: PunctuationDeps = {}, lexicon: PunctuationLexicon = loadPunctuationLexicon()): Rule[] {
  return [
    createUnbalancedPairRule(),
    createNestedPairRule(),
    createHalfWidthRule(),
    createDoubledMarkRule(),
    createEllipsisRule(lexicon),
    createApproximateNumberRule(lexicon),
    createDashRule(lexicon, deps.isPlaceName),
    createRangeTildeRule(),
  ];
}
