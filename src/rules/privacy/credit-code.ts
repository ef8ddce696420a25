import type { Rule } from '../rule.js';
import { creditCodeCheckCharacter, organizationCodeCheckCharacter } from './checksums.js';
import { labelledBefore, type PrivacyLexicon } from './lexicon.js';

const CODE = /(?<![0-9A-Za-z])[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Za-z])/g;

const MESSAGES = {
  checkFails: `统一社会信用代码“{{code}}”校验不通过：{{problems}}（GB 32100-2015）。请核对是否录入有误；个别早期试点地区代码属合法例外。`,
};

/**
 * 统一社会信用代码 that fail their check characters. An organisation's code is public
 * information, so a valid one is never reported; an invalid one is a typo to verify
 * (a warning: a few early pilot-region codes are legal and still fail the check).
 */
export function createCreditCodeRule(lexicon: PrivacyLexicon): Rule {
  return {
    id: 'privacy/credit-code',
    category: 'privacy',
    severity: 'warning',
    description: '统一社会信用代码校验位不符',
    messages: MESSAGES,
    check(doc, report) {
      const text = doc.text;
      for (const m of text.matchAll(CODE)) {
        const code = m[0];
        if (!labelledBefore(text, m.index, lexicon.creditCodeLabels)) continue;
        const expected = creditCodeCheckCharacter(code.slice(0, 17));
        const orgExpected = organizationCodeCheckCharacter(code.slice(8, 16));
        const problems: string[] = [];
        if (expected !== code[17]) problems.push(`第 18 位校验码应为“${expected}”`);
        if (orgExpected !== code[16]) problems.push(`组织机构代码（第 9–17 位）校验码应为“${orgExpected}”`);
        if (problems.length === 0) continue;
        report({
          start: m.index,
          end: m.index + code.length,
          messageId: 'checkFails', data: { code, problems: problems.join('；') },
          suggestions: [],
        });
      }
    },
  };
}
