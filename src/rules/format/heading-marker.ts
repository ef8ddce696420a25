import type { Rule } from '../rule.js';
import { canonicalMarker, scanHeadings } from './headings.js';

const MESSAGES = {
  wrongMark: `序号“{{written}}”的标点不规范，应为“{{fixed}}”：{{rule}}（GB/T 15834-2011 附录B.3，GB/T 9704-2012 7.3.3）。`,
};

/**
 * The mark after a 序号 (GB/T 15834-2011 附录B.3; GB/T 9704-2012 7.3.3): 一 takes a 顿号
 * (一、), an Arabic numeral takes a 下脚点 (1.), a bracketed 序号 takes nothing: so
 * 一. 一， 1、 （一）、 （1）. are wrong. The full-width point 1． is accepted.
 */
export function createHeadingMarkerRule(): Rule {
  return {
    id: 'format/heading-marker',
    category: 'format',
    severity: 'warning',
    description: '结构层次序号后的标点不规范',
    messages: MESSAGES,
    check(doc, report) {
      for (const marker of scanHeadings(doc).markers) {
        const { level, mark } = marker;
        const wrong = level === 1 ? mark !== '、' : level === 3 ? mark === '、' : mark !== '';
        if (!wrong) continue;
        const written = doc.text.slice(marker.start, marker.end);
        const fixed = canonicalMarker(marker, written);
        const rule =
          level === 1 ? '汉字数字序号后用顿号' : level === 3 ? '阿拉伯数字序号后用下脚点“.”' : '带括号的序号后不再加标点';
        report({
          start: marker.start,
          end: marker.end,
          messageId: 'wrongMark', data: { written, fixed, rule },
          suggestions: [fixed],
        });
      }
    },
  };
}
