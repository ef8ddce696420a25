import { testRule } from '../../helpers/rule-tester.js';

testRule('political/wrong-formulation', {
  valid: [
    '“三个代表”重要思想',
    '进一步全面深化改革',
    '确立习近平新时代中国特色社会主义思想的指导地位',
    '坚决维护习近平总书记党中央的核心、全党的核心地位',
    '马克思主义中国化时代化最新成果',
    '党的二十大、二十届三中全会',
    '“十四五”规划',
    '发展全过程人民民主',
  ],
  invalid: [
    { text: '以三个代表重要思想为指导', flagged: ['三个代表重要思想'], messageIds: ['nonstandard'], fixes: ['“三个代表”重要思想'], severity: 'error' },
    { text: '全面进一步深化改革', flagged: ['全面进一步深化改革'], messageIds: ['nonstandard'], fixes: ['进一步全面深化改革'] },
    { text: '确立习近平新时代中国特色社会主义指导地位', flagged: ['确立习近平新时代中国特色社会主义指导地位'], messageIds: ['nonstandard'], fixes: ['确立习近平新时代中国特色社会主义思想的指导地位'] },
    { text: '坚决维护习近平党中央的核心、全党的核心地位', flagged: ['坚决维护习近平党中央的核心'], messageIds: ['nonstandard'], fixes: ['坚决维护习近平总书记党中央的核心'] },
    { text: '学习贯彻党的20大精神', flagged: ['党的20大'], messageIds: ['nonstandard'], fixes: ['党的二十大'] },
    { text: '20届3中全会', flagged: ['20届3中全会'], messageIds: ['nonstandard'], fixes: ['二十届三中全会'] },
    { text: '马列主义、毛泽东思想、邓小平理论', flagged: ['马列主义、毛泽东思想、邓小平理论'], messageIds: ['nonstandard'], fixes: ['马克思列宁主义、毛泽东思想、邓小平理论'] },
    // outdated wording: a warning, for documents dated after 党的二十大 (here: today)
    { text: '是马克思主义中国化最新成果', flagged: ['马克思主义中国化最新成果'], messageIds: ['outdated'], fixes: ['马克思主义中国化时代化最新成果'], severity: 'warning' },
    {
      text: '坚持马克思主义中国化最新成果。\n\n重庆市人民政府\n2024年6月26日',
      flagged: ['马克思主义中国化最新成果'],
      messageIds: ['outdated'],
      messages: ['“马克思主义中国化最新成果”是2022年10月16日以前的表述，成文日期2024年6月26日适用的规范表述为“马克思主义中国化时代化最新成果”。党的二十大起表述为“中国化时代化”。（依据：党的二十大报告（2022年10月16日））'],
    },
    { text: '编制十四五规划', flagged: ['十四五规划'], messageIds: ['nonstandard'], fixes: ['“十四五”规划'], severity: 'warning' },
  ],
  noCase: { nonstandardNoFix: '每条错误表述都有规范写法（right）' },
});
