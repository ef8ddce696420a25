import type { Rule } from '../rule.js';
import { passesLuhn } from './checksums.js';
import { labelledBefore, type PrivacyLexicon } from './lexicon.js';
import { mask } from './mask.js';

// 16–19 digits, plain or in groups of four separated by a space or hyphen.
const CARD = /(?<![0-9A-Za-z])\d{4}(?:[ -]?\d{4}){3}(?:[ -]?\d{1,3})?(?![0-9A-Za-z])/g;

const MESSAGES = {
  bankCard: `公开文本中出现完整的银行卡号（{{masked}}），属于个人隐私，发布前应去标识化处理。`,
};

/**
 * Bank card and account numbers: Luhn-valid and introduced by a word such as 卡号 or
 * 账号 just before them, since the Luhn check alone passes one random number in ten.
 */
export function createBankCardRule(lexicon: PrivacyLexicon): Rule {
  return {
    id: 'privacy/bank-card',
    category: 'privacy',
    severity: 'error',
    description: '公开文本中的完整银行卡号',
    messages: MESSAGES,
    check(doc, report) {
      const text = doc.text;
      for (const m of text.matchAll(CARD)) {
        const digits = m[0].replace(/\D/g, '');
        if (digits.length < 16 || digits.length > 19 || !passesLuhn(digits)) continue;
        if (!labelledBefore(text, m.index, lexicon.bankCardLabels)) continue;
        const masked = mask(m[0], 4, 4);
        report({
          start: m.index,
          end: m.index + m[0].length,
          messageId: 'bankCard', data: { masked },
          suggestions: [masked],
        });
      }
    },
  };
}
