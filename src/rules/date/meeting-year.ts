import { readWordList } from '../../dictionaries.js';
import { HAN_ONE_TO_NINE, HAN_YEAR_DIGITS, hanDigit, hanYear } from '../../text/numerals.js';
import { CLAUSE_ENDS, PHRASE_MARKS } from '../../text/sentences.js';
import type { Rule } from '../rule.js';

const MESSAGES = {
  wrongYear: '{{meeting}}于{{actual}}开幕，与“{{written}}”不符（依据：新华社发布的会议公报）。',
};

/** Ordinals as the names write them: 十八 to 二十 for the Party, 十二 to 十四 for the two bodies, 一 to 九 for a session or plenum. */
const TERM = `(十[${HAN_ONE_TO_NINE}]|二十)`;
const SESSION = `([${HAN_ONE_TO_NINE}])`;
/** Each way a name is written, and how it maps to the key of dictionaries/date/meetings.txt. */
const NAMES: readonly { pattern: string; key: (m: string[]) => string }[] = [
  { pattern: `${TERM}届${SESSION}中全会`, key: (m) => `${m[0]}届${m[1]}中全会` },
  { pattern: `第?${TERM}届中央委员会第${SESSION}次全体会议`, key: (m) => `${m[0]}届${m[1]}中全会` },
  // 党的, 中共 or 中国共产党 before the name is read with the frame (召开的党的二十大).
  { pattern: `${TERM}大(?!会)|第${TERM}次全国代表大会`, key: (m) => `${m[0] ?? m[1]}大` },
  { pattern: `第?${TERM}届全国人民代表大会第?${SESSION}次会议|第?${TERM}届全国人大${SESSION}次会议|全国人大${TERM}届${SESSION}次会议`, key: (m) => `全国人大${m[0] ?? m[2] ?? m[4]}届${m[1] ?? m[3] ?? m[5]}次` },
  {
    pattern: `中国人民政治协商会议第${TERM}届全国委员会第${SESSION}次会议|第?${TERM}届全国政协第?${SESSION}次会议|全国政协${TERM}届${SESSION}次会议`,
    key: (m) => `全国政协${m[0] ?? m[2] ?? m[4]}届${m[1] ?? m[3] ?? m[5]}次`,
  },
];
/** A year, with the month (and days) it may carry: 2024年7月15日至18日. */
const DATE = `([0-9]{4}|[${HAN_YEAR_DIGITS}]{4})年(?:([0-9]{1,2})月(?:[0-9]{1,2}日)?(?:[至—-](?:[0-9]{1,2}月)?[0-9]{1,2}日)?)?`;
const HELD_VERB = '(?:在北京|在京)?(?:胜利|隆重)?(?:召开|举行|闭幕|开幕)';
const PARTY = '(?:党的|中共|中国共产党)?';
/**
 * Three frames tie a date to a meeting; elsewhere a year may be the time of something else
 * (2025年，二十届三中全会精神…; 2025年是二十届三中全会召开一周年):
 * - the date before 召开的 and the name: 2024年7月召开的党的二十届三中全会;
 * - the name, 于 and the date, then the verb: 党的二十届三中全会于2024年7月15日至18日在北京召开; not a
 *   date set beforehand (决定…于2020年3月5日召开, 将于…召开), which a meeting may have been moved from;
 * - the date opening the clause, the name and the verb ending it: 2024年7月15日至18日，党的二十届三中全会在北京召开。
 */
const DATE_BEFORE_NAME = new RegExp(`${DATE}(?:胜利|隆重)?(?:召开|举行|闭幕|开幕)的${PARTY}`, 'g');
const DATE_AFTER_NAME = new RegExp(`[于在]${DATE}${HELD_VERB}`, 'g');
/** Before the name in the second frame, in its sentence: the date is the one set beforehand. */
const DATE_SET = new RegExp(`(?:决定|将)[^${CLAUSE_ENDS}]*$`);
const DATE_OPENING_CLAUSE = new RegExp(`(?:^|[${CLAUSE_ENDS}])${DATE}[，,]${PARTY}`, 'g');
/** After the name in the third frame: the verb, then the clause ends (召开以来, 召开一周年 are other times). */
const VERB_ENDING_CLAUSE = new RegExp(`^${HELD_VERB}(?=[${PHRASE_MARKS}${CLAUSE_ENDS}]|$)`);
/** The longest name the frames look for, in characters (中国人民政治协商会议第十四届全国委员会第四次会议: 21). */
const MAX_NAME = 24;

/**
 * The year (and month) in which a meeting of the Party or of the two national bodies is said to
 * have been held, against the day it opened (dictionaries/date/meetings.txt): 2025年召开的党的
 * 二十届三中全会 (held in July 2024), 党的二十届三中全会于2025年10月召开, 2026年3月，十四届全国人大
 * 三次会议在北京开幕 (March 2025). A wrong year is an error; a wrong month in the right year a
 * warning (a meeting may close in the next month). Meetings the list lacks are not judged.
 */
export function createMeetingYearRule(): Rule {
  let meetings: ReadonlyMap<string, string> | undefined;
  const namesAfter = NAMES.map((n) => ({ ...n, regex: new RegExp(`^(?:${n.pattern})`) }));
  const namesBefore = NAMES.map((n) => ({ ...n, regex: new RegExp(`(?:${n.pattern})$`) }));
  return {
    id: 'date/meeting-year',
    category: 'date',
    severity: 'error',
    description: '党和国家重要会议的召开年份、月份有误（2025年召开的党的二十届三中全会）',
    messages: MESSAGES,
    check(doc, report) {
      const text = doc.text;
      /** Judges the date `m` (year in m[1], month in m[2], starting `skip` characters into m[0]) written for the meeting `name`. */
      const judge = (m: RegExpMatchArray, skip: number, name: RegExpExecArray, key: (m: string[]) => string) => {
        meetings ??= loadMeetings();
        const opened = meetings.get(key(name.slice(1)));
        if (opened === undefined) return;
        const [year, month] = opened.split('-').map(Number) as [number, number];
        const written = m[2] === undefined ? `${m[1]}年` : `${m[1]}年${m[2]}月`;
        const sameYear = (/^[0-9]/.test(m[1]!) ? Number(m[1]) : hanYear(m[1]!)) === year;
        if (sameYear && (m[2] === undefined || Number(m[2]) === month || Number(m[2]) === month + 1)) return;
        report({
          start: m.index! + skip,
          end: m.index! + skip + written.length,
          messageId: 'wrongYear',
          data: { meeting: name[0], actual: `${year}年${month}月`, written },
          // The year as the text writes years: 2024年, or 二〇二四年 digit by digit.
          suggestions: [`${/^[0-9]/.test(m[1]!) ? year : [...String(year)].map((d) => hanDigit(Number(d))).join('')}年${m[2] === undefined ? '' : `${month}月`}`],
          ...(sameYear ? { severity: 'warning' as const } : {}),
        });
      };
      for (const m of text.matchAll(DATE_BEFORE_NAME)) {
        const after = text.slice(m.index + m[0].length, m.index + m[0].length + MAX_NAME);
        const found = firstName(namesAfter, after);
        if (found) judge(m, 0, found.name, found.key);
      }
      for (const m of text.matchAll(DATE_AFTER_NAME)) {
        const before = text.slice(Math.max(0, m.index - 2 * MAX_NAME), m.index);
        const found = firstName(namesBefore, before);
        if (found && !DATE_SET.test(before)) judge(m, 1, found.name, found.key);
      }
      for (const m of text.matchAll(DATE_OPENING_CLAUSE)) {
        const end = m.index + m[0].length;
        const after = text.slice(end, end + MAX_NAME + 10);
        const found = firstName(namesAfter, after);
        if (found && VERB_ENDING_CLAUSE.test(after.slice(found.name[0].length))) judge(m, CLAUSE_ENDS.includes(m[0][0]!) ? 1 : 0, found.name, found.key);
      }
    },
  };
}

/** The first way of writing a name that `regex` finds in `text`, with its key. */
function firstName(names: readonly { regex: RegExp; key: (m: string[]) => string }[], text: string): { name: RegExpExecArray; key: (m: string[]) => string } | undefined {
  for (const { regex, key } of names) {
    const name = regex.exec(text);
    if (name) return { name, key };
  }
  return undefined;
}

function loadMeetings(): ReadonlyMap<string, string> {
  return new Map(readWordList('date/meetings.txt').map((line) => line.split('\t') as [string, string]));
}
