import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createProofreader } from '../../../src/index.js';
import { loadArtefact } from '../../../src/compiled/artefact.js';
import { confusionLikeness } from '../../../src/rules/spelling/confusions.js';
import { SPELLING_MODEL } from '../../../src/rules/spelling/model.js';
import { ruleAlone, testRule } from '../../helpers/rule-tester.js';

const RULE = 'spelling/statistical-typo';

testRule(RULE, {
  valid: [
    // A country's one-character short name in diplomatic wording (文莱, 库克群岛), not a slip of 问 or 外.
    '访文期间，韩正考察了摩拉港。',
    '李强表示，中库建交28年来，始终真诚友好。',
    '严格落实值班制度，确保信息畅通，遇有突发事件及时报送。',
    '深入贯彻落实中央八项规定精神，持续纠治四风问题。',
    '着力解决群众急难愁盼问题。',
    '加快建设现代化产业体系，推动高质量发展。',
    // Names before a name suffix are not in any dictionary and must stay as written.
    '重庆市江津区人民政府办公室关于印发江津区政务公开工作要点的通知',
    '宜宾市叙州区教育体育局',
    '东溪镇人民政府',
    '内蒙古自治区包头市土默特右旗将开展专项行动。',
    '赤峰市派驻喀喇沁旗脱贫攻坚工作队',
    '山西省五寨县洪家镇姜曹村村民',
    // A 机关代字 before a 发文字号's year bracket is a code.
    '关于印发实施方案的请示》（冀政呈〔2024〕5号）',
    // A unit after a figure belongs to the number.
    '全年粮食产量稳定在12000亿斤。',
    // Quoted names, slogans and jargon are meant as written.
    '坚决杜绝“雷人雷语”。',
    '梳理政策“干货”、制作政策解读。',
    // Words the general dictionaries lack (dictionaries/spelling/extra-words.txt).
    '请对政治用语仔细核校。',
    '疏堵结合、以用促禁。',
    // Numbers and Latin text are never looked at.
    'GDP增长5.2%，CPI上涨0.2%。',
    // Which counter an ordinal takes (第六节, not 第六届) is the text's own fact (clean corpus).
    '第十节　违反放射性污染防治规定',
    // A term written three times in one document is meant (役前教育), even in varied sentences.
    '对政治考核合格的人员进行役前教育。役前教育的时间、内容由征兵办公室确定。入伍前未参加役前教育的，入营后补训。',
    // Twice is enough when the pair is no known word (役前) or the character comes with both neighbours (从坐舱): a term, not a slip (clean corpus).
    '对政治考核合格的人员进行役前教育。役前教育的时间、内容由征兵办公室确定。',
    '飞行员从坐舱左侧看到另一架航空器时应当上升高度，从坐舱右侧看到另一架航空器时应当下降高度。',
    // A character inside a canonical form of dictionaries/lexicons/ (an idiom here) is the form's own (clean corpus).
    '（一）树立文明乡风，不倚强凌弱；',
    // A correction that would break a longer word to make a shorter one (享有盛誉 → 有声, 高精尖 → 精简: clean corpus).
    '对在本行业内成就卓越、在行业内享有盛誉的个人，可以申请认定为高级人才。',
    '从事高精尖、文化创意、国际交往等符合首都功能的产业。',
    // Recent official text (provincial work reports of 2026): a real word taken for another needs a gain of
    // CONTEXT_SETTINGS.realWord — words of the segmenter's list (方阵, 施行), rarer jieba words (低位, 世行:
    // dictionaries/spelling/rare-words.txt) and place names without their suffix (张江 of 张江镇, 永昌 of 永昌县).
    '森林火灾起数处于历史低位。',
    '区域创新能力稳居全国第一方阵。',
    '深化世行营商环境评估对标改革。',
    '全面施行《民营经济促进法》。',
    '推动张江科学城功能提升。',
    '永昌奶绵羊成为全国知名品牌。',
    // The short title of a work in 《》 is its author's wording, not a slip (a document's title is checked: below).
    '话剧《人居环竟》在省大剧院首演。',
    // A guess of the unigram model that is a look- or sound-alike needs more gain than a same-pinyin one:
    // a new word the model lacks (治癌, not 治疗) is as often taken for one (a same-pinyin slip is still caught: 嗨关 below).
    '推进重离子治癌装置建设。',
    // Which number was meant is not a slip: a numeral inside a number or before a counter stays.
    '按照省委十三届十次全会部署。',
    // Nor one digit for another anywhere (中共五大, not 三大: 五/三 look alike in confusion-additions.tsv).
    '代表们先后参观了中共五大会址纪念馆、八七会议会址纪念馆。',
    // The parts of a transliterated name, joined by a middle dot, are a name's characters.
    '表彰玛依努尔·尼牙孜等同志。',
    // A place of three characters (马鬃山 of 马鬃山镇) is not broken to make a shorter word.
    '推动马鬃山口岸复通。',
    // Which place the text means is a fact it states: a place is not corrected to another (陕西 → 山西).
    '李干杰在参加陕西代表团审议时说，开局之年能够实现良好开局。',
    // A foreign name spelt with transliteration characters is the name's (布拉柴维尔, not 布拉格).
    '在位于刚果共和国首都布拉柴维尔中刚友好医院的手术室内，医生正在手术。',
    // A person's name the text marks as one (src/rules/spelling/person-names.ts): which name is meant is a
    // fact, not a slip. After a post, title or role (dictionaries/names/before-name.txt) or a verb of appointment:
    '凝霜制冷设备有限公司法定代表人吴和根被依法追究责任。',
    '会议经表决，任命高晓力为最高人民法院副院长。',
    '免去宫鸣的最高人民检察院副检察长职务。',
    // Before 同志 or 等 with a count of people (dictionaries/names/after-name.txt):
    '会议表彰了高晓力等20名同志。',
    // Items of a list of names, separated by 、 or by spaces (a 名单), the first and last run holding more words.
    '获奖人员：高晓力、宫鸣、吴和根、李洪凤。',
    '由高晓力、宫鸣、吴和根组成的调查组进驻该县。',
    '表彰名单：王文毅 季新杰 毛秉强 刘显法 连捷 高晓力',
    '中国选手米久江、李洪凤，分获男、女比赛的冠军。',
    // At the start of a clause before a verb of speaking or doing (dictionaries/names/verbs-after-name.txt).
    '高晓力介绍，今年将继续加大投入。',
    '李洪凤表示，将继续努力训练。',
    // A word mined from the context model's training text seen fewer than 100 times there (惊悉: spelling/mined-words.tsv)
    // is no fix: the rarer 顷悉 of a message of condolence is meant (with all the mined words proposed, 顷 → 惊 was an error).
    '主席表示，顷悉贵国遭受强烈地震，不幸造成重大人员伤亡。',
    // 除 opening a 除……外 frame is the preposition, whatever word 出 would make (出入境).
    '除入境人员外，低风险地区之间的人员往来不得设卡。',
    // A transliteration character starting a run of them is the name's: 莫尔多瓦 (Mordovia) is not 摩尔多瓦 (Moldova).
    '雷达站位于俄罗斯西部的莫尔多瓦共和国境内。',
    // A replacement that loses on its own token needs 1 nat more (ContextSettings.ownLossGain): 堵口 (closing a breach) and
    // 即 (namely) are meant, though 渡口 and 基本法 would make the tokens after them likelier.
    '汛期要做好抢险、堵口、复堤等准备。',
    '选举委员会即本法附件一规定的选举委员会。',
    // A near sound of spelling/confusion-near.tsv (fuzzy pinyin: 联 lián / 年 nián, 溅 jiàn / 降 jiàng, 膛 táng /
    // 弹 tán) needs 14 nats: a rarer real word of the news (青联, 溅落, 炮膛) stays below it.
    '香港青联交流基金主席林颢伊在座谈会上发言。',
    '飞船按计划在海上安全溅落。',
    '炮弹在炮膛内发生异常爆炸。',
    // A real word whose character is likelier than the correction's at its own place (实 than 事 after 法律) needs the
    // sure gain when the tokens after it alone speak for the correction (法律事务, 13 nats: clean news).
    '精通涉外法律实务的涉外法治人才。',
    // A short quotation is corrected only at a gain of 20 nats: a coined name like a famous one (千园 for 千万工程,
    // 17.9 nats; 晋字号 for 新字号, 14.4: clean news and reports) is meant.
    '今年，上海还将持续推进“千园工程”，计划新增公园超过100个。',
    '培育“晋字号”非遗品牌。',
  ],
  invalid: [
    { text: '做好防汛抗旱各项准备工做。', flagged: ['做'], messageIds: ['suspectedTypo'], fixes: ['作'], severity: 'error' },
    { text: '不断提高政务服务水平和群众满义度。', flagged: ['义'], messageIds: ['suspectedTypo'], fixes: ['意'], severity: 'error' },
    { text: '推进城乡环境卫生整洁行动，改善人居环竟。', flagged: ['竟'], messageIds: ['suspectedTypo'], fixes: ['境'] },
    { text: '加强对重点行业领域的安全检差。', flagged: ['差'], messageIds: ['suspectedTypo'], fixes: ['查'] },
    // Found by the context model (src/model/): typos that are words themselves, or whose fix the unigram model found too rare.
    { text: '切实加强监督检察，确保各项措施落到实处。', flagged: ['察'], messageIds: ['suspectedTypo'], fixes: ['查'], severity: 'warning' },
    { text: '要深入贯撤落实党中央决策部署。', flagged: ['撤'], messageIds: ['suspectedTypo'], fixes: ['彻'], severity: 'error' },
    { text: '加快推进重点项木建设。', flagged: ['木'], messageIds: ['suspectedTypo'], fixes: ['目'], severity: 'error' },
    { text: '各地要认真落时各项惠民政策。', flagged: ['时'], messageIds: ['suspectedTypo'], fixes: ['实'], severity: 'error' },
    { text: '全国人民代表大会堂务委员会第十次会议审议通过。', flagged: ['堂'], messageIds: ['suspectedTypo'], fixes: ['常'] },
    { text: '健全长效发展机智。', flagged: ['智'], messageIds: ['suspectedTypo'], fixes: ['制'], severity: 'warning' },
    { text: '坚决遏制重特大事故发声。', flagged: ['声'], messageIds: ['suspectedTypo'], fixes: ['生'] },
    { text: '要切实加强组织领导，明确工作职则。', flagged: ['则'], messageIds: ['suspectedTypo'], fixes: ['责'] },
    // A correction that breaks a longer word to make a shorter one is no error (享有盛誉 → 有声, 高精尖 → 精简: clean corpus);
    // 天燃气 stays one, as 燃气 is shorter than 天然气.
    { text: '有计划地发展城市煤气、天燃气、液化气、集中供热，改善城市环境。', flagged: ['燃'], messageIds: ['suspectedTypo'], fixes: ['然'], severity: 'error' },
    // A known word beside the slip (燃气) recurring twice is no evidence: common words recur anyway.
    { text: '有计划地发展城市煤气、天燃气、液化气。加强燃气管道巡查。', flagged: ['燃'], messageIds: ['suspectedTypo'], fixes: ['然'] },
    // Nor is punctuation beside it (，撤 starts two clauses): only characters make a term.
    { text: '切实加强领导，撤底整改到位。会议要求，撤销不合规的审批事项。', flagged: ['撤'], messageIds: ['suspectedTypo'], fixes: ['彻'] },
    { text: '各乡镇要按照时间节点完成整该任务。', flagged: ['该'], messageIds: ['suspectedTypo'], fixes: ['改'], severity: 'warning' },
    // Pairs of common characters the shared confusion tables lack (confusion-additions.tsv): a look-alike by
    // four-corner and Cangjie codes (攻/政, 远/运).
    { text: '市攻府办公室关于印发通知。', flagged: ['攻'], messageIds: ['suspectedTypo'], fixes: ['政'] },
    { text: '乒乓球远动员马龙出席活动。', flagged: ['远'], messageIds: ['suspectedTypo'], fixes: ['运'] },
    // A same-pinyin character that makes no known word (改革委 is in no list) where the text is very improbable,
    // and a character outside the sets that makes a known word (人民) with a very large gain: never an error.
    { text: '国家发展改革萎负责统筹协调。', flagged: ['萎'], messageIds: ['suspectedTypo'], fixes: ['委'], severity: 'warning' },
    { text: '经省高级太民法院审理，依法作出终审判决。', flagged: ['太'], messageIds: ['suspectedTypo'], fixes: ['人'], severity: 'warning' },
    // A slip that makes a likely pair with the character before it shows in the one after (人士 is a word, 人士档案 is not).
    { text: '加强干部人士档案管理工作。', flagged: ['士'], messageIds: ['suspectedTypo'], fixes: ['事'], severity: 'warning' },
    // A slip as likely as the right character after the one before it, shown by the characters after it
    // (ContextSettings.ownGain below 0: 飞 is 0.9 nats likelier than 废 after 海洋, 飞弃物 far less likely than 废弃物).
    { text: '加强海洋飞弃物治理。', flagged: ['飞'], messageIds: ['suspectedTypo'], fixes: ['废'], severity: 'warning' },
    { text: '我们要执面问题挑战，办好自己的事情。', flagged: ['执'], messageIds: ['suspectedTypo'], fixes: ['直'] },
    // One whose own token loses more (速 2.2 nats less likely than 数 after 实现), with each nat beyond 1 asked back
    // (ContextSettings.ownLossRoom): 速度 after it gains 16.6 nats.
    { text: '努力实现数度和效益同步提升。', flagged: ['数'], messageIds: ['suspectedTypo'], fixes: ['速'], severity: 'warning' },
    // Such a correction is never an error, unless the unigram model finds it too (弥猴桃 alone: 发展梨子、弥猴桃、葡萄).
    { text: '村里有1200亩辣椒、2000亩刺梨、1000多亩梨子、弥猴桃、葡萄……通过公司引领、大户带动、散户组团的发展模式增收。', flagged: ['弥'], messageIds: ['suspectedTypo'], fixes: ['猕'], severity: 'warning' },
    { text: '发展梨子、弥猴桃、葡萄等特色水果。', flagged: ['弥'], messageIds: ['suspectedTypo'], fixes: ['猕'], severity: 'error' },
    // A short quotation and the character before a figure are corrected at a very large gain only, never as errors.
    { text: '要搭起“四粱八柱”，形成制度体系。', flagged: ['粱'], messageIds: ['suspectedTypo'], fixes: ['梁'], severity: 'warning' },
    { text: '本条例兹2022年3月1日起施行。', flagged: ['兹'], messageIds: ['suspectedTypo'], fixes: ['自'], severity: 'warning' },
    { text: '保障“菜兰子”供应。', flagged: ['兰'], messageIds: ['suspectedTypo'], fixes: ['篮'], severity: 'warning' },
    { text: '推动居民服务、建康养老等服务业发展。', flagged: ['建'], messageIds: ['suspectedTypo'], fixes: ['健'], severity: 'warning' },
    // A numeral that is no number there is still a slip.
    { text: '推动共建一带亿路高质量发展。', flagged: ['亿'], messageIds: ['suspectedTypo'], fixes: ['一'] },
    { text: '要加强嗨关监管。', flagged: ['嗨'], messageIds: ['suspectedTypo'], fixes: ['海'] },
    // A person's name needs a surname, a marking context, and no known word: after a title the first two
    // characters of a word (高度) start no name, and a list of words whose items start with a surname
    // (安全、高效) is no list of names.
    { text: '县委书记高度种视安全生产工作。', flagged: ['种'], messageIds: ['suspectedTypo'], fixes: ['重'] },
    { text: '加强安全检差、高效协同、文明服务。', flagged: ['差'], messageIds: ['suspectedTypo'], fixes: ['查'] },
    { text: '书记王伟要按照时间节点完成整该任务。', flagged: ['该'], messageIds: ['suspectedTypo'], fixes: ['改'] },
    // A document's title in 《》 (ending with a kind of document, or long) is checked like prose.
    { text: '印发《人居环竟整治方案》。', flagged: ['竟'], messageIds: ['suspectedTypo'], fixes: ['境'], severity: 'error' },
    // Words of official text jieba lacks, mined from the context model's training text (犬只, 强降雨:
    // dictionaries/spelling/mined-words.tsv, seen 100 times or more there): proposed like an official word.
    { text: '养犬人应当及时清除犬值排泄物，不得携犬进入公共场所。', flagged: ['值'], messageIds: ['suspectedTypo'], fixes: ['只'], severity: 'warning' },
    { text: '饲养犬值应当办理登记。', flagged: ['值'], messageIds: ['suspectedTypo'], fixes: ['只'] },
    { text: '各地要防范强将雨天气引发的灾害。', flagged: ['将'], messageIds: ['suspectedTypo'], fixes: ['降'], severity: 'error' },
    { text: '以数字化付能基层治理，提升服务效能。', flagged: ['付'], messageIds: ['suspectedTypo'], fixes: ['赋'] },
    { text: '对被告人判处拘疫六个月，缓刑一年。', flagged: ['疫'], messageIds: ['suspectedTypo'], fixes: ['役'] },
    // A fix that makes only a mined word (秋粮: no dictionary lists it) is never an error, however sure the context model
    // is; 强降雨 above may be one, as 降雨 is a dictionary's word.
    { text: '秋梁收购工作有序开展。', flagged: ['梁'], messageIds: ['suspectedTypo'], fixes: ['粮'], severity: 'warning' },
    { text: '各地要全力做好夏梁收购工作。', flagged: ['梁'], messageIds: ['suspectedTypo'], fixes: ['粮'], severity: 'warning' },
    { text: '印发《“健康中国2030”规划刚要》。', flagged: ['刚'], messageIds: ['suspectedTypo'], fixes: ['纲'], severity: 'error' },
    // Near alikes the confusion tables lack (spelling/confusion-near.tsv, scripts/data/make-confusion-near.mjs), at bars of
    // their own and never an error: a near shape by decomposition, one stroke more (厂/广) or the larger part shared (锐/税) …
    { text: '进一步做好厂大人民群众的服务工作。', flagged: ['厂'], messageIds: ['suspectedTypo'], fixes: ['广'], severity: 'warning' },
    { text: '依法缴纳增值锐和企业所得税。', flagged: ['锐'], messageIds: ['suspectedTypo'], fixes: ['税'], severity: 'warning' },
    // … and a near sound, one fuzzy-pinyin step apart in the same tone (赠 zèng / 政 zhèng, 粽 zòng / 重 zhòng).
    { text: '加强财赠资金监管。', flagged: ['赠'], messageIds: ['suspectedTypo'], fixes: ['政'], severity: 'warning' },
    { text: '要进一步加强粽点领域监管。', flagged: ['粽'], messageIds: ['suspectedTypo'], fixes: ['重'], severity: 'warning' },
  ],
});

const alone = (options: Parameters<typeof ruleAlone>[1] = {}) => ruleAlone(RULE, options);

describe(`${RULE}: what it does not catch yet`, () => {
  // Typos written for these tests that neither model is sure enough of (总休 and 总节 sit
  // below the bar, 富余 is a word that fits). The detector must at least never suggest a wrong fix for them.
  it.each([
    ['各单位要认真落实总休方案。', '各单位要认真落实总体方案。'],
    ['扎实推动共同富余。', '扎实推动共同富裕。'],
    ['请各单位于6月30日前报送工作总节。', '请各单位于6月30日前报送工作总结。'],
    ['进一步加强安全生产监督检察工作。', '进一步加强安全生产监督检查工作。'],
  ])('%s: silent or right', (text, right) => {
    for (const issue of alone().proofread(text).issues) expect(right.slice(issue.start, issue.end)).toBe(issue.suggestions[0]);
  });
});

describe(`${RULE} and rule packs`, () => {
  const pack = (unless: string[]) => ({
    id: 'test-pack',
    name: '测试',
    rule: 'lexicon/misused-word',
    category: 'typo',
    entries: [{ wrong: '环竟', right: '环境', unless }],
    examples: { invalid: [{ text: '保护生态环竟。', output: '保护生态环境。' }], valid: ['保护生态环境。', ...unless] },
  });

  it('leaves a span a pack reports to the pack', () => {
    const issues = createProofreader({ builtinPacks: false, packs: [pack([])] }).proofread('改善人居环竟。').issues;
    expect(issues.map((i) => `${i.ruleId} ${i.text}`)).toEqual(['lexicon/misused-word 环竟']);
  });

  it("respects a pack's unless contexts", () => {
    expect(alone().proofread('改善人居环竟。').issues).toHaveLength(1);
    expect(alone({ packs: [pack(['人居环竟'])] }).proofread('改善人居环竟。').issues).toEqual([]);
  });

  it('respects the allow list', () => {
    expect(alone().proofread('改善人居环竟。', { allow: ['人居环竟'] }).issues).toEqual([]);
  });
});

describe(`${RULE} on a whole document`, () => {
  it('trusts characters written twice: a local name, not a slip', () => {
    const once = '改善人居环竟。';
    expect(alone().proofread(once).issues).toHaveLength(1);
    expect(alone().proofread(once.repeat(2)).issues).toEqual([]);
  });

  it('trusts them in a long document too (50,000 copies)', () => {
    expect(alone().proofread('改善人居环竟。'.repeat(50_000)).issues).toEqual([]);
  });

  it('offers no wrong correction in a garbled sentence', () => {
    // Several near-misses in one sentence: the unigram detector's guesses are dropped
    // there; the context model may still fix what it is sure of, and only that.
    const garbled = '菓家自然科学奖分为一等奖、二登奖，对做出特别重大的可学发现的可以授予特等奖。';
    const right = '国家自然科学奖分为一等奖、二等奖，对做出特别重大的科学发现的可以授予特等奖。';
    for (const issue of alone().proofread(garbled).issues) expect(right.slice(issue.start, issue.end)).toBe(issue.suggestions[0]);
  });
});

const CORPUS = join(__dirname, '..', '..', '..', '..', 'shared', 'corpus');
const corpusFiles = (() => {
  try {
    return readdirSync(CORPUS).filter((f) => f.endsWith('.txt'));
  } catch {
    return [];
  }
})();

describe(`${RULE} on clean official text`, () => {
  it.skipIf(corpusFiles.length === 0).each(corpusFiles)('%s: silent', (file) => {
    const text = readFileSync(join(CORPUS, file), 'utf8');
    expect(alone().proofread(text).issues.map((i) => `${i.text}: ${i.message}`)).toEqual([]);
  });
});

describe('spelling rules on the committed clean text (the gate of issue 19; benchmarks/clean-gate.mjs adds the held-out text)', () => {
  it('raise at most 5 warnings and 0.5 errors per 100,000 characters of the clean fixture sentences', () => {
    const sentences = readFileSync(join(__dirname, '..', '..', 'fixtures', 'clean-sentences.txt'), 'utf8').split('\n').filter(Boolean);
    const proofreader = createProofreader();
    let chars = 0;
    const found = { warning: 0, error: 0 };
    for (const text of sentences) {
      chars += text.length;
      for (const i of proofreader.proofread(text).issues) if (i.ruleId.startsWith('spelling/') && (i.severity === 'warning' || i.severity === 'error')) found[i.severity]++;
    }
    expect((found.warning * 1e5) / chars).toBeLessThanOrEqual(5);
    expect((found.error * 1e5) / chars).toBeLessThanOrEqual(0.5);
  });
});

describe('spelling/confusion-near.tsv (scripts/data/make-confusion-near.mjs)', () => {
  const rows = readFileSync(join(__dirname, '..', '..', '..', 'dictionaries', 'spelling', 'confusion-near.tsv'), 'utf8')
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => line.split('\t'));

  it('lists single characters in two classes, none twice for a character and none the character itself', () => {
    for (const [char, sound, shape, ...rest] of rows) {
      expect([...char!]).toHaveLength(1);
      expect(rest).toEqual([]);
      const all = [...sound!, ...shape!];
      expect(new Set(all).size).toBe(all.length);
      expect(all).not.toContain(char);
    }
  });

  it('is the context detector’s alone: the likeness the other rules weigh (confusions.ts) does not hold it', () => {
    const model = loadArtefact(SPELLING_MODEL);
    const likeness = confusionLikeness();
    for (const [from, to] of [
      ['厂', '广'],
      ['锐', '税'],
      ['赠', '政'],
    ] as const) {
      expect(likeness(from, to)).toBeUndefined();
      const near: string[] = [];
      for (let e = model.nearFirst(from, 0); e < model.nearEnd(from, 0); e++) near.push(String.fromCharCode(model.nearChar(e)));
      expect(near).toContain(to);
    }
  });
});
