import type { Rule } from '../rule.js';
import { compareYmd, formatYmd } from '../../text/dates/calendar.js';
import { clauseAfter } from '../../text/sentences.js';
import { datesOf, describeDate, documentDateOf, yearCandidates } from './context.js';
import { firstResultWord, type DateLexicon } from './lexicon.js';

const MESSAGES = {
  deadlineBeforeDocument: `完成时限{{date}}早于{{label}}{{documentDate}}，收文单位无法按期办理，请核对日期。`,
};

/**
 * A deadline earlier than the document's own date: 于2024年3月15日前报送 in a document
 * signed 2024年6月26日 cannot be met. A deadline is 于/在 X前, or X前 + 报送/完成/将….
 * Sentences that tell what was done (均于3月15日前报送了, …前完成自查，共发现问题15个) are left alone. A date without
 * a written year is reported only when it is earlier in every year it may mean.
 */
export function createDeadlineBeforeDocumentRule(lexicon: DateLexicon): Rule {
  return {
    id: 'date/deadline-before-document',
    category: 'date',
    severity: 'warning',
    description: '完成时限早于成文日期',
    messages: MESSAGES,
    check(doc, report) {
      const text = doc.text;
      const documentDate = documentDateOf(doc);
      if (!documentDate) return;
      for (const m of datesOf(doc).mentions) {
        if (m.day === undefined || m.month === undefined || m.inherited) continue;
        const before = lexicon.deadlineEndings.find((w) => text.startsWith(w, m.end));
        if (!before) continue;
        const after = m.end + before.length;
        const marked = lexicon.deadlineMarkers.includes(text[m.start - 1] ?? '\n');
        if (!marked && !lexicon.deadlineVerbs.some((w) => text.startsWith(w, after))) continue;
        const clause = clauseAfter(text, after);
        if (lexicon.pastMarkers.some((w) => clause.includes(w)) || firstResultWord(clause, lexicon) !== -1) continue;
        const years = yearCandidates(m, doc);
        if (years.length === 0) continue;
        if (!years.every((year) => compareYmd({ year, month: m.month!, day: m.day! }, documentDate.date) < 0)) continue;
        report({
          start: m.start,
          end: m.end,
          messageId: 'deadlineBeforeDocument', data: { date: describeDate(m, years[0]!), label: documentDate.label, documentDate: formatYmd(documentDate.date) },
        });
      }
    },
  };
}
