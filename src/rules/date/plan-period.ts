import type { Document } from '../../document/document.js';
import { referenceDateOf } from '../../document/reference-date.js';
import { readWordList } from '../../dictionaries.js';
import { HAN_ONE_TO_NINE, HAN_YEAR_DIGITS, hanYear } from '../../text/numerals.js';
import { clauseAround } from '../../text/sentences.js';
import type { Rule } from '../rule.js';

const MESSAGES = {
  wrongYear: '“{{plan}}”规划的时期为{{from}}—{{to}}年，{{year}}年不是其{{role}}（{{role}}为{{expected}}年）。',
  wrongThisYear: '“{{plan}}”规划的时期为{{from}}—{{to}}年，{{said}}（{{dateLabel}}{{year}}年）不是其{{role}}（{{role}}为{{expected}}年）。',
  wrongRange: '“{{plan}}”规划的时期为{{from}}—{{to}}年，与“{{written}}”不符。',
};

/**
 * A plan as texts name it: “十四五” (quotation marks or not, before 规划/时期…), 第十四个五年规划. From
 * “十一五” on only: the earlier names are those of the plans of 法治宣传教育 too (“八五”普法, 2021—2025).
 */
const ORDINALS: Record<string, string> = { 十一: '十一五', 十二: '十二五', 十三: '十三五', 十四: '十四五', 十五: '十五五' };
/** 十一 to 十五: the ordinals of the plans. */
const ORDINAL = `十[${HAN_ONE_TO_NINE.slice(0, 5)}]`;
const SHORT = `${ORDINAL}五`;
/** A short name counts when quoted or followed by a word of plans. */
const PLAN = `(?:[“"](${SHORT})[”"]|(${SHORT})(?=规划|计划|时期|期间))|第(${ORDINAL})个五年(?:规划|计划)`;
const YEAR = `([0-9]{4}|[${HAN_YEAR_DIGITS}]{4})`;
/** The year of the plan a role names: its first or its last. */
const ROLES: Record<string, 'first' | 'last'> = { 开局之年: 'first', 起步之年: 'first', 开局年: 'first', 第一年: 'first', 收官之年: 'last', 收官年: 'last', 最后一年: 'last' };
const ROLE_AFTER = new RegExp(`^(?:规划|计划)?(?:纲要)?(?:的|时期的)?(${Object.keys(ROLES).join('|')})`);
/** A year the sentence says the role is: 2026年是…, 2025年，既是…也是…. */
const YEAR_IS = new RegExp(`(?:${YEAR}年|(今年|明年|去年))[，,]?(?:既是|也是|又是|正是|恰是|将是|就是|是|为)`, 'g');
/** 今年, 明年, 去年: years from the document's own date, when it has one (not today's: an undated text may be older). */
const RELATIVE_OFFSET: Record<string, number> = { 今年: 0, 明年: 1, 去年: -1 };
/** A span of years written right after the plan: “十四五”时期（2021—2025年）. */
const RANGE_AFTER = new RegExp(`^(?:规划|计划)?(?:纲要)?(?:时期|期间)?[（(]${YEAR}年?[—–~～－-]{1,2}${YEAR}年[)）]`);

interface Plan {
  name: string;
  from: number;
  to: number;
}

/**
 * The years of a five-year plan (dictionaries/date/five-year-plans.txt) against what the text
 * says of them: 2026年是“十四五”开局之年 (the plan that opens in 2026 is “十五五”), “十四五”时期
 * （2020—2025年）. Only a plan's first and last year (开局之年, 收官之年) are judged, with the
 * year the same sentence says it is (2025年是…); a year the plan is being drawn up in
 * (2025年是“十五五”谋篇布局之年) is no role of the plan's own years.
 */
export function createPlanPeriodRule(): Rule {
  let plans: ReadonlyMap<string, Plan> | undefined;
  const planRegex = new RegExp(PLAN, 'g');
  return {
    id: 'date/plan-period',
    category: 'date',
    severity: 'error',
    description: '五年规划的开局、收官年份或起止年份有误（2026年是“十四五”开局之年）',
    messages: MESSAGES,
    check(doc, report) {
      const text = doc.text;
      if (!text.includes('五')) return;
      for (const m of text.matchAll(planRegex)) {
        plans ??= loadPlans();
        const name = m[1] ?? m[2] ?? ORDINALS[m[3]!]!;
        const plan = plans.get(name);
        if (!plan) continue;
        const after = text.slice(m.index + m[0].length, m.index + m[0].length + 24);
        const range = RANGE_AFTER.exec(after);
        if (range) {
          const [from, to] = [yearOf(range[1]!), yearOf(range[2]!)];
          if (from !== plan.from || to !== plan.to) {
            const start = m.index + m[0].length + range[0].indexOf(range[1]!);
            const written = range[0].slice(range[0].indexOf(range[1]!), range[0].length - 1);
            report({ start, end: start + written.length, messageId: 'wrongRange', data: { plan: plan.name, from: String(plan.from), to: String(plan.to), written }, suggestions: [`${plan.from}—${plan.to}年`] });
          }
          continue;
        }
        const role = ROLE_AFTER.exec(after);
        if (!role) continue;
        const year = yearBefore(doc, m.index);
        if (!year) continue;
        const expected = ROLES[role[1]!] === 'first' ? plan.from : plan.to;
        if (year.value === expected) continue;
        // The plan whose first (last) year the text's year is, if any: 2026年 opens “十五五”.
        const meant = [...plans.values()].find((p) => (ROLES[role[1]!] === 'first' ? p.from : p.to) === year.value);
        report({
          start: m.index,
          end: m.index + m[0].length,
          messageId: year.said ? 'wrongThisYear' : 'wrongYear',
          data: { plan: plan.name, from: String(plan.from), to: String(plan.to), year: String(year.value), role: role[1]!, expected: String(expected), said: year.said ?? '', dateLabel: year.dateLabel ?? '' },
          suggestions: meant ? [m[0].replace(m[1] ?? m[2] ?? m[3]!, m[3] ? ordinalOf(meant.name) : meant.name)] : [],
        });
      }
    },
  };
}

/**
 * The year of the last 〈year〉年是 in the sentence before `end`, if any; 今年是 (明年, 去年) counts from the
 * document's date (`documentDate` or its 成文日期), and only when it has one.
 */
function yearBefore(doc: Document, end: number): { value: number; said?: string; dateLabel?: string } | undefined {
  const text = doc.text;
  const start = clauseAround(text, end, end, Infinity).start;
  const last = [...text.slice(start, end).matchAll(YEAR_IS)].at(-1);
  if (!last) return undefined;
  if (last[1] !== undefined) return { value: yearOf(last[1]) };
  const date = referenceDateOf(doc);
  if (date.label === '当前日期') return undefined;
  return { value: Number(date.iso.slice(0, 4)) + RELATIVE_OFFSET[last[2]!]!, said: last[2]!, dateLabel: date.label };
}

function yearOf(written: string): number {
  return /^[0-9]/.test(written) ? Number(written) : hanYear(written)!;
}

/** 十五五 → 十五: the ordinal of 第十五个五年规划. */
function ordinalOf(name: string): string {
  return name.slice(0, -1);
}

function loadPlans(): ReadonlyMap<string, Plan> {
  return new Map(
    readWordList('date/five-year-plans.txt').map((line) => {
      const [name, from, to] = line.split('\t') as [string, string, string];
      return [name, { name, from: Number(from), to: Number(to) }];
    }),
  );
}
