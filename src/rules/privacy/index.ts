import type { Rule } from '../rule.js';
import { createBankCardRule } from './bank-card.js';
import { createCreditCodeRule } from './credit-code.js';
import { createIdNumberRule } from './id-number.js';
import { loadPrivacyLexicon, type PrivacyLexicon } from './lexicon.js';
import { createMobileNumberRule } from './mobile-number.js';

/** The privacy family: personal numbers that must be masked before publication. */
export function createPrivacyRules(lexicon: PrivacyLexicon = loadPrivacyLexicon()): Rule[] {
  return [createIdNumberRule(lexicon), createMobileNumberRule(lexicon), createBankCardRule(lexicon), createCreditCodeRule(lexicon)];
}
