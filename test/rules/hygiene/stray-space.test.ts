import { testRule } from '../../helpers/rule-tester.js';

testRule('hygiene/stray-space', {
  valid: [
    '各单位要加强管理工作，做好服务。',
    // Layout: after 第一条 and dates, headings, tables and signature lines (no clause mark).
    '第一条 为了加强枪支管理，制定本法。',
    '第八十九条 理算机构作出的共同海损理算，应当载明。',
    '1996年7月5日 第八届全国人民代表大会常务委员会第二十次会议通过',
    '第一章 总则',
    '张 三',
    '参会人员：张三 李四 王五。',
    // Alignment: several spaces.
    '联系人：王  芳，电话：12345。',
    // A space that cuts no word.
    '学习 贯彻。',
    // A house style that spaces every number.
    '全市共 120 人参加，其中 80 人为男性。',
    // The ideographic space is layout, not a stray space.
    '要加强管　理，做好服务。',
    // Spaces around Latin text.
    '使用 Word 软件编辑，保存为 PDF 文件。',
    '全市共120人参加，其中男性80人。',
  ],
  invalid: [
    { text: '要加强管 理工作，做好服务。', flagged: [' '], messageIds: ['splitsWord'], fixes: [''], severity: 'warning' },
    { text: '国家鼓励商 用密码从业单位采用商用密码。', flagged: [' '], messageIds: ['splitsWord'], fixes: [''] },
    { text: '要加强管\u00A0理工作，做好服务。', flagged: ['\u00A0'], messageIds: ['splitsWord'], fixes: [''] },
    { text: '全市共 120 人参加，其中男性80人。', flagged: [' 120 '], messageIds: ['aroundNumber'], fixes: ['120'] },
    { text: '完成率为 95.5% 以上，较上年提高。', flagged: [' 95.5% '], messageIds: ['aroundNumber'], fixes: ['95.5%'] },
  ],
});
