import type { PackMatcher } from '../../packs/pack-matcher.js';
import type { Rule } from '../rule.js';
import { loadNonStandardChars, type NonStandardChars } from './lexicon.js';
import { createTraditionalCharRule } from './traditional-char.js';

/** Script (字形): traditional and variant characters in simplified text. Word forms (异形词) are the packs' job. */
export function createScriptRules(packMatcher?: PackMatcher, chars: NonStandardChars = loadNonStandardChars()): Rule[] {
  return [createTraditionalCharRule(chars, packMatcher)];
}
