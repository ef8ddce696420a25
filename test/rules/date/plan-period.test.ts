import { testRule } from '../../helpers/rule-tester.js';

testRule('date/plan-period', {
  valid: [
    '2026年是“十五五”开局之年；2025年是“十四五”规划收官之年。',
    '2025年是“十四五”收官之年、“十五五”谋篇布局之年。', // the year a plan is drawn up in is no year of its own
    '2026年是全面实施“十五五”规划的开局之年。',
    '2021年是“十四五”开局之年，2025年是“十四五”收官之年。',
    '“十四五”时期（2021—2025年）；第十五个五年规划（2026—2030年）。',
    '今年是“十四五”收官之年。', // 今年 in a text without a date of its own: not judged
    '今年是“十五五”开局之年。\n\n某某县人民政府\n2026年3月1日', // 今年 of the document's date
    '2021年是“八五”普法规划的开局之年；法治宣传教育第八个五年规划（2021—2025年）。', // the plans of 法治宣传教育 share the old names
    '打八五折；十四五个人参加。',
  ],
  invalid: [
    {
      text: '2026年是“十四五”开局之年。',
      flagged: ['“十四五”'],
      messageIds: ['wrongYear'],
      messages: ['“十四五”规划的时期为2021—2025年，2026年不是其开局之年（开局之年为2021年）。'],
      fixes: ['“十五五”'],
      severity: 'error',
    },
    // no plan closes in 2026: nothing to offer
    { text: '2026年是“十四五”规划收官之年。', flagged: ['“十四五”'], messageIds: ['wrongYear'] },
    { text: '二〇二六年是第十四个五年规划的开局之年。', flagged: ['第十四个五年规划'], messageIds: ['wrongYear'], fixes: ['第十五个五年规划'] },
    {
      text: '今年是“十四五”规划收官之年。\n\n某某县人民政府\n2026年3月1日',
      flagged: ['“十四五”'],
      messageIds: ['wrongThisYear'],
      messages: ['“十四五”规划的时期为2021—2025年，今年（成文日期2026年）不是其收官之年（收官之年为2025年）。'],
    },
    {
      text: '“十四五”时期（2020—2025年）。',
      flagged: ['2020—2025年'],
      messageIds: ['wrongRange'],
      messages: ['“十四五”规划的时期为2021—2025年，与“2020—2025年”不符。'],
      fixes: ['2021—2025年'],
    },
  ],
});
