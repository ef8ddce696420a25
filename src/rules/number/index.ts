import type { Rule } from '../rule.js';
import { createApproximationRule } from './approximation.js';
import { createNegativeChangeRule } from './negative-change.js';
import { createDifferenceRule } from './difference.js';
import { createFullWidthDigitRule } from './full-width-digit.js';
import { loadNumberLexicon, type NumberLexicon } from './lexicon.js';
import { createMixedNumeralRule } from './mixed-numeral.js';
import { createObsoleteUnitRule } from './obsolete-unit.js';
import { createRangeUnitRule } from './range-unit.js';
import { createRateCountsRule } from './rate-counts.js';
import { createRateOver100Rule } from './rate-over-100.js';
import { createTotalPartsRule } from './total-parts.js';
import { createYearZeroRule } from './year-zero.js';

/** Numbers: totals, differences and rates that do not add up; GB/T 15835 number forms; retired unit characters; approximate numbers marked twice, decreases in multiples, changes with a minus sign. */
export function createNumberRules(lexicon: NumberLexicon = loadNumberLexicon()): Rule[] {
  return [
    createTotalPartsRule(lexicon),
    createDifferenceRule(lexicon),
    createRateCountsRule(lexicon),
    createRateOver100Rule(lexicon),
    createMixedNumeralRule(lexicon),
    createYearZeroRule(),
    createFullWidthDigitRule(),
    createRangeUnitRule(),
    createObsoleteUnitRule(lexicon),
    createApproximationRule(lexicon),
    createNegativeChangeRule(),
  ];
}
