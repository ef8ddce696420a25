import { describe, expect, it } from 'vitest';
import { proofread } from '../../../src/index.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule('format/signature-date', {
  valid: [
    '重庆市江津区人民政府办公室\n\n2019年9月20日　　　　\n2019年江津区政务公开工作要点',
    '苍溪县人民政府办公室\n\n2024年6月26日\n\n\n附件1',
    // Not a signature block: metadata fields, body text, a date line without an authority above it.
    '  • 成文日期 2023-08-15\n  • 发布日期 2023-08-18',
    '发布机构:苍溪县人民政府办公室 发布时间: 2024-06-28 字体: [ ]',
    '到二〇三五年，基本实现社会主义现代化。',
    '会议纪要\n2024-05-08',
    // A table of figures after a unit's name.
    '县财政局\n\n2023815\n\n22\n\n1',
    '县发改局\n\n20\n\n16\n\n1',
  ],
  invalid: [
    { text: '重庆市黔江区人民政府办公室  \n\n2023815\n\n(此件公开发布)', flagged: ['2023815'], messageIds: ['nonstandardDate'], fixes: ['2023年8月15日'], severity: 'error' },
    { text: '某某县人民政府办公室\n2024年05月08日', flagged: ['2024年05月08日'], messageIds: ['nonstandardDate'], fixes: ['2024年5月8日'] },
    { text: '某某县人民政府办公室\n2024.5.8', flagged: ['2024.5.8'], messageIds: ['nonstandardDate'], fixes: ['2024年5月8日'] },
    { text: '某某县人民政府办公室\n\n2024-05-08\n', flagged: ['2024-05-08'], messageIds: ['nonstandardDate'], fixes: ['2024年5月8日'] },
    { text: '某某市教育局\n20240508', flagged: ['20240508'], messageIds: ['nonstandardDate'], fixes: ['2024年5月8日'] },
    { text: '中共某某县委员会\n二〇二四年五月八日', flagged: ['二〇二四年五月八日'], messageIds: ['nonstandardDate'], fixes: ['2024年5月8日'], severity: 'warning' },
    { text: '中共某某县委员会\n二〇二三年十二月二十六日', flagged: ['二〇二三年十二月二十六日'], messageIds: ['nonstandardDate'], fixes: ['2023年12月26日'] },
    { text: '某某县人民政府\n2023115', flagged: ['2023115'], messageIds: ['nonstandardDate'] },
    { text: '某某县人民政府办公室\r\n\r\n2024-05-08\r\n', flagged: ['2024-05-08'], messageIds: ['nonstandardDate'], fixes: ['2024年5月8日'] },
  ],
});

describe('format/signature-date without a safe fix', () => {
  it('flags 2023115 without a suggestion: 1月15日 or 11月5日', () => {
    const issue = proofread('某某县人民政府\n2023115').issues.find((i) => i.ruleId === 'format/signature-date');
    expect(issue?.suggestions).toEqual([]);
    expect(issue?.message).toContain('2023年1月15日或2023年11月5日');
  });
});
