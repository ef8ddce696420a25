import { testRule } from '../../helpers/rule-tester.js';

const 行政处罚法 = '1996年通过，2009年、2017年修正，2021年修订';

testRule('lexicon/law-version', {
  valid: [
    '依照《中华人民共和国行政处罚法》（2021年修订）第三十二条的规定。',
    '依照《中华人民共和国行政处罚法》（2017年修正）作出决定。',
    '根据《中华人民共和国安全生产法》（2021年修正）第九十九条。',
    '根据《中华人民共和国安全生产法》（2021年6月10日修正）。', // the day in full
    '依照《中华人民共和国行政处罚法》（2009年修正本）。',
    '2018年修正的《中华人民共和国宪法》规定。', // 宪法: amended by 修正案
    '1997年修订的《刑法》增加了规定。', // a short title that names one law
    '依照《中华人民共和国土地管理法》（2019年修正）。', // a decision whose name runs over two lines in the source
    '《中华人民共和国公司法》（2023年修订）已经施行。',
    '依照《中华人民共和国治安管理处罚法》（2025年修订）。', // after the data's snapshot: not judged
    '依照《中华人民共和国安全生产法》（2023年修正）。', // after the last change the source lists (2021): not judged
    '依照《某某省物业管理条例》（2016年修正）。', // a title the data does not hold
    '依照《中华人民共和国招标投标法》（2017年修正）。',
    '依照《旅行社条例》（2020年修订）。', // a regulation whose history the source gives incomplete: not judged
    '依照《反兴奋剂条例》（2014年修正）。',
    '依照《中华人民共和国个人所得税法实施条例》（2018年12月1日修订）。', // a regulation's day: not judged // a regulation: the State Council calls every change 修订, 修正 is not judged
  ],
  invalid: [
    {
      text: '依照《中华人民共和国行政处罚法》（2017年修订）第三条。',
      flagged: ['2017年修订'],
      messageIds: ['kind'],
      messages: [`《中华人民共和国行政处罚法》2017年是修正，不是修订（${行政处罚法}）。`],
      fixes: ['2017年修正'],
      severity: 'warning',
    },
    {
      text: '依照《行政处罚法》（2016年修正）处理。',
      flagged: ['2016年修正'],
      messageIds: ['year'],
      messages: [`《中华人民共和国行政处罚法》2016年没有修正或修订（${行政处罚法}），所注版本年份有误。`],
      severity: 'error',
    },
    {
      text: '依照《中华人民共和国行政处罚法》（2020年修订）第三条。', // the year before the revision: one 修订 fits
      flagged: ['2020年修订'],
      messageIds: ['year'],
      messages: [`《中华人民共和国行政处罚法》2020年没有修正或修订（${行政处罚法}），所注版本年份有误，修订是在2021年。`],
      fixes: ['2021年修订'],
    },
    { text: '2016年修订的《中华人民共和国宪法》。', flagged: ['2016年修订'], messageIds: ['year'] },
    { text: '根据《中华人民共和国行政处罚法》(2020年1月22日修订)。', flagged: ['2020年1月22日修订'], messageIds: ['year'], fixes: ['2021年1月22日修订'] }, // a day in full: the fix too
    {
      text: '依照《中华人民共和国民法典》（2020年修正）。', // the year of its adoption
      flagged: ['2020年修正'],
      messageIds: ['adopted'],
      messages: ['《中华人民共和国民法典》2020年是通过之年，当年没有修正（2020年通过）。'],
      severity: 'warning',
    },
    {
      text: '根据《中华人民共和国行政处罚法》（2021年7月15日修订）。', // the day it took effect, not the day of the revision
      flagged: ['2021年7月15日修订'],
      messageIds: ['day'],
      messages: ['《中华人民共和国行政处罚法》是2021年1月22日修订的，不是2021年7月15日（施行日期与修改日期不同）。'],
      fixes: ['2021年1月22日修订'],
      severity: 'warning',
    },
    { text: '依照《中华人民共和国安全生产法》（2021年修订）。', flagged: ['2021年修订'], messageIds: ['kind'], fixes: ['2021年修正'] },
    { text: '依照《刑法》（2018年修正）第二百六十六条。', flagged: ['2018年修正'], messageIds: ['year'], severity: 'error' },
    { text: '依照《个人所得税法实施条例》（2010年修订）。', flagged: ['2010年修订'], messageIds: ['year'], severity: 'warning' }, // a regulation: a warning
  ],
});
