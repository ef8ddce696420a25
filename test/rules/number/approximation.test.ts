import { testRule } from '../../helpers/rule-tester.js';

testRule('number/approximation', {
  valid: [
    '约100人参加；100人左右参加；超过50%；50%以上；不足18岁；10余年来；三千多人。',
    '节约100万元左右的资金。', // 节约 is a word: its 约 is no mark
    '最近10余年来，附近100米左右。',
    '约100人参加，左右两侧站满了群众。', // 左右 in the next phrase
    '约100人上下班乘坐地铁。', // 上下班 is a word
    '产量增加了一倍，效率提高到三倍。', // 倍 for an increase
    '放大100倍观察。',
  ],
  invalid: [
    {
      text: '大约100人左右参加会议。',
      flagged: ['大约100人左右'],
      messageIds: ['redundant'],
      messages: ['“大约100人左右”中“大约”与“左右”都表示概数，意思重复，只用其一。'],
      severity: 'warning',
    },
    { text: '约有10余人参加。', flagged: ['约有10余人'], messageIds: ['redundant'] },
    { text: '增幅超过10%以上。', flagged: ['超过10%以上'], messageIds: ['redundant'] },
    { text: '不足18岁以下的未成年人。', flagged: ['不足18岁以下'], messageIds: ['redundant'] },
    { text: '共有100多人左右。', flagged: ['100多人左右'], messageIds: ['redundant'] },
    { text: '代表约200多人出席。', flagged: ['约200多人'], messageIds: ['redundant'] },
    {
      text: '近10余年来，变化很大。',
      flagged: ['近10余年'],
      messageIds: ['contradictory'],
      messages: ['“近10余年”自相矛盾：“近”表示不到，“余”表示超过，只用其一。'],
    },
    {
      text: '交通事故比去年减少了一倍。',
      flagged: ['减少了一倍'],
      messageIds: ['decreaseByMultiple'],
      messages: ['“减少了一倍”：“倍”只用于数量增加，减少应该用分数或百分数表示（减少了一半、降低50%）。'],
    },
    { text: '成本降低3倍。', flagged: ['降低3倍'], messageIds: ['decreaseByMultiple'] },
  ],
});
