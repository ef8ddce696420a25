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
    { text: '以三个代表重要思想为指导', flagged: ['三个代表重要思想'], fixes: ['“三个代表”重要思想'], severity: 'error' },
    { text: '全面进一步深化改革', flagged: ['全面进一步深化改革'], fixes: ['进一步全面深化改革'] },
    { text: '确立习近平新时代中国特色社会主义指导地位', flagged: ['确立习近平新时代中国特色社会主义指导地位'], fixes: ['确立习近平新时代中国特色社会主义思想的指导地位'] },
    { text: '坚决维护习近平党中央的核心、全党的核心地位', flagged: ['坚决维护习近平党中央的核心'], fixes: ['坚决维护习近平总书记党中央的核心'] },
    { text: '学习贯彻党的20大精神', flagged: ['党的20大'], fixes: ['党的二十大'] },
    { text: '20届3中全会', flagged: ['20届3中全会'], fixes: ['二十届三中全会'] },
    { text: '马列主义、毛泽东思想、邓小平理论', flagged: ['马列主义、毛泽东思想、邓小平理论'], fixes: ['马克思列宁主义、毛泽东思想、邓小平理论'] },
    // outdated wording: a warning, for documents dated after 党的二十大 (here: today)
    { text: '是马克思主义中国化最新成果', flagged: ['马克思主义中国化最新成果'], fixes: ['马克思主义中国化时代化最新成果'], severity: 'warning' },
    { text: '编制十四五规划', flagged: ['十四五规划'], fixes: ['“十四五”规划'], severity: 'warning' },
  ],
});
