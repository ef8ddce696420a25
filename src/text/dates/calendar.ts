/** Gregorian calendar arithmetic and Chinese numerals, for the date rules and the document facts. */

/** A calendar date; month and day are 1-based. */
export interface Ymd {
  year: number;
  month: number;
  day: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in `month` (1–12); February counts 29 days when `year` is unknown. */
export function daysInMonth(month: number, year?: number): number {
  if (month === 2) return year === undefined || isLeapYear(year) ? 29 : 28;
  return MONTH_DAYS[month - 1] ?? 0;
}

export function isValidYmd({ year, month, day }: Ymd): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(month, year);
}

/** Days since 1970-01-01 (proleptic Gregorian). */
export function dayNumber({ year, month, day }: Ymd): number {
  return Math.floor(Date.UTC(year, month - 1, day) / 86_400_000);
}

/** 0 = 星期日, 1 = 星期一 … 6 = 星期六. */
export function weekdayOf(date: Ymd): number {
  return (((dayNumber(date) + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

export function compareYmd(a: Ymd, b: Ymd): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** 2024年6月26日 */
export function formatYmd({ year, month, day }: Ymd): string {
  return `${year}年${month}月${day}日`;
}

export const WEEKDAY_NAMES = ['日', '一', '二', '三', '四', '五', '六'];

/** The weekday character (一…六, 日/天) as 0–6, or undefined. */
export function weekdayIndex(ch: string): number | undefined {
  if (ch === '日' || ch === '天') return 0;
  const i = WEEKDAY_NAMES.indexOf(ch);
  return i > 0 ? i : undefined;
}

const HAN_DIGITS: Record<string, number> = {
  〇: 0, 零: 0, '○': 0, Ｏ: 0, O: 0, '0': 0,
  一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** A year written digit by digit in Chinese numerals (二〇二四, 二零二四), or undefined. */
export function hanYear(s: string): number | undefined {
  let n = 0;
  for (const ch of s) {
    const d = HAN_DIGITS[ch];
    if (d === undefined) return undefined;
    n = n * 10 + d;
  }
  return s.length === 4 ? n : undefined;
}

/** A number from 1 to 99 in Chinese numerals (六, 十, 十二, 二十, 三十一), or undefined. */
export function hanNumber(s: string): number | undefined {
  const ten = s.indexOf('十');
  if (ten === -1) {
    const d = s.length === 1 ? HAN_DIGITS[s] : undefined;
    return d === undefined || d === 0 ? undefined : d;
  }
  const tensPart = s.slice(0, ten);
  const unitsPart = s.slice(ten + 1);
  const tens = tensPart === '' ? 1 : tensPart.length === 1 ? HAN_DIGITS[tensPart] : undefined;
  const units = unitsPart === '' ? 0 : unitsPart.length === 1 ? HAN_DIGITS[unitsPart] : undefined;
  if (tens === undefined || tens === 0 || units === undefined || (unitsPart !== '' && units === 0)) return undefined;
  return tens * 10 + units;
}

/**
 * A `Date` passed as the document date, as a calendar date. `Date.UTC`/ISO strings give
 * UTC midnight (read in UTC); any other time is read in local time (`new Date(2024, 5, 26)`).
 */
export function ymdOfDate(date: Date): Ymd {
  const utcMidnight = date.getUTCHours() === 0 && date.getUTCMinutes() === 0 && date.getUTCSeconds() === 0 && date.getUTCMilliseconds() === 0;
  return utcMidnight
    ? { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() }
    : { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}
