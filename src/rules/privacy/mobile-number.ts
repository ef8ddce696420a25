import type { Rule } from '../rule.js';
import { labelledBefore, type PrivacyLexicon } from './lexicon.js';
import { mask } from './mask.js';

/**
 * 11 digits from an allocated mainland 网号 (dictionaries/privacy/mobile-prefixes.txt),
 * optionally +86/0086/86 first, optionally grouped 3-4-4 by a space or hyphen. The
 * prefixes go into one character class per leading pair (13[0-9], 14[5-9] …).
 */
function mobilePattern(prefixes: readonly string[]): RegExp {
  const thirdDigits = new Map<string, string>();
  for (const p of prefixes) thirdDigits.set(p.slice(0, 2), (thirdDigits.get(p.slice(0, 2)) ?? '') + p[2]);
  const networks = [...thirdDigits].map(([pair, digits]) => `${pair}[${digits}]`).join('|');
  return new RegExp(`(?<![0-9A-Za-z])(?:(?:\\+|00)?86[- ]?)?((?:${networks})[- ]?\\d{4}[- ]?\\d{4})(?![0-9A-Za-z])`, 'g');
}

const MESSAGES = {
  mobileNumber: `公开文本中出现完整的手机号码（{{masked}}），属于个人隐私，发布前应隐去中间四位。`,
};

/** How far before a number a personal label (联系人：张三，联系电话：…) still makes it a person's. */
const PERSONAL_WINDOW = 60;

/** A number published as an office's contact line (举报电话：…), with no person named before it on its line. */
function isContactLine(text: string, start: number, lexicon: PrivacyLexicon): boolean {
  if (!labelledBefore(text, start, lexicon.contactLineLabels)) return false;
  return !labelledBefore(text, start, lexicon.personalLabels, PERSONAL_WINDOW) && !labelledBefore(text, start, lexicon.idLabels, PERSONAL_WINDOW);
}

/**
 * Full mainland mobile numbers. Landlines (0839-5222343) and hotlines (12345) do not
 * match; quantities (15000000000元) and placeholder runs (13800000000) are left alone, and
 * so are official contact lines (举报电话：13812345678), which are published on purpose.
 */
export function createMobileNumberRule(lexicon: PrivacyLexicon): Rule {
  const mobile = mobilePattern(lexicon.mobilePrefixes);
  return {
    id: 'privacy/mobile-number',
    category: 'privacy',
    severity: 'error',
    description: '公开文本中的完整手机号码',
    messages: MESSAGES,
    check(doc, report) {
      const text = doc.text;
      for (const m of text.matchAll(mobile)) {
        const end = m.index + m[0].length;
        const digits = m[1]!.replace(/\D/g, '');
        if (/(\d)\1{7}$/.test(digits)) continue;
        if (lexicon.quantityUnits.some((u) => text.startsWith(u, end))) continue;
        if (isContactLine(text, m.index, lexicon)) continue;
        const prefixDigits = m[0].length - m[1]!.length > 0 ? m[0].slice(0, m[0].length - m[1]!.length).replace(/\D/g, '').length : 0;
        const masked = mask(m[0], prefixDigits + 3, 4);
        report({
          start: m.index,
          end,
          messageId: 'mobileNumber', data: { masked },
          suggestions: [masked],
        });
      }
    },
  };
}
