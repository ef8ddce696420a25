import { readWordList } from '../../dictionaries.js';
import { ARABIC_DIGITS, HAN_ONE_TO_TEN, hanNumber } from '../../text/numerals.js';
import type { Rule } from '../rule.js';

const MESSAGES = {
  renForJie: '“{{wrong}}”应为“{{right}}”。美国总统按担任者计“任”（特朗普为第45任、第47任），“届”指四年一届的任期（第60届总统选举），说某人是第几位总统用“任”。',
};

/**
 * Below this, 第N届 of an American president counts persons and means 第N任: the 47th person
 * took office in 2025, while the terms counted in 届 reached 50 in 1985 (the 50th, Reagan's second).
 */
const MAX_PERSON_COUNT = 49;
const NUMBER = `([${ARABIC_DIGITS}]{1,2}|[${HAN_ONE_TO_TEN}]{1,3})`;
/** 美国第45届总统, 美国历史上第45届总统, 第45届美国总统. */
const PATTERN = new RegExp(`美国(?:历史上)?第${NUMBER}届(副总统|总统)|第${NUMBER}届美国(副总统|总统)`, 'g');

/**
 * 美国第45届总统 for 美国第45任总统: American presidents are counted by person in 任 (Trump the
 * 45th and the 47th) and by four-year term in 届 (the 58th term from 2017), so a number below
 * 50 with 届 is the person's and wants 任 (第45届美国总统 likewise). 届 is right before an election, an inauguration or a
 * term (第60届总统选举, 第59届总统就职典礼: dictionaries/usage/term-count-followers.txt). Other
 * countries count otherwise (俄罗斯联邦第八届总统 is Putin's term), so only 美国 is read.
 */
export function createTermOrdinalRule(): Rule {
  const followers = readWordList('usage/term-count-followers.txt');
  return {
    id: 'lexicon/term-ordinal',
    category: 'typo',
    severity: 'warning',
    description: '“美国第N届总统”指某人时应为“第N任总统”',
    messages: MESSAGES,
    check(doc, report) {
      const text = doc.text;
      for (const m of text.matchAll(PATTERN)) {
        const written = m[1] ?? m[3]!;
        const n = isArabic(written) ? Number([...written].map((d) => ARABIC_DIGITS.indexOf(d) % 10).join('')) : hanNumber(written);
        if (n === undefined || n < 1 || n > MAX_PERSON_COUNT) continue;
        const end = m.index + m[0].length;
        if (followers.some((w) => text.startsWith(w, end))) continue;
        const jie = m.index + m[0].indexOf('届');
        report({ start: jie, end: jie + 1, messageId: 'renForJie', data: { wrong: m[0], right: m[0].replace('届', '任') }, suggestions: ['任'] });
      }
    },
  };
}

function isArabic(s: string): boolean {
  return [...s].every((ch) => ARABIC_DIGITS.includes(ch));
}
