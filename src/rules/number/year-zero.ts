import type { Rule } from '../rule.js';
import { HAN_NUMBER_CHARS, HAN_YEAR_DIGITS, ZERO_LOOKALIKES } from '../../text/numerals.js';

// Four Chinese numerals before 年, the first 一 or 二 (a year), with any form of zero among them.
const YEAR = new RegExp(`(?<![${HAN_NUMBER_CHARS}])[一二][${HAN_YEAR_DIGITS}]{3}年`, 'g');
const WRONG_ZERO = new RegExp(`[零${ZERO_LOOKALIKES}]`, 'g');

const MESSAGES = {
  wrongZero: `“{{year}}”应写作“{{fixed}}”：用汉字书写年份时，“0”写作“〇”，不写作“零”“○”、字母O或数字0（GB/T 15835-2011 5.2.5）。`,
};

/**
 * GB/T 15835-2011 5.2.5: in a year written in Chinese numerals, zero is 〇 (二〇二四年),
 * not 零, ○ (a geometric circle), the letter O or the digit 0. 零 stays right in
 * quantities (三千零五十二), which never end in 年 this way.
 */
export function createYearZeroRule(): Rule {
  return {
    id: 'number/year-zero',
    category: 'number',
    severity: 'warning',
    description: '汉字年份中的“零”应写作“〇”',
    messages: MESSAGES,
    check(doc, report) {
      for (const m of doc.text.matchAll(YEAR)) {
        const year = m[0];
        const fixed = year.replace(WRONG_ZERO, '〇');
        if (fixed === year) continue;
        report({
          start: m.index,
          end: m.index + year.length,
          messageId: 'wrongZero', data: { year, fixed },
          suggestions: [fixed],
        });
      }
    },
  };
}
