import type { Rule } from '../rule.js';
import { createBankCardRule } from './bank-card.js';
import { createCreditCodeRule } from './credit-code.js';
import { createIdNumberRule } from './id-number.js';
import { loadPrivacyLexicon, type PrivacyLexicon } from './lexicon.js';
import { createMobileNumberRule } from './mobile-number.js';

/**
 * The privacy family: personal numbers that must be masked before publication. None is
 * fixed automatically: whether a number is a person's or an office's published line is
 * the editor's call, and a mask applied unseen destroys the number for good.
 */
export function createPrivacyRules(lexicon: PrivacyLexicon = loadPrivacyLexicon()): Rule[] {
  const rules = [createIdNumberRule(lexicon), createMobileNumberRule(lexicon), createBankCardRule(lexicon), createCreditCodeRule(lexicon)];
  return rules.map((rule) => ({ ...rule, autofix: false }));
}
