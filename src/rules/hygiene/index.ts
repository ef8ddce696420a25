import type { Rule } from '../rule.js';
import { createCompatibilityCharRule } from './compatibility-char.js';
import { createInvisibleCharRule } from './invisible-char.js';
import { loadHygieneLexicon, type HygieneLexicon } from './lexicon.js';
import { createStraySpaceRule } from './stray-space.js';

/** Text hygiene: characters and spaces that look right but are not (invisible characters, radicals for characters, stray spaces). */
export function createHygieneRules(lexicon: HygieneLexicon = loadHygieneLexicon()): Rule[] {
  return [createInvisibleCharRule(lexicon), createCompatibilityCharRule(lexicon), createStraySpaceRule()];
}
