import { testRule } from '../../helpers/rule-tester.js';

testRule('number/negative-change', {
  valid: ['全市生产总值同比下降5.2%，出口增长3%。', '气温下降-5℃的低温天气。', '负增长；增长率为-2.1%。'],
  invalid: [
    {
      text: '全市生产总值同比增长-5.2%。',
      flagged: ['增长-5.2'],
      messageIds: ['negativeChange'],
      messages: ['“增长-5.2”：增减方向用动词表示，不用负号，宜作“下降5.2”。'],
      fixes: ['下降5.2'],
      severity: 'warning',
    },
    { text: '利润下降了-3%。', flagged: ['下降了-3'], messageIds: ['negativeChange'], fixes: ['增长了3'] },
    { text: '出口增长负2.1%。', flagged: ['增长负2.1'], messageIds: ['negativeChange'], fixes: ['下降2.1'] },
  ],
});
