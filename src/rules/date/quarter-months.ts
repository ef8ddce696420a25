import type { Rule } from '../rule.js';
import type { DateLexicon } from './lexicon.js';
import { HAN_ONE_TO_NINE, hanDigit, hanNumber } from '../../text/numerals.js';
import { HAN_MONTH_NUMBER, RANGE_MARKS } from '../../text/dates/parse-dates.js';

const MONTH = `(\\d{1,2}|${HAN_MONTH_NUMBER})`;
const DAY = '(?:\\d{1,2}日)?';
// 第二季度（4—6月）, 二季度(4-6月份), 上半年（1月1日—6月30日）, 前三季度（1至9月）.
const PERIOD_WITH_MONTHS = new RegExp(
  `(?<![每同单某这该])(?:第?([${HAN_ONE_TO_NINE.slice(0, 4)}1-4])季度|([上下])半年|前([两二三])个?季度)[ \\t]?[（(][ \\t]?(${MONTH}(?:月${DAY})?[ \\t]?(?:${RANGE_MARKS})[ \\t]?${MONTH}月份?${DAY})`,
  'g',
);

function monthValue(s: string): number {
  return /\d/.test(s) ? Number(s) : hanNumber(s) ?? 0;
}

const MESSAGES = {
  monthsMismatch: `“{{label}}”指{{first}}—{{last}}月，括注的“{{span}}”与之不符，请核对（季度：1—3月、4—6月、7—9月、10—12月）。`,
};

/** 第N季度, 上半年/下半年 and 前三季度 with a month span in brackets that is not theirs: 第二季度（1—6月）. */
export function createQuarterMonthsRule(lexicon: DateLexicon): Rule {
  return {
    id: 'date/quarter-months',
    category: 'date',
    severity: 'error',
    description: '季度、上半年/下半年与所注月份不符',
    messages: MESSAGES,
    check(doc, report) {
      for (const m of doc.text.matchAll(PERIOD_WITH_MONTHS)) {
        const name = m[1] ? `第${/\d/.test(m[1]) ? hanDigit(Number(m[1])) : m[1]}季度` : m[2] ? `${m[2]}半年` : `前${m[3] === '二' ? '两' : m[3]}季度`;
        const expected = lexicon.periodMonths.get(name);
        if (!expected) continue;
        const from = monthValue(m[5]!);
        const to = monthValue(m[6]!);
        if (from === expected[0] && to === expected[1]) continue;
        const span = m[4]!;
        const start = m.index + m[0].length - span.length;
        const label = m[0].slice(0, m[0].length - span.length).replace(/[ \t]?[（(][ \t]?$/, '');
        report({
          start,
          end: start + span.length,
          messageId: 'monthsMismatch', data: { label, first: expected[0], last: expected[1], span },
        });
      }
    },
  };
}
