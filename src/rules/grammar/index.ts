import type { Rule } from '../rule.js';
import { loadGrammarLexicon, type GrammarLexicon } from './lexicon.js';
import { createStructuralParticleRule } from './structural-particle.js';

/** Grammar: the structural particles 的/地/得 where a closed list of patterns decides. */
export function createGrammarRules(lexicon: GrammarLexicon = loadGrammarLexicon()): Rule[] {
  return [createStructuralParticleRule(lexicon)];
}
