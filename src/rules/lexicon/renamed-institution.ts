import { readWordList } from '../../dictionaries.js';
import type { Document } from '../../document/document.js';
import { referenceDateOf } from '../../document/reference-date.js';
import { latestYearNamed, NAMED_YEARS, yearOfMatch } from '../../document/years-named.js';
import { AhoCorasick, leftmostLongest } from '../../match/aho-corasick.js';
import { chineseDate } from '../../text/dates/calendar.js';
import { LINE_BREAKS, RUNNING_TEXT_MARKS } from '../../text/sentences.js';
import { spanContaining } from '../../text/span-search.js';
import type { Rule } from '../rule.js';

/** One body of institutions/renamed.txt: its former name, what replaced it, and from when. */
interface RenamedInstitution {
  former: string;
  current: string[];
  /** YYYY-MM-DD from which the former name no longer names a body that exists. */
  from: string;
  /** What became of it, the words after its name in the message. */
  fate: string;
  /** Current names that hold the former one (国家矿山安监局 holds 安监局). */
  unless: string[];
}

const MESSAGES = {
  renamed: '“{{former}}”{{fate}}。{{dateLabel}}{{date}}应写现名{{current}}；如指改革前的机构，宜写“原{{former}}”。',
};

/**
 * Words in the sentence that place it before a reform (时任, 更名为, 组建): it
 * speaks of the former body on purpose.
 */
const HISTORICAL_MARKERS = ['时任', '曾任', '曾经', '前身', '更名', '改名', '改为', '组建', '撤销', '不再保留', '整合', '划入', '合并', '改革前', '当时', '当年', '时期', '期间'];
/** 原 shortly before the name, with no mark between (原国家质检总局, 原温江区国土局), not a word of its own (原因, 原则). */
const FORMER_BEFORE = new RegExp(`原(?![因则来本有料先始创])[^${RUNNING_TEXT_MARKS}${LINE_BREAKS}\\s]{0,6}$`);
/** A country written before a name (美国农业部): the country's own ministry. */
const COUNTRY_BEFORE = /[^中]国$/;
/** Chinese place names of the places lexicon (湖北, 温江): a place word the segmenter tags that is none of them is abroad (意大利, 宾夕法尼亚州). */
export type IsPlaceName = (name: string) => boolean;
/** Words for China itself, tagged as places too. */
const HOME = new Set(['中国', '我国', '全国', '国家']);

/**
 * A body abolished, merged or renamed in an institutional reform (2018 and 2023 reforms of the State
 * Council and the Party's bodies, the local reforms of 2018–2019, the merger of the tax offices and
 * the reform of the fire service), written as if it still existed in a document dated after the
 * change: 市环保局 → 生态环境局, 中国银保监会 → 国家金融监督管理总局, 中央全面深化改革领导小组 →
 * 委员会, in a document known to be written after the change (by its date, or a later year it names).
 * Left alone: a sentence that speaks of the past (原…, 时任, 更名, a year written), a country's
 * own ministry (美国农业部), a name inside another word (农业部门), a document dated before the
 * change or not known to be later. Former names the new body keeps as a second plate (国家海洋局)
 * are not in the list.
 */
export function createRenamedInstitutionRule(isPlaceName: IsPlaceName): Rule {
  let data: { bodies: RenamedInstitution[]; automaton: AhoCorasick } | undefined;
  const load = () => {
    if (data) return data;
    const bodies = readWordList('institutions/renamed.txt').map(parseLine);
    return (data = { bodies, automaton: new AhoCorasick(bodies.map((b) => b.former)) });
  };
  return {
    id: 'lexicon/renamed-institution',
    category: 'institution',
    severity: 'warning',
    description: '机构改革中撤销或更名的机构，仍按旧称写作现有机构',
    messages: MESSAGES,
    check(doc, report) {
      const { bodies, automaton } = load();
      const text = doc.text;
      // A name is judged whole, never by a shorter one it holds (银保监会, not 保监会).
      for (const m of leftmostLongest(automaton.findAll(text))) {
        const body = bodies[m.pattern]!;
        const date = referenceDateOf(doc);
        if (date.iso < body.from || !isDatedAfter(doc, body.from, date.iso)) continue;
        // 门 after a name makes 部门 (农业部门, 环境保护部门): a kind of office, not the ministry.
        if (!doc.isWordBoundary(m.start) || !doc.isWordBoundary(m.end) || text[m.end] === '门') continue;
        if (body.unless.some((u) => isInside(text, m.start, m.end, u))) continue;
        if (isAbroad(doc, m.start, isPlaceName)) continue;
        const sentence = spanContaining(doc.sentences, m.start) ?? { start: 0, end: text.length };
        // The sentence names the new body too (领导小组和委员会会议): it tells the change.
        if (body.current.some((c) => text.slice(sentence.start, sentence.end).includes(c))) continue;
        if (speaksOfThePast(text, sentence, m.start, Number(body.from.slice(0, 4)))) continue;
        report({
          start: m.start,
          end: m.end,
          messageId: 'renamed',
          data: {
            former: body.former,
            fate: body.fate,
            dateLabel: date.label,
            date: chineseDate(date.iso),
            current: body.current.map((c) => `“${c}”`).join('或'),
          },
          suggestions: body.current,
        });
      }
    },
  };
}

function parseLine(line: string): RenamedInstitution {
  const [former, current, from, fate, unless] = line.split('\t');
  return { former: former!, current: current!.split('、'), from: from!, fate: fate!, unless: unless ? unless.split('、') : [] };
}

/** `[start, end)` lies inside an occurrence of `context` (国家矿山安监局 holds 安监局). */
function isInside(text: string, start: number, end: number, context: string): boolean {
  const at = context.indexOf(text.slice(start, end));
  return at !== -1 && text.startsWith(context, start - at);
}

/** The word before `at` names a country or a place abroad (美国, 意大利, 宾夕法尼亚州). */
function isAbroad(doc: Document, at: number, isPlaceName: IsPlaceName): boolean {
  if (COUNTRY_BEFORE.test(doc.text.slice(Math.max(0, at - 2), at))) return true;
  const before = doc.wordAt(at - 1);
  if (!before || before.end !== at) return false;
  if (HOME.has(before.text)) return false;
  const tags = doc.segmenter.tag(before.text);
  return tags.length === 1 && tags[0]!.tag === 'ns' && !isPlaceName(before.text) && !isPlaceName(before.text.slice(0, -1));
}

/**
 * The document is known to be written after the change: its date (given, or its 成文日期) is, or,
 * undated, it names a year reached after the change's (not a target: 到2035年). An undated text
 * without such a year may be a passage of an older document (负责部门：商务部、银保监会… of 2019, a
 * court case of 2017): today's date says nothing about when it was written, so it is not judged.
 */
function isDatedAfter(doc: Document, from: string, today: string): boolean {
  if (doc.settings.documentDate || doc.facts.writtenDate) return true;
  return (latestYearNamed(doc, today) ?? 0) > Number(from.slice(0, 4));
}

/**
 * The sentence around `at` speaks of the past: a historical marker (原 right before the name, or
 * any of the others in the sentence), or a year before the one the change took effect.
 */
function speaksOfThePast(text: string, sentence: { start: number; end: number }, at: number, changeYear: number): boolean {
  const words = text.slice(sentence.start, sentence.end);
  if (FORMER_BEFORE.test(text.slice(Math.max(sentence.start, at - 7), at))) return true;
  if (HISTORICAL_MARKERS.some((w) => words.includes(w))) return true;
  for (const y of words.matchAll(NAMED_YEARS)) if ((yearOfMatch(y) ?? Infinity) <= changeYear) return true;
  return false;
}
