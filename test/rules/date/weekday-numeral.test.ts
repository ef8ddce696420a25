import { testRule } from '../../helpers/rule-tester.js';

testRule('date/weekday-numeral', {
  valid: [
    '会议定于星期五上午召开。',
    '每星期5天工作制。',
    '一星期3次例会。',
    '星期12', // no weekday
    '周5前报送', // 周 + digit is often a count (每周5次): left alone
  ],
  invalid: [
    {
      text: '会议定于星期5上午召开。',
      flagged: ['星期5'],
      messageIds: ['arabicWeekday'],
      messages: ['“星期5”应写作“星期五”：星期的名称是固定用语，用汉字数字，星期日不写作“星期7”（GB/T 15835-2011 4.2.3）。'],
      fixes: ['星期五'],
      severity: 'warning',
    },
    { text: '礼拜3下午', flagged: ['礼拜3'], messageIds: ['arabicWeekday'], fixes: ['礼拜三'] },
    { text: '星期1至星期7', flagged: ['星期1', '星期7'], messageIds: ['arabicWeekday', 'arabicWeekday'], fixes: ['星期一', '星期日'] },
  ],
});
