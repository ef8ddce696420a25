import type { Rule } from '../rule.js';
import { markerText } from './headings.js';
import { numberingProblems } from './numbering.js';

const CLAUSE = 'GB/T 9704-2012 7.3.3';

const MESSAGES = {
  notConsecutive: `{{what}}。同一层级的序号应依次连续编排（${CLAUSE}）。`,
};

/**
 * 序号错乱 within one level under one parent: a gap (一、二、四、), a repeat (二、二、), a
 * step back (三、二、) or a first child other than 1 right under its parent heading.
 * The fix renumbers the flagged 序号 when the gap is the only problem in sight.
 */
export function createHeadingSequenceRule(): Rule {
  return {
    id: 'format/heading-sequence',
    category: 'format',
    severity: 'error',
    description: '结构层次序号不连续、重复或倒序',
    messages: MESSAGES,
    check(doc, report) {
      for (const p of numberingProblems(doc)) {
        if (p.kind === 'reversed') continue;
        const { marker, expected } = p;
        const written = doc.text.slice(marker.start, marker.end);
        const want = markerText(marker.level, expected);
        const before = p.previous ? `“${doc.text.slice(p.previous.start, p.previous.end)}”之后` : '';
        const what =
          p.kind === 'gap'
            ? `序号不连续：${before}是“${written}”，中间缺了“${want}”`
            : p.kind === 'repeat'
              ? `序号重复：${before}又是“${written}”，应为“${want}”`
              : p.kind === 'backwards'
                ? `序号倒序：${before}出现“${written}”，应为“${want}”`
                : `序号“${written}”是其上级标题下的第一项，应从“${want}”编起`;
        report({
          start: marker.start,
          end: marker.end,
          messageId: 'notConsecutive', data: { what },
        });
      }
    },
  };
}
