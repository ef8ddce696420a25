import { testRule } from '../../helpers/rule-tester.js';

testRule('date/impossible-date', {
  valid: [
    '2024年2月29日召开全体会议。', // leap year
    '2000年2月29日', // divisible by 400
    // A year of an earlier sentence may be another year the text looks back on (news of 29 February 2024).
    '收入习近平总书记2013年2月至2023年6月期间的重要文献。2月29日，国家主席习近平致电祝贺。',
    '2023年全年接待游客1.2亿人次。\n2月29日，联合国安理会举行紧急会议。',
    '会议定于6月30日召开。',
    '2024年4月30日前完成。',
    '6—24月龄婴幼儿', // a month count, not a date
    '服务期为13个月。',
    '中秋节为农历八月十五日。',
    '农历二月三十日', // lunar months have 30 days
    '到二〇三五年基本实现社会主义现代化。', // Party documents write years in Chinese numerals
    '二〇二四年二月二十九日',
    '联系电话：0839-5222343',
    '国办发〔2024〕5号',
    '上班时间8:30-12:00。',
    '软件版本2024.2.30已发布。', // a version number, not a date
    '全年增长2.5个百分点。',
    '2024-2025学年第一学期',
    '每天12时至14时',
    '3月12日（植树节）',
    '地铁6月12号线路调整', // 12号线
  ],
  invalid: [
    { text: '2025年2月29日召开会议。', flagged: ['2025年2月29日'], messageIds: ['notLeapYear'], severity: 'error' },
    { text: '1900年2月29日', flagged: ['1900年2月29日'], messageIds: ['notLeapYear'] }, // a century not divisible by 400
    { text: '会议定于2月30日召开。', flagged: ['2月30日'], messageIds: ['noSuchDay'] },
    { text: '请于4月31日前报送。', flagged: ['4月31日'], messageIds: ['noSuchDay'] },
    { text: '6月31日', flagged: ['6月31日'], messageIds: ['noSuchDay'] },
    { text: '9月31号', flagged: ['9月31号'], messageIds: ['noSuchDay'] },
    { text: '2024年13月', flagged: ['2024年13月'], messageIds: ['noSuchMonth'] },
    { text: '13月5日', flagged: ['13月5日'], messageIds: ['noSuchMonth'] },
    { text: '1月32日', flagged: ['1月32日'], messageIds: ['noSuchDay'] },
    { text: '6月0日', flagged: ['6月0日'], messageIds: ['noSuchDay'] },
    { text: '二〇二五年二月二十九日', flagged: ['二〇二五年二月二十九日'], messageIds: ['notLeapYear'] },
    { text: '四月三十一日', flagged: ['四月三十一日'], messageIds: ['noSuchDay'] },
    { text: '2023-02-29', flagged: ['2023-02-29'], messageIds: ['notLeapYear'] },
    { text: '2024.4.31', flagged: ['2024.4.31'], messageIds: ['noSuchDay'] },
    { text: '2024/11/31', flagged: ['2024/11/31'], messageIds: ['noSuchDay'] },
    { text: '活动时间为6月10日至31日。', flagged: ['31日'], messageIds: ['noSuchDay'] }, // the end of a range takes the month of its start
    { text: '2025年1月起，2月29日开展检查。', flagged: ['2月29日'], messageIds: ['notLeapYear'], severity: 'warning' }, // year from context
    // The document's own date (a signature block of January 2025) says which February the text means.
    { text: '请各单位于2月29日前报送材料。\n\n苍溪县人民政府办公室\n\n2025年1月10日\n', flagged: ['2月29日'], messageIds: ['notLeapYear'], severity: 'warning' },
    { text: '1.2025年2月29日完成', flagged: ['2025年2月29日'], messageIds: ['notLeapYear'] }, // a list number before the date
  ],
});
