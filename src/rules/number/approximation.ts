import { ARABIC_DIGITS, HAN_NUMBER_CHARS } from '../../text/numerals.js';
import type { Rule } from '../rule.js';
import type { NumberLexicon } from './lexicon.js';

const MESSAGES = {
  redundant: '“{{written}}”中“{{before}}”与“{{after}}”都表示概数，意思重复，只用其一。',
  contradictory: '“{{written}}”自相矛盾：“{{before}}”表示不到，“{{after}}”表示超过，只用其一。',
  decreaseByMultiple: '“{{written}}”：“倍”只用于数量增加，减少应该用分数或百分数表示（减少了一半、降低50%）。',
};

/** A number as texts write one: Arabic (1.5, 3,000) or Han (三千, 两百), with 万 or 亿 after it. */
const NUMBER = `(?:[${ARABIC_DIGITS}]+(?:[.,，][${ARABIC_DIGITS}]+)*|[${HAN_NUMBER_CHARS}两]+)(?:[万亿])?`;
/** The characters of a number, looked up by UTF-16 code unit: the scan for numbers is the rule's hot path. */
const NUMBER_CHAR = new Uint8Array(0x10000);
for (const c of `${ARABIC_DIGITS}${HAN_NUMBER_CHARS}两`) NUMBER_CHAR[c.charCodeAt(0)] = 1;
/** How far after a number its marks may reach (余, a unit of up to four characters, 左右). */
const TAIL_REACH = 8;

/**
 * Two marks of an approximate number around one number (约100人左右, 超过50%以上, 约10余人,
 * 100多人左右) say the same twice; 近…余 says two opposite things (近10余年). Between the two there
 * is only the number and its unit (dictionaries/number/count-units.txt), so 约有100人参加，左右两侧
 * is two phrases. And 倍 counts increases only: 减少了一倍, 降低3倍 (dictionaries/number/approximation-markers.txt).
 */
export function createApproximationRule(lexicon: NumberLexicon): Rule {
  const { markers, units } = lexicon.approximation;
  const alternation = (list: readonly string[]) => [...list].sort((a, b) => b.length - a.length).join('|');
  const unit = `(?:${alternation([...lexicon.units, ...units])}|%|‰)?`;
  const before = alternation([...markers.about, ...markers.nearly, ...markers.over, ...markers.under]);
  // After the unit only 左右, 以上…: 余 and 多 there start words of their own (多次, 余额).
  const after = alternation([...markers.aroundAfter, ...markers.overAfter, ...markers.underAfter]);
  // From each number: 余/多 right after it, the unit, the mark after it (左右, 以上); then the mark before it (约, 超过; 约有, 约为).
  const numbers = new RegExp(NUMBER, 'y');
  const markChars = new Set([...markers.moreAfter, ...markers.aroundAfter, ...markers.overAfter, ...markers.underAfter].map((w) => w.charCodeAt(0)));
  const markCharAfter = (text: string, from: number) => {
    for (let k = from; k < from + TAIL_REACH && k < text.length; k++) if (markChars.has(text.charCodeAt(k))) return true;
    return false;
  };
  const marksAfter = new RegExp(`(${alternation(markers.moreAfter)})?${unit}(${after})?`, 'y');
  const markBefore = new RegExp(`(${before})(?:有|为|计|达|占)?$`);
  const decrease = new RegExp(`(?:${alternation(markers.decrease)})了?(?:${NUMBER}|几|好几)倍`, 'g');
  const kindOf = new Map<string, string>();
  for (const [kind, list] of Object.entries(markers)) for (const word of list) kindOf.set(word, kind);
  return {
    id: 'number/approximation',
    category: 'number',
    severity: 'warning',
    description: '概数标记重复或矛盾（约100人左右、近10余年），用倍数表示减少（降低了一倍）',
    messages: MESSAGES,
    check(doc, report) {
      const text = doc.text;
      for (let i = 0; i < text.length; i++) {
        if (NUMBER_CHAR[text.charCodeAt(i)] === 0) continue;
        numbers.lastIndex = i;
        const n = numbers.exec(text)!;
        i = n.index + n[0].length - 1;
        // Two marks need one after the number: most numbers have none (a first look for their characters, then the pattern).
        if (!markCharAfter(text, n.index + n[0].length)) continue;
        marksAfter.lastIndex = n.index + n[0].length;
        const tail = marksAfter.exec(text);
        const more = tail?.[1];
        const last = tail?.[2];
        if (more === undefined && last === undefined) continue;
        const head = markBefore.exec(text.slice(Math.max(0, n.index - 5), n.index));
        const mark = head?.[1];
        const marks = [mark, more, last].filter((x): x is string => x !== undefined);
        if (marks.length < 2) continue;
        const first = marks[0]!;
        const second = marks[marks.length - 1]!;
        const [a, b] = [kindOf.get(first)!, kindOf.get(second)!];
        const contradictory = isContradictoryPair(a, b);
        if (!contradictory && !isRedundantPair(a, b)) continue;
        // Each mark a word of its own: 节约, 最近, 附近 end in a mark's character, 上下班 and 多元 start with one.
        const start = n.index - (head ? head[0].length : 0);
        const end = n.index + n[0].length + tail![0].length;
        if (mark !== undefined && !doc.isWordBoundary(start)) continue;
        if (last !== undefined && !doc.isWordBoundary(end)) continue;
        const written = text.slice(start, end);
        report({
          start,
          end,
          messageId: contradictory ? 'contradictory' : 'redundant',
          data: { written, before: first, after: second },
        });
      }
      for (const m of text.matchAll(decrease)) {
        report({ start: m.index, end: m.index + m[0].length, messageId: 'decreaseByMultiple', data: { written: m[0] } });
      }
    },
  };
}

function isRedundantPair(first: string, second: string): boolean {
  return (
    (first === 'about' && (second === 'aroundAfter' || second === 'moreAfter')) ||
    (first === 'over' && (second === 'overAfter' || second === 'moreAfter')) ||
    (first === 'under' && second === 'underAfter') ||
    (first === 'moreAfter' && (second === 'aroundAfter' || second === 'overAfter'))
  );
}

function isContradictoryPair(first: string, second: string): boolean {
  return (first === 'nearly' && (second === 'moreAfter' || second === 'overAfter')) || (first === 'under' && (second === 'moreAfter' || second === 'overAfter'));
}
