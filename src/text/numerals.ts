/**
 * Chinese numerals: the one table of their values, the character classes rules build
 * their patterns from, parsing (hanNumber, hanYear) and formatting (hanDigit, hanTens).
 * No other file spells out a numeral table (checked by test/architecture.test.ts).
 */

/** 〇 … 九 in order: the index is the value. */
const DIGIT_ORDER = '〇一二三四五六七八九';

/** Every digit character and its value: 〇 and 零 are 0, 两 is 2. */
export const HAN_DIGIT_VALUES: ReadonlyMap<string, number> = new Map([...[...DIGIT_ORDER].map((ch, value) => [ch, value] as const), ['零', 0], ['两', 2]]);

/** Multipliers and their factors (十 百 千 万 亿). */
export const HAN_MULTIPLIER_VALUES: ReadonlyMap<string, number> = new Map([
  ['十', 10],
  ['百', 100],
  ['千', 1000],
  ['万', 1e4],
  ['亿', 1e8],
]);

// Character classes as strings, for regular expressions and `includes` tests.
/** 一 … 九. */
export const HAN_ONE_TO_NINE = DIGIT_ORDER.slice(1);
/** 一 … 九 and 十: the digits of 序号 and of months and days. */
export const HAN_ONE_TO_TEN = `${HAN_ONE_TO_NINE}十`;
/** 〇 and 零, the two ways to write zero. */
export const HAN_ZEROS = '〇零';
/** 十 百 千 万 亿. */
export const HAN_MULTIPLIERS = [...HAN_MULTIPLIER_VALUES.keys()].join('');
/** 十 百 千: the multipliers that may not follow Arabic digits (GB/T 15835-2011 5.3). */
export const HAN_SMALL_MULTIPLIERS = HAN_MULTIPLIERS.slice(0, 3);
/** The words that may follow an Arabic number as its multiplier (3000万, 1.2亿, 2万亿), longest first, with their factors. */
export const ARABIC_MULTIPLIER_WORDS: readonly (readonly [string, number])[] = [
  ['万亿', 1e12],
  ['亿', 1e8],
  ['万', 1e4],
];
/** What is written for 〇 by mistake: ○ (a circle), Ｏ O o (letters), 0 ０ (digits). */
export const ZERO_LOOKALIKES = '○ＯOo0０';
/** Any character of a Chinese number, zero lookalikes included (what may precede a year or a month written in Chinese). */
export const HAN_NUMBER_CHARS = `${HAN_ZEROS}${ZERO_LOOKALIKES}${HAN_ONE_TO_NINE}${HAN_MULTIPLIERS}`;
/** A digit of a year written digit by digit (二〇二四, 二零二四, or with a lookalike zero). */
export const HAN_YEAR_DIGITS = `${HAN_ZEROS}${ZERO_LOOKALIKES}${HAN_ONE_TO_NINE}`;
/** ASCII and full-width digits. */
export const ARABIC_DIGITS = '0123456789０１２３４５６７８９';

/** The digit's value (〇/零 0, 两 2), or undefined for anything else. */
export function hanDigitValue(ch: string): number | undefined {
  return HAN_DIGIT_VALUES.get(ch);
}

/** A year written digit by digit in Chinese numerals (二〇二四, 二零二四, 二○二四), or undefined. */
export function hanYear(s: string): number | undefined {
  if (s.length !== 4) return undefined;
  let n = 0;
  for (const ch of s) {
    const d = ch === '两' ? undefined : ZERO_LOOKALIKES.includes(ch) ? 0 : HAN_DIGIT_VALUES.get(ch);
    if (d === undefined) return undefined;
    n = n * 10 + d;
  }
  return n;
}

/** A number from 1 to 99 in Chinese numerals (六, 十, 十二, 二十, 三十一), or undefined. */
export function hanNumber(s: string): number | undefined {
  const digit = (part: string) => (part.length === 1 && part !== '两' ? HAN_DIGIT_VALUES.get(part) : undefined);
  const ten = s.indexOf('十');
  if (ten === -1) {
    const d = digit(s);
    return d === undefined || d === 0 ? undefined : d;
  }
  const tensPart = s.slice(0, ten);
  const unitsPart = s.slice(ten + 1);
  const tens = tensPart === '' ? 1 : digit(tensPart);
  const units = unitsPart === '' ? 0 : digit(unitsPart);
  if (tens === undefined || tens === 0 || units === undefined || (unitsPart !== '' && units === 0)) return undefined;
  return tens * 10 + units;
}

/** 0–9 as 〇 … 九. */
export function hanDigit(value: number): string {
  return DIGIT_ORDER[value]!;
}

/** The tens of a number from 10 to 99 as written before its units: 1 → 十, 3 → 三十. */
export function hanTens(tens: number): string {
  return tens === 1 ? '十' : `${hanDigit(tens)}十`;
}

/** 1–99 in Chinese numerals (一, 十, 十二, 二十, 三十一); other numbers in Arabic digits. */
export function formatHanNumber(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n);
  return n < 10 ? hanDigit(n) : `${hanTens(Math.floor(n / 10))}${n % 10 ? hanDigit(n % 10) : ''}`;
}

/** A count from 1 to 299 in Chinese numerals (七十五, 一百, 一百零五, 一百一十, 二百), or undefined. */
export function hanCount(s: string): number | undefined {
  const hundred = s.indexOf('百');
  if (hundred === -1) return hanNumber(s);
  const head = s.slice(0, hundred);
  const hundreds = head === '' || head === '一' ? 100 : head === '二' ? 200 : undefined;
  if (hundreds === undefined) return undefined;
  const rest = s.slice(hundred + 1);
  if (rest === '') return hundreds;
  if (rest.length === 2 && HAN_ZEROS.includes(rest[0]!)) {
    const units = hanNumber(rest[1]!);
    return units === undefined ? undefined : hundreds + units;
  }
  const tens = hanNumber(rest.startsWith('十') ? `一${rest}` : rest);
  return tens === undefined || tens < 10 ? undefined : hundreds + tens;
}

/** 1–299 as official text writes a count in Chinese numerals (七十五, 一百零五, 一百一十); undefined otherwise. */
export function formatHanCount(n: number): string | undefined {
  if (!Number.isInteger(n) || n < 1 || n > 299) return undefined;
  if (n < 100) return formatHanNumber(n);
  const head = `${hanDigit(Math.floor(n / 100))}百`;
  const rest = n % 100;
  if (rest === 0) return head;
  if (rest < 10) return `${head}零${hanDigit(rest)}`;
  return `${head}${rest < 20 ? '一' : ''}${formatHanNumber(rest)}`;
}
