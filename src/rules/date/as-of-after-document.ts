import type { Rule } from '../rule.js';
import { compareYmd, formatYmd, type Ymd } from '../../text/dates/calendar.js';
import { clauseAfter } from '../../text/sentences.js';
import { datesOf, describeDate, documentDateOf, yearCandidates } from './context.js';
import { firstResultWord, type DateLexicon } from './lexicon.js';

const MESSAGES = {
  asOfAfterDocument: `截至日期{{date}}晚于{{label}}{{documentDate}}，句中却报告已取得的结果：成文时尚不可能统计到该日，请核对日期。`,
};

/**
 * 截至 + a date after the document's own date, in a sentence that reports results already
 * reached (截至6月30日，全市已完成…; document signed 6月26日): the figures cannot be known
 * yet. Plans and requests (预计, 力争, 请) are left alone. A date without a written year is
 * reported only when it is later in every year it may mean.
 */
export function createAsOfAfterDocumentRule(lexicon: DateLexicon): Rule {
  return {
    id: 'date/as-of-after-document',
    category: 'date',
    severity: 'warning',
    description: '“截至”日期晚于成文日期却报告已完成的结果',
    messages: MESSAGES,
    check(doc, report) {
      const text = doc.text;
      const documentDate = documentDateOf(doc);
      if (!documentDate) return;
      for (const m of datesOf(doc).mentions) {
        if (m.inherited) continue;
        let before = m.start;
        if (text[before - 1] === ' ' || text[before - 1] === '\u3000') before--;
        if (!lexicon.asOfWords.some((w) => text.startsWith(w, before - w.length))) continue;
        if (lexicon.deadlineEndings.some((w) => text.startsWith(w, m.end))) continue; // 截至6月30日前: a deadline
        const years = yearCandidates(m, doc);
        if (years.length === 0) continue;
        const starts: Ymd[] = years.map((year) => ({ year, month: m.month ?? 1, day: m.day ?? 1 }));
        if (!starts.every((s) => compareYmd(s, documentDate.date) > 0)) continue;
        // Results reached, not announced first as a plan or request (截至6月30日，预计完成…).
        const clause = clauseAfter(text, m.end);
        const result = firstResultWord(clause, lexicon);
        if (result === -1) continue;
        const lead = clause.slice(0, result);
        if (lexicon.futureWords.some((w) => lead.includes(w))) continue;
        report({
          start: m.start,
          end: m.end,
          messageId: 'asOfAfterDocument', data: { date: describeDate(m, years[0]!), label: documentDate.label, documentDate: formatYmd(documentDate.date) },
        });
      }
    },
  };
}
