import { testRule } from '../../helpers/rule-tester.js';

testRule('number/rate-over-100', {
  valid: [
    '全县行政村光纤覆盖率达到100%。',
    '按期办结率100%。',
    // Over-fulfilment and growth may exceed 100%.
    '完成年度目标任务的112%。',
    '招商引资任务完成率112%。',
    '网上办件量同比增长120%。',
    // A change of a rate, not the rate itself.
    '产品合格率提高105%。',
    '第三产业占比35.2%。',
  ],
  invalid: [
    { text: '全县行政村光纤覆盖率达到105%。', flagged: ['105%'], messageIds: ['rateOver100'], severity: 'error' },
    { text: '群众满意度为101.5%。', flagged: ['101.5%'], messageIds: ['rateOver100'] },
    { text: '共收到留言10条，按期办结率120%。', flagged: ['120%'], messageIds: ['rateOver100'] },
    { text: '第三产业占比达到120%。', flagged: ['120%'], messageIds: ['rateOver100'] },
    { text: '抽检合格率:100.5%', flagged: ['100.5%'], messageIds: ['rateOver100'] },
  ],
});
