import type { Rule } from '../rule.js';
import { SEMICOLONS } from '../../text/sentences.js';

// A year in brackets of any kind, then the sequence number: 国办发〔2024〕5号, 国办发[2024]5号, 〔2024〕第5号, 〔24〕5号.
const BRACKETED = /([〔\[(（【［〖])((?:19|20)\d{2}|\d{2})([〕\])）】］〗])(第?)(\d{1,5})(号?)/g;
// 〔 and the year with the number run on, no closing bracket: 黔江府办〔202318, 〔201919号.
const UNCLOSED = /〔((?:19|20)\d{2})(\d{1,5})(号?)(?![\d〕])/g;
// The closing bracket without its opening one: 渝府发2023〕18号 (anchored on 〕, the year checked behind it).
const UNOPENED = /〕(第?)(\d{1,5})(号?)/g;
const YEAR_BEFORE = /[\u4e00-\u9fff](?:19|20)\d{2}$/;

const HAN = /[\u4e00-\u9fff]/;
const CLAUSE = 'GB/T 9704-2012 7.2.5';

// What may follow a number without 号 for it to be a whole 发文字号 (〔2024〕5，): space, a closing bracket, a full stop, comma or semicolon.
const AFTER_NUMBER = new RegExp(`[\\s）)。，,${SEMICOLONS}]`);

const MESSAGES = {
  malformed: `发文字号“{{written}}”格式不规范：{{problems}}。规范形式如“〔2024〕5号”（${CLAUSE}）。`,
  missingClose: `发文字号“{{written}}”残缺：年份后缺少“〕”，年份与顺序号连在了一起{{fix}}。发文字号由机关代字、用六角括号括入的年份和顺序号组成（${CLAUSE}）。`,
  missingOpen: `发文字号“{{written}}”残缺：年份前缺少“〔”，应为“{{fixed}}”（${CLAUSE}）。`,
};

/**
 * 发文字号 (GB/T 9704-2012 7.2.5): 机关代字 + year in 六角括号 〔〕 + sequence number + 号:
 * the year in full (four digits), the number without 第 and without leading zeros
 * (1 不编为 01). Also the broken forms found in published text, where the closing
 * bracket is lost and year and number run together (〔202318 → 〔2023〕18号).
 * Other brackets count as a 文号 only when a 机关代字 precedes them and 号 ends them,
 * so court case numbers such as （2024）川01民初5号 and 〔2024〕第三季度 stay silent.
 */
export function createDocNumberRule(): Rule {
  return {
    id: 'format/doc-number',
    category: 'format',
    severity: 'error',
    description: '发文字号格式不规范（〔〕、四位年份、无“第”、无虚位、以“号”结尾）',
    messages: MESSAGES,
    check(doc, report) {
      const text = doc.text;
      for (const m of text.matchAll(BRACKETED)) {
        const [written, open, year, close, di, number, hao] = m as unknown as [string, string, string, string, string, string, string];
        const end = m.index + written.length;
        const sixAngle = open === '〔' && close === '〕';
        const afterIt = text[end];
        if (!sixAngle && (!hao || year.length !== 4 || !HAN.test(text[m.index - 1] ?? ''))) continue;
        // 〔2024〕5、6号 lists two numbers; 〔2024〕5 followed by more text is not ours to guess.
        if (!hao && afterIt !== undefined && !AFTER_NUMBER.test(afterIt)) continue;
        const problems: string[] = [];
        if (!sixAngle) problems.push(`年份应使用六角括号“〔〕”，不用“${open}${close}”`);
        if (year.length === 2) problems.push('年份应标全称（四位）');
        if (di) problems.push('顺序号前不加“第”');
        if (number.length > 1 && number.startsWith('0')) problems.push('顺序号不编虚位（1不编为01）');
        if (!hao) problems.push('顺序号后应加“号”');
        if (problems.length === 0) continue;
        const fixed = year.length === 4 ? `〔${year}〕${number.replace(/^0+(?=\d)/, '')}号` : undefined;
        report({
          start: m.index,
          end,
          messageId: 'malformed', data: { written, problems: problems.join('；') },
          ...(fixed && { suggestions: [fixed] }),
        });
      }
      for (const m of text.matchAll(UNCLOSED)) {
        const [written, year, number] = m as unknown as [string, string, string];
        const fixed = number.startsWith('0') ? undefined : `〔${year}〕${number}号`;
        report({
          start: m.index,
          end: m.index + written.length,
          messageId: 'missingClose', data: { written, fix: fixed ? `，应为“${fixed}”` : '' },
          ...(fixed && { suggestions: [fixed] }),
        });
      }
      for (const m of text.matchAll(UNOPENED)) {
        const [tail, , number] = m as unknown as [string, string, string];
        if (!YEAR_BEFORE.test(text.slice(Math.max(0, m.index - 5), m.index))) continue;
        const start = m.index - 4;
        const written = text.slice(start, m.index + tail.length);
        const fixed = `〔${text.slice(start, m.index)}〕${number.replace(/^0+(?=\d)/, '')}号`;
        report({
          start,
          end: m.index + tail.length,
          messageId: 'missingOpen', data: { written, fixed },
          suggestions: [fixed],
        });
      }
    },
  };
}
