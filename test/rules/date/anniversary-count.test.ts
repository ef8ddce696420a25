import { describe, expect, it } from 'vitest';
import { testRule } from '../../helpers/rule-tester.js';
import { flaggedWithDate, signed } from './date-options.js';

testRule('date/anniversary-count', {
  valid: [
    '2025年是中国人民抗日战争暨世界反法西斯战争胜利80周年，也是联合国成立80周年。',
    '2024年是中华人民共和国成立75周年，是澳门回归祖国25周年。',
    '2026年是中国共产党成立一百零五周年。',
    '2023年是毛泽东同志诞辰130周年。',
    '2018年是改革开放40周年。',
    '二〇二五年是中国人民抗日战争胜利八十周年。',
    // N周年 recalls an earlier celebration, not the year of the sentence
    '2023年，要深入学习习近平总书记在庆祝中国共产党成立100周年大会上的重要讲话精神。',
    '热烈庆祝中华人民共和国成立76周年。', // no year: not checked
    '今年是新中国成立75周年。', // 今年 without a document date: not checked
    '2025年，全市各项工作稳步推进；纪念抗战胜利80周年活动圆满举办。',
    '2025年是国家“十四五”规划收官之年，是本单位成立30周年。', // not an event of the data
    '2020年是决胜全面建成小康社会之年，要以优异成绩迎接中国共产党成立100周年。', // awaited, not the year's
    '2019年是新中国成立70周年，2021年是中国共产党成立100周年。',
    '2024年是“十四五”规划的关键之年，我们深入学习贯彻新中国成立70周年的重要讲话。', // not a predicate of 2024年是
    // 建国 of another state: a place name right before it, or a count the People's Republic cannot reach.
    '今年是越南共产党成立95周年、越南建国80周年和南方解放50周年。',
    '出席老挝建国50周年庆祝活动。',
    '明年“十五五”开局起步，美国将迎来建国250周年。',
  ],
  invalid: [
    {
      text: '2025年是中国人民抗日战争暨世界反法西斯战争胜利81周年。',
      flagged: ['81'],
      messageIds: ['wrongCount'],
      messages: ['“中国人民抗日战争暨世界反法西斯战争胜利81周年”与年份不符：中国人民抗日战争暨世界反法西斯战争胜利在1945年，2025年应为80周年。'],
      fixes: ['80'],
      severity: 'error',
    },
    { text: '2024年是新中国成立七十六周年，是澳门回归祖国二十五周年。', flagged: ['七十六'], messageIds: ['wrongCount'], fixes: ['七十五'] },
    { text: '2026年是中国共产党成立一百零四周年。', flagged: ['一百零四'], messageIds: ['wrongCount'], fixes: ['一百零五'] },
    { text: '2025年9月3日是中国人民抗日战争胜利79周年纪念日。', flagged: ['79'], messageIds: ['wrongCount'], fixes: ['80'] },
    { text: '2027年恰逢香港回归祖国20周年。', flagged: ['20'], messageIds: ['wrongCount'], fixes: ['30'] },
    {
      text: signed('今年是中华人民共和国成立75周年。', '2025年9月1日'),
      flagged: ['75'],
      messageIds: ['wrongCountThisYear'],
      messages: ['“中华人民共和国成立75周年”与成文日期（2025年）不符：中华人民共和国成立在1949年，2025年应为76周年。'],
      fixes: ['76'],
      severity: 'warning',
    },
    {
      text: '热烈庆祝建国75周年。',
      flagged: ['建国75周年'],
      messageIds: ['informalName'],
      messages: ['“建国75周年”不规范，应为“新中国成立75周年”：“建国”兼有建立国家、建设国家两义，2017年修改的党章已将“建国”改为“新中国成立”，庆祝活动的正式名称为“庆祝中华人民共和国成立N周年”。'],
      fixes: ['新中国成立75周年'],
      severity: 'warning',
    },
    { text: '热烈庆祝我国建国75周年。', flagged: ['建国75周年'], messageIds: ['informalName'], fixes: ['新中国成立75周年'], severity: 'warning' },
    { text: '2024年是建国76周年。', flagged: ['建国76周年', '76'], messageIds: ['informalName', 'wrongCount'], fixes: ['新中国成立76周年', '75'] },
  ],
});

describe('date/anniversary-count and the document date', () => {
  it('counts 今年/明年 from the caller’s documentDate', () => {
    expect(flaggedWithDate('date/anniversary-count', '今年是新中国成立75周年。', '2024-10-01')).toEqual([]);
    expect(flaggedWithDate('date/anniversary-count', '今年是新中国成立75周年。', '2025-10-01')).toEqual(['75']);
    expect(flaggedWithDate('date/anniversary-count', '明年是中国共产党成立105周年。', '2025-12-01')).toEqual([]);
    expect(flaggedWithDate('date/anniversary-count', '明年是中国共产党成立105周年。', '2026-12-01')).toEqual(['105']);
  });
  it('lets an explicit year win over the document date', () => {
    expect(flaggedWithDate('date/anniversary-count', '2021年是中国共产党成立100周年。', '2026-03-01')).toEqual([]);
  });
});
