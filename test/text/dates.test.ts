import { describe, expect, it } from 'vitest';
import { isLeapYear, weekdayOf, ymdOfDate } from '../../src/text/dates/calendar.js';
import { hanNumber, hanYear } from '../../src/text/numerals.js';
import { parseDates, parseFullDate } from '../../src/text/dates/parse-dates.js';

/** Each mention as "text=year-month-day" (parts not stated shown as _; a year from context as ~year). */
function mentions(text: string): string[] {
  return parseDates(text).mentions.map((m) => {
    const year = m.year !== undefined ? String(m.year) : m.contextYear !== undefined ? `~${m.contextYear}` : '_';
    return `${text.slice(m.start, m.end)}=${year}-${m.month ?? '_'}-${m.day ?? '_'}`;
  });
}
const ranges = (text: string) => parseDates(text).ranges.map((r) => text.slice(r.start, r.end));

describe('parseDates', () => {
  it('reads the three written forms into one representation', () => {
    expect(mentions('2024年6月26日')).toEqual(['2024年6月26日=2024-6-26']);
    expect(mentions('2024-06-26、2024.6.26、2024/6/26')).toEqual(['2024-06-26=2024-6-26', '2024.6.26=2024-6-26', '2024/6/26=2024-6-26']);
    expect(mentions('二〇二四年六月二十六日')).toEqual(['二〇二四年六月二十六日=2024-6-26']);
    expect(mentions('二零二四年十二月三十一日')).toEqual(['二零二四年十二月三十一日=2024-12-31']);
    expect(mentions('6月26号')).toEqual(['6月26号=_-6-26']);
    expect(mentions('2024年6月')).toEqual(['2024年6月=2024-6-_']);
    expect(mentions('2024年第一季度')).toEqual(['2024年=2024-_-_']);
  });

  it('gives offsets into the text', () => {
    const text = '会议于2024年6月26日召开。';
    const [m] = parseDates(text).mentions;
    expect(text.slice(m!.start, m!.end)).toBe('2024年6月26日');
  });

  it('takes the year of a date without one from the nearest preceding date that states it', () => {
    expect(mentions('2024年3月1日起，6月26日止')).toEqual(['2024年3月1日=2024-3-1', '6月26日=~2024-6-26']);
    expect(mentions('2023年12月以来……2024年1月起……6月26日')).toEqual(['2023年12月=2023-12-_', '2024年1月=2024-1-_', '6月26日=~2024-6-26']);
    expect(mentions('延长2020年春节假期至2月2日')).toEqual(['2020年=2020-_-_', '2月2日=~2020-2-2']); // a bare year in the same sentence
    expect(mentions('2023年政府信息公开工作年度报告。6月26日')).toEqual(['2023年=2023-_-_', '6月26日=_-6-26']); // not across sentences
    expect(mentions('6月26日')).toEqual(['6月26日=_-6-26']);
  });

  it('reads ranges with 至/到/—/～/-, ends that omit month or year, and year spans', () => {
    expect(ranges('时间范围:2024年3月6日—2024年6月22日')).toEqual(['2024年3月6日—2024年6月22日']);
    expect(ranges('6月10日至20日')).toEqual(['6月10日至20日']);
    expect(ranges('5月10日—20日')).toEqual(['5月10日—20日']);
    expect(ranges('2024年3月6日～6月22日')).toEqual(['2024年3月6日～6月22日']);
    expect(ranges('2024年6月1日-6月30日')).toEqual(['2024年6月1日-6月30日']);
    expect(ranges('自2024年6月1日起至6月30日止')).toEqual(['2024年6月1日起至6月30日']);
    expect(ranges('6月10日（星期一）至14日（星期五）')).toEqual(['6月10日（星期一）至14日']);
    expect(ranges('2023—2025年')).toEqual(['2023—2025年']);
    expect(ranges('2024-2025学年')).toEqual(['2024-2025学年']);
    expect(ranges('六月十日至二十日')).toEqual(['六月十日至二十日']);
    expect(mentions('6月10日至20日')).toEqual(['6月10日=_-6-10', '20日=_-6-20']);
    expect(mentions('2024年12月30日至1月3日')).toEqual(['2024年12月30日=2024-12-30', '1月3日=2025-1-3']); // into the next year
  });

  it('does not take numbers that are not dates', () => {
    for (const text of [
      '联系电话：0839-5222343',
      '联系电话:0839—5222343',
      '黔江府办〔2023〕18号',
      '上午8:30-12:00',
      '软件版本2024.1.1',
      'V2024.6.26',
      '增长2.5个百分点',
      '1.5月',
      '索引号 11500114009130039C/2023-00114',
      'GB/T 9704-2012',
      '蜀ICP备11026878号-2',
      '2024-13-45',
      '192.168.1.1',
      '2023815',
      '农历八月十五日',
      '一月一次',
      '第十二月',
    ]) {
      expect(mentions(text).filter((m) => !m.endsWith('-_-_')), text).toEqual([]);
    }
  });

  it('takes a list number before a date', () => {
    expect(mentions('1.2024年第二季度')).toEqual(['2024年=2024-_-_']);
    expect(mentions('1.2024年6月1日')).toEqual(['2024年6月1日=2024-6-1']);
  });
});

describe('parseFullDate', () => {
  it('finds the first full date in a slice', () => {
    const text = '发布时间: 2024-06-28 字体';
    expect(parseFullDate(text, 6, text.length)).toEqual({ year: 2024, month: 6, day: 28, start: 6, end: 16 });
    expect(parseFullDate('2024年6月', 0, 7)).toBeUndefined();
  });
});

describe('calendar', () => {
  it('knows leap years and weekdays', () => {
    expect([2000, 2024, 1900, 2025].map(isLeapYear)).toEqual([true, true, false, false]);
    expect(weekdayOf({ year: 2025, month: 10, day: 1 })).toBe(3); // 星期三
    expect(weekdayOf({ year: 2026, month: 3, day: 5 })).toBe(4);
    expect(weekdayOf({ year: 1949, month: 10, day: 1 })).toBe(6);
    expect(weekdayOf({ year: 2020, month: 2, day: 2 })).toBe(0);
  });
  it('reads Chinese numerals', () => {
    expect(['一', '十', '十二', '二十', '二十六', '三十一', '零', '十零', '二二'].map(hanNumber)).toEqual([1, 10, 12, 20, 26, 31, undefined, undefined, undefined]);
    expect(['二〇二四', '二零二四', '一九四九', '二〇二'].map(hanYear)).toEqual([2024, 2024, 1949, undefined]);
  });
  it('reads a documentDate given as UTC midnight or as a local date', () => {
    expect(ymdOfDate(new Date(Date.UTC(2024, 5, 26)))).toEqual({ year: 2024, month: 6, day: 26 });
    expect(ymdOfDate(new Date(2024, 5, 26))).toEqual({ year: 2024, month: 6, day: 26 });
  });
});
