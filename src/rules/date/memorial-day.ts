import { readWordList } from '../../dictionaries.js';
import { referenceDateOf } from '../../document/reference-date.js';
import { ARABIC_DIGITS, HAN_ONE_TO_TEN, HAN_ZEROS, formatHanCount, hanCount } from '../../text/numerals.js';
import { clauseAround, RUNNING_TEXT_MARKS } from '../../text/sentences.js';
import type { Rule } from '../rule.js';

const MESSAGES = {
  wrongDay: '{{name}}是{{actual}}，与“{{written}}”不符（依据：{{source}}）。',
  wrongCount: '{{name}}自{{first}}年起设立，{{year}}年是第{{expected}}个，与“{{written}}”不符。',
};

/** 第12个国家宪法日, 第四十一个教师节: the count before a name. */
const COUNT = `第([${ARABIC_DIGITS}]{1,3}|[${HAN_ONE_TO_TEN}百${HAN_ZEROS}]{1,5})个`;
/** The year the sentence sets the count in: 2025年12月4日是…, 2025年，…, 2025年的…; not 2024年以来 or 2025年底前. */
const YEAR_OF_COUNT = new RegExp(`([${ARABIC_DIGITS}]{4})年(?:[${ARABIC_DIGITS}]{1,2}月[${ARABIC_DIGITS}]{1,2}日)?(?=[，,]|是|为|迎来|的|第)|(今年)(?=[，,]|是|为|迎来|的|第)`, 'g');

/**
 * A day said to be the name's, right before it: 9月3日是…, 9月10日是第41个教师节; or the bare day and
 * name (12月13日国家公祭日) when the name then ends the phrase (checked after), since 4月14日全民国家安全
 * 教育日主题活动 may be an event on another day.
 */
const DAY_BEFORE = new RegExp(`(?<![${ARABIC_DIGITS}])([${ARABIC_DIGITS}]{1,2})月([${ARABIC_DIGITS}]{1,2})日(是|为|即|也是|又是)?(?:第[${ARABIC_DIGITS}${HAN_ONE_TO_TEN}百]+个)?$`);
/** After a bare day and the name: the phrase ends (or 当天, 这一天). */
const PHRASE_ENDS = new RegExp(`^(?:[${RUNNING_TEXT_MARKS}）)]|当天|这一天|这天|$)`);
/** After the name, words that make the day another one near it: 9月9日是教师节前夕, 国庆节假期. */
const NOT_THE_DAY = /^(?:前|后|之前|之后|以前|以后|期间|假期|长假|之际|来临|到来|临近|过后|周|月)/;
/** The day in brackets right after the name: 国家宪法日（12月4日）. */
const DAY_AFTER = new RegExp(`^[（(]([${ARABIC_DIGITS}]{1,2})月([${ARABIC_DIGITS}]{1,2})日[)）]`);

interface MemorialDay {
  month: number;
  day: number;
  source: string;
}

/**
 * The day of a festival or commemoration whose date is fixed (dictionaries/date/memorial-days.txt),
 * against a day written right beside its name: 8月15日是中国人民抗日战争胜利纪念日 (9月3日),
 * 12月14日国家公祭日 (12月13日). A day elsewhere in the sentence may be another event's
 * (8月15日，日本宣布无条件投降；9月3日是…).
 */
export function createMemorialDayRule(): Rule {
  let days: ReadonlyMap<string, MemorialDay> | undefined;
  let names: RegExp | undefined;
  let counted: { firsts: ReadonlyMap<string, number>; regex: RegExp } | undefined;
  return {
    id: 'date/memorial-day',
    category: 'date',
    severity: 'error',
    description: '法定节日、纪念日的日期写错（8月15日是中国人民抗日战争胜利纪念日）',
    messages: MESSAGES,
    check(doc, report) {
      const text = doc.text;
      if (!text.includes('日') && !text.includes('节')) return;
      /** 第N个 before a name whose first year is known, against the year the sentence sets (2025年…是第11个国家宪法日 → 第12个). */
      const checkCounts = (text: string) => {
        counted ??= loadFirsts();
        for (const m of text.matchAll(counted.regex)) {
          const first = counted.firsts.get(m[2]!)!;
          const written = m[1]!;
          const count = /^[0-9]/.test(written) ? Number(written) : hanCount(written);
          if (count === undefined) continue;
          const start = clauseAround(text, m.index, m.index, Infinity).start;
          const anchor = [...text.slice(start, m.index).matchAll(YEAR_OF_COUNT)].at(-1);
          if (!anchor) continue;
          let year: number;
          if (anchor[1] !== undefined) year = Number(anchor[1]);
          else {
            const date = referenceDateOf(doc);
            if (date.label === '当前日期') continue;
            year = Number(date.iso.slice(0, 4));
          }
          const expected = year - first + 1;
          if (expected < 1 || expected === count) continue;
          const right = /^[0-9]/.test(written) ? String(expected) : formatHanCount(expected);
          report({
            start: m.index,
            end: m.index + written.length + 2,
            messageId: 'wrongCount',
            data: { name: m[2]!, first: String(first), year: String(year), expected: String(expected), written: `第${written}个` },
            suggestions: right === undefined ? [] : [`第${right}个`],
          });
        }
      };
      if (text.includes('个')) checkCounts(text);
      if (!days) [days, names] = loadMemorialDays();
      for (const m of text.matchAll(names!)) {
        const known = days.get(m[0])!;
        const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 10);
        if (NOT_THE_DAY.test(rest)) continue;
        let before = DAY_BEFORE.exec(text.slice(Math.max(0, m.index - 16), m.index));
        if (before && before[3] === undefined && !PHRASE_ENDS.test(rest)) before = null;
        const after = before ? null : DAY_AFTER.exec(rest);
        const found = before ?? after;
        if (!found) continue;
        const [month, day] = [Number(found[1]), Number(found[2])];
        if (month === known.month && day === known.day) continue;
        const written = `${found[1]}月${found[2]}日`;
        const start = before ? m.index - before[0].length : m.index + m[0].length + 1;
        report({
          start,
          end: start + written.length,
          messageId: 'wrongDay',
          data: { name: m[0], actual: `${known.month}月${known.day}日`, written, source: known.source },
          suggestions: [`${known.month}月${known.day}日`],
        });
      }
    },
  };
}

function loadMemorialDays(): [ReadonlyMap<string, MemorialDay>, RegExp] {
  const days = new Map<string, MemorialDay>();
  for (const line of readWordList('date/memorial-days.txt')) {
    const fields = line.split('\t');
    const [month, day] = fields[0]!.split('-').map(Number) as [number, number];
    const source = fields[fields.length - 1]!;
    for (const name of fields.slice(1, -1)) days.set(name, { month, day, source });
  }
  const names = new RegExp([...days.keys()].sort((a, b) => b.length - a.length).join('|'), 'g');
  return [days, names];
}

function loadFirsts(): { firsts: ReadonlyMap<string, number>; regex: RegExp } {
  const firsts = new Map<string, number>();
  for (const line of readWordList('date/memorial-day-firsts.txt')) {
    const [name, year] = line.split('\t') as [string, string];
    firsts.set(name, Number(year));
  }
  const names = [...firsts.keys()].sort((a, b) => b.length - a.length).join('|');
  return { firsts, regex: new RegExp(`${COUNT}(${names})`, 'g') };
}
