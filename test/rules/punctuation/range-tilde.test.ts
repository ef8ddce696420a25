import { testRule } from '../../helpers/rule-tester.js';

testRule('punctuation/range-tilde', {
  valid: [
    '降幅为15%～30%',
    '气温25～30℃',
    '详见https://example.gov.cn/~admin/2024',
    'cd ~/work && ls',
    'range 1~5',
    '周一至周五',
  ],
  invalid: [
    { text: '降幅为15%~30%', flagged: ['~'], messageIds: ['halfWidthTilde'], fixes: ['～'], severity: 'warning' },
    { text: '每次3~5天', flagged: ['~'], messageIds: ['halfWidthTilde'], fixes: ['～'] },
    { text: '投资3万~5万元', flagged: ['~'], messageIds: ['halfWidthTilde'], fixes: ['～'] },
  ],
});
