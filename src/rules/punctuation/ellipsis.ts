import type { Rule } from '../rule.js';
import { isAsciiDigit, isBlank } from '../../text/unicode.js';
import { isCjkAt } from './chars.js';
import type { PunctuationLexicon } from './lexicon.js';

const ELLIPSIS = '……';
const CLAUSE = 'GB/T 15834-2011 4.11';
/** Runs of three or more dots standing in for the ellipsis (. · • ・ ． 。), and runs of …. */
const CANDIDATE = /([.·•・．。])\1{2,}|…+/g;

const MESSAGES = {
  dotsForEllipsis: `省略号应为“……”（两个“…”，六个点），不用“{{written}}”（${CLAUSE}）。`,
  wrongEllipsis: `省略号应为“……”，不用“{{written}}”（${CLAUSE}）。`,
  dengAfterEllipsis: `省略号后不再用“{{word}}”：省略号已表示列举未尽，二者意思重复（${CLAUSE}）。`,
};

/**
 * Wrong ellipsis forms in Chinese text, all → ……: "。。。", "..." / "......", "···",
 * a single "…" or three of them. Dots count only next to Chinese text and in runs of
 * three or six, and not before a number (a table of contents' leaders: 总则......1).
 * Also 等/等等 right after an ellipsis (端午、中秋……等): the two say the same.
 */
export function createEllipsisRule(lexicon: PunctuationLexicon): Rule {
  return {
    id: 'punctuation/ellipsis',
    category: 'punctuation',
    severity: 'warning',
    description: '省略号形式不规范（...、。。。、…），省略号后加“等”',
    messages: MESSAGES,
    check(doc, report) {
      const text = doc.text;
      const chinese = (p: number, q: number) => isCjkAt(text, p - 1) || isCjkAt(text, q);
      for (const m of text.matchAll(CANDIDATE)) {
        const ch = m[0][0]!;
        const p = m.index;
        const q = p + m[0].length;
        const run = q - p;
        let ellipsis = false;
        if (ch === '…') {
          if (run === 2 || run === 6) ellipsis = true;
          else if ((run === 1 || run === 3) && chinese(p, q)) {
            ellipsis = true;
            report({ start: p, end: q, messageId: 'dotsForEllipsis', data: { written: m[0] }, suggestions: [ELLIPSIS] });
          }
        } else if (ch === '。' || ((run === 3 || run === 6) && chinese(p, q) && !beforeNumber(text, q))) {
          ellipsis = true;
          report({ start: p, end: q, messageId: 'wrongEllipsis', data: { written: m[0] }, suggestions: [ELLIPSIS] });
        }
        if (ellipsis) checkDeng(q);
      }

      function checkDeng(at: number): void {
        if (text[at] !== '等') return;
        if (lexicon.wordsBeginningWithDeng.some((w) => text.startsWith(w, at))) return;
        const word = text[at + 1] === '等' ? '等等' : '等';
        report({
          start: at,
          end: at + word.length,
          messageId: 'dengAfterEllipsis', data: { word },
          suggestions: [''],
        });
      }
    },
  };
}

/** True when a number follows `at` after optional blanks: dot leaders before a page number. */
function beforeNumber(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && isBlank(text.charCodeAt(i))) i++;
  return isAsciiDigit(text.charCodeAt(i));
}
