import { testRule } from '../../helpers/rule-tester.js';

testRule('lexicon/fixed-expression', {
  valid: [
    // three characters of an idiom that are other words (办实事|是, 与时|进行), cut a word (有的|矢志, 长久|安澜), or a line of verse
    '为群众办实事是我们的责任，要与时进行调整。',
    '有的矢志创新，要保障黄河长久安澜。',
    '春满神州千里秀，祖国大地万象新。',
    // a doubled character on the span's edge belongs to the word before (落实|实事求是)
    '狠抓落实实事求是地推进工作。',
    // Named places of national lists (lexicons/heritage.txt) written right: a listed name is silent, 平遥古城 as 交河故城.
    '新疆吐鲁番的交河故城和高昌故城是世界文化遗产。',
    '平遥古城和丽江古城游客如织。',
    // The kind written as another kind that describes the place: the old town, not a slip for the ruins.
    '游客来到潼关古城参观。',
    '新疆吐鲁番的交河古城是世界文化遗产。',
    '九寨沟风景名胜区和武夷山国家公园',
    // A listed name with an older or variant character (飞来峰造象): the current spelling, which makes a word (造像), is no slip.
    '灵隐寺、净慈寺、飞来峰造像、抱朴道院',
    // A heritage name with a character dropped from its stem or at the start of its kind is its short name or another place.
    '1921年10月，河南省渑池县仰韶遗址发掘。',
    '山西碧村石城遗址、河南二里头遗址等4项入选。',
    '在葡萄沟景区，日均游客接待量超过6000人次。',
    '在东部长白山区，天然林实现全面停伐。',
    // Canonical forms themselves.
    '坚持实事求是的原则，一丝不苟地完成任务。',
    '苍溪县东溪镇人民政府',
    '依据《中华人民共和国枪支管理法》第五条。',
    '县市场监督管理局开展专项检查。',
    // One character away, but another phrase: the edit makes a word (开展, 依法, 发生, 队伍).
    '要高质量开展工作。',
    '人民陪审员依法享有参加审判活动的权利。',
    '因订立劳动合同发生的争议。',
    '国家综合性消防救援队伍是应急救援的主力军。',
    // A character more or less outside 《》 is as often another name (国家税务局 before 2018).
    '由国家税务局依照有关规定办理。',
    // The last two characters of an idiom swapped into a word of their own are a variant (改悔); a place's suffix swapped inward is the next name.
    '死不改悔的是少数。',
    '走过百年风霜雪雨，创造人间奇迹。', // a set order of its own (lexicons/set-phrases.txt)
    '贵州六盘水市水城县鸡场镇坪地村发生山体滑坡。',
    '市消防救援队到场处置。',
    '云南省纪委省监委机关', // a level added names both bodies
    // A misspelt idiom of jieba's list (垂手可得, a pack's wrong form) is no canonical form to correct towards.
    '这是垂手可德的成果。',
    '在海南自由贸易港依法实施外商投资安全审查制度。', // 依法, not a character added to 海南自由贸易港法
    // An institution's name with a character dropped that leaves no fragment, or only one that may bind with the
    // character before the span (编审 is a word the segmenter lacks): another name.
    '中央党史和文献研究院学术和编审委员会主任作报告。',
    '国家防汛抗旱总指挥部负责组织全国的抗旱工作。',
    // A function character in place of the last one (自来水笔).
    '盗窃电力、燃气、自来水等财物。',
    // The span cuts a word at its edge (评审委员会 is not 审计委员会).
    '组织专家评审委员会进行审议。',
    // A similar sound alone is not enough for a short form (只身一人).
    '如果只选一人，候选人应为二人。',
    // A place written without its 市 inside (四川广元市) is how people write it; a place whose name ends the span is whole.
    '四川广元市、黑龙江齐齐哈尔市',
    '来自安徽太和、河北正定的代表',
    // Local bodies: a bureau of three characters is not matched (水务局 / 税务局), nor a committee whose first word differs.
    '上海市水务局是本市河道的行政主管部门。',
    '国家中药品种保护审评委员会负责审评。',
    '榆林市人民检察院、榆林市检察院、市委组织部',
    // Renamed and repealed laws: a run of whole words left out is another title.
    '根据《中华人民共和国合同法》的规定。',
    '《上海市计划生育条例》同时废止。',
    '1月30日国务院发布的《中华人民共和国审计条例》同时废止。',
    // A character dropped from a title in 《》 next to a word of the title stays with the word test (中医 / 中医药).
    '《山东省中医条例》同时废止。',
    // A place's first character: a phrase before a generic division word (有关, 完善: words; 城市, 城区, 乡镇: suffix words).
    '由有关县级以上地方人民政府依法划定。',
    '会同有关县（市、区）人民政府编制。',
    '决定其为代理市长、代理区长。',
    '自治县人民政府应当组织街道办事处推进。',
    '完善乡村振兴人才培养机制。',
    '本条例适用于本市主城区，因城市建设需要占用的除外。',
    '本乡镇、街道内停车需求',
    // …a name with another suffix (孟津县, 孟津区 since 2021), a naming pattern (X家庄镇), a parent that disagrees, a suffix starting another word (区域).
    '孟津县、孟州市的黄河堤脚',
    '党家庄镇、遥墙镇的辖区',
    '北京市师河区',
    '在城市景观线和街道对景保护规划范围内',
    '鱿鱼圈区域内禁止捕捞',
    // three characters starting with a common surname, no parent before: a person's name as well (六广镇, 木拉镇)
    '村民刘广镇介绍，今年荔枝丰收。',
    // a country's side (巴方) before an idiom's tail: 巴方支持一个中国原则 is not 八方支持
    '巴方支持中方提出的全球发展倡议。',
    // a numeral and a division word count divisions: 海南三省 is not 海南三沙
    '仅山东、浙江、海南三省，就有30座海岛告别了靠船运水的日子。',
    '以军当天袭击了希伯伦南部的杜拉镇。',
    '鲅鱼圈区、浉河区、容桂街道、乌鲁木齐市',
    // A same syllable (tone aside) does not count in idioms: there it is a classical spelling (餍/厌, 惟/为).
    '资产阶级贪得无餍的剥削思想。',
    '民惟邦本，本固邦宁。',
    // An idiom's first character: a tail many idioms share (迫不得已, 万不得已) says nothing of it.
    '他也是逼不得已。',
    // …nor a traditional character for its simplified one (義/义, 於/于): a script matter.
    '决不容許美國背信弃義地加以破壞。',
    '我們的財政是取之於民，用之於民。',
    // The written character makes a word with the next one, which the segmenter's reduced list lacks (治本):
    // the span ends inside another word, it is no short law title (安全生产法).
    '全力打好安全生产治本攻坚三年行动收官战。',
    // …or a word of three characters (行道树): 建设行道|树 is no slip of the place 建设街道.
    '新建城市道路主次干道应当建设行道树绿化带。',
    // …or a word inside a short form at least as common as the form's own pair (厚爱 against 厚意): another phrase.
    '亲身感受到总书记对家乡的深情厚爱。',
    // Set phrases of official text one character from an idiom (set-phrases.txt): 明查暗访 (work-safety inspections), a motto.
    '国务院安委会组织开展一季度安全生产明查暗访，对明查暗访发现的问题依法查处。',
    '展现他们学为人师、行为世范的崇高精神。',
    '倡导孝老爱亲、扶弱济困、勤俭节约的文明乡风。', // 北京市乡村振兴促进条例
    // The ABAC frame (同心同德, 尽心尽力): 同心同力 is a phrase of its own, not 同心合力 miswritten.
    '弘扬奥林匹克精神，同心同力、奋勇争先。',
    // A coordination that shares the idiom's first character (因时制宜 + 因势制宜).
    '始终坚持立足国情因时因势制宜，同时要因地因事制宜。',
    // An idiom in a quoted slogan of parallel parts.
    '本届论坛以“崇道尚德·与世偕行”为主题，“头疼医头、脚疼医脚”的模式正在改变。',
    // An idiom with a character that names a city by its alias (鹏城 深圳): a trail or campaign named on the idiom, no slip.
    '全市串联山海的“鹏城万里”步道网络今年再添一段，欢迎市民徒步体验。',
    // A province and a two-character name going on into a noun: the name of a thing there, not a county's short name.
    '山东位山灌区的流量达到130立方米，辽宁千山景区打造音乐喷泉，陕西西康高铁建设现场，广西玉柴装备科技有限公司。',
    // A place under or beside a division that is no Chinese place: a foreign place (Japan's 珠洲市, 阿苏地区).
    '石川县轮岛市和珠洲市震感最强烈，地震发生在熊本县的阿苏地区。',
    // A word far commoner than the form's own pair, made inside a long form: another phrase (大型, not 大兴).
    '大型国际机场口岸预计客流高峰主要集中在2月。',
    // A place's suffix replaced by a character that goes on into the next words is the name and those words (樊城 and 去武汉).
    '从襄阳市樊城去武汉，从乌兰察布市集宁去北京。',
    // A place's short name written whole and then another word (乌兰察布|时, 四川成都|世运会): not its suffix replaced.
    '四年前落户乌兰察布时，四川成都世运会赛场内外，云南昆明石寨山考古遗址公园。',
    // A county-level division that some parent has or had since the 2015 codes (滦县 until 2018, 下城区 until 2021, 淮阳县
    // until 2019; 东湖区 of 南昌市): an older name or another place, not a slip of 滦南县, 上城区, 濮阳县 or 东河区.
    '唐山市滦县、杭州市下城区、河南省淮阳县、河北省滦县、包头市东湖区',
    // Short forms of autonomous divisions with their suffix, under and over their neighbours.
    '云南省西双版纳州、湖北恩施州利川市、甘肃东乡县、甘肃临夏州积石山县、新疆伊犁州伊宁市',
    // Universities, central enterprises, development zones and research institutes one edit or two from one another: each is itself.
    '哈尔滨工业大学、北京理工大学、北京工业大学、广州中医药大学和上海电力大学的代表参加。',
    '中国石油天然气集团有限公司、中国石油化工集团有限公司、国家电网有限公司、中国长安汽车集团有限公司。',
    '苏州工业园区、长春经济技术开发区、中国科学院大连化学物理研究所、中国工程院。',
    // Known names: a former name (上海电力学院 until 2018, 嘉兴学院 until 2024), a former group name, a Hong Kong university.
    '他1990年毕业于上海电力学院，曾任教于嘉兴学院，后调入中国中钢集团有限公司，访问过香港科技大学。',
    // Another real place where a zone's name has its place (吴忠 for 吴中, 临汾 for 临沂): a zone the list lacks, not a slip.
    '吴忠经济技术开发区和临汾经济技术开发区引进项目。',
    // A known name is never a fix: a slip in a former group's name is not "corrected" to that name.
    '中国中钢集团有线公司的老职工。',
    // A short name of a named body whose body word, replaced, makes the next phrase (大湾区大|小港口).
    '粤港澳大湾区大小港口间有了畅通的“摆渡船”。',
  ],
  invalid: [
    // Named places of national lists (lexicons/heritage.txt): a replaced character, also in the kind of place (遗志 for 遗址).
    { text: '周口店遗志出土了大量化石。', flagged: ['周口店遗志'], messageIds: ['slip'], fixes: ['周口店遗址'], severity: 'warning' },
    { text: '我们参观了秦始黄陵。', flagged: ['秦始黄陵'], messageIds: ['slip'], fixes: ['秦始皇陵'] },
    { text: '周口店遗止出土了大量化石。', flagged: ['周口店遗止'], messageIds: ['slip'], fixes: ['周口店遗址'] },
    { text: '九寨沟风景名胜去游客很多。', flagged: ['九寨沟风景名胜去'], messageIds: ['slip'], fixes: ['九寨沟风景名胜区'] },
    // A character dropped inside the kind of place, leaving one on its own (风景名|区).
    { text: '九寨沟风景名区游客很多。', flagged: ['九寨沟风景名区'], messageIds: ['slip'], fixes: ['九寨沟风景名胜区'] },
    { text: '武夷山国家公圆建设稳步推进。', flagged: ['武夷山国家公圆'], messageIds: ['slip'], fixes: ['武夷山国家公园'] },
    { text: '坚持实事求事的原则。', flagged: ['实事求事'], messageIds: ['slip'], fixes: ['实事求是'], severity: 'warning' },
    { text: '他一丝不狗地完成任务。', flagged: ['一丝不狗'], messageIds: ['slip'], fixes: ['一丝不苟'] },
    // A replaced character that makes no city's alias (鹏呈) is still a slip of the idiom.
    { text: '祝愿同学们前程似锦、鹏呈万里。', flagged: ['鹏呈万里'], messageIds: ['slip'], fixes: ['鹏程万里'] },
    { text: '苍溪县东西镇人民政府', flagged: ['苍溪县东西镇'], messageIds: ['slip'], fixes: ['苍溪县东溪镇'] },
    { text: '广元市苍西县人民政府', flagged: ['广元市苍西县'], messageIds: ['slip'], fixes: ['广元市苍溪县'] },
    { text: '县市场监督管里局开展专项检查。', flagged: ['市场监督管里局'], messageIds: ['slip'], fixes: ['市场监督管理局'] },
    // A whole law title in 《》 with a character replaced: an error; dropped: a warning.
    { text: '依据《中华人民共和国枪支管里法》第五条。', flagged: ['中华人民共和国枪支管里法'], messageIds: ['slip'], fixes: ['中华人民共和国枪支管理法'], severity: 'error' },
    { text: '依据《中华人民共和国枪支管法》第五条。', flagged: ['中华人民共和国枪支管法'], messageIds: ['slip'], fixes: ['中华人民共和国枪支管理法'], severity: 'warning' },
    // Laws adopted after the LawRefBook snapshot (law-titles-recent.tsv) are known too.
    { text: '根据《中华人民共和国民营经纪促进法》的规定。', flagged: ['中华人民共和国民营经纪促进法'], messageIds: ['slip'], fixes: ['中华人民共和国民营经济促进法'], severity: 'error' },
    { text: '《中华人民共和国国家公圆法》明确了管理体制。', flagged: ['中华人民共和国国家公圆法'], messageIds: ['slip'], fixes: ['中华人民共和国国家公园法'], severity: 'error' },
    // The last two characters swapped (the index never edits the first one).
    { text: '他做事一丝苟不，大家都知道。', flagged: ['一丝苟不'], messageIds: ['slip'], fixes: ['一丝不苟'], severity: 'warning' },
    // a four-character idiom with a character dropped, where the context model finds the text far likelier with it back
    { text: '他做事一丝苟，大家都知道。', flagged: ['一丝苟'], messageIds: ['slip'], fixes: ['一丝不苟'], severity: 'warning' },
    { text: '大家齐协力，共渡难关。', flagged: ['齐协力'], messageIds: ['slip'], fixes: ['齐心协力'] },
    // a character doubled inside the span, in a form of any kind and length (the copies may make a word: 丝丝, 实实)
    { text: '他做事一丝丝不苟，大家都知道。', flagged: ['一丝丝不苟'], messageIds: ['slip'], fixes: ['一丝不苟'], severity: 'warning' },
    { text: '要脚踏实实地干事。', flagged: ['脚踏实实地'], messageIds: ['slip'], fixes: ['脚踏实地'] },
    { text: '根据县市场监督管局理的要求。', flagged: ['市场监督管局理'], messageIds: ['slip'], fixes: ['市场监督管理局'] },
    // Universities (教育部《全国高等学校名单》), central enterprises, development zones, research institutes.
    {
      text: '他毕业于哈尔宾工业大学。',
      flagged: ['哈尔宾工业大学'],
      messageIds: ['slip'],
      messages: ['“哈尔宾工业大学”疑为高等学校名称“哈尔滨工业大学”之误（字有误）（依据：教育部《全国高等学校名单》（截至2025年6月20日））。'],
      fixes: ['哈尔滨工业大学'],
      severity: 'warning',
    },
    { text: '1958年，他成为哈尔工滨工业大学的一名青年教师。', flagged: ['哈尔工滨工业大学'], messageIds: ['slip'], fixes: ['哈尔滨工业大学'] },
    { text: '广州中医药大字的专家前来义诊。', flagged: ['广州中医药大字'], messageIds: ['slip'], fixes: ['广州中医药大学'] },
    { text: '中国石油天然汽集团有限公司召开会议。', flagged: ['中国石油天然汽集团有限公司'], messageIds: ['slip'], fixes: ['中国石油天然气集团有限公司'] },
    { text: '国家电网有线公司召开会议。', flagged: ['国家电网有线公司'], messageIds: ['slip'], fixes: ['国家电网有限公司'] },
    { text: '中国长按汽车集团有限公司成立。', flagged: ['中国长按汽车集团有限公司'], messageIds: ['slip'], fixes: ['中国长安汽车集团有限公司'] },
    { text: '企业在苏州工业圆区投资兴业。', flagged: ['苏州工业圆区'], messageIds: ['slip'], fixes: ['苏州工业园区'] },
    { text: '武汉东湖新技术开法区的企业。', flagged: ['武汉东湖新技术开法区'], messageIds: ['slip'], fixes: ['武汉东湖新技术开发区'] },
    // An institute with the academy's name whole before the edit (中国科学院 is the head of its name, not another phrase).
    { text: '中国科学院大连化学物里研究所的研究员。', flagged: ['中国科学院大连化学物里研究所'], messageIds: ['slip'], fixes: ['中国科学院大连化学物理研究所'] },
    // An institution's name with a character dropped from one of its words, leaving a fragment (管|局, 挥|部, 消防|援): a warning.
    { text: '县市场监督管局要加强检查。', flagged: ['市场监督管局'], messageIds: ['slip'], fixes: ['市场监督管理局'], severity: 'warning' },
    { text: '根据市防汛抗旱挥部的要求，做好相关工作。', flagged: ['防汛抗旱挥部'], messageIds: ['slip'], fixes: ['防汛抗旱指挥部'], severity: 'warning' },
    { text: '请市消防援大队配合。', flagged: ['消防援大队'], messageIds: ['slip'], fixes: ['消防救援大队'] },
    // …and one with a character added that leaves a fragment (委托|员|会) or doubles one (管理|理|局).
    { text: '市纪律检查委托员会通报了案件。', flagged: ['纪律检查委托员会'], messageIds: ['slip'], fixes: ['纪律检查委员会'], severity: 'warning' },
    // Bodies of 群团组织, arbitration and public service, written after the place (lexicons/institutions.txt).
    { text: '申请人向天津仲裁委托员会申请仲裁。', flagged: ['仲裁委托员会'], messageIds: ['slip'], fixes: ['仲裁委员会'], severity: 'warning' },
    { text: '省残疾人联合汇组织了活动。', flagged: ['残疾人联合汇'], messageIds: ['slip'], fixes: ['残疾人联合会'] },
    { text: '县疾病预防空制中心开展了检测。', flagged: ['疾病预防空制中心'], messageIds: ['slip'], fixes: ['疾病预防控制中心'] },
    { text: '县市场监督管理理局要加强检查。', flagged: ['市场监督管理理局'], messageIds: ['slip'], fixes: ['市场监督管理局'] },
    // …and so is one dropped from a word of a local or administrative title, leaving a fragment (高新|术, 交|事故).
    { text: '依照《浙江省高新术促进条例》的规定。', flagged: ['浙江省高新术促进条例'], messageIds: ['slip'], fixes: ['浙江省高新技术促进条例'], severity: 'warning' },
    { text: '依照《海上交事故调查处理条例》处理。', flagged: ['海上交事故调查处理条例'], messageIds: ['slip'], fixes: ['海上交通事故调查处理条例'], severity: 'warning' },
    // Outside 《》 too, for a title of eight characters or more (a character added only in an institution's name).
    { text: '按照浙江省高新术促进条例执行。', flagged: ['浙江省高新术促进条例'], messageIds: ['slip'], fixes: ['浙江省高新技术促进条例'], severity: 'warning' },
    { text: '广西壮族自冶区林业局', flagged: ['广西壮族自冶区'], messageIds: ['slip'], fixes: ['广西壮族自治区'] },
    // A place of five characters or more with a character of its name dropped, still ending with 市/县/区.
    {
      text: '齐齐哈市召开会议',
      flagged: ['齐齐哈市'],
      messageIds: ['slip'],
      messages: ['“齐齐哈市”疑为地名“齐齐哈尔市”之误（漏字）（依据：国家统计局 2023年统计用区划代码）。'],
      fixes: ['齐齐哈尔市'],
      severity: 'warning',
    },
    // The province written whole before it does not hide the slip: the longer form is offered.
    { text: '黑龙江省齐齐哈市召开会议', flagged: ['黑龙江省齐齐哈市'], messageIds: ['slip'], fixes: ['黑龙江省齐齐哈尔市'] },
    { text: '河南省郑州市荣阳市', flagged: ['郑州市荣阳市'], messageIds: ['slip'], fixes: ['郑州市荥阳市'] },
    // Local bodies written with their level may start inside the place name (榆林市|检查院); the body word may become another word (小姐).
    { text: '榆林市检查院提起公诉。', flagged: ['市检查院'], messageIds: ['slip'], fixes: ['市检察院'] },
    { text: '榆林市委组织布', flagged: ['市委组织布'], messageIds: ['slip'], fixes: ['市委组织部'] },
    { text: '成立县委全面深化改革领导小姐。', flagged: ['领导小姐'], messageIds: ['slip'], fixes: ['领导小组'] },
    // A county under its province's short form (安徽太和); 大/太 look alike (the confusion sets hold them as a similar sound only).
    { text: '来自安徽大和的代表', flagged: ['安徽大和'], messageIds: ['slip'], fixes: ['安徽太和'] },
    // …and with its suffix (安徽太和县, 河南洛阳市), or under its whole province, the prefecture left out (河北省正定县): the bare
    // form's span ends inside the word the suffix makes, so only the whole is weighed.
    { text: '来自安徽大和县的代表', flagged: ['安徽大和县'], messageIds: ['slip'], fixes: ['安徽太和县'] },
    { text: '山东荷泽市', flagged: ['山东荷泽市'], messageIds: ['slip'], fixes: ['山东菏泽市'] },
    { text: '河北省正锭县人民政府', flagged: ['河北省正锭县'], messageIds: ['slip'], fixes: ['河北省正定县'] },
    // An autonomous division by its usual short form (黔东南州, not 黔东州: the 民族 names taken off whole).
    { text: '贵州省黔东南州凯理市', flagged: ['黔东南州凯理市'], messageIds: ['slip'], fixes: ['黔东南州凯里市'] },
    // The parent's short name written whole before the edit (乌鲁木齐, 鄂尔多斯) is the slip's own start, not another phrase;
    // a replaced suffix (旗 → 期) where the name ends.
    { text: '新疆乌鲁木齐市头屯何区', flagged: ['乌鲁木齐市头屯何区'], messageIds: ['slip'], fixes: ['乌鲁木齐市头屯河区'] },
    { text: '内蒙古鄂尔多斯市准格尔期。', flagged: ['鄂尔多斯市准格尔期'], messageIds: ['slip'], fixes: ['鄂尔多斯市准格尔旗'] },
    // A place name's character with another left-hand radical of its group (社/杜: places/char-shapes.tsv), which the confusion sets lack.
    { text: '河南省南阳市杜旗县人民政府', flagged: ['南阳市杜旗县'], messageIds: ['slip'], fixes: ['南阳市社旗县'] },
    // The same near form standing alone after its province (punctuation, 的) is still weighed.
    { text: '来自山东位山、河北正定的代表', flagged: ['山东位山'], messageIds: ['slip'], fixes: ['山东微山'] },
    // Beside a Chinese division the near form is still weighed.
    { text: '湖南省长沙市和珠洲市的代表', flagged: ['珠洲市'], messageIds: ['slip'], fixes: ['株洲市'] },
    // 全省, 本市 are words, not a foreign division's name.
    { text: '湖南全省的珠洲市代表，在本市的珠洲市代表', flagged: ['珠洲市', '珠洲市'], messageIds: ['slip', 'slip'], fixes: ['株洲市', '株洲市'] },
    // Not a coordination: the character two before is not the idiom's first.
    { text: '坚持因事制宜，分类施策。', flagged: ['因事制宜'], messageIds: ['slip'], fixes: ['因时制宜'] },
    // Pairs the confusion sets lack (lexicons/confusable-pairs.tsv): 鲅/鱿, 荥/荣.
    { text: '营口市鱿鱼圈区人民政府', flagged: ['营口市鱿鱼圈区'], messageIds: ['slip'], fixes: ['营口市鲅鱼圈区'] },
    // The first character of a place replaced (鲅/鱿, 浉/师, 容/客, 阎/闫) or swapped with the second: with its own suffix, no parent or its own.
    {
      text: '在鱿鱼圈区开展',
      flagged: ['鱿鱼圈区'],
      messageIds: ['slip'],
      messages: ['“鱿鱼圈区”疑为地名“鲅鱼圈区”之误（字有误）（依据：国家统计局 2023年统计用区划代码）。'],
      fixes: ['鲅鱼圈区'],
      severity: 'warning',
    },
    { text: '师河区政府', flagged: ['师河区'], messageIds: ['slip'], fixes: ['浉河区'] },
    { text: '信阳市师河区', flagged: ['信阳市师河区'], messageIds: ['slip'], fixes: ['信阳市浉河区'] },
    { text: '在修文县刘广镇开展调研。', flagged: ['修文县刘广镇'], messageIds: ['slip'], fixes: ['修文县六广镇'] }, // with its parent: a place
    { text: '客桂街道办事处', flagged: ['客桂街道'], messageIds: ['slip'], fixes: ['容桂街道'] },
    { text: '佛山市顺德区客桂街道', flagged: ['顺德区客桂街道'], messageIds: ['slip'], fixes: ['顺德区容桂街道'] },
    { text: '曹县闫店楼镇人民政府', flagged: ['曹县闫店楼镇'], messageIds: ['slip'], fixes: ['曹县阎店楼镇'] },
    // A same syllable, tone aside (dictionaries/places/char-sounds.tsv), counts in a short place name: 仕/士 (the confusion sets: a similar sound only).
    {
      text: '宁波市集仕港镇召开会议。',
      flagged: ['集仕港镇'],
      messageIds: ['slip'],
      messages: ['“集仕港镇”疑为地名“集士港镇”之误（字有误）（依据：国家统计局 2023年统计用区划代码）。'],
      fixes: ['集士港镇'],
      severity: 'warning',
    },
    {
      text: '鲁乌木齐市的代表',
      flagged: ['鲁乌木齐市'],
      messageIds: ['slip'],
      messages: ['“鲁乌木齐市”疑为地名“乌鲁木齐市”之误（字序颠倒）（依据：国家统计局 2023年统计用区划代码）。'],
      fixes: ['乌鲁木齐市'],
    },
    // A word the edit makes inside a short form that is rarer than the form's own pair is the slip's (成材 against 成才).
    { text: '鼓励职工自学成材。', flagged: ['自学成材'], messageIds: ['slip'], fixes: ['自学成才'] },
    // A short law title whose last character is a slip, with no word after it (发规 is none).
    { text: '深入学习安全生产发规定。', flagged: ['安全生产发'], messageIds: ['slip'], fixes: ['安全生产法'] },
    // A neighbour the segmenter puts in a word of its own (发现|行迹) is no evidence against the slip (现行).
    { text: '发现行迹可疑的人员。', flagged: ['行迹可疑'], messageIds: ['slip'], fixes: ['形迹可疑'] },
    // The first character of a four-character idiom replaced by a same sound or look-alike (扑/铺).
    {
      text: '广告扑天盖地而来。',
      flagged: ['扑天盖地'],
      messageIds: ['slip'],
      messages: ['“扑天盖地”疑为成语“铺天盖地”之误（字有误）（依据：成语词表（THUOCL、jieba 词典））。'],
      fixes: ['铺天盖地'],
      severity: 'warning',
    },
    // A law title in 《》 with a run of two or three characters dropped that cuts its words.
    {
      text: '依据《中华人民共物防疫法》第五条。',
      flagged: ['中华人民共物防疫法'],
      messageIds: ['slip'],
      messages: ['“中华人民共物防疫法”疑为法规名称“中华人民共和国动物防疫法”之误（漏字）（依据：法律法规名称）。'],
      fixes: ['中华人民共和国动物防疫法'],
      severity: 'warning',
    },
  ],
});
