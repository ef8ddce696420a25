import type { Rule } from '../rule.js';
import { isAsciiDigit } from '../../text/unicode.js';
import { isHanAt } from './chars.js';

const MESSAGES = {
  halfWidthTilde: `数值范围应使用浪纹线“～”，不用半角“~”（GB/T 15834-2011 4.13）。`,
};

/**
 * ASCII "~" in a numeric range in Chinese text (3~5天, 15%~30%, 25~30g): the 浪纹线 is
 * the full-width "～" (GB/T 15834-2011 4.13). Only between a number (or its unit) and a
 * number, on a line with Han characters; URLs are skipped spans.
 */
export function createRangeTildeRule(): Rule {
  return {
    id: 'punctuation/range-tilde',
    category: 'punctuation',
    severity: 'warning',
    description: '数值范围误用半角“~”（应为“～”）',
    messages: MESSAGES,
    check(doc, report) {
      const text = doc.text;
      const hasHan = new Map<number, boolean>();
      const lineHasHan = (line: number) => {
        let v = hasHan.get(line);
        if (v === undefined) {
          v = false;
          for (let i = doc.lines.lineStarts[line]!, end = doc.lines.lineEnd(line); i < end && !v; i++) v = isHanAt(text, i);
          hasHan.set(line, v);
        }
        return v;
      };
      for (let p = text.indexOf('~'); p !== -1; p = text.indexOf('~', p + 1)) {
        const prev = text.charCodeAt(p - 1);
        if (!isAsciiDigit(text.charCodeAt(p + 1))) continue;
        if (!(isAsciiDigit(prev) || prev === 0x25 /* % */ || isHanAt(text, p - 1))) continue;
        if (!lineHasHan(doc.lines.lineOf(p))) continue;
        report({ start: p, end: p + 1, messageId: 'halfWidthTilde', suggestions: ['～'] });
      }
    },
  };
}
