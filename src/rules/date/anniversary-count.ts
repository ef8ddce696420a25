import type { Document } from '../../document/document.js';
import { referenceDateOf } from '../../document/reference-date.js';
import { formatHanCount, hanCount, HAN_NUMBER_CHARS, HAN_YEAR_DIGITS, hanYear } from '../../text/numerals.js';
import { clauseAround } from '../../text/sentences.js';
import type { Report, Rule } from '../rule.js';
import type { DateLexicon } from './lexicon.js';

const MESSAGES = {
  wrongCount: '“{{event}}{{written}}周年”与年份不符：{{event}}在{{eventYear}}年，{{year}}年应为{{expected}}周年。',
  wrongCountThisYear: '“{{event}}{{written}}周年”与{{dateLabel}}不符：{{event}}在{{eventYear}}年，{{year}}年应为{{expected}}周年。',
  // The one informal name (dictionaries/date/anniversary-informal-names.txt) is 建国; a new one needs its own reason here.
  informalName: '“{{informal}}{{written}}周年”不规范，应为“{{formal}}{{written}}周年”：“建国”兼有建立国家、建设国家两义，2017年修改的党章已将“建国”改为“新中国成立”，庆祝活动的正式名称为“庆祝中华人民共和国成立N周年”。',
};

/** The longest count written before 周年 (一百零五 is 4 characters, 二百一十八 5). */
const MAX_COUNT_LENGTH = 6;
/** A year the sentence is about: 2025年是…, 2025年9月3日是…, 二〇二五年，恰逢…. */
const YEAR_ANCHOR = new RegExp(`([0-9]{4}|[${HAN_YEAR_DIGITS}]{4})年(?:[0-9]{1,2}月(?:[0-9]{1,2}日)?)?[，,]?(?:是|为|恰逢|正值|适逢|时值|欣逢|恰是|正是|也是)`, 'g');
/** The same, relative to the document's date: 今年是…, 明年是…. */
const RELATIVE_ANCHOR = /(今年|明年|去年)[，,]?(?:是|为|恰逢|正值|适逢|时值|欣逢|恰是|正是|也是)/g;
const RELATIVE_OFFSET: Record<string, number> = { 今年: 0, 明年: 1, 去年: -1 };
/** After N周年: the mention names an event of its own year (在庆祝…100周年大会上的讲话), not the anchor's. */
const OWN_EVENT_AFTER = /^(?:大会|庆祝大会|纪念大会|座谈会|招待会|阅兵|时的|时所)/;
/** After a comma, what makes the mention a second predicate of the anchor (2025年是…，也是…80周年). */
const SECOND_PREDICATE = /^(?:这|今年|明年|去年)?(?:也|又|还|更|同时也?|正|恰)?是/;
/** Between the anchor and the mention: the anniversary is awaited, not the anchor's (2020年…迎接建党100周年). */
const AWAITED = /迎接|迎来|喜迎|献礼|前夕|筹备|即将|到来/;

/**
 * The count of an anniversary against the year the sentence names: 2025年是中国人民抗日战争
 * 胜利81周年 (1945 + 80 = 2025), 今年是新中国成立75周年 in a document dated 2025. Only a
 * sentence that says which year it is about is checked (N周年 alone may recall a past
 * celebration); the events and their years are data (dictionaries/date/anniversaries.txt).
 * Also the informal 建国N周年 → 新中国成立N周年.
 */
export function createAnniversaryCountRule(lexicon: DateLexicon): Rule {
  const names = [...lexicon.anniversaries.keys(), ...lexicon.informalAnniversaryNames.keys()].sort((a, b) => b.length - a.length);
  return {
    id: 'date/anniversary-count',
    category: 'date',
    severity: 'error',
    description: '纪念日周年数与年份不符（2025年是抗战胜利81周年）；建国N周年',
    messages: MESSAGES,
    check(doc, report) {
      const text = doc.text;
      for (let at = text.indexOf('周年'); at !== -1; at = text.indexOf('周年', at + 2)) {
        let countStart = at;
        while (countStart > 0 && at - countStart < MAX_COUNT_LENGTH && isCountChar(text[countStart - 1]!)) countStart--;
        const written = text.slice(countStart, at);
        const count = /^[0-9]{1,3}$/.test(written) ? Number(written) || undefined : hanCount(written);
        if (count === undefined) continue;
        const name = names.find((n) => text.endsWith(n, countStart));
        if (name === undefined) continue;
        const start = countStart - name.length;
        const formal = lexicon.informalAnniversaryNames.get(name);
        if (formal && anotherState(doc, start, count)) continue;
        if (formal) {
          report({
            start, end: at + 2, messageId: 'informalName', severity: 'warning',
            data: { informal: name, formal: formal[0]!, written },
            suggestions: formal.map((f) => `${f}${written}周年`),
          });
        }
        const event = formal ? formal[0]! : name;
        const eventYear = lexicon.anniversaries.get(event)!;
        if (OWN_EVENT_AFTER.test(text.slice(at + 2, at + 6))) continue;
        checkCount(doc, report, { start, countStart, written, count, event, eventYear });
      }
    },
  };
}

/** What 建国 names when the country is China (新中国建国, 中国建国, 我国建国). */
const CHINA = new Set(['中国', '新中国', '中华人民共和国']);
/** The People's Republic will not be older than this in any text the package reads (建国100周年 is the 2049 goal). */
const MAX_PRC_COUNT = 100;

/**
 * 越南建国80周年, 老挝建国50周年, 美国将迎来建国250周年: 建国 of another state, not the informal
 * name of 新中国成立 — a place name other than China right before it, or a count the People's
 * Republic cannot reach.
 */
function anotherState(doc: Document, start: number, count: number): boolean {
  if (count > MAX_PRC_COUNT) return true;
  const before = start > 0 ? doc.wordAt(start - 1) : undefined;
  if (!before || before.end !== start || CHINA.has(before.text)) return false;
  const tags = doc.segmenter.tag(before.text);
  return tags.length === 1 && tags[0]!.tag === 'ns';
}

interface Mention {
  start: number;
  countStart: number;
  written: string;
  count: number;
  event: string;
  eventYear: number;
}

function isCountChar(ch: string): boolean {
  return (ch >= '0' && ch <= '9') || HAN_NUMBER_CHARS.includes(ch);
}

function checkCount(doc: Document, report: Report, mention: Mention): void {
  const anchor = anchorBefore(doc, mention.start);
  if (!anchor) return;
  const expected = anchor.year - mention.eventYear;
  if (expected <= 0 || expected === mention.count) return;
  const fixedCount = /[0-9]/.test(mention.written) ? String(expected) : formatHanCount(expected);
  report({
    start: mention.countStart,
    end: mention.countStart + mention.written.length,
    messageId: anchor.dateLabel ? 'wrongCountThisYear' : 'wrongCount',
    severity: anchor.dateLabel ? 'warning' : 'error',
    data: { event: mention.event, written: mention.written, eventYear: String(mention.eventYear), year: String(anchor.year), expected: fixedCount ?? String(expected), dateLabel: anchor.dateLabel ?? '' },
    suggestions: fixedCount ? [fixedCount] : [],
  });
}

/**
 * The year the clause before `at` is about: the last 2025年是 of the clause, or 今年是 when the
 * document's date is known (given or found in the text, never today: an undated text may be old).
 */
function anchorBefore(doc: Document, at: number): { year: number; dateLabel?: string } | undefined {
  const text = doc.text;
  const clause = text.slice(clauseAround(text, at, at, Infinity).start, at);
  const explicit = [...clause.matchAll(YEAR_ANCHOR)].at(-1);
  const relative = [...clause.matchAll(RELATIVE_ANCHOR)].at(-1);
  const anchor = explicit && (!relative || explicit.index > relative.index) ? explicit : relative;
  if (!anchor || !governs(clause.slice(anchor.index + anchor[0].length))) return undefined;
  if (anchor === explicit) {
    const y = explicit[1]!;
    const year = /[0-9]/.test(y) ? Number(y) : hanYear(y);
    return year === undefined ? undefined : { year };
  }
  const date = referenceDateOf(doc);
  if (date.label === '当前日期') return undefined;
  return { year: Number(date.iso.slice(0, 4)) + RELATIVE_OFFSET[anchor[1]!]!, dateLabel: `${date.label}（${date.iso.slice(0, 4)}年）` };
}

/**
 * Whether the anchor's 是 governs the mention after `between`: the mention is what the year
 * “is” (2025年是…80周年), or a second predicate after a comma (，也是…), and not an
 * anniversary the year awaits (2020年…迎接…100周年).
 */
function governs(between: string): boolean {
  if (AWAITED.test(between)) return false;
  const comma = Math.max(between.lastIndexOf('，'), between.lastIndexOf(','));
  return comma === -1 || SECOND_PREDICATE.test(between.slice(comma + 1));
}
