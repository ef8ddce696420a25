import type { Rule } from '../rule.js';
import { loadGrammarLexicon, type GrammarLexicon } from './lexicon.js';
import { createStructuralParticleRule } from './structural-particle.js';
import { createDoubleNegationRule } from './double-negation.js';

/** Grammar: the structural particles 的/地/得 where a closed list of patterns decides; a negation that contradicts 防止. */
export function createGrammarRules(lexicon: GrammarLexicon = loadGrammarLexicon()): Rule[] {
  return [createStructuralParticleRule(lexicon), createDoubleNegationRule(lexicon)];
}
