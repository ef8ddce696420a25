import type { Rule } from '../rule.js';

const FULL_WIDTH = /[０-９]/g;
const isDigit = (c: string | undefined) => c !== undefined && ((c >= '0' && c <= '9') || (c >= '０' && c <= '９'));
const isPoint = (c: string | undefined) => c === '.' || c === '．';

const MESSAGES = {
  mixedWidth: '“{{written}}”中全角与半角数字混用，阿拉伯数字应统一用半角（GB/T 15835-2011 5.1）。',
  fullWidth: '“{{written}}”为全角数字，阿拉伯数字应使用半角（GB/T 15835-2011 5.1）。',
};

/**
 * GB/T 15835-2011 5.1 (书写格式): Arabic digits are half-width. Flags full-width digits
 * (２０２４年) and numbers that mix the two widths (20２4); the fix converts the digits
 * (and a full-width decimal point between them) to half-width.
 */
export function createFullWidthDigitRule(): Rule {
  return {
    id: 'number/full-width-digit',
    category: 'number',
    severity: 'warning',
    description: '全角阿拉伯数字或全半角混用',
    messages: MESSAGES,
    check(doc, report) {
      const text = doc.text;
      let done = 0;
      for (const m of text.matchAll(FULL_WIDTH)) {
        if (m.index < done) continue;
        // The whole number around the full-width digit: digits of either width and points between digits.
        let start = m.index;
        while (isDigit(text[start - 1]) || (isPoint(text[start - 1]) && isDigit(text[start - 2]))) start--;
        let end = m.index + 1;
        while (isDigit(text[end]) || (isPoint(text[end]) && isDigit(text[end + 1]))) end++;
        done = end;
        const written = text.slice(start, end);
        const fixed = written.replace(FULL_WIDTH, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/．/g, '.');
        const mixed = /[0-9]/.test(written);
        report({
          start,
          end,
          messageId: mixed ? 'mixedWidth' : 'fullWidth',
          data: { written },
          suggestions: [fixed],
        });
      }
    },
  };
}
