import type { Rule } from '../rule.js';
import { isAsciiDigit } from '../../text/unicode.js';
import { hanDigit, HAN_DIGIT_VALUES, hanTens } from '../../text/numerals.js';
import type { PunctuationLexicon } from './lexicon.js';

const CLAUSE = 'GB/T 15834-2011 4.5';
/** Characters of a Chinese numeral token (digits and the multipliers up to 万). */
const MULTIPLIERS = new Set(['十', '百', '千', '万']);
const NUMERAL_CHARS = new Set([...HAN_DIGIT_VALUES.keys(), ...MULTIPLIERS]);
/** Longest numeral token looked at on either side of the 顿号. */
const MAX_TOKEN = 4;

const MESSAGES = {
  commaInApproximate: `“{{written}}”是相邻数字连用表示的概数，中间不用顿号，应写作“{{fix}}”（${CLAUSE}，GB/T 15835-2011 4.2.2）。`,
};

/**
 * A 顿号 between two adjacent numerals that form an approximate number (概数):
 * 三、四天 → 三四天, 十五、六岁 → 十五六岁, 五、六十人 → 五六十人, 3、4个月 → 三四个月
 * (GB/T 15834-2011 4.5; GB/T 15835-2011 4.2.2 wants Chinese numerals for them).
 *
 * Conservative: the second numeral must be the next number after the first, and a
 * measure or time word from dictionaries/punctuation/approximate-units.txt must follow
 * it. Two exact items keep their 顿号 (二、三产业, 一、二等奖, 3、4月, 第三、四季度), and
 * so do lists (一、二、三天) and headings (一、).
 */
export function createApproximateNumberRule(lexicon: PunctuationLexicon): Rule {
  const unitLengths = [...new Set([...lexicon.approximateUnits].map((u) => u.length))].sort((a, b) => b - a);
  return {
    id: 'punctuation/approximate-number',
    category: 'punctuation',
    severity: 'warning',
    description: '概数的相邻数字之间误用顿号（三、四天）',
    messages: MESSAGES,
    check(doc, report) {
      const text = doc.text;
      for (let at = text.indexOf('、'); at !== -1; at = text.indexOf('、', at + 1)) {
        if (!isNumeral(text, at - 1) || !isNumeral(text, at + 1)) continue;
        const found = approximate(text, at, lexicon.exactBefore);
        if (!found) continue;
        const { start, end, fix } = found;
        if (!followedByUnit(end)) continue;
        report({
          start,
          end,
          messageId: 'commaInApproximate', data: { written: text.slice(start, end), fix },
          suggestions: [fix],
        });
      }

      function followedByUnit(at: number): boolean {
        if (lexicon.exactUnitWords.some((w) => text.startsWith(w, at))) return false;
        return unitLengths.some((n) => lexicon.approximateUnits.has(text.slice(at, at + n)));
      }
    },
  };
}

function isNumeral(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return isAsciiDigit(c) || (c >= 0x3007 && NUMERAL_CHARS.has(text[at]!));
}

interface Approximate {
  start: number;
  end: number;
  fix: string;
}

/** The two numerals around the 顿号 at `at`, when they are consecutive numbers. */
function approximate(text: string, at: number, exactBefore: readonly string[]): Approximate | undefined {
  const before = text[at - 1];
  const after = text[at + 1];
  if (before === undefined || after === undefined) return undefined;
  const arabic = isAsciiDigit(before.charCodeAt(0));
  if (arabic !== isAsciiDigit(after.charCodeAt(0))) return undefined;
  const inToken = arabic ? (ch: string | undefined) => ch !== undefined && isAsciiDigit(ch.charCodeAt(0)) : (ch: string | undefined) => ch !== undefined && NUMERAL_CHARS.has(ch);
  let start = at - 1;
  while (start > 0 && inToken(text[start - 1])) start--;
  let end = at + 2;
  while (end < text.length && inToken(text[end])) end++;
  if (at - start > MAX_TOKEN || end - at - 1 > MAX_TOKEN) return undefined;
  // 一、二、三天 is a list; 第三、四章, 周三、四 and 获一、二名 are exact items.
  if (text[start - 1] === '、' && inToken(text[start - 2])) return undefined;
  if (text[end] === '、' && inToken(text[end + 1])) return undefined;
  if (exactBefore.some((w) => text.startsWith(w, start - w.length))) return undefined;
  if (arabic && (text[start - 1] === '.' || text[end] === '.')) return undefined;
  const x = text.slice(start, at);
  const y = text.slice(at + 1, end);
  const fix = arabic ? arabicFix(x, y) : chineseFix(x, y);
  return fix ? { start, end, fix } : undefined;
}

/** 3、4 → 三四; 1、2 → 一两; 15、16 → 十五六. */
function arabicFix(x: string, y: string): string | undefined {
  if (x.startsWith('0') || y.startsWith('0')) return undefined;
  const a = Number(x);
  const b = Number(y);
  if (b !== a + 1 || a % 10 === 0 || a % 10 === 9 || a > 98) return undefined;
  if (a === 1) return '一两'; // 一两个小时 (GB/T 15835-2011), not 一二个
  return a < 10 ? hanDigit(a) + hanDigit(b) : hanTens(Math.floor(a / 10)) + hanDigit(a % 10) + hanDigit(b % 10);
}

/** 三、四 → 三四; 十五、六 → 十五六; 五、六十 → 五六十. */
function chineseFix(x: string, y: string): string | undefined {
  const lastX = HAN_DIGIT_VALUES.get(x[x.length - 1]!);
  const firstY = HAN_DIGIT_VALUES.get(y[0]!);
  if (lastX === undefined || firstY === undefined || firstY !== lastX + 1 || lastX === 0) return undefined;
  // x: a digit, or 十d / d十d (the units digit counts); y: a digit, or a digit and one multiplier (五、六十).
  const xOk = x.length === 1 || (x.length === 2 && x[0] === '十') || (x.length === 3 && HAN_DIGIT_VALUES.has(x[0]!) && x[1] === '十');
  const yOk = y.length === 1 || (y.length === 2 && x.length === 1 && MULTIPLIERS.has(y[1]!));
  if (!xOk || !yOk) return undefined;
  if (y[0] === '两' && lastX !== 1) return undefined;
  if (x === '一' && y === '二') return '一两'; // 一两年, not 一二年
  return x + y;
}
