import { testRule } from '../../helpers/rule-tester.js';

testRule('date/reversed-range', {
  valid: [
    '时间范围:2024年3月6日—2024年6月22日',
    '6月10日至20日',
    '5月10日—20日',
    '2024年3月6日—6月22日',
    '2024年12月1日至3月1日', // may run into the next year
    '每年11月至次年3月',
    '12月28日至1月3日',
    '2019-2023年',
    '2024-2025学年',
    '上班时间8:30-12:00',
    '联系电话：0839—5222343',
    '2024年6月1日至6月1日', // one day
    '6月10日（星期一）至14日（星期五）',
    '1949—1952年',
    // Years counted back from now or from the common era: the later end is the smaller number.
    '全面展示距今4300年至3900年陶寺文化的考古发掘与研究成果。',
    '秦朝存在于公元前221年至前207年。',
    '这批遗存的年代为4300年至3900年前。',
  ],
  invalid: [
    { text: '5月20日—10日', flagged: ['5月20日—10日'], messageIds: ['reversedRange'], severity: 'error' },
    { text: '2024年5月20日至5月10日', flagged: ['2024年5月20日至5月10日'], messageIds: ['reversedRange'] },
    { text: '2024年6月1日至2024年3月1日', flagged: ['2024年6月1日至2024年3月1日'], messageIds: ['reversedRange'] },
    { text: '2025年1月1日至2024年12月31日', flagged: ['2025年1月1日至2024年12月31日'], messageIds: ['reversedRange'] },
    { text: '2025—2023年', flagged: ['2025—2023年'], messageIds: ['reversedRange'] },
    { text: '2025年—2023年', flagged: ['2025年—2023年'], messageIds: ['reversedRange'] },
    { text: '自2024年6月20日起至6月10日止', flagged: ['2024年6月20日起至6月10日'], messageIds: ['reversedRange'] },
    { text: '六月二十日至十日', flagged: ['六月二十日至十日'], messageIds: ['reversedRange'] },
  ],
});
