import type { Rule } from '../rule.js';

// Anchored on the month's digits (a leading optional year would make the engine try every position).
const MONTH_DAY = /(?<![0-9０-９.．\-－/])([0-9]{1,2})月(?:([0-9]{1,2})([日号]))?/g;
const YEAR_BEFORE = /(?<![0-9])([0-9]{4})年$/;

const MESSAGES = {
  paddedDate: '“{{written}}”应写作“{{fixed}}”：日期中的月、日不编虚位，1不写作01（GB/T 9704-2012 7.3.5.4）。',
};

/** A bare month between Han characters (今年03月底, 于03月份): a date in a sentence, not a table's column header. */
function inProse(text: string, start: number, end: number): boolean {
  return HAN.test(text[start - 1] ?? '') && HAN.test(text[end] ?? '');
}
const HAN = /\p{Script=Han}/u;

/**
 * A month or day with a leading zero in a Chinese date: 2024年03月05日 → 2024年3月5日.
 * Only with the year before it, the day after it, or Han characters on both sides (今年03月底),
 * so that a bare 03月 in a table header stays silent. The signature date line has its own rule (format/signature-date, an error);
 * there both give the same fix and the proofreader keeps one.
 */
export function createPaddedDateRule(): Rule {
  return {
    id: 'date/padded-date',
    category: 'date',
    severity: 'warning',
    description: '日期的月、日编了虚位（2024年03月05日）',
    messages: MESSAGES,
    check(doc, report) {
      const text = doc.text;
      for (const m of text.matchAll(MONTH_DAY)) {
        const [, month, day, dayMark] = m;
        const monthPadded = month!.length === 2 && month![0] === '0';
        const dayPadded = day !== undefined && day.length === 2 && day[0] === '0';
        if (!monthPadded && !dayPadded) continue;
        // 00月, 13月, 00日: impossible dates are another rule's finding.
        const monthValue = Number(month);
        if (monthValue < 1 || monthValue > 12 || (day !== undefined && (Number(day) < 1 || Number(day) > 31))) continue;
        const year = YEAR_BEFORE.exec(text.slice(Math.max(0, m.index - 5), m.index));
        if (!year && day === undefined && !inProse(text, m.index, m.index + m[0].length)) continue;
        const start = year ? m.index - year[0].length : m.index;
        const end = m.index + m[0].length;
        const fixed = `${year ? `${year[1]}年` : ''}${monthValue}月${day !== undefined ? `${Number(day)}${dayMark}` : ''}`;
        report({ start, end, messageId: 'paddedDate', data: { written: text.slice(start, end), fixed }, suggestions: [fixed] });
      }
    },
  };
}
