import { describe, expect, it } from 'vitest';
import { createProofreader } from '../../../src/index.js';
import { testRule } from '../../helpers/rule-tester.js';

const IDEOLOGY = '马克思列宁主义、毛泽东思想、邓小平理论、“三个代表”重要思想、科学发展观、习近平新时代中国特色社会主义思想';

testRule('political/enumeration', {
  valid: [
    `坚持以${IDEOLOGY}为指导。`,
    '增强“四个意识”：政治意识、大局意识、核心意识、看齐意识。',
    '增强“四个意识”、坚定“四个自信”、做到“两个维护”。',
    '深刻领悟“两个确立”的决定性意义。',
    '坚定“四个自信”，即中国特色社会主义道路自信、理论自信、制度自信、文化自信。',
    '坚定道路自信、理论自信、制度自信、文化自信。',
    '“五位一体”：经济建设、政治建设、文化建设、社会建设、生态文明建设。',
    '“四个全面”：全面建设社会主义现代化国家、全面深化改革、全面依法治国、全面从严治党。',
    '“两个确立”，即确立习近平同志党中央的核心、全党的核心地位，确立习近平新时代中国特色社会主义思想的指导地位。',
    '“两个维护”，即坚决维护习近平总书记党中央的核心、全党的核心地位，坚决维护党中央权威和集中统一领导。',
    '坚持以邓小平理论、“三个代表”重要思想、科学发展观、习近平新时代中国特色社会主义思想为指导。',
    '增强政治意识、大局意识，提高责任意识。', // a partial list without its label
    // lists of common words (新发展理念, 社会主义核心价值观): partial lists and skipped items are prose
    '完整、准确、全面贯彻创新、协调、绿色、开放、共享的新发展理念。',
    '推动绿色、开放、创新发展。',
    '积极培育和践行富强、民主、文明、和谐、自由、平等、公正、法治、爱国、敬业、诚信、友善的社会主义核心价值观。',
    '倡导富强、民主、文明、和谐，倡导自由、平等、公正、法治，倡导爱国、敬业、诚信、友善。',
    '建设民主、法治、公正、文明的社会。',
    '坚决纠治形式主义、官僚主义，反对享乐主义和奢靡之风。',
    '集中解决形式主义、官僚主义、享乐主义和奢靡之风这“四风”问题。',
    '全面推进党的政治建设、思想建设、组织建设、作风建设、纪律建设，把制度建设贯穿其中。',
    // two lists share an item (政治建设): each is followed on its own
    '统筹推进经济建设、政治建设、文化建设、社会建设、生态文明建设。',
    '弘扬和平、发展、公平、正义、民主、自由的全人类共同价值。',
    '推动和平、发展、合作、共赢。',
    // the 总体要求 of 2025–2026: the list goes on after its verb in the same sentence, so it is complete
    '总体要求是：坚持马克思列宁主义、毛泽东思想、邓小平理论、“三个代表”重要思想、科学发展观，全面贯彻习近平新时代中国特色社会主义思想，深入贯彻党的二十大精神。',
    '十年来，我们坚持马克思列宁主义、毛泽东思想、邓小平理论、“三个代表”重要思想、科学发展观，全面贯彻新时代中国特色社会主义思想，全面贯彻党的基本路线。', // the 二十大 report
    // the list is what the new thought inherits: it rightly stops at 科学发展观 (issue 20, sixth stage)
    '充分认识这一思想继承和发展马克思列宁主义、毛泽东思想、邓小平理论、“三个代表”重要思想、科学发展观，以全新的视野深化了认识。',
    '这一思想是对马克思列宁主义、毛泽东思想、邓小平理论、“三个代表”重要思想、科学发展观的继承和发展。',
    // each label with its own verb (issue 20, seventh stage), and verbs edited text also puts before a label
    '坚定拥护“两个确立”、坚决做到“两个维护”，统筹推进“五位一体”总体布局、协调推进“四个全面”战略布局。',
    '要强化政治监督保障制度执行，增强“两个维护”的政治自觉。',
    '党的百年奋斗历程和伟大成就是我们增强“四个自信”最坚实的基础。',
    '不断增强做到“两个维护”的自觉性。', // the verb right before the label is its own
    '全党要坚定“四个意识”、“四个自信”。', // one verb governs a list of labels, one of them its own
    '协调推进“五位一体”总体布局和“四个全面”战略布局。', // …each label with the rest of its phrase
    // 和 before the last item of a list that stops early: the wording of its years (十六大党章), quoted in laws
    '国家机关工作人员应当坚持马克思列宁主义、毛泽东思想、邓小平理论和“三个代表”重要思想，贯彻落实科学发展观。',
  ],
  invalid: [
    // 四个意识: order, a wrong item, a missing item
    {
      text: '增强“四个意识”：政治意识、核心意识、大局意识、看齐意识。',
      flagged: ['政治意识、核心意识、大局意识、看齐意识'], messageIds: ['itemsWrong'],
      fixes: ['政治意识、大局意识、核心意识、看齐意识'],
      severity: 'error',
    },
    { text: '“四个意识”：政治意识、大局意识、责任意识、看齐意识。', flagged: ['政治意识、大局意识、责任意识、看齐意识'], messageIds: ['itemsWrong'], fixes: ['政治意识、大局意识、核心意识、看齐意识'] },
    { text: '“四个意识”即政治意识、大局意识、看齐意识。', flagged: ['政治意识、大局意识、看齐意识'], messageIds: ['itemsWrong'] },
    // 四个自信: without 文化自信
    { text: '坚定“四个自信”：道路自信、理论自信、制度自信。', flagged: ['道路自信、理论自信、制度自信'], messageIds: ['itemsWrong'] },
    // 五位一体 and 四个全面 reordered
    { text: '“五位一体”：政治建设、经济建设、文化建设、社会建设、生态文明建设。', flagged: ['政治建设、经济建设、文化建设、社会建设、生态文明建设'], messageIds: ['itemsWrong'] },
    { text: '“四个全面”：全面深化改革、全面建设社会主义现代化国家、全面依法治国、全面从严治党。', flagged: ['全面深化改革、全面建设社会主义现代化国家、全面依法治国、全面从严治党'], messageIds: ['itemsWrong'] },
    // a complete list without its label, reordered
    { text: '坚持创新、协调、开放、绿色、共享的新发展理念。', flagged: ['创新、协调、开放、绿色、共享'], messageIds: ['orderWrong'], fixes: ['创新、协调、绿色、开放、共享'], severity: 'error' },
    {
      text: '践行富强、民主、文明、和谐、自由、平等、法治、公正、爱国、敬业、诚信、友善的社会主义核心价值观。',
      flagged: ['富强、民主、文明、和谐、自由、平等、法治、公正、爱国、敬业、诚信、友善'], messageIds: ['orderWrong'],
      fixes: ['富强、民主、文明、和谐、自由、平等、公正、法治、爱国、敬业、诚信、友善'],
    },
    { text: '反对形式主义、享乐主义、官僚主义和奢靡之风。', flagged: ['形式主义、享乐主义、官僚主义和奢靡之风'], messageIds: ['orderWrong'] },
    { text: '全面推进党的政治建设、组织建设、思想建设、作风建设、纪律建设。', flagged: ['政治建设、组织建设、思想建设、作风建设、纪律建设'], messageIds: ['orderWrong'] },
    { text: '弘扬和平、发展、公平、正义、自由、民主的全人类共同价值。', flagged: ['和平、发展、公平、正义、自由、民主'], messageIds: ['orderWrong'], fixes: ['和平、发展、公平、正义、民主、自由'] },
    // a reordered list beside another that shares its item (民主 of 核心价值观 and of 全人类共同价值)
    { text: '践行富强、民主、文明、和谐、自由、平等、公正、法治、爱国、敬业、诚信、友善，弘扬和平、发展、民主、公平、正义、自由的全人类共同价值。', flagged: ['和平、发展、民主、公平、正义、自由'], messageIds: ['orderWrong'] },
    { text: '坚定理论自信、道路自信、制度自信、文化自信。', flagged: ['理论自信、道路自信、制度自信、文化自信'], messageIds: ['orderWrong'], fixes: ['道路自信、理论自信、制度自信、文化自信'] },
    // 两个确立 / 两个维护 / 三个务必 misquoted
    {
      text: '“两个确立”，即确立习近平同志党中央的核心、全党的核心地位，确立习近平新时代中国特色社会主义的指导地位。',
      flagged: ['确立习近平同志党中央的核心、全党的核心地位，确立习近平新时代中国特色社会主义的指导地位'], messageIds: ['textWrong'],
      fixes: ['确立习近平同志党中央的核心、全党的核心地位，确立习近平新时代中国特色社会主义思想的指导地位'],
    },
    {
      text: '做到“两个维护”：坚决维护习近平总书记党中央的核心、全党的核心地位，坚决维护党中央的权威和集中统一领导。',
      flagged: ['坚决维护习近平总书记党中央的核心、全党的核心地位，坚决维护党中央的权威和集中统一领导'], messageIds: ['textWrong'],
    },
    { text: '牢记“三个务必”：务必不忘初心、牢记使命，务必谦虚谨慎、艰苦朴素，务必敢于斗争、善于斗争。', flagged: ['务必不忘初心、牢记使命，务必谦虚谨慎、艰苦朴素，务必敢于斗争、善于斗争'], messageIds: ['textWrong'] },
    // guiding ideology: order, a missing item, 和 for 、, an outdated ending
    {
      text: '坚持以马克思列宁主义、邓小平理论、毛泽东思想、“三个代表”重要思想、科学发展观、习近平新时代中国特色社会主义思想为指导。',
      flagged: ['马克思列宁主义、邓小平理论、毛泽东思想、“三个代表”重要思想、科学发展观、习近平新时代中国特色社会主义思想'], messageIds: ['orderWrong'],
    },
    { text: '坚持以马克思列宁主义、毛泽东思想、“三个代表”重要思想、科学发展观、习近平新时代中国特色社会主义思想为指导。', flagged: ['马克思列宁主义、毛泽东思想、“三个代表”重要思想、科学发展观、习近平新时代中国特色社会主义思想'], messageIds: ['itemsMissing'] },
    { text: '坚持以马克思列宁主义、毛泽东思想、邓小平理论、“三个代表”重要思想、科学发展观和习近平新时代中国特色社会主义思想为指导。', flagged: ['和'], messageIds: ['separatorWrong'], fixes: ['、'], severity: 'warning' },
    // 和 inside a list that stops early: not the way any version of the list was written.
    { text: '坚持马克思列宁主义、毛泽东思想和邓小平理论、“三个代表”重要思想，贯彻落实科学发展观。', flagged: ['和'], messageIds: ['separatorWrong'], fixes: ['、'], severity: 'warning' },
    { text: '坚持以马克思列宁主义、毛泽东思想、邓小平理论、“三个代表”重要思想、科学发展观为指导。', flagged: ['马克思列宁主义、毛泽东思想、邓小平理论、“三个代表”重要思想、科学发展观'], messageIds: ['outdatedEnding'], severity: 'warning' },
    // 继承 in another clause does not make the list a predecessor
    // the earlier “四个全面”, stated as current after 2020-10-29 (labelled, or recognised by its items)
    {
      text: '协调推进“四个全面”战略布局：全面建成小康社会、全面深化改革、全面依法治国、全面从严治党。',
      flagged: ['全面建成小康社会、全面深化改革、全面依法治国、全面从严治党'],
      messageIds: ['outdatedItems'],
      fixes: ['全面建设社会主义现代化国家、全面深化改革、全面依法治国、全面从严治党'],
      severity: 'warning',
    },
    { text: '协调推进全面建成小康社会、全面深化改革、全面依法治国、全面从严治党的战略布局。', flagged: ['全面建成小康社会、全面深化改革、全面依法治国、全面从严治党'], messageIds: ['outdatedItems'], severity: 'warning' },
    { text: '继承优良传统，坚持以马克思列宁主义、毛泽东思想、邓小平理论、“三个代表”重要思想、科学发展观为指导。', flagged: ['马克思列宁主义、毛泽东思想、邓小平理论、“三个代表”重要思想、科学发展观'], messageIds: ['outdatedEnding'], severity: 'warning' },
    // another label's fixed verb before a label (issue 20, seventh stage): an error where the label can never take it,
    // where the other phrase goes on after it, or where two labels' verbs are exchanged; a warning otherwise and in a quotation
    {
      text: '全体党员要坚决做到“两个确立”。', flagged: ['做到“两个确立”'], messageIds: ['verbWrong'], severity: 'error',
      messages: ['“做到”不与“两个确立”搭配，疑为误引。固定说法为“深刻领悟“两个确立”的决定性意义”（依据：党的二十届四中全会公报（2025年10月23日）：深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”）。'],
    },
    { text: '深刻领悟“两个维护”的决定性意义。', flagged: ['深刻领悟“两个维护”'], messageIds: ['verbWrong'], severity: 'error' },
    { text: '增强“四个自信”、坚定“四个意识”、做到“两个维护”。', flagged: ['增强“四个自信”', '坚定“四个意识”'], messageIds: ['verbWrong', 'verbWrong'], severity: 'error' },
    { text: '协调推进“五位一体”总体布局、统筹推进“四个全面”战略布局。', flagged: ['协调推进“五位一体”', '统筹推进“四个全面”'], messageIds: ['verbWrong', 'verbWrong'], severity: 'error' },
    { text: '坚定“四个意识”，提高政治能力。', flagged: ['坚定“四个意识”'], messageIds: ['verbWrong'], severity: 'warning' },
    { text: '深刻领悟“两个维护”，担当作为。', flagged: ['深刻领悟“两个维护”'], messageIds: ['verbWrong'], severity: 'warning' },
    { text: '坚定拥护“两个维护”。', flagged: ['拥护“两个维护”'], messageIds: ['verbWrong'], severity: 'warning' },
    { text: '有的把“坚定拥护‘两个确立’”写成“做到‘两个确立’”。', flagged: ['做到‘两个确立’'], messageIds: ['verbWrong'], severity: 'warning' },
    // …but not when the last item comes only in the next sentence
    {
      text: '坚持马克思列宁主义、毛泽东思想、邓小平理论、“三个代表”重要思想、科学发展观。全面贯彻习近平新时代中国特色社会主义思想。',
      flagged: ['马克思列宁主义、毛泽东思想、邓小平理论、“三个代表”重要思想、科学发展观'], messageIds: ['outdatedEnding'], severity: 'warning',
    },
  ],
});

describe('political/enumeration and the document date', () => {
  const others = Object.fromEntries(
    createProofreader({ builtinPacks: false }).rules.filter((r) => r.id !== 'political/enumeration').map((r) => [r.id, 'off' as const]),
  );
  const p = createProofreader({ builtinPacks: false, rules: others });
  const old = '坚持以马克思列宁主义、毛泽东思想、邓小平理论、“三个代表”重要思想、科学发展观为指导。';
  it('a list ending at 科学发展观 is correct before the 2017 Party Constitution', () => {
    expect(p.proofread(old, { documentDate: '2015-06-01' }).issues).toEqual([]);
  });
  it('and outdated after it', () => {
    expect(p.proofread(old, { documentDate: '2018-06-01' }).issues.map((i) => i.severity)).toEqual(['warning']);
  });
  const fourFronts = '协调推进全面建成小康社会、全面深化改革、全面依法治国、全面从严治党的战略布局。';
  it('the earlier “四个全面” is correct in a document dated before 2020-10-29', () => {
    expect(p.proofread(fourFronts, { documentDate: '2019-06-01' }).issues).toEqual([]);
  });
  it('and in a sentence that names an earlier year', () => {
    expect(p.proofread(`2015年，${fourFronts}`).issues).toEqual([]);
  });
});
