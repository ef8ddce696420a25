import { testRule } from '../../helpers/rule-tester.js';

testRule('date/quarter-months', {
  valid: [
    '第一季度（1—3月）',
    '第二季度（4-6月）',
    '2024年第三季度（7～9月份）',
    '四季度（10—12月）',
    '上半年（1—6月）',
    '今年下半年（7月—12月）',
    '前三季度（1至9月）',
    '第一季度（1月1日—3月31日）',
    '第二季度（四至六月）',
    '第一季度全区各单位共公开征集意见8次。',
    '每一季度（1—6月内任选）', // not a named quarter
    '第一季度，全市1—6月累计完成投资', // no bracketed months after the quarter
  ],
  invalid: [
    { text: '第二季度（1—6月）', flagged: ['1—6月'], messageIds: ['monthsMismatch'], severity: 'error' },
    { text: '2024年第一季度(1-4月)', flagged: ['1-4月'], messageIds: ['monthsMismatch'] },
    { text: '三季度（4—6月份）', flagged: ['4—6月份'], messageIds: ['monthsMismatch'] },
    { text: '下半年（1—6月）', flagged: ['1—6月'], messageIds: ['monthsMismatch'] },
    { text: '上半年（1—7月）', flagged: ['1—7月'], messageIds: ['monthsMismatch'] },
    { text: '前三季度（1—6月）', flagged: ['1—6月'], messageIds: ['monthsMismatch'] },
    { text: '第四季度（七至九月）', flagged: ['七至九月'], messageIds: ['monthsMismatch'] },
  ],
});
