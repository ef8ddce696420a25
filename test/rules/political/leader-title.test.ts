import { describe, expect, it } from 'vitest';
import { createProofreader } from '../../../src/index.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule('political/leader-title', {
  valid: [
    // after the name: the full title, a title of its own (书记, 主席), a word of its own (副总), another word (总结)
    '习近平总书记在考察时强调；习近平书记；习近平主席。',
    '丁薛祥副总强调；李强总结了经验。',
    '习近平总书书记强调。', // a character written twice (repetition/doubled-in-word), not one dropped
    '国务院总理李强强调。', // 强调 after the name, no title
    '习近平总书记指出',
    '中共中央总书记、国家主席、中央军委主席习近平',
    '国务院总理李强主持召开国务院常务会议',
    '全国人大常委会委员长赵乐际、全国政协主席王沪宁出席',
    '国家副主席韩正会见外宾',
    '国务院副总理丁薛祥',
    '李希同志',
    '时任国务院总理李克强',
    '2019年，李克强总理在政府工作报告中指出',
    '2020年，全国政协主席汪洋出席会议。', // a year of the tenure: the post held then
    '2016年，国务院副总理汪洋出席会议；2022年，全国政协主席汪洋出席会议。',
    '2026年是周恩来总理逝世50周年。', // after the leader's death the title is the post held in life
    '全国政协主席汪洋指出，到2035年基本实现社会主义现代化。', // a goal year says nothing of when the post was held
    '李强书记', // 书记 is held by many: not checked
    '李强主席', // 主席 is checked only after names of three characters
    '全国人大常委会副委员长王毅', // 副委员长 is not 委员长
    // leaders before 2012 and the posts added for them (issue 20)
    '时任中共中央副主席叶剑英',
    '原中央军委副主席刘华清',
    '时任国家代主席董必武', // 代主席 is recognised, not read as 主席
    '时任中共中央政治局常委、全国人大常委会委员长吴邦国',
    '中共中央政治局常委、全国政协主席王沪宁',
    '中央政治局委员王毅', // 委员 is not 常委
    // a leader who had died: the title can only be the post held in life (issue 20, third stage)
    '国家主席江泽民',
    '我们敬爱的周恩来总理、朱德委员长',
    '中国最高领导人习近平',
    '苏联最后领导人戈尔巴乔夫', // not a listed leader
    '国务院副总理何立峰、全国人大常委会副委员长李鸿忠、全国政协副主席石泰峰',
    '大家主席台就座', // a dropped title character only right before a leader's name
    // 主席 of a body named right before it is not the state's or the CPPCC's (issue 20, sixth stage)
    '全国人大常委会副委员长、民革中央主席郑建邦，民盟中央主席丁仲礼，全国工商联主席高云龙出席',
    '中国致公党中央委员会主席蒋作君、九三学社中央主席武维华、台盟中央主席苏辉',
    '大会主席团常务主席、执行主席赵乐际主持大会',
    '大会主席团常务主席、全国人大常委会委员长赵乐际主持会议',
    '主席团常务主席李干杰、李鸿忠主持',
    '民盟中央常务副主席王光谦主持开幕会',
    '中华全国总工会主席王东明在参加山西代表团审议时说',
    '中国环境与发展国际合作委员会主席丁薛祥出席', // a body the data does not list
    '中国文联主席铁凝、省政协主席张三、中国科协主席万钢、中国作家协会主席团',
    '郑建邦主席出席', // the data knows him as 民革中央主席
    // a term's ordinal before the title names that term's post (issue 20, sixth stage)
    '第十二届全国人大常委会委员长张德江出席',
    '十二届全国人大常委会委员长张德江出席',
    // 吴邦国 died on 2024-10-08: his title can only be the post held in life
    '全国人大常委会委员长吴邦国同志的遗体在北京火化',
    '国务院副总理邹家华同志的遗体在北京火化', // died 2025-02-16
    '原国务委员宋平同志的遗体', // 原 right before the title: a past post
    // an undated text is written between the latest year it names (not a goal) and today
    '中央军委副主席张又侠出席会议。会议总结了2024年的工作。',
    '国务委员兼外交部部长秦刚出席。会议提出，2023年要稳住外贸，到2025年建成一批项目。',
  ],
  invalid: [
    { text: '李强总书记强调', flagged: ['李强总书记'], messageIds: ['titleNeverHeld'], severity: 'error' },
    { text: '总理习近平', flagged: ['总理习近平'], messageIds: ['titleNeverHeld'] },
    { text: '赵乐际总理', flagged: ['赵乐际总理'], messageIds: ['titleNeverHeld'] },
    { text: '王沪宁委员长', flagged: ['王沪宁委员长'], messageIds: ['titleNeverHeld'] },
    { text: '中共中央总书记、国务院总理习近平', flagged: ['国务院总理习近平'], messageIds: ['titleNeverHeld'] },
    { text: '中央政治局常委王毅', flagged: ['中央政治局常委王毅'], messageIds: ['titleNeverHeld'] },
    { text: '国家副主席叶剑英', flagged: ['国家副主席叶剑英'], messageIds: ['titleNeverHeld'] },
    { text: '全国政协主席彭真', flagged: ['全国政协主席彭真'], messageIds: ['titleNeverHeld'] },
    // a title of a post held with a character dropped, a listed slip in the title (issue 20, third stage)
    { text: '家主席江泽民', flagged: ['家主席'], messageIds: ['truncatedTitle'], fixes: ['国家主席'], severity: 'error', messages: ['“家主席”疑为“国家主席”漏字：江泽民曾任中华人民共和国主席（依据：新华社公开报道（全国人大、全国政协、党的全会选举和决定））。'] },
    { text: '国主席习近平出席', flagged: ['国主席'], messageIds: ['truncatedTitle'], fixes: ['国家主席'], messages: ['“国主席”疑为“国家主席”漏字：习近平现任中华人民共和国主席（依据：新华社公开报道（全国人大、全国政协、党的全会选举和决定））。'] },
    { text: '务院总理李强主持会议', flagged: ['务院总理'], messageIds: ['truncatedTitle'], fixes: ['国务院总理'] },
    // the name's last character written again before a title of a post held
    { text: '李强强总理主持会议', flagged: ['李强强'], messageIds: ['doubledName'], fixes: ['李强'], severity: 'error', messages: ['“李强强”疑为“李强”多字：后面是李强现任的职务“总理”（依据：新华社公开报道（全国人大、全国政协、党的全会选举和决定））。'] },
    // after the name, a title of three characters or more with one character dropped
    { text: '习近平总书在考察时强调', flagged: ['总书'], messageIds: ['truncatedTitle'], fixes: ['总书记'], severity: 'error', messages: ['“总书”疑为“总书记”漏字：习近平现任中共中央总书记（依据：新华社公开报道（全国人大、全国政协、党的全会选举和决定））。'] },
    { text: '习近平总记在考察时强调', flagged: ['总记'], messageIds: ['truncatedTitle'], fixes: ['总书记'] },
    { text: '中国最后领导人习近平会见外宾', flagged: ['最后领导人'], messageIds: ['wrongTitle'], fixes: ['最高领导人'], severity: 'error', messages: ['“最后领导人”疑为“最高领导人”之误：后面是国家领导人习近平的姓名（依据：新华社公开报道（全国人大、全国政协、党的全会选举和决定））。'] },
    // held, but not on the document's date (here: today)
    { text: '国务院总理温家宝主持会议', flagged: ['国务院总理温家宝'], messageIds: ['titleNotHeldThen'], severity: 'warning' },
    { text: '栗战书委员长出席', flagged: ['栗战书委员长'], messageIds: ['titleNotHeldThen'], severity: 'warning' },
    { text: '中央政治局常委张德江出席', flagged: ['中央政治局常委张德江'], messageIds: ['titleNotHeldThen'], severity: 'warning' },
    // the chairs the data lists by their organisation (issue 20, sixth stage)
    { text: '民盟中央主席郑建邦出席', flagged: ['民盟中央主席郑建邦'], messageIds: ['titleNeverHeld'], severity: 'error' },
    { text: '全国工商联主席丁仲礼出席', flagged: ['全国工商联主席丁仲礼'], messageIds: ['titleNeverHeld'], severity: 'error' },
    { text: '中华全国总工会主席李鸿忠出席', flagged: ['中华全国总工会主席李鸿忠'], messageIds: ['titleNeverHeld'], severity: 'error' },
    { text: '中华人民共和国主席李强出席', flagged: ['中华人民共和国主席李强'], messageIds: ['titleNeverHeld'], severity: 'error' },
    // 主席 alone may be the chair of a body the data does not list: a warning
    { text: '李克强主席出席', flagged: ['李克强主席'], messageIds: ['titleNeverHeld'], severity: 'warning' },
    // a goal year (到2023年底) is not a time the text was written in
    { text: '国务委员秦刚出席会议。会议提出，到2023年底基本建成。', flagged: ['国务委员秦刚'], messageIds: ['titleNotHeldThen'], severity: 'warning' },
    // a year the clause names, outside every tenure of the post, while the leader lived
    {
      text: '2025年，全国政协主席汪洋出席会议。',
      flagged: ['全国政协主席汪洋'],
      messageIds: ['titleNotHeldInYear'],
      messages: ['汪洋任“全国政协主席”的时间为2018年3月14日至2023年3月10日，句中的“2025年”不在任期内，职务与年份不符。请核对（依据：新华社公开报道（全国人大、全国政协、党的全会选举和决定）；职务数据可能未及时更新）。'],
      severity: 'warning',
    },
    { text: '二〇二四年，国务院副总理刘鹤会见外宾。', flagged: ['国务院副总理刘鹤'], messageIds: ['titleNotHeldInYear'], severity: 'warning' },
  ],
});

describe('political/leader-title and the document date', () => {
  const others = Object.fromEntries(
    createProofreader({ builtinPacks: false }).rules.filter((r) => r.id !== 'political/leader-title').map((r) => [r.id, 'off' as const]),
  );
  const p = createProofreader({ builtinPacks: false, rules: others });
  it('uses documentDate', () => {
    expect(p.proofread('国务院总理李克强主持会议', { documentDate: '2020-05-22' }).issues).toEqual([]);
    expect(p.proofread('国务院总理李强主持会议', { documentDate: '2020-05-22' }).issues.map((i) => i.severity)).toEqual(['warning']);
    expect(p.proofread('国务院总理李强主持会议', { documentDate: '2023-03-11' }).issues).toEqual([]);
  });
  it('uses the 成文日期 of the document', () => {
    const text = '国务院总理李克强主持会议。\n\n某某县人民政府\n2021年5月8日\n';
    expect(p.proofread(text).issues).toEqual([]);
  });
});
