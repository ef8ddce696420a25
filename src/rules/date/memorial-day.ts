import { readWordList } from '../../dictionaries.js';
import { ARABIC_DIGITS, HAN_ONE_TO_TEN } from '../../text/numerals.js';
import { RUNNING_TEXT_MARKS } from '../../text/sentences.js';
import type { Rule } from '../rule.js';

const MESSAGES = {
  wrongDay: '{{name}}是{{actual}}，与“{{written}}”不符（依据：{{source}}）。',
};

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
  return {
    id: 'date/memorial-day',
    category: 'date',
    severity: 'error',
    description: '法定节日、纪念日的日期写错（8月15日是中国人民抗日战争胜利纪念日）',
    messages: MESSAGES,
    check(doc, report) {
      const text = doc.text;
      if (!text.includes('日') && !text.includes('节')) return;
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
