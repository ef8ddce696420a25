import { readWordList } from '../../dictionaries.js';
import { alternatives, escapeRegExp } from '../regexp.js';
import { HAN_NUMBER_CHARS, HAN_ONE_TO_NINE, HAN_ONE_TO_TEN, HAN_YEAR_DIGITS, hanNumber, hanYear } from '../numerals.js';
import { SENTENCE_ENDS } from '../sentences.js';
import { WEEKDAY_CHARS, type Ymd } from './calendar.js';

/** How a date is written: 2024年6月26日, 2024-06-26 / 2024.6.26 / 2024/6/26, or 二〇二四年六月二十六日. */
export type DateForm = 'arabic' | 'numeric' | 'han';

/**
 * One date in the text, with what it states. A part that is not written is undefined,
 * except in a range end that omits it (6月10日至20日): there the month and year come from
 * the range's start and `inherited` is set.
 */
export interface DateMention {
  start: number;
  end: number;
  form: DateForm;
  year?: number;
  month?: number;
  day?: number;
  /** The year was written in this mention (or in the start of its range, for an end that omits it). */
  yearWritten: boolean;
  /** For a range end that omits its month or year: the start it takes them from. */
  inherited?: DateMention;
  /**
   * When no year is written: the year of the nearest preceding date that states year and
   * month (or of a bare year such as 2020年 earlier in the same sentence).
   */
  contextYear?: number;
  /** Where the mention that gave `contextYear` ends. */
  contextYearFrom?: number;
}

/** Two dates joined by 至/到/—/～/-: 2024年3月6日—2024年6月22日, 6月10日至20日, 2023—2025年. */
export interface DateRange {
  start: number;
  end: number;
  from: DateMention;
  to: DateMention;
  separator: string;
}

export interface ParsedDates {
  /** Every date, sorted by start; range ends written as a bare day (20日) included. */
  mentions: DateMention[];
  ranges: DateRange[];
  /** Mentions by their start offset. */
  byStart: Map<number, DateMention>;
}

const SP = '[ \\t\\u3000]?';

/** The patterns built from the date word lists (dictionaries/date/), once, when the first text is parsed. */
interface ListPatterns {
  /** 2024年6月26日, 6月26日, 2024年6月, 6月; 号 for 日 unless it starts 号线, 号楼… (6月12号线). */
  arabic: RegExp;
  /** A range end written as a bare day: 20日, 20号. */
  bareDay: RegExp;
  /** A lunar date (农历八月十五日) is not a Gregorian one. */
  lunarBefore: RegExp;
  /** Version labels before a dotted number (版本2024.1.1, V2024.1.2). */
  versionBefore: RegExp;
}

let listPatterns: ListPatterns | undefined;

function patterns(): ListPatterns {
  if (listPatterns) return listPatterns;
  const day = `号(?![${readWordList('date/hao-not-day.txt').map(escapeRegExp).join('')}])`;
  return (listPatterns = {
    arabic: new RegExp(`(?<!\\d)(?:(\\d{4})${SP}年${SP})?(\\d{1,2})${SP}月(?:${SP}(\\d{1,2})${SP}(?:日|${day}))?`, 'g'),
    bareDay: new RegExp(`(\\d{1,2})[ \\t]?(?:日|${day})`, 'y'),
    lunarBefore: new RegExp(`(?:${alternatives(readWordList('date/lunar-markers.txt'))})[ \\t]?$`),
    versionBefore: new RegExp(`(?:${alternatives(readWordList('date/version-markers.txt'))})[ \\t:：]?$`),
  });
}
// 2024年 alone (2024年第一季度, 2023—2025年, 2025学年).
const YEAR_ONLY = new RegExp(`(?<!\\d)(\\d{4})${SP}学?年(?!${SP}\\d{1,2}${SP}月)`, 'g');
// 2024-06-26, 2024.6.26, 2024/6/26: a four-digit year 19xx/20xx and two more parts, not inside a longer code or number.
const NUMERIC = /(?<![\w.．/:\-－])((?:19|20)\d{2})([-./])(\d{1,2})\2(\d{1,2})(?![\w.．/:\-－%])/g;
// 二〇二四年六月二十六日, 二〇二四年六月, 六月二十六日 (a Chinese-numeral month alone is not taken: 一月一次).
/** A month in Chinese numerals (一 … 十二), as a regular expression. */
export const HAN_MONTH_NUMBER = `十[一二]?|[${HAN_ONE_TO_NINE}]`;
/** A day of the month in Chinese numerals (一 … 三十一), as a regular expression. */
export const HAN_DAY_NUMBER = `[一二三]?十[${HAN_ONE_TO_NINE}]?|[${HAN_ONE_TO_NINE}]`;
const HAN_DAY = `(?:${HAN_DAY_NUMBER})`;
const HAN_MONTH = new RegExp(`(?<![${HAN_NUMBER_CHARS}])(${HAN_MONTH_NUMBER})$`);
const HAN_YEAR_BEFORE = new RegExp(`([${HAN_YEAR_DIGITS}]{4})年$`);
const HAN_DAY_AFTER = new RegExp(`(${HAN_DAY})日`, 'y');

/** The Chinese-numeral date whose 月 stands at `at`: its month, and the year before and the day after when written. */
function hanDateEndingAt(text: string, at: number): { start: number; end: number; month: number; yearText?: string; dayText?: string } | undefined {
  const before = text.slice(Math.max(0, at - 8), at);
  const month = HAN_MONTH.exec(before);
  if (!month) return undefined;
  let start = at - month[1]!.length;
  const year = HAN_YEAR_BEFORE.exec(text.slice(Math.max(0, start - 5), start));
  if (year) start -= year[0].length;
  else if (start > 0 && HAN_NUMBER_CHARS.includes(text[start - 1]!)) return undefined;
  HAN_DAY_AFTER.lastIndex = at + 1;
  const day = HAN_DAY_AFTER.exec(text);
  return {
    start,
    end: day ? HAN_DAY_AFTER.lastIndex : at + 1,
    month: hanNumber(month[1]!)!,
    ...(year && { yearText: year[1]! }),
    ...(day && { dayText: day[1]! }),
  };
}


export const RANGE_MARKS = '至|到|——|—|–|－|-|～|~|〜';
// After a range start: an optional weekday note, 起, then the mark.
const RANGE_SEP = new RegExp(`(?:${SP}[（(](?:星期|周)[${WEEKDAY_CHARS}][）)])?${SP}起?${SP}(${RANGE_MARKS})${SP}`, 'y');
const BARE_HAN_DAY = new RegExp(`(${HAN_DAY})日`, 'y');
// 2023—2025年, 2024-2025学年: a bare year, a mark, then a year (taken as a mention by YEAR_ONLY).
const BARE_YEAR_BEFORE_RANGE = new RegExp(`(?<![\\d.．\\w])((?:19|20)\\d{2})${SP}(?=(?:${RANGE_MARKS})${SP}(?:19|20)\\d{2}${SP}(?:学)?年)`, 'g');

/** How far back a bare year (2020年) gives its year to a later date in the same sentence. */
const YEAR_ONLY_REACH = 120;

/** The dates as written (no ranges, no years from context yet), in text order. */
function collectMentions(text: string): DateMention[] {
  const mentions: DateMention[] = [];
  const { arabic, lunarBefore, versionBefore } = patterns();
  for (const m of text.matchAll(arabic)) {
    const year = m[1] === undefined ? undefined : Number(m[1]);
    // 1.5月 is a decimal, but 1.2024年6月 is a list number before a date.
    if (year === undefined && (text[m.index - 1] === '.' || text[m.index - 1] === '．')) continue;
    mentions.push({
      start: m.index,
      end: m.index + m[0].length,
      form: 'arabic',
      ...(year !== undefined && { year }),
      month: Number(m[2]),
      ...(m[3] !== undefined && { day: Number(m[3]) }),
      yearWritten: year !== undefined,
    });
  }
  for (const m of text.matchAll(YEAR_ONLY)) {
    mentions.push({ start: m.index, end: m.index + m[0].length, form: 'arabic', year: Number(m[1]), yearWritten: true });
  }
  for (const m of text.matchAll(BARE_YEAR_BEFORE_RANGE)) {
    mentions.push({ start: m.index, end: m.index + m[1]!.length, form: 'arabic', year: Number(m[1]), yearWritten: true });
  }
  for (const m of text.matchAll(NUMERIC)) {
    const month = Number(m[3]);
    const day = Number(m[4]);
    if (month < 1 || month > 12 || day < 1 || day > 31) continue;
    if (m[2] === '.' && versionBefore.test(text.slice(Math.max(0, m.index - 3), m.index))) continue;
    mentions.push({ start: m.index, end: m.index + m[0].length, form: 'numeric', year: Number(m[1]), month, day, yearWritten: true });
  }
  // Chinese numerals: anchored on each 月 (a regex tried at every position is ten times slower).
  for (let at = text.indexOf('月'); at !== -1; at = text.indexOf('月', at + 1)) {
    if (at === 0 || !HAN_ONE_TO_TEN.includes(text[at - 1]!)) continue;
    const m = hanDateEndingAt(text, at);
    if (!m) continue;
    const year = m.yearText === undefined ? undefined : hanYear(m.yearText);
    if (m.yearText !== undefined && year === undefined) continue;
    if (year === undefined && m.dayText === undefined) continue;
    if (year === undefined && lunarBefore.test(text.slice(Math.max(0, m.start - 3), m.start))) continue;
    const day = m.dayText === undefined ? undefined : hanNumber(m.dayText);
    mentions.push({
      start: m.start,
      end: m.end,
      form: 'han',
      ...(year !== undefined && { year }),
      month: m.month,
      ...(day !== undefined && { day }),
      yearWritten: year !== undefined,
    });
  }
  return mentions.sort((a, b) => a.start - b.start);
}

/** Finds every date and range in `text`. Linear: a few global regex passes, then one walk. */
export function parseDates(text: string): ParsedDates {
  const mentions = collectMentions(text);
  const byStart = new Map<number, DateMention>();
  for (const m of mentions) byStart.set(m.start, m);

  // Ranges: a mark right after a date, then a date or a bare day.
  const ranges: DateRange[] = [];
  const bareDays: DateMention[] = [];
  for (const from of mentions) {
    RANGE_SEP.lastIndex = from.end;
    const sep = RANGE_SEP.exec(text);
    if (!sep) continue;
    const at = RANGE_SEP.lastIndex;
    let to = byStart.get(at);
    if (to && to.year === undefined && to.month === undefined) to = undefined;
    if (!to && from.day !== undefined && from.month !== undefined) {
      const re = from.form === 'han' ? BARE_HAN_DAY : patterns().bareDay;
      re.lastIndex = at;
      const d = re.exec(text);
      const day = d ? (from.form === 'han' ? hanNumber(d[1]!) : Number(d[1])) : undefined;
      if (d && day !== undefined && !/\d/.test(text[at + d[0].length] ?? '')) {
        to = { start: at, end: at + d[0].length, form: from.form, month: from.month, day, yearWritten: false, inherited: from };
        if (from.year !== undefined) to.year = from.year;
        bareDays.push(to);
      }
    }
    if (!to) continue;
    if (to.year === undefined && from.year !== undefined && to.month !== undefined) {
      // An end month before the start month runs into the next year (2024年12月30日至1月3日).
      to.year = from.month !== undefined && to.month < from.month ? from.year + 1 : from.year;
      to.inherited = from;
    }
    if (to.inherited) to.yearWritten = from.yearWritten;
    ranges.push({ start: from.start, end: to.end, from, to, separator: sep[1]! });
  }
  if (bareDays.length > 0) {
    mentions.push(...bareDays);
    mentions.sort((a, b) => a.start - b.start);
    for (const m of bareDays) byStart.set(m.start, m);
  }

  // Years from context, for dates that do not write theirs.
  let lastFull: { year: number; end: number } | undefined;
  let lastBare: { year: number; end: number } | undefined;
  for (const m of mentions) {
    if (m.yearWritten) {
      if (m.year === undefined) continue;
      if (m.month !== undefined) lastFull = { year: m.year, end: m.end };
      else lastBare = { year: m.year, end: m.end };
      continue;
    }
    if (m.inherited && m.inherited.contextYear !== undefined) {
      m.contextYear = m.inherited.contextYear;
      m.contextYearFrom = m.inherited.contextYearFrom;
      continue;
    }
    const bare =
      lastBare &&
      (!lastFull || lastBare.end > lastFull.end) &&
      m.start - lastBare.end <= YEAR_ONLY_REACH &&
      !SENTENCE_ENDS.test(text.slice(lastBare.end, m.start));
    const source = bare ? lastBare : lastFull;
    if (source) {
      m.contextYear = source.year;
      m.contextYearFrom = source.end;
    }
  }
  return { mentions, ranges, byStart };
}

/** The first full date (year, month, day) inside `[start, end)` of `text`, in any of the three forms. */
export function parseFullDate(text: string, start: number, end: number): (Ymd & { start: number; end: number }) | undefined {
  // Only dates that write their own year: the range and context-year passes of parseDates never touch those.
  const m = collectMentions(text.slice(start, end)).find((d) => d.yearWritten && d.day !== undefined);
  return m && { year: m.year!, month: m.month!, day: m.day!, start: start + m.start, end: start + m.end };
}
