import { testRule } from '../../helpers/rule-tester.js';

testRule('number/mixed-numeral', {
  valid: [
    '投入资金4000元。',
    '投入资金四千元。',
    '完成投资3.45亿元。',
    '全国总人口为14亿零817万5288人。',
    '新建道路10千米。',
    '储备粮食500千克。',
    '新增装机容量1000千瓦。',
    // SI prefixes 千 (k) and 百 (h) written with a unit's name (GB 3100-1993): kilonewtons, hectopascals
    '推力大于或等于90千牛顿的液体火箭发动机。',
    '大气压力不低于1000百帕（750毫米水银柱）。',
    '2024十大民生实事全部完成。',
    '人均道路面积达到15平方米，增长4.5%。',
    // Units of statistics and computing (千公顷, 百亿亿次), and 百姓 in a name.
    '全国夏粮播种面积26609千公顷，比上年增加78.5千公顷。',
    '我国算力总规模达到180百亿亿次浮点运算/秒。',
    '当地依托“365百姓故事汇”等特色载体开展宣传。',
  ],
  invalid: [
    { text: '投入资金4千元。', flagged: ['4千'], messageIds: ['mixedNumeral'], fixes: ['4000'], severity: 'warning' },
    { text: '新建住房3千万平方米。', flagged: ['3千万'], messageIds: ['mixedNumeral'], fixes: ['3000万'] },
    { text: '约1.5千人参加。', flagged: ['1.5千'], messageIds: ['mixedNumeral'], fixes: ['1500'] },
    { text: '共有2百名志愿者。', flagged: ['2百'], messageIds: ['mixedNumeral'], fixes: ['200'] },
    { text: '共1百零8人。', flagged: ['1百零8'], messageIds: ['mixedNumeral'] },
    { text: '影响超5千万人。', flagged: ['5千万'], messageIds: ['mixedNumeral'], fixes: ['5000万'] },
    { text: '总投资3亿4千5百万元。', flagged: ['4千5百万'], messageIds: ['mixedNumeral'] },
  ],
});
