import { testRule } from '../../helpers/rule-tester.js';

testRule('date/memorial-day', {
  valid: [
    '9月3日是中国人民抗日战争胜利纪念日；12月13日国家公祭日，各地举行悼念活动。',
    '8月15日，日本宣布无条件投降；9月3日是抗战胜利纪念日。', // a day of its own before another clause
    '4月30日，劳动节前夕，全市开展安全检查。', // the eve, not the day
    '4月14日全民国家安全教育日主题活动启动。', // an event of another day, named after the day
    '9月9日是教师节前夕；国庆节假期（10月1日至8日）。',
    '在国家宪法日（12月4日）当天，举行宪法宣誓。',
    // the count of a day against the year the sentence sets
    '2025年12月4日是第十二个国家宪法日；2025年9月10日，我们迎来第41个教师节。',
    '2024年以来，第十一个国家宪法日的活动持续开展。', // a year a span starts from sets no count
  ],
  invalid: [
    {
      text: '8月15日是中国人民抗日战争胜利纪念日。',
      flagged: ['8月15日'],
      messageIds: ['wrongDay'],
      messages: ['中国人民抗日战争胜利纪念日是9月3日，与“8月15日”不符（依据：全国人大常委会2014年2月27日决定）。'],
      fixes: ['9月3日'],
      severity: 'error',
    },
    { text: '12月14日国家公祭日，各地举行悼念活动。', flagged: ['12月14日'], messageIds: ['wrongDay'], fixes: ['12月13日'] },
    { text: '在国家宪法日（12月5日）当天，举行宪法宣誓。', flagged: ['12月5日'], messageIds: ['wrongDay'], fixes: ['12月4日'] },
    { text: '9月9日是第41个教师节。', flagged: ['9月9日'], messageIds: ['wrongDay'], fixes: ['9月10日'] },
    {
      text: '2025年12月4日是第十一个国家宪法日。',
      flagged: ['第十一个'],
      messageIds: ['wrongCount'],
      messages: ['国家宪法日自2014年起设立，2025年是第12个，与“第十一个”不符。'],
      fixes: ['第十二个'],
      severity: 'error',
    },
    { text: '2025年9月10日是第40个教师节。', flagged: ['第40个'], messageIds: ['wrongCount'], fixes: ['第41个'] },
  ],
});
