import { testRule } from '../../helpers/rule-tester.js';

testRule('number/range-unit', {
  valid: [
    '增幅为15%～30%。',
    '投资9亿～16亿元。',
    '每户补助13万元—17万元。',
    '每袋100—150kg。',
    '联系电话：0839-5222343。',
    '联系电话：0839—5222343。',
    '《规划（2020—2025年）》',
    '3～5个工作日内办结。',
    '发布时间: 2024-06-26',
    '上午8:30-11:30',
  ],
  invalid: [
    { text: '增幅为15～30%。', flagged: ['15～30%'], messageIds: ['unitOmitted'], fixes: ['15%～30%'], severity: 'warning' },
    { text: '投资9～16亿元。', flagged: ['9～16亿'], messageIds: ['unitOmitted'], fixes: ['9亿～16亿'] },
    { text: '每户补助13—17万元。', flagged: ['13—17万'], messageIds: ['unitOmitted'], fixes: ['13万—17万'] },
    { text: '预计增长5至10%。', flagged: ['5至10%'], messageIds: ['unitOmitted'], fixes: ['5%至10%'] },
    { text: '增长1.5~2.5%', flagged: ['1.5~2.5%'], messageIds: ['unitOmitted'], fixes: ['1.5%~2.5%'] },
  ],
});
