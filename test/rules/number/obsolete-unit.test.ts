import { testRule } from '../../helpers/rule-tester.js';

testRule('number/obsolete-unit', {
  valid: ['52英寸液晶彩电', '距岸12海里', '好哩，就这么办。', '咖喱', '英里'],
  invalid: [
    {
      text: '52吋液晶彩电',
      flagged: ['吋'],
      messageIds: ['obsoleteUnit'],
      messages: ['“吋”应写作“英寸”：“吋”是已淘汰的计量单位用字，应使用统一译名“英寸”（1977年《部分计量单位名称统一用字表》）。'],
      fixes: ['英寸'],
      severity: 'warning',
    },
    { text: '距岸12海浬', flagged: ['海浬'], messageIds: ['obsoleteUnit'], fixes: ['海里'] },
    { text: '十二浬', flagged: ['浬'], messageIds: ['obsoleteUnit'], fixes: ['海里'] },
    { text: '5瓩发电机', flagged: ['瓩'], messageIds: ['obsoleteUnit'], fixes: ['千瓦'] },
    { text: '全程26哩', flagged: ['哩'], messageIds: ['obsoleteUnit'], fixes: ['英里'] },
  ],
});
