import type { Document } from '../../document/document.js';
import type { Rule } from '../rule.js';
import type { FormatLexicon } from './lexicon.js';
import { isValidYmd } from '../../text/dates/calendar.js';
import { HAN_ONE_TO_TEN, HAN_YEAR_DIGITS, hanNumber, hanYear } from '../../text/numerals.js';
import { isBlank } from '../../text/unicode.js';

const CLAUSE = 'GB/T 9704-2012 7.3.5.4';
const SPACE = /^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/g;
const ARABIC = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/;
const SEPARATED = /^(\d{4})([.\-/．－])(\d{1,2})\2(\d{1,2})$/;
const CHINESE = new RegExp(`^([一二][${HAN_YEAR_DIGITS}]{3})年([${HAN_ONE_TO_TEN}]{1,2})月([${HAN_ONE_TO_TEN}]{1,3})日$`);
const RUN_TOGETHER = /^((?:19|20)\d{2})(\d{2,4})$/;

const MESSAGES = {
  nonstandardDate: `落款日期“{{line}}”{{problem}}。成文日期应用阿拉伯数字将年、月、日标全，年份标全称，月、日不编虚位，如“2024年5月8日”{{fix}}（${CLAUSE}）。`,
};

/**
 * 成文日期 in the signature block (GB/T 9704-2012 7.3.5.4): Arabic numerals, the year in
 * full, month and day without leading zeros, 年月日 written out: 2024年5月8日, not
 * 2024年05月08日, 2024.5.8, 2024-05-08 or 二〇二四年五月八日 (the pre-2012 form, a warning).
 * The date line counts as 成文日期 only right after an issuing authority's name
 * (a short line ending in 人民政府, 办公室, 局…: dictionaries/format/authority-suffixes.txt).
 * Digits run together (2023815, the date typed without 年月日) are flagged too; the fix is
 * offered only when one reading is a real date (2023815 → 2023年8月15日; 2023115 could
 * be 1月15日 or 11月5日).
 */
export function createSignatureDateRule(lexicon: FormatLexicon): Rule {
  return {
    id: 'format/signature-date',
    category: 'format',
    severity: 'error',
    description: '落款成文日期格式不规范',
    messages: MESSAGES,
    check(doc, report) {
      const text = doc.text;
      const { lineStarts } = doc.lines;
      for (let i = 1; i < lineStarts.length; i++) {
        // Cheap test before slicing: 6 to 14 visible characters, the first a digit, 一 or 二.
        let start = lineStarts[i]!;
        let end = doc.lines.lineEnd(i);
        while (start < end && isBlank(text.charCodeAt(start))) start++;
        while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
        if (end - start < 6 || end - start > 14) continue;
        const c = text.charCodeAt(start);
        if (!(c >= 0x30 && c <= 0x39) && c !== 0x4e00 && c !== 0x4e8c) continue;
        const line = text.slice(start, end);
        const verdict = judge(line);
        if (!verdict) continue;
        if (!afterAuthority(doc, i, lexicon) || nextLineIsNumber(doc, i)) continue;
        const fixed = verdict.fixed;
        report({
          start,
          end: start + line.length,
          messageId: 'nonstandardDate', data: { line, problem: verdict.problem, fix: fixed ? `，此处应为“${fixed}”` : '' },
          ...(fixed && { suggestions: [fixed] }),
          ...(verdict.severity && { severity: verdict.severity }),
        });
      }
    },
  };
}

interface Verdict {
  problem: string;
  fixed?: string;
  severity?: 'warning';
}

function judge(line: string): Verdict | undefined {
  let m = ARABIC.exec(line);
  if (m) {
    const [, y, mo, d] = m as unknown as [string, string, string, string];
    if (!mo.startsWith('0') && !d.startsWith('0')) return undefined;
    return realDate(+y, +mo, +d) ? { problem: '的月、日编了虚位（前加0）', fixed: `${y}年${+mo}月${+d}日` } : undefined;
  }
  m = SEPARATED.exec(line);
  if (m) {
    const [, y, , mo, d] = m as unknown as [string, string, string, string, string];
    return realDate(+y, +mo, +d) ? { problem: '用符号分隔年月日', fixed: `${y}年${+mo}月${+d}日` } : undefined;
  }
  m = CHINESE.exec(line);
  if (m) {
    const [, y, mo, d] = m as unknown as [string, string, string, string];
    const year = hanYear(y);
    const month = hanNumber(mo);
    const day = hanNumber(d);
    if (!year || !month || !day || !realDate(year, month, day)) return undefined;
    return { problem: '使用了汉字数字（2012年以前的写法）', fixed: `${year}年${month}月${day}日`, severity: 'warning' };
  }
  m = RUN_TOGETHER.exec(line);
  if (m) {
    const [, y, rest] = m as unknown as [string, string, string];
    const readings = new Set<string>();
    for (let monthLength = 1; monthLength <= 2; monthLength++) {
      const dayLength = rest.length - monthLength;
      if (dayLength < 1 || dayLength > 2) continue;
      const mo = rest.slice(0, monthLength);
      const d = rest.slice(monthLength);
      if (mo === '0' || d === '0' || d === '00') continue;
      if (realDate(+y, +mo, +d)) readings.add(`${y}年${+mo}月${+d}日`);
    }
    if (readings.size === 0) return undefined;
    const only = readings.size === 1 ? [...readings][0] : undefined;
    return { problem: only ? '缺少“年”“月”“日”，数字连写在一起' : `缺少“年”“月”“日”，数字连写在一起，且可有多种读法（${[...readings].join('或')}），请核对`, ...(only && { fixed: only }) };
  }
  return undefined;
}

function realDate(year: number, month: number, day: number): boolean {
  return year >= 1949 && year <= 2100 && isValidYmd({ year, month, day });
}

/** The nearest non-empty line above (at most 3 lines up) is an issuing authority's name. */
function afterAuthority(doc: Document, line: number, lexicon: FormatLexicon): boolean {
  for (let i = line - 1; i >= 0 && i >= line - 3; i--) {
    const prev = doc.text.slice(doc.lines.lineStarts[i]!, doc.lines.lineEnd(i)).replace(SPACE, '');
    if (prev === '') continue;
    return lexicon.isAuthority(prev);
  }
  return false;
}

/** A table of figures: the date-like line is followed by another number, not by the end of a signature block. */
function nextLineIsNumber(doc: Document, line: number): boolean {
  const { lineStarts } = doc.lines;
  for (let i = line + 1; i < lineStarts.length && i <= line + 3; i++) {
    const next = doc.text.slice(lineStarts[i]!, doc.lines.lineEnd(i)).replace(SPACE, '');
    if (next === '') continue;
    return /^[\d.,%，．]+$/.test(next);
  }
  return false;
}
