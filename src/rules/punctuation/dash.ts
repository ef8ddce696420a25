import type { Rule } from '../rule.js';
import { isCjkAt, isHanAt } from './chars.js';
import type { PunctuationLexicon } from './lexicon.js';

const DASH = '——';
const CLAUSE = 'GB/T 15834-2011 4.10';
/** A clause on each side of a single dash has at least this many Han characters. */
const MIN_CLAUSE = 4;
const OPENERS = new Set(['“', '‘', '《', '〈', '（', '(', '【', '〔', '「', '『']);
/** Runs of hyphens, full-width hyphens and em dashes. */
const CANDIDATE = /-{2,}|－{2,}|—+/g;
const CLOSERS = new Set(['”', '’', '》', '〉', '）', ')', '】', '〕', '」', '』']);

const MESSAGES = {
  doubleHyphen: `破折号应为“——”，不用“--”（${CLAUSE}）。`,
  doubleFullWidthHyphen: `破折号应为“——”，不用两个全角连字符“－－”（${CLAUSE}）。`,
  singleDash: `此处“—”用作破折号，应为“——”（两个字身，中间不断开）；一字线“—”只用于标示起止（${CLAUSE}）。`,
};

/**
 * 破折号 written in a wrong form; it is —— (two em dashes, two character cells):
 * "--" and "－－" between Chinese text, and a single "—" between two Chinese clauses.
 *
 * A single — is also the 一字线 of spans (2024年3月6日—2024年6月22日, 北京—上海,
 * “政府机构—班子成员”), so it is reported only between two runs of at least four Han
 * characters, outside quotes and titles, when neither run ends like a place or time
 * name (dictionaries/punctuation/span-endings.txt) and no place name of the division codes
 * touches the dash on either side (推进三星堆—金沙遗址保护, 加快建设海南—广东联网工程: names
 * without their suffix), unless a clause opens after it (三亚—这座城市:
 * dictionaries/punctuation/dash-clause-starts.txt). Phone numbers (0839—5222343) and dates never qualify.
 * Nor does a dash in a chain (织造—面辅料—成衣加工), or any single — of a text that writes
 * its 破折号 as —— elsewhere: that writer knows the marks apart, and the — is a 连接号
 * (中国国家电网公司—葡萄牙国家能源网公司, 巴丹吉林沙漠—沙山湖泊群).
 */
export function createDashRule(lexicon: PunctuationLexicon, isPlaceName: (name: string) => boolean = () => false): Rule {
  return {
    id: 'punctuation/dash',
    category: 'punctuation',
    severity: 'warning',
    description: '破折号形式不规范（—、--、－－ 应为 ——）',
    messages: MESSAGES,
    check(doc, report) {
      const text = doc.text;
      const endsLikeSpan = (end: number) => lexicon.spanEndings.some((e) => text.startsWith(e, end - e.length));
      // A text that writes its 破折号 as —— elsewhere knows the two marks: its single — is the 连接号.
      const writesDoubleDash = text.includes(DASH);
      for (const m of text.matchAll(CANDIDATE)) {
        const ch = m[0][0]!;
        const p = m.index;
        const q = p + m[0].length;
        const run = q - p;
        if (run === 2 && ch === '-' && isCjkAt(text, p - 1) && isCjkAt(text, q)) {
          report({ start: p, end: q, messageId: 'doubleHyphen', suggestions: [DASH] });
        } else if (run === 2 && ch === '－' && (isCjkAt(text, p - 1) || isCjkAt(text, q))) {
          report({ start: p, end: q, messageId: 'doubleFullWidthHyphen', suggestions: [DASH] });
        } else if (run === 1 && ch === '—' && isClauseDash(p)) {
          report({ start: p, end: q, messageId: 'singleDash', suggestions: [DASH] });
        }
      }

      function isClauseDash(p: number): boolean {
        let left = p;
        while (left > 0 && isHanAt(text, left - 1)) left--;
        let right = p + 1;
        while (right < text.length && isHanAt(text, right)) right++;
        if (p - left < MIN_CLAUSE || right - p - 1 < MIN_CLAUSE) return false;
        if (OPENERS.has(text[left - 1] ?? '') || CLOSERS.has(text[right] ?? '')) return false;
        if (lexicon.dashClauseStarts.some((w) => text.startsWith(w, p + 1))) return true;
        if (writesDoubleDash) return false;
        // A chain A—B—C (织造—面辅料—成衣加工, 中国—吉尔吉斯斯坦—乌兹别克斯坦铁路) links items; a 破折号 comes alone.
        if (text[left - 1] === '—' || text[right] === '—') return false;
        if (endsLikeSpan(p) || endsLikeSpan(right)) return false;
        for (let k = 2; k <= 4; k++) {
          if ((p - left >= k && isPlaceName(text.slice(p - k, p))) || (right - p - 1 >= k && isPlaceName(text.slice(p + 1, p + 1 + k)))) return false;
        }
        return true;
      }
    },
  };
}
