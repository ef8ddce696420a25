import { testRule } from '../../helpers/rule-tester.js';

testRule('punctuation/approximate-number', {
  valid: [
    '三四天',
    '十五六岁',
    // Two exact items keep their 顿号.
    '大力发展二、三产业',
    '获一、二等奖',
    '一、二年级学生',
    '3、4月份完成',
    '第三、四季度',
    '第三、四章',
    '周三、四值班',
    '分别获一、二名',
    '十四届全国人大二、三次会议',
    '五、六年级学生',
    '一、二线城市',
    '二、三级医院',
    // Lists and headings.
    '一、总体要求',
    '一、二、三天',
    '一是提高认识，二是压实责任',
    // Not consecutive, or no measure word after them.
    '三、五天',
    '九、十个',
    '3、4、5天',
    '1、2',
  ],
  invalid: [
    { text: '需要三、四天时间', flagged: ['三、四'], messageIds: ['commaInApproximate'], fixes: ['三四'], severity: 'warning' },
    { text: '年龄十五、六岁', flagged: ['十五、六'], messageIds: ['commaInApproximate'], fixes: ['十五六'] },
    { text: '约五、六十人参加', flagged: ['五、六十'], messageIds: ['commaInApproximate'], fixes: ['五六十'] },
    { text: '预计3、4个月完成', flagged: ['3、4'], messageIds: ['commaInApproximate'], fixes: ['三四'] },
    { text: '每次15、16人', flagged: ['15、16'], messageIds: ['commaInApproximate'], fixes: ['十五六'] },
    { text: '用1、2个小时', flagged: ['1、2'], messageIds: ['commaInApproximate'], fixes: ['一两'] },
    { text: '长2、3米', flagged: ['2、3'], messageIds: ['commaInApproximate'], fixes: ['二三'] },
    { text: '休息一、两天', flagged: ['一、两'], messageIds: ['commaInApproximate'], fixes: ['一两'] },
    { text: '再过一、二年', flagged: ['一、二'], messageIds: ['commaInApproximate'], fixes: ['一两'] },
    { text: '二、三十年来', flagged: ['二、三十'], messageIds: ['commaInApproximate'], fixes: ['二三十'] },
    { text: '新建三、四所学校', flagged: ['三、四'], messageIds: ['commaInApproximate'], fixes: ['三四'] },
    { text: '两、三年内完成', flagged: ['两、三'], messageIds: ['commaInApproximate'], fixes: ['两三'] },
    { text: '七、八成新', flagged: ['七、八'], messageIds: ['commaInApproximate'], fixes: ['七八'] },
  ],
});
