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
    // issue 20: the canonical wordings of the new entries stay silent
    '在以习近平同志为核心的党中央坚强领导下',
    '坚持以习近平新时代中国特色社会主义思想为指导',
    '中国共产党第二十次全国代表大会；中华人民共和国第十四届全国人民代表大会',
    '推动构建人类命运共同体，坚持总体国家安全观，铸牢中华民族共同体意识',
    '中国式现代化是人与自然和谐共生的现代化',
    '以国内大循环为主体、国内国际双循环相互促进的新发展格局',
    '深入学习贯彻党的二十大精神，党的二十大报告指出',
    '深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”',
    '统筹推进“五位一体”总体布局、协调推进“四个全面”战略布局',
    '党徽为镰刀和锤头组成的图案；党必须按照总揽全局、协调各方的原则发挥领导核心作用',
    '为祖国万死不辞；祖国万岁',
    // outdated only after 2017-10-24: a document dated before it stays silent
    '深入学习贯彻习近平总书记系列重要讲话精神。\n\n国务院办公厅\n2016年5月4日',
    // 全过程民主 in a text dated before 2021-07-01 (the wording of laws amended in March 2021)
    '全国人民代表大会及其常务委员会坚持全过程民主，始终同人民保持密切联系。\n\n上海市人民代表大会常务委员会\n2021年6月23日',
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
    { text: '坚持全过程民主，完善共建共治共享的社会治理制度。\n\n2024年5月6日', flagged: ['全过程民主'], messageIds: ['outdated'], fixes: ['全过程人民民主'], severity: 'warning' },
    // issue 20: a word added, dropped, replaced or swapped in a fixed formulation
    { text: '在以习近平总书记为核心的党中央坚强领导下', flagged: ['以习近平总书记为核心的党中央'], messageIds: ['nonstandard'], fixes: ['以习近平同志为核心的党中央'], severity: 'error' },
    { text: '在以习近平为核心的党中央坚强领导下', flagged: ['以习近平为核心的党中央'], messageIds: ['nonstandard'], fixes: ['以习近平同志为核心的党中央'], severity: 'error' },
    {
      text: '坚持以习近平总书记新时代中国特色社会主义思想为指导',
      flagged: ['习近平总书记新时代中国特色社会主义思想'],
      messageIds: ['nonstandard'],
      messages: ['“习近平总书记新时代中国特色社会主义思想”不规范，规范表述为“习近平新时代中国特色社会主义思想”。指导思想名称中不加“总书记”（推导）。（依据：《中国共产党章程》（2022年10月22日党的二十大部分修改））'],
      severity: 'error',
    },
    { text: '中国共产党第二十次全国人民代表大会胜利召开', flagged: ['中国共产党第二十次全国人民代表大会'], messageIds: ['nonstandard'], fixes: ['中国共产党第二十次全国代表大会'], severity: 'error' },
    { text: '推动构建人类共同命运体', flagged: ['人类共同命运体'], messageIds: ['nonstandard'], fixes: ['人类命运共同体'], severity: 'error' },
    { text: '坚持国家总体安全观', flagged: ['国家总体安全观'], messageIds: ['nonstandard'], fixes: ['总体国家安全观'], severity: 'error' },
    { text: '铸牢中华民族共同意识', flagged: ['铸牢中华民族共同意识'], messageIds: ['nonstandard'], fixes: ['铸牢中华民族共同体意识'], severity: 'error' },
    { text: '中国式现代化是人与自然和谐共处的现代化', flagged: ['人与自然和谐共处的现代化'], messageIds: ['nonstandard'], fixes: ['人与自然和谐共生的现代化'], severity: 'error' },
    // wordings a careful text could still contain: warnings
    { text: '深入学习贯彻党的二十大报告精神', flagged: ['党的二十大报告精神'], messageIds: ['nonstandard'], fixes: ['党的二十大精神'], severity: 'warning' },
    { text: '形成国际国内双循环相互促进的格局', flagged: ['国际国内双循环'], messageIds: ['nonstandard'], fixes: ['国内国际双循环'], severity: 'warning' },
    { text: '发展全过程的人民民主', flagged: ['全过程的人民民主'], messageIds: ['nonstandard'], fixes: ['全过程人民民主'], severity: 'warning' },
    { text: '增强四个意识、坚定四个自信、做到两个维护', flagged: ['增强四个意识', '坚定四个自信', '做到两个维护'], messageIds: ['nonstandard', 'nonstandard', 'nonstandard'], fixes: ['增强“四个意识”', '坚定“四个自信”', '做到“两个维护”'], severity: 'warning' },
    { text: '统筹推进五位一体总体布局', flagged: ['统筹推进五位一体总体布局'], messageIds: ['nonstandard'], fixes: ['统筹推进“五位一体”总体布局'], severity: 'warning' },
    { text: '党旗上的镰刀与斧头', flagged: ['镰刀与斧头'], messageIds: ['nonstandard'], fixes: ['镰刀与锤头'], severity: 'warning' },
    { text: '充分发挥党总揽全局、领导一切的核心作用', flagged: ['总揽全局、领导一切'], messageIds: ['nonstandard'], fixes: ['总揽全局、协调各方'], severity: 'warning' },
    { text: '祖国万死！人民万岁！', flagged: ['祖国万死'], messageIds: ['nonstandard'], fixes: ['祖国万岁'], severity: 'warning' },
    // outdated after 党的十九大 (2017-10-24): a warning in a document dated later
    {
      text: '深入学习贯彻习近平总书记系列重要讲话精神。\n\n重庆市人民政府\n2019年3月1日',
      flagged: ['习近平总书记系列重要讲话精神'],
      messageIds: ['outdated'],
      fixes: ['习近平新时代中国特色社会主义思想'],
      severity: 'warning',
    },
    { text: '编制十四五规划', flagged: ['十四五规划'], messageIds: ['nonstandard'], fixes: ['“十四五”规划'], severity: 'warning' },
  ],
  noCase: { nonstandardNoFix: '每条错误表述都有规范写法（right）' },
});
