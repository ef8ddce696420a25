import type { Rule } from '../rule.js';
import { scanPairs } from './pair-scan.js';

const MESSAGES = {
  wrongInnerOpen: `“{{open}}”应为“{{expectedOpen}}”：{{why}}`,
  wrongInnerClose: `“{{close}}”应为“{{expectedClose}}”：{{why}}`,
};

/**
 * Marks nested inside marks of the same kind: the inner level uses the single form.
 * “…“…”…” → ‘’ inside “” (GB/T 15834-2011 4.8); 《…《…》…》 → 〈〉 inside 《》, and
 * half-width < > inside 《》 → 〈〉 (4.15). A third level goes back to the double form.
 * Reported only when the inner pair and every pair around it close properly, so an
 * unbalanced quote is not mistaken for nesting.
 */
export function createNestedPairRule(): Rule {
  return {
    id: 'punctuation/nested-pair',
    category: 'punctuation',
    severity: 'error',
    description: '引号、书名号里层应改用单引号、单书名号（《关于转发〈……〉的通知》）',
    messages: MESSAGES,
    check(doc, report) {
      const text = doc.text;
      for (const n of scanPairs(doc).nested) {
        const open = text[n.open]!;
        const close = text[n.close]!;
        const quote = n.kind === 'dquote';
        const why = quote
          ? '引号里面还要用引号时，外层用双引号，里层用单引号（GB/T 15834-2011 4.8）。'
          : open === '《'
            ? '书名号里面还要用书名号时，外层用双书名号，里层用单书名号（GB/T 15834-2011 4.15）。'
            : `书名号内不用“${open}${close}”，里层书名号应为“${n.expectedOpen}${n.expectedClose}”（GB/T 15834-2011 4.15）。`;
        report({ start: n.open, end: n.open + 1, messageId: 'wrongInnerOpen', data: { open, expectedOpen: n.expectedOpen, why }, suggestions: [n.expectedOpen] });
        report({ start: n.close, end: n.close + 1, messageId: 'wrongInnerClose', data: { close, expectedClose: n.expectedClose, why }, suggestions: [n.expectedClose] });
      }
    },
  };
}
