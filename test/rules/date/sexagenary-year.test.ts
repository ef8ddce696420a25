import { testRule } from '../../helpers/rule-tester.js';

testRule('date/sexagenary-year', {
  valid: [
    '2019年（己亥年）春节',
    '2026年（农历丙午马年）',
    '2025年是蛇年',
    '二〇二五年乙巳年',
    '农历甲辰年（2024年）',
    '2024年龙年春节联欢晚会',
    '1984年甲子年',
    '2024年甲午战争130周年纪念活动', // the name of an event, no 年 after it
    '1911年辛亥革命',
    '2026年（乙巳年腊月）', // January 2026 is still the lunar year that began in 2025
    '2024年年底',
  ],
  invalid: [
    {
      text: '2019年乙亥年',
      flagged: ['乙亥'],
      messageIds: ['wrongYear'],
      messages: ['“乙亥年”与公历2019年不符：2019年（自春节起）是农历己亥猪年。'],
      fixes: ['己亥'],
      severity: 'error',
    },
    { text: '2026年是蛇年', flagged: ['蛇'], messageIds: ['wrongYear'], fixes: ['马'] },
    { text: '2026年（农历乙巳蛇年）', flagged: ['乙巳蛇'], messageIds: ['wrongYear'], fixes: ['丙午马'] },
    { text: '二〇二五年甲辰年', flagged: ['甲辰'], messageIds: ['wrongYear'], fixes: ['乙巳'] },
    { text: '农历癸卯年（2024年）', flagged: ['癸卯'], messageIds: ['wrongYear'], fixes: ['甲辰'] },
    {
      text: '丙午羊年（2026年）',
      flagged: ['丙午羊'],
      messageIds: ['animalMismatch'],
      messages: ['“丙午羊年”的地支与生肖不相配：午年是马年，应为“丙午马年”。'],
      fixes: ['丙午马'],
    },
    { text: '2025年（甲丑年）', flagged: ['甲丑'], messageIds: ['wrongYear'], fixes: ['乙巳'] }, // no such pair in the cycle
  ],
});
