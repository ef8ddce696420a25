import { testRule } from '../../helpers/rule-tester.js';

testRule('date/padded-date', {
  valid: [
    '会议于2024年3月5日召开。',
    '2024年10月1日',
    '12月31日前报送',
    '表头：03月', // a bare month with neither year nor day
    '| 03月 | 04月 |', // a table's column headers
    '截至03月', // a bare month that ends the text
    '2024.03.05', // the dotted form is another question
    '2024年00月', // an impossible month is another rule's
    '编号2024103月', // digits run into the month: no date read
  ],
  invalid: [
    {
      text: '会议于2024年03月05日召开。',
      flagged: ['2024年03月05日'],
      messageIds: ['paddedDate'],
      messages: ['“2024年03月05日”应写作“2024年3月5日”：日期中的月、日不编虚位，1不写作01（GB/T 9704-2012 7.3.5.4）。'],
      fixes: ['2024年3月5日'],
      severity: 'warning',
    },
    { text: '请于03月15日前报送', flagged: ['03月15日'], messageIds: ['paddedDate'], fixes: ['3月15日'] },
    { text: '12月05号下午', flagged: ['12月05号'], messageIds: ['paddedDate'], fixes: ['12月5号'] },
    { text: '2024年05月', flagged: ['2024年05月'], messageIds: ['paddedDate'], fixes: ['2024年5月'] },
    // a bare month inside a sentence
    { text: '今年03月底前完成。', flagged: ['03月'], messageIds: ['paddedDate'], fixes: ['3月'] },
  ],
});
