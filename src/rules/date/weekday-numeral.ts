import type { Rule } from '../rule.js';
import { hanDigit } from '../../text/numerals.js';
import type { DateLexicon } from './lexicon.js';

const MESSAGES = {
  arabicWeekday: '“{{written}}”应写作“{{fixed}}”：星期的名称是固定用语，用汉字数字，星期日不写作“星期7”（GB/T 15835-2011 4.2.3）。',
};

/**
 * A weekday written with an Arabic digit: 星期5 → 星期五, 礼拜3 → 礼拜三, 星期7 → 星期日.
 * Not after 每/一 (每星期5天 counts days) and not before another digit (星期12 is no weekday).
 */
export function createWeekdayNumeralRule(lexicon: DateLexicon): Rule {
  // Anchored on the literal word (a leading lookbehind would make the engine try every position).
  const pattern = /(星期|礼拜)([1-7])(?![0-9.０-９])/g;
  return {
    id: 'date/weekday-numeral',
    category: 'date',
    severity: 'warning',
    description: '星期名称用阿拉伯数字（星期5）',
    messages: MESSAGES,
    check(doc, report) {
      const text = doc.text;
      for (const m of text.matchAll(pattern)) {
        if (lexicon.perWeekMarkers.some((w) => m.index >= w.length && text.startsWith(w, m.index - w.length))) continue;
        const digit = Number(m[2]);
        const fixed = `${m[1]}${digit === 7 ? '日' : hanDigit(digit)}`;
        report({ start: m.index, end: m.index + m[0].length, messageId: 'arabicWeekday', data: { written: m[0], fixed }, suggestions: [fixed] });
      }
    },
  };
}
