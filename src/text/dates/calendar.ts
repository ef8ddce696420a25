/** Gregorian calendar arithmetic, for the date rules and the document facts. */

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

/** 2024-06-26 (the data's dates) → 2024年6月26日, for messages. */
export function chineseDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return formatYmd({ year: year!, month: month!, day: day! });
}

export const WEEKDAY_NAMES = ['日', '一', '二', '三', '四', '五', '六'];

/** Every character that names a weekday after 星期 or 周 (日 and 天 both mean Sunday). */
export const WEEKDAY_CHARS = '一二三四五六日天';

/** The weekday character (一…六, 日/天) as 0–6, or undefined. */
export function weekdayIndex(ch: string): number | undefined {
  if (ch === '日' || ch === '天') return 0;
  const i = WEEKDAY_NAMES.indexOf(ch);
  return i > 0 ? i : undefined;
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
