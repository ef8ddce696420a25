import { readWordList } from '../../dictionaries.js';
import { ARABIC_DIGITS, HAN_ONE_TO_TEN } from '../../text/numerals.js';
import type { Rule } from '../rule.js';

const MESSAGES = {
  jieForCi: '“{{wrong}}”应为“{{right}}”。{{body}}按任期计“届”（第十四届全国人民代表大会、二十届三中全会），不用“次”。',
  ciForJie: '“{{wrong}}”应为“{{right}}”。{{body}}按召开的次数计“次”（中国共产党第二十次全国代表大会），不用“届”。',
};

/** An ordinal number: 第 and a numeral, or a numeral of ten or more (十四, 二十): 三次全国人大 may count sessions. */
const NUMERAL = `(第[${HAN_ONE_TO_TEN}]{1,3}|第[${ARABIC_DIGITS}]{1,2}|[${HAN_ONE_TO_TEN}]*十[${HAN_ONE_TO_TEN}]*)`;
/** The Party named right before: its congresses are counted by meeting for certain (other bodies' mostly). */
const PARTY_BEFORE = /(?:党的|中国共产党|中共)$/;
/** A plenum of the Central Committee: 三中全会 (counted within a 届). */
const PLENUM = `[${HAN_ONE_TO_TEN}]中全会`;

/**
 * 届 and 次 swapped in the names of congresses and committees: 二十次三中全会 and 第十四次全国人民代表大会
 * for 届 (bodies elected for a term), 第二十届全国代表大会 for 次 (the Party's congresses, counted
 * by meeting), and 全国政协十四次二次会议 for 十四届二次会议. Which body takes which is data
 * (dictionaries/usage/session-bodies.txt). The number must be an ordinal (第N, or ten and more:
 * 这次三中全会, 每次全国人民代表大会会议 are no ordinals), and a congress of a 届 that met in
 * sessions (中共第八届全国代表大会第二次会议, 1958) is left alone.
 */
export function createSessionOrdinalRule(): Rule {
  const bodies = readWordList('usage/session-bodies.txt').map((line) => {
    const [count, name] = line.split('\t');
    return { count: count as '届' | '次', name: name! };
  });
  const alternation = (list: string[]) => list.sort((a, b) => b.length - a.length).join('|');
  const jieBodies = alternation([...bodies.filter((b) => b.count === '届').map((b) => b.name), PLENUM]);
  const ciBodies = alternation(bodies.filter((b) => b.count === '次').map((b) => b.name));
  // 十四次全国人大, 二十次三中全会: 次 before a body of a term.
  const ciBeforeJieBody = new RegExp(`${NUMERAL}次(${jieBodies})`, 'g');
  // 第二十届全国代表大会: 届 before a congress counted by meeting (not followed by 第N次会议).
  const jieBeforeCiBody = new RegExp(`${NUMERAL}届(${ciBodies})(?!第)`, 'g');
  // 全国政协十四次二次会议: the term written with 次 before the session.
  const termAsSession = new RegExp(`(全国政协|全国人大)${NUMERAL}次([${HAN_ONE_TO_TEN}]{1,2}次会议)`, 'g');
  return {
    id: 'lexicon/session-ordinal',
    category: 'typo',
    severity: 'error',
    description: '会议、机构序数的“届”“次”用反（二十次三中全会、第十四次全国人民代表大会、第二十届全国代表大会）',
    messages: MESSAGES,
    check(doc, report) {
      const text = doc.text;
      for (const m of text.matchAll(ciBeforeJieBody)) {
        const at = m.index + m[1]!.length;
        const body = /中全会$/.test(m[2]!) ? '党的中央委员会' : m[2]!;
        report({ start: at, end: at + 1, messageId: 'jieForCi', data: { wrong: m[0], right: `${m[1]}届${m[2]}`, body }, suggestions: ['届'] });
      }
      for (const m of text.matchAll(termAsSession)) {
        const at = m.index + m[1]!.length + m[2]!.length;
        report({ start: at, end: at + 1, messageId: 'jieForCi', data: { wrong: m[0], right: `${m[1]}${m[2]}届${m[3]}`, body: m[1]! }, suggestions: ['届'] });
      }
      for (const m of text.matchAll(jieBeforeCiBody)) {
        const at = m.index + m[1]!.length;
        report({ start: at, end: at + 1, messageId: 'ciForJie', data: { wrong: m[0], right: `${m[1]}次${m[2]}`, body: m[2] === '全国代表大会' ? '党和人民团体的全国代表大会' : '党的代表大会' }, suggestions: ['次'], severity: PARTY_BEFORE.test(text.slice(Math.max(0, m.index - 5), m.index)) ? 'error' : 'warning' });
      }
    },
  };
}
