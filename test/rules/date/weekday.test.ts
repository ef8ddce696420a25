import { testRule } from '../../helpers/rule-tester.js';

testRule('date/weekday', {
  valid: [
    '2025年10月1日（星期三）',
    '2026年3月5日（星期四）上午9时',
    '2024年6月26日(周三)',
    '2024年6月26日，星期三',
    '2024年6月29日（星期六）',
    '2024年6月30日（星期日）',
    '2024年6月30日（星期天）',
    '2024年6月30日（礼拜天）',
    '延长2020年春节假期至2月2日（农历正月初九，星期日），2月3日（星期一）起正常上班。',
    '2024年6月26日起，周一至周五9:00—17:00开放。', // office hours, not the date's weekday
    '2024年6月26日，星期一、三、五开放',
    '6月26日（星期二）', // no year, no document date: nothing to compare
    '二〇二五年十月一日（星期三）',
    '2024年12月30日至1月3日（星期五）', // 1月3日 of the next year is a Friday
    '2024年2月29日（星期四）',
    '2024年6月1日，周一鸣同志主持会议。', // a name, not a weekday
    '根据《国务院关于2024年部分节假日安排的通知》，劳动节5月1日（星期三）至5日（星期日）放假调休。',
    '活动时间：2024年6月10日（星期一）至6月14日（星期五）。',
  ],
  invalid: [
    { text: '2025年10月1日（星期二）', flagged: ['星期二'], messageIds: ['wrongWeekday'], messages: ['2025年10月1日是星期三，文中写作“星期二”：日期与星期不符，请核对日期或星期。'], severity: 'error' },
    { text: '2026年3月5日（周三）上午9时', flagged: ['周三'], messageIds: ['wrongWeekday'] },
    { text: '2024年6月26日，星期二', flagged: ['星期二'], messageIds: ['wrongWeekday'] },
    { text: '2024年6月26日星期四', flagged: ['星期四'], messageIds: ['wrongWeekday'] },
    { text: '二〇二五年十月一日（星期一）', flagged: ['星期一'], messageIds: ['wrongWeekday'] },
    { text: '2024年6月1日召开，6月26日（星期二）截止。', flagged: ['星期二'], messageIds: ['wrongWeekday'] }, // year from the preceding date
    { text: '2024年6月26日（星期三）至6月28日（星期四）', flagged: ['星期四'], messageIds: ['wrongWeekday'] },
    { text: '2024-06-26（星期一）', flagged: ['星期一'], messageIds: ['wrongWeekday'] },
    { text: '2024年国庆节：10月1日（星期三）至7日（星期一）放假调休。', flagged: ['星期三'], messageIds: ['wrongWeekday'] }, // year from 2024年 in the sentence
    { text: '2024年6月1日，周二上午召开会议。', flagged: ['周二'], messageIds: ['wrongWeekday'] },
  ],
});
