import { testRule } from '../../helpers/rule-tester.js';

const repealed = (title: string, ceased: string, replaced: string, date: string) =>
  `《${title}》已于${ceased}废止，现行依据为${replaced}。文档日期${date}的文件不宜再作为现行依据引用；如指废止前的法律关系或历史，宜写明“原”或当时的年份。`;

// Dated 2026: every repeal in the list lies before.
testRule('lexicon/repealed-law', {
  valid: [
    '根据《中华人民共和国民法典》第一百四十三条的规定。',
    '依照原《中华人民共和国合同法》第五十二条的规定，该合同无效。', // 原: the former law on purpose
    '双方签订合同时，依照《中华人民共和国合同法》约定了违约责任。', // …时: a time in the past
    '《中华人民共和国民法典》施行后，《中华人民共和国合同法》同时废止。', // the repeal itself
    '民法典施行，婚姻法、继承法、民法通则、《物权法》、《合同法》同时废止。',
    '2019年，法院依照《中华人民共和国物权法》判决。', // a year before the repeal
    '本案应适用《中华人民共和国婚姻法》的规定，因为纠纷发生在民法典施行前。',
    '依照《中华人民共和国劳动合同法》第三十九条解除合同。', // 劳动合同法 holds 合同法: a title is matched whole
    '最高人民法院关于适用《中华人民共和国婚姻法》若干问题的解释（二）', // 《》 of a title inside another: whole titles only
    '按照《党政机关公文处理工作条例》的要求办理。',
    '按照《城市房屋拆迁管理条例》给予补偿的做法，已随该条例废止而停止。', // 废止 in the sentence
    '本法自2004年1月1日起施行，《中华人民共和国居民身份证条例》同时废止。\n依照《中华人民共和国居民身份证条例》领取的居民身份证，在有效期内继续有效。', // the text tells its repeal
    // A text about the change: the repeal told in one sentence, the old law cited in another.
    '民法典施行后，九部民事法律同时废止。依照《中华人民共和国合同法》第五十二条，这类合同无效。',
    '依照《中华人民共和国监察法》和《中华人民共和国行政监察法》的比较研究。', // what replaced it named in the sentence
  ],
  invalid: [
    {
      text: '根据《中华人民共和国合同法》第五十二条的规定，该合同无效。',
      flagged: ['《中华人民共和国合同法》'],
      messageIds: ['repealed'],
      messages: [repealed('中华人民共和国合同法', '2021年1月1日', '《中华人民共和国民法典》', '2026年3月1日')],
      severity: 'warning',
    },
    { text: '依照《物权法》第一百零六条处理。', flagged: ['《物权法》'], messageIds: ['repealed'] }, // a short title
    { text: '依据《国家行政机关公文处理办法》制发公文。', flagged: ['《国家行政机关公文处理办法》'], messageIds: ['repealed'] },
    { text: '依照《中华人民共和国行政监察法》给予处分。', flagged: ['《中华人民共和国行政监察法》'], messageIds: ['repealed'] },
    { text: '同时依照《中华人民共和国担保法》承担保证责任。', flagged: ['《中华人民共和国担保法》'], messageIds: ['repealed'] }, // 同时 is no time in the past
    { text: '依照《中华人民共和国治安管理处罚条例》予以拘留。', flagged: ['《中华人民共和国治安管理处罚条例》'], messageIds: ['repealed'] },
    // Repealed by an act whose closing article names them (市场主体登记管理条例, 医师法, 增值税法 …).
    { text: '根据《中华人民共和国公司登记管理条例》办理变更登记。', flagged: ['《中华人民共和国公司登记管理条例》'], messageIds: ['repealed'] },
    {
      text: '依照《执业医师法》第三十七条，对其作出处理。', // 执业医师法 holds the name of what replaced it: not that
      flagged: ['《执业医师法》'],
      messageIds: ['repealed'],
      messages: [repealed('执业医师法', '2022年3月1日', '《中华人民共和国医师法》', '2026年3月1日')],
    },
    { text: '依据《中华人民共和国增值税暂行条例》缴纳税款。', flagged: ['《中华人民共和国增值税暂行条例》'], messageIds: ['repealed'] },
  ],
  documentDate: '2026-03-01',
});

testRule('lexicon/repealed-law', {
  // Dated before the repeal: the law was in force.
  valid: ['根据《中华人民共和国合同法》第五十二条的规定，该合同无效。', '依照《物权法》第一百零六条处理。', '依照《中华人民共和国进出口关税条例》和海关规定办理。'],
  invalid: [{ text: '依照《中华人民共和国行政监察法》给予处分。', flagged: ['《中华人民共和国行政监察法》'], messageIds: ['repealed'] }],
  documentDate: '2019-06-01',
});

testRule('lexicon/repealed-law', {
  // Undated: judged only when the text names a year after the repeal (as lexicon/renamed-institution).
  valid: [
    '根据《中华人民共和国合同法》第五十二条的规定，该合同无效。',
    // Years of acts' histories date no citation: a law text names them (and a compilation, those of others).
    '违反本条例的，由公安机关依照《中华人民共和国治安管理处罚条例》处罚。\n本条例自2016年1月1日起施行。',
    '1997年通过，根据2010年7月30日省人大常委会的决定修正。违反本条例的，依照《中华人民共和国治安管理处罚条例》处罚。',
    // A later year in another paragraph: a compilation of texts of several years dates no citation of another.
    '2025年起实施新的关税措施。\n根据《中华人民共和国进出口关税条例》和协定有关规定，自今年2月1日起实施协定税率。',
  ],
  invalid: [{ text: '2023年，该公司根据《中华人民共和国合同法》第五十二条主张合同无效。', flagged: ['《中华人民共和国合同法》'], messageIds: ['repealed'] }],
});
