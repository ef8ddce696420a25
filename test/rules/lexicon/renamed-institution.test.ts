import { testRule } from '../../helpers/rule-tester.js';

const renamed = (former: string, fate: string, date: string, current: string) =>
  `“${former}”${fate}。文档日期${date}应写现名${current}；如指改革前的机构，宜写“原${former}”。`;

// Dated 2026: every change in the list lies before.
testRule(
  'lexicon/renamed-institution',
  {
    valid: [
      '请市生态环境局牵头负责。',
      '原国家质检总局发布了通知。', // 原: the former body, on purpose
      '原温江区国土局作出决定。', // 原 before the place of a local body
      '2017年，国家旅游局发布通知。', // a year before the change: the body as it was then
      '二〇一七年，国家旅游局发布通知。',
      '2018年3月，国家工商行政管理总局和国家质检总局的职责整合。', // a year, and 整合
      '美国农业部发布报告。', // a country's own ministry
      '总台联合意大利文化部等机构共同举办。', // a place abroad before the name
      '各地农业部门组织专家指导。', // 农业部门: a kind of office
      '宾夕法尼亚州环境保护部门人员已抵达现场。',
      '国家矿山安监局和山西省人民政府参加。', // a current name holding 安监局
      '召开了70多次中央全面深化改革领导小组和中央全面深化改革委员会会议。', // both names: the change itself
      '自然资源部对外保留国家海洋局牌子。', // a second plate kept: not in the list
    ],
    invalid: [
      {
        text: '请市环保局牵头负责。',
        flagged: ['环保局'],
        messageIds: ['renamed'],
        messages: [renamed('环保局', '已在地方机构改革中改为生态环境局', '2026年3月1日', '“生态环境局”')],
        fixes: ['生态环境局'],
        severity: 'warning',
      },
      { text: '由中国银保监会负责监管。', flagged: ['中国银保监会'], messageIds: ['renamed'], fixes: ['国家金融监督管理总局'] },
      { text: '由银保监会负责监管。', flagged: ['银保监会'], messageIds: ['renamed'], fixes: ['金融监管总局'] }, // the whole name, not 保监会 inside it
      { text: '县国税局、地税局联合办公。', flagged: ['国税局', '地税局'], messageIds: ['renamed', 'renamed'], fixes: ['税务局', '税务局'] },
      { text: '中央全面深化改革领导小组审议通过了方案。', flagged: ['中央全面深化改革领导小组'], messageIds: ['renamed'], fixes: ['中央全面深化改革委员会'] },
      { text: '中国农业部发布通知。', flagged: ['农业部'], messageIds: ['renamed'], fixes: ['农业农村部'] }, // 中国 is no foreign country
      { text: '原因是市环保局人员不足。', flagged: ['环保局'], messageIds: ['renamed'] }, // 原因 is no 原 of a former body
      { text: '由县安监局负责检查。', flagged: ['安监局'], messageIds: ['renamed'], fixes: ['应急管理局'] },
      {
        text: '请到国家卫生计生委官网查询。',
        flagged: ['国家卫生计生委'], // the national body, not the local 卫生计生委 inside it
        messageIds: ['renamed'],
        fixes: ['国家卫生健康委'],
      },
    ],
    documentDate: '2026-03-01',
  },
);

testRule(
  'lexicon/renamed-institution',
  {
    // Dated before the change: the body existed.
    valid: ['由中国银保监会负责监管。', '请市环保局牵头负责。'],
    invalid: [{ text: '由国家质检总局负责。', flagged: ['国家质检总局'], messageIds: ['renamed'] }],
    documentDate: '2018-12-01',
  },
);

testRule('lexicon/renamed-institution', {
  // Undated: judged only when the text names a year after the change.
  valid: [
    '负责部门：商务部、银保监会、铁路局。', // a passage of an older document, for all we know
    '2019年，由市环保局牵头开展专项行动。',
    '由银保监会负责，力争到2025年基本建成。', // a target year dates nothing
    '银保监会发布通知。非盟《2063年议程》稳步推进。', // nor a year to come
  ],
  invalid: [
    { text: '2025年，由市环保局牵头开展专项行动。', flagged: ['环保局'], messageIds: ['renamed'], fixes: ['生态环境局'] },
    { text: '请市环保局牵头负责。\n二〇二五年三月一日', flagged: ['环保局'], messageIds: ['renamed'] }, // its 成文日期
  ],
});
