import type { Rule } from '../rule.js';

// number + range mark + number + %/‰/万/亿 with nothing after the first number: 15～30%, 9～16亿, 13—17万元.
const RANGE = /(?<![0-9A-Za-z.%％:：\-－/])([0-9]+(?:\.[0-9]+)?)([～~〜—–\-－至到])([0-9]+(?:\.[0-9]+)?)(%|％|‰|万亿|万|亿)/g;

const MESSAGES = {
  unitOmitted: `数值范围“{{written}}”的前一个数省略了“{{unit}}”，应写作“{{fixed}}”：表示百分数或以万、亿为单位的范围，两个数值的单位都不能省略（GB/T 15835-2011 5.1.3）。`,
};

/**
 * GB/T 15835-2011 5.1.3 (数值范围): in a range of percentages or of numbers in 万/亿, the
 * %, 万 or 亿 is written on both ends (15%～30%, 9亿～16亿, 13万—17万元); a plain unit such
 * as 元 may be left off the first value. The fix keeps the range mark as written.
 */
export function createRangeUnitRule(): Rule {
  return {
    id: 'number/range-unit',
    category: 'number',
    severity: 'warning',
    description: '数值范围前一个数省略了%、万、亿',
    messages: MESSAGES,
    check(doc, report) {
      const text = doc.text;
      for (const m of text.matchAll(RANGE)) {
        const [written, first, mark, second, unit] = m as unknown as [string, string, string, string, string];
        // 2024-06-26万? A date, a phone number or a code runs on: digits after a second hyphen.
        if ((mark === '-' || mark === '－') && /^[-－]/.test(text.slice(m.index - 1, m.index))) continue;
        const fixed = `${first}${unit}${mark}${second}${unit}`;
        report({
          start: m.index,
          end: m.index + written.length,
          messageId: 'unitOmitted', data: { written, unit, fixed },
          suggestions: [fixed],
        });
      }
    },
  };
}
