import type { Rule } from '../rule.js';
import { ARABIC_MULTIPLIER_WORDS, HAN_MULTIPLIER_VALUES, HAN_MULTIPLIERS, HAN_SMALL_MULTIPLIERS } from '../../text/numerals.js';
import type { NumberLexicon } from './lexicon.js';

// An Arabic number directly followed by 十, 百 or 千, and whatever numeral characters follow (4千, 1百零8, 3亿4千5百万).
const MIXED = new RegExp(`(?<![0-9A-Za-z.０-９])[0-9]+(?:\\.[0-9]+)?[${HAN_SMALL_MULTIPLIERS}][0-9${HAN_MULTIPLIERS}零]{0,12}`, 'g');
const SIMPLE = new RegExp(`^([0-9]+(?:\\.[0-9]+)?)([${HAN_SMALL_MULTIPLIERS}])(${ARABIC_MULTIPLIER_WORDS.map(([w]) => w).join('|')})?$`);
const SMALL_MULTIPLIER = new RegExp(`[${HAN_SMALL_MULTIPLIERS}]`);

const MESSAGES = {
  mixedNumeral: `“{{written}}”中阿拉伯数字与“十、百、千”混用。阿拉伯数字后只能用“万”“亿”作单位，应改用阿拉伯数字{{fix}}或全用汉字（GB/T 15835-2011 5.3）。`,
};

/**
 * GB/T 15835-2011 5.3: an Arabic number takes no 十/百/千 inside it; only 万 and 亿 may
 * follow Arabic digits (4000 or 四千, not 4千; 3000万, not 3千万). 10千米, 5千克 and
 * fixed words such as “2024十大” are units or names, not numbers
 * (dictionaries/number/digit-unit-exceptions.txt).
 */
export function createMixedNumeralRule(lexicon: NumberLexicon): Rule {
  return {
    id: 'number/mixed-numeral',
    category: 'number',
    severity: 'warning',
    description: '阿拉伯数字与“十、百、千”混用',
    messages: MESSAGES,
    check(doc, report) {
      const text = doc.text;
      for (const m of text.matchAll(MIXED)) {
        const at = m.index + m[0].search(SMALL_MULTIPLIER);
        if (lexicon.digitUnitExceptions.some((e) => text.startsWith(e, at))) continue;
        const written = m[0];
        const suggestion = simpleValue(written);
        report({
          start: m.index,
          end: m.index + written.length,
          messageId: 'mixedNumeral', data: { written, fix: suggestion ? `（${suggestion}）` : '' },
          ...(suggestion && { suggestions: [suggestion] }),
        });
      }
    },
  };
}

/** 4千 → 4000, 1.5千 → 1500, 3千万 → 3000万; undefined for anything more involved. */
function simpleValue(written: string): string | undefined {
  const m = SIMPLE.exec(written);
  if (!m) return undefined;
  const [int, frac = ''] = m[1]!.split('.');
  const zeros = Math.log10(HAN_MULTIPLIER_VALUES.get(m[2]!)!);
  if (frac.length > zeros) return undefined;
  const digits = `${int}${frac.padEnd(zeros, '0')}`.replace(/^0+(?=\d)/, '');
  return `${digits}${m[3] ?? ''}`;
}
