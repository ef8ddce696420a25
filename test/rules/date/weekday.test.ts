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
  ],
  invalid: [
    { text: '2025年10月1日（星期二）', flagged: ['星期二'], severity: 'error' },
    { text: '2026年3月5日（周三）上午9时', flagged: ['周三'] },
    { text: '2024年6月26日，星期二', flagged: ['星期二'] },
    { text: '2024年6月26日星期四', flagged: ['星期四'] },
    { text: '二〇二五年十月一日（星期一）', flagged: ['星期一'] },
    { text: '2024年6月1日召开，6月26日（星期二）截止。', flagged: ['星期二'] }, // year from the preceding date
    { text: '2024年6月26日（星期三）至6月28日（星期四）', flagged: ['星期四'] },
    { text: '2024-06-26（星期一）', flagged: ['星期一'] },
  ],
});
