import { describe, expect, it } from 'vitest';
import { testRule } from '../../helpers/rule-tester.js';
import { flaggedWithDate, signed } from './date-options.js';

const printed = (date: string) => `\n抄送：县委办公室。\n苍溪县人民政府办公室　　${date}印发\n`;

testRule('date/issued-before-written', {
  valid: [
    signed('请认真贯彻执行。') + printed('2024年6月26日'),
    signed('请认真贯彻执行。') + printed('2024年6月28日'),
    signed('请认真贯彻执行。', '二〇二四年六月二十六日') + printed('2024年6月27日'),
    '请认真贯彻执行。' + printed('2024年6月20日'), // no 成文日期 found: nothing to compare
    signed('省政府于2024年5月8日印发了《实施方案》。'), // a sentence, not the 印发 line
  ],
  invalid: [
    { text: signed('请认真贯彻执行。') + printed('2024年6月20日'), flagged: ['2024年6月20日'], messageIds: ['issuedBeforeWritten'], severity: 'error' },
    { text: signed('请认真贯彻执行。') + printed('2023年6月28日'), flagged: ['2023年6月28日'], messageIds: ['issuedBeforeWritten'] },
    { text: '  • 成文日期 2024-05-08\n正文。' + printed('2024年5月6日'), flagged: ['2024年5月6日'], messageIds: ['issuedBeforeWritten'] }, // 成文日期 from the header
  ],
});

describe('date/issued-before-written with documentDate', () => {
  it('compares with the documentDate given', () => {
    expect(flaggedWithDate('date/issued-before-written', '正文。' + printed('2024年6月20日'), '2024-06-26')).toEqual(['2024年6月20日']);
  });
  it('the option wins over the 成文日期 found', () => {
    expect(flaggedWithDate('date/issued-before-written', signed('正文。') + printed('2024年6月20日'), '2024-06-01')).toEqual([]);
  });
});
