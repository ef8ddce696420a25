import type { Rule } from '../rule.js';
import { compareYmd, formatYmd } from '../../text/dates/calendar.js';
import { documentDateOf } from './context.js';

const MESSAGES = {
  issuedBeforeWritten: `印发日期{{issued}}早于{{label}}{{written}}：公文成文后方能印发，印发日期不应早于成文日期，请核对（GB/T 9704-2012 7.3.5.4、7.4.3）。`,
};

/**
 * The 印发 line (2024年5月6日印发) dated before the document's own 成文日期 (or the
 * `documentDate` given): a 公文 is printed and distributed after it is signed.
 */
export function createIssuedBeforeWrittenRule(): Rule {
  return {
    id: 'date/issued-before-written',
    category: 'date',
    severity: 'error',
    description: '印发日期早于成文日期',
    messages: MESSAGES,
    check(doc, report) {
      const issued = doc.facts.issuedDate;
      if (!issued) return;
      const written = documentDateOf(doc);
      if (!written || compareYmd(issued, written.date) >= 0) return;
      report({
        start: issued.start,
        end: issued.end,
        messageId: 'issuedBeforeWritten', data: { issued: formatYmd(issued), label: written.label, written: formatYmd(written.date) },
      });
    },
  };
}
