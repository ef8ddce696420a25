import { testRule } from '../../helpers/rule-tester.js';

testRule('number/year-zero', {
  valid: [
    '到二〇三五年，基本实现社会主义现代化。',
    '一九七八年，党的十一届三中全会召开。',
    '全年收入三千零五十二元。',
    '2024年工作要点',
    '一二年级学生',
    '零零星星的问题',
  ],
  invalid: [
    { text: '二零二四年工作要点', flagged: ['二零二四年'], messageIds: ['wrongZero'], fixes: ['二〇二四年'], severity: 'warning' },
    { text: '到二零三五年基本实现', flagged: ['二零三五年'], messageIds: ['wrongZero'], fixes: ['二〇三五年'] },
    { text: '一九九零年成立', flagged: ['一九九零年'], messageIds: ['wrongZero'], fixes: ['一九九〇年'] },
    { text: '二〇二O年', flagged: ['二〇二O年'], messageIds: ['wrongZero'], fixes: ['二〇二〇年'] },
    { text: '二○二三年', flagged: ['二○二三年'], messageIds: ['wrongZero'], fixes: ['二〇二三年'] },
    { text: '二0二四年', flagged: ['二0二四年'], messageIds: ['wrongZero'], fixes: ['二〇二四年'] },
  ],
});
