import type { Rule } from '../rule.js';
import { hanYear, HAN_YEAR_DIGITS } from '../../text/numerals.js';
import { EARTHLY_BRANCHES, HEAVENLY_STEMS, isSexagenaryPair, sexagenaryYear, ZODIAC_ANIMALS, zodiacOfBranch, zodiacOfYear } from '../../text/dates/sexagenary.js';

const YEAR = `[0-9]{4}|[一二][${HAN_YEAR_DIGITS}]{3}`;
const LUNAR = '(?:农历|夏历|阴历)?';
/** A 干支 and/or an animal, then 年: 丙午年, 马年, 丙午马年. */
const NAME = `([${HEAVENLY_STEMS}][${EARTHLY_BRANCHES}])?([${ZODIAC_ANIMALS}])?年`;
/** 2026年丙午年, 2026年（农历丙午马年）, 2025年是蛇年: the year, then its lunar name. */
const YEAR_THEN_NAME = new RegExp(`(?<![0-9])(${YEAR})年[（(]?(?:是|为|即)?${LUNAR}${NAME}`, 'g');
/** 农历丙午年（2026年）, 乙巳蛇年（公元2025年）: the lunar name, then the year in brackets. */
const NAME_THEN_YEAR = new RegExp(`${NAME}[（(](?:公元)?(${YEAR})年?[)）]`, 'g');
/** After a 干支 of the year before, a lunar month of its end (2026年（乙巳年腊月）) is right. */
const YEAR_END_MONTH = /^[（(]?(?:冬月|腊月|十一月|十二月)/;

const MESSAGES = {
  wrongYear: '“{{written}}”与公历{{year}}年不符：{{year}}年（自春节起）是农历{{right}}年。',
  animalMismatch: '“{{written}}”的地支与生肖不相配：{{branch}}年是{{animal}}年，应为“{{fixed}}”。',
};

/**
 * A lunar year named beside its Gregorian year must be that year's: 2019年乙亥年 → 己亥年,
 * 2026年蛇年 → 马年, 丙午羊年 → 丙午马年. The cycle is arithmetic (src/text/dates/sexagenary.ts);
 * only a name written right beside the year, or the year in brackets after the name, is read,
 * so 2024年甲午战争130周年 (a name of an event, no 年 after it) stays silent.
 */
export function createSexagenaryYearRule(): Rule {
  return {
    id: 'date/sexagenary-year',
    category: 'date',
    severity: 'error',
    description: '干支纪年、生肖与公历年份不符（2019年乙亥年）',
    messages: MESSAGES,
    check(doc, report) {
      const text = doc.text;
      const judge = (yearText: string, ganzhi: string | undefined, animal: string | undefined, nameStart: number, after: string) => {
        if (!ganzhi && !animal) return;
        const year = /^[0-9]/.test(yearText) ? Number(yearText) : hanYear(yearText);
        if (year === undefined || year < 1000) return;
        const nameEnd = nameStart + (ganzhi?.length ?? 0) + (animal?.length ?? 0);
        const written = `${text.slice(nameStart, nameEnd)}年`;
        if (ganzhi && animal && zodiacOfBranch(ganzhi[1]!) !== animal) {
          const fixedAnimal = zodiacOfBranch(ganzhi[1]!)!;
          // Which of the two is wrong is told by the year: if the 干支 fits it, the animal is the slip.
          if (sexagenaryYear(year) === ganzhi || sexagenaryYear(year - 1) === ganzhi) {
            report({ start: nameStart, end: nameEnd, messageId: 'animalMismatch', data: { written, branch: ganzhi[1]!, animal: fixedAnimal, fixed: `${ganzhi}${fixedAnimal}年` }, suggestions: [`${ganzhi}${fixedAnimal}`] });
            return;
          }
        }
        const fits = (y: number) => (!ganzhi || (isSexagenaryPair(ganzhi[0]!, ganzhi[1]!) && sexagenaryYear(y) === ganzhi)) && (!animal || zodiacOfYear(y) === animal);
        if (fits(year) || (fits(year - 1) && YEAR_END_MONTH.test(after))) return;
        const right = `${ganzhi ? sexagenaryYear(year) : ''}${animal ? zodiacOfYear(year) : ''}`;
        report({ start: nameStart, end: nameEnd, messageId: 'wrongYear', data: { written, year: String(year), right: `${sexagenaryYear(year)}${zodiacOfYear(year)}` }, suggestions: [right] });
      };
      for (const m of text.matchAll(YEAR_THEN_NAME)) {
        const [whole, yearText, ganzhi, animal] = m;
        const nameStart = m.index + whole.length - 1 - (ganzhi?.length ?? 0) - (animal?.length ?? 0);
        judge(yearText!, ganzhi, animal, nameStart, text.slice(m.index + whole.length, m.index + whole.length + 4));
      }
      for (const m of text.matchAll(NAME_THEN_YEAR)) {
        const [, ganzhi, animal, yearText] = m;
        judge(yearText!, ganzhi, animal, m.index, '');
      }
    },
  };
}
