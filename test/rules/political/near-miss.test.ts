import { testRule } from '../../helpers/rule-tester.js';

testRule('political/near-miss', {
  valid: [
    // exact canonical forms
    '中华人民共和国成立七十五周年。',
    '坚持以习近平新时代中国特色社会主义思想为指导。',
    '全国人民代表大会常务委员会第十次会议审议通过。',
    '中国人民政治协商会议全国委员会委员。',
    '进一步全面深化改革、推进中国式现代化。',
    // the 二十大 theme without 习近平 (caution, official-doc-rules.md §5.1)
    '高举中国特色社会主义伟大旗帜，全面贯彻新时代中国特色社会主义思想，弘扬伟大建党精神。',
    // ordinary words and shorter or longer correct forms that merely resemble a term
    '为实现中华民族伟大复兴而团结奋斗，维护人民群众切身利益。',
    '实现中华民族的伟大复兴。',
    '推进全球可持续发展和人类命运共同体建设。',
    '构建中非命运共同体、海洋命运共同体和人类卫生健康共同体。',
    '如期全面建成小康社会，全面建设小康社会的目标。',
    '全面依法治校，全面从严治警。',
    '省人力资源和社会保障厅、市住房和城乡建设局、区生态环境局。',
    // the opening verb 铸牢 as 共铸 (of both sides): the writer's verb, not a dropped 牢
    '两岸同胞要共护中华文化根脉、共铸中华民族共同体意识。',
    // a noun of the term moved to the end that opens the next phrase: 成渝双城经济圈|地区生产总值
    '上半年成渝双城经济圈地区生产总值同比增长6%。',
    // standard short forms (规范简称)
    '住房城乡建设部、人力资源社会保障部、国家发展改革委等按职责分工负责。',
    // another numbered item, not a typo
    '党的十九大和十九届二中、三中全会精神；中国共产党第十九次全国代表大会。',
    '推进国家治理体系与治理能力现代化。',
    '德意志民主共和国；原国家税务局。',
    // another phrase, not a slip (issue 20): 开展 is a word of its own
    '要高质量开展主题教育。',
    // a dropped 为 before a verb is another construction (以X统领Y), and a dropped 的 is wording
    '要坚持以党的政治建设统领领导班子建设。',
    '坚持党对人民军队绝对领导。',
    // current formulations (2024—2026) are exact, never "corrected" to an older one
    '推进乡村全面振兴，建设宜居宜业和美乡村。',
    // a swap whose last word opens a list that goes on, a possessor left out with its 的 (issue 20, sixth stage)
    '把党的领导全面、系统、整体地落实到立法工作各方面。',
    '全国高校以政治建设为统领，落实党对高校工作的全面领导。',
    // the fourth plenum's principles and the 二十大 wordings added in issue 20 are exact terms
    '坚持以推动高质量发展为主题，以改革创新为根本动力，坚持有效市场和有为政府相结合。',
    '以中国式现代化全面推进强国建设、民族复兴伟业，奋力开创中国式现代化建设新局面。',
    '在以习近平同志为核心的党中央坚强领导下，建设中华民族现代文明，坚持稳中求进工作总基调。',
    '扎实推进乡村全面振兴，加快高水平科技自立自强，引领发展新质生产力。',
    // a last character replaced by a character that is no homophone or look-alike (区 for 国)
    '中华人民共和区',
    // a last character replaced that makes a word with the one before it (领到) is another phrase
    '坚持和加强党的全面领到的任务。',
    // a term cut short where the cut leaves words of their own (国家安全, 核心价值): a shorter phrase
    '坚决维护总体国家安全，弘扬社会主义核心价值，推动发展。',
    // the window would end inside the word 国际
    '建设社会主义现代化国际大都市。',
    // a function character added to a name in a list of departments
    '人力资源社会保障、住房城乡建设、文化和旅游等部门按照职责分工负责。',
    // a replaced character that is no sound- or shape-alike: another body
    '为了健全省人民代表大会常务委员会的议事程序。',
    // words swapped in a wording of the laws, a character added that doubles nothing, numerals transposed
    '各级地方人民政府应当采取措施。',
    '创建社会主义市场经济新体制。',
    '党的十二届三中全会通过的决定。',
    // current wordings of 2022—2026 added in issue 20 (third stage): exact terms, and phrases that resemble them
    '跳出治乱兴衰的历史周期率，以党的自我革命引领社会革命。',
    '统筹中华民族伟大复兴战略全局和世界百年未有之大变局。',
    '推动京津冀协同发展、长江经济带发展、粤港澳大湾区建设、长三角一体化发展。',
    '实施更加积极的财政政策和适度宽松的货币政策，推动经济实现质的有效提升和量的合理增长。',
    '坚持内需主导，建设强大国内市场，深入实施提振消费专项行动，制定实施城乡居民增收计划。',
    '加快构建高水平社会主义市场经济体制，扩大高水平对外开放，开创合作共赢新局面。',
    '加快经济社会发展全面绿色转型，如期实现建军一百年奋斗目标，高质量推进国防和军队现代化。',
    '坚持党对人民军队的绝对领导，弘扬以伟大建党精神为源头的中国共产党人精神谱系。',
    '深入贯彻党的二十大和二十届历次全会精神，统筹推进新型城镇化和乡村全面振兴。',
    '建设京津冀地区协同创新共同体。', // another phrase around 京津冀
    '社会主义现代化国际大都市建设要高质量开展。',
    '全面推进乡村振兴，推进乡村全面振兴。',
    '始终保持同人民群众的血肉联系。', // the 党章's wording beside 二十大's 始终保持党同人民群众的血肉联系: not a dropped 党
    '对党忠诚，积极工作，为共产主义奋斗终身，随时准备为党和人民牺牲一切，永不叛党。',
    // a word moved across a verb: a rewording of the term, not a slip (加大保障和改善民生力度, 推进高水平对外开放, 引领发展新质生产力)
    '（八）加大力度保障和改善民生。坚持民生投入只增不减。',
    '（五）高水平推进对外开放。提升通道能级。',
    '强化科技创新引领新质生产力发展，迭代优化现代制造业集群体系。',
    // a verb of the term replaced by another verb (深化/深入, 实行/实施): the writer's wording, though 化/入 look alike
    '深化推进数字中国建设，深入实行提振消费专项行动。',
    // an item of a one-character list left out or added: the land's own list (no 沙 where there is no desert; 冰 on the plateau)
    '高质量实施山水林田湖草一体化保护和系统治理工程。',
    '推进山水林田湖草沙冰一体化保护和系统治理。',
    // terms added in issue 20 (seventh stage), and current wordings beside them
    '健全新型举国体制，促进各民族广泛交往交流交融，全面推进民族团结进步事业。',
    '发展社会主义民主政治，建设社会主义法治国家，推动完善党和国家监督体系。',
    '促进高质量充分就业，加强生态文明建设，实现高质量发展和高水平安全良性互动。',
    '发挥举国体制优势，推进中华民族共同体建设，推动生态文化建设。',
    '坚定不移走中国特色金融发展之路，加快建设金融强国，构筑中华民族共有精神家园，着力解决大党独有难题。',
    // issue 20, tenth stage: current wordings of the 十五五 建议 and 纲要 and their rewordings stay silent
    '“十五五”时期是基本实现社会主义现代化夯实基础、全面发力的关键时期，续写经济快速发展和社会长期稳定两大奇迹新篇章。',
    '经济增长保持在合理区间，全要素生产率稳步提升，居民消费率明显提高；经济运行保持在合理区间。',
    '高质量发展取得明显成效，居民消费率明显提升，全要素生产率稳步提高，居民收入增长和经济发展同步。',
    '“十五五”时期是夯实基础、全面发力的关键期。',
    '守牢不发生规模性返贫致贫底线；《国民经济和社会发展第十四个五年规划纲要》和《国民经济和社会发展第十五个五年规划纲要》。',
    // a shorter name that is right of its own, and a term written whole inside a longer one
    '以新时代中国特色社会主义思想为指导；中国特色社会主义思想；《习近平新时代中国特色社会主义思想概论》。',
    '深入学习习近平总书记关于党的建设的重要思想和习近平总书记关于党的自我革命的重要思想。',
  ],
  invalid: [
    // substitution
    { text: '中华人民共合国', flagged: ['中华人民共合国'], messageIds: ['nearMiss'], fixes: ['中华人民共和国'], severity: 'error' },
    { text: '坚持有效市场和有为政府相洁合', flagged: ['坚持有效市场和有为政府相洁合'], messageIds: ['nearMiss'], fixes: ['坚持有效市场和有为政府相结合'], severity: 'error' },
    { text: '中共人民共和国成立以来', flagged: ['中共人民共和国'], messageIds: ['nearMiss'], fixes: ['中华人民共和国'] },
    { text: '坚持以习近平新时代中国特色社会主意思想为指导', flagged: ['习近平新时代中国特色社会主意思想'], messageIds: ['nearMiss'], fixes: ['习近平新时代中国特色社会主义思想'] },
    // two substitutions in a long term
    { text: '全国人明代表大会常务委圆会', flagged: ['全国人明代表大会常务委圆会'], messageIds: ['nearMiss'], fixes: ['全国人民代表大会常务委员会'] },
    // deletion
    { text: '中华人民共国成立', flagged: ['中华人民共国'], messageIds: ['nearMiss'], fixes: ['中华人民共和国'] },
    { text: '发展全过程人民主', flagged: ['全过程人民主'], messageIds: ['nearMiss'], fixes: ['全过程人民民主'] },
    // a function character dropped from a word of the term (从严), or the 为 of its 以…为 frame before a noun
    { text: '坚定不移推进全面严治党。', flagged: ['全面严治党'], messageIds: ['nearMiss'], fixes: ['全面从严治党'], severity: 'warning' },
    { text: '坚决维护以习近平同志核心的党中央权威。', flagged: ['以习近平同志核心的党中央'], messageIds: ['nearMiss'], fixes: ['以习近平同志为核心的党中央'], severity: 'warning' },
    { text: '始终坚持以人民中心。', flagged: ['坚持以人民中心'], messageIds: ['nearMiss'], fixes: ['坚持以人民为中心'], severity: 'warning' },
    { text: '各族群众要铸中华民族共同体意识。', flagged: ['铸中华民族共同体意识'], messageIds: ['nearMiss'], fixes: ['铸牢中华民族共同体意识'], severity: 'warning' },
    // the last character of a long term replaced by a homophone or look-alike standing alone
    { text: '铸牢中华民族共同体意试。', flagged: ['铸牢中华民族共同体意试'], messageIds: ['nearMiss'], fixes: ['铸牢中华民族共同体意识'], severity: 'error' },
    { text: '坚持以习近平新时代中国特色社会主义思相为指导', flagged: ['习近平新时代中国特色社会主义思相'], messageIds: ['nearMiss'], fixes: ['习近平新时代中国特色社会主义思想'] },
    // a long term cut short by its last character before a clause mark, leaving a fragment
    // a theory's full name, written only whole: a word of it left out (whole: true)
    { text: '坚持以习近平新时代中国特色主义思想为指导。', flagged: ['习近平新时代中国特色主义思想'], messageIds: ['nearMiss'], fixes: ['习近平新时代中国特色社会主义思想'], severity: 'warning', messages: ['“习近平新时代中国特色主义思想”疑为“习近平新时代中国特色社会主义思想”之误（漏字）。规范表述为“习近平新时代中国特色社会主义思想”（依据：《中国共产党章程》（2022年10月22日党的二十大部分修改））。'] },
    { text: '学习习近平新时代特色社会主义思想。', flagged: ['习近平新时代特色社会主义思想'], messageIds: ['nearMiss'], fixes: ['习近平新时代中国特色社会主义思想'], severity: 'warning' },
    { text: '学习新时代中国社会主义思想。', flagged: ['新时代中国社会主义思想'], messageIds: ['nearMiss'], fixes: ['新时代中国特色社会主义思想'], severity: 'warning' },
    // 的 left out of a full name that is written only whole (的重要思想 is in ignorableExcept)
    { text: '深入学习习近平总书记关于党的建设重要思想。', flagged: ['习近平总书记关于党的建设重要思想'], messageIds: ['nearMiss'], fixes: ['习近平总书记关于党的建设的重要思想'], severity: 'warning' },
    { text: '深入学习贯彻习近平新时代中国特色社会主义思，推动工作。', flagged: ['习近平新时代中国特色社会主义思'], messageIds: ['nearMiss'], fixes: ['习近平新时代中国特色社会主义思想'], severity: 'warning', messages: ['“习近平新时代中国特色社会主义思”疑为“习近平新时代中国特色社会主义思想”之误（漏字）。规范表述为“习近平新时代中国特色社会主义思想”（依据：《中国共产党章程》（2022年10月22日党的二十大部分修改））。'] },
    { text: '如期全面建成小康社。', flagged: ['全面建成小康社'], messageIds: ['nearMiss'], fixes: ['全面建成小康社会'] },
    // insertion
    { text: '中国人民政治协商会议全国委员员会', flagged: ['中国人民政治协商会议全国委员员会'], messageIds: ['nearMiss'], fixes: ['中国人民政治协商会议全国委员会'] },
    // adjacent transposition
    { text: '推动构建人类运命共同体', flagged: ['推动构建人类运命共同体'], messageIds: ['nearMiss'], fixes: ['推动构建人类命运共同体'] },
    { text: '推进中式国现代化', flagged: ['中式国现代化'], messageIds: ['nearMiss'], fixes: ['中国式现代化'] },
    // swapped words
    { text: '推进全面进一步深化改革', flagged: ['全面进一步深化改革'], messageIds: ['nearMiss'], fixes: ['进一步全面深化改革'] },
    { text: '加快建设成渝双城经济圈地区。', flagged: ['成渝双城经济圈地区'], messageIds: ['nearMiss'], fixes: ['成渝地区双城经济圈'], severity: 'warning' }, // the moved noun ends the phrase
    { text: '推进全面进一步深化改革、扩大开放', flagged: ['全面进一步深化改革'], messageIds: ['nearMiss'], fixes: ['进一步全面深化改革'] }, // the list starts after the term's own words
    // the possessor's 的 kept (以的政治建设): still a character dropped
    { text: '坚持以的政治建设为统领', flagged: ['以的政治建设为统领'], messageIds: ['nearMiss'], fixes: ['以党的政治建设为统领'] },
    // …a replaced item of the list is still a slip (纱/沙), and so is a character dropped elsewhere in the term
    { text: '坚持山水林田湖草纱一体化保护和系统治理。', flagged: ['山水林田湖草纱一体化保护和系统治理'], messageIds: ['nearMiss'], fixes: ['山水林田湖草沙一体化保护和系统治理'] },
    { text: '坚持山水林田湖草沙一体化保和系统治理。', flagged: ['山水林田湖草沙一体化保和系统治理'], messageIds: ['nearMiss'], fixes: ['山水林田湖草沙一体化保护和系统治理'] },
    // short term opted in (5 characters): substitution only
    { text: '坚持中国共严党的领导', flagged: ['中国共严党'], messageIds: ['nearMiss'], fixes: ['中国共产党'], severity: 'warning' },
    // severity: a same-sound replacement in a long term is an error; a character dropped, or a weaker likeness, a warning
    { text: '推动构建人类命运供同体。', flagged: ['推动构建人类命运供同体'], messageIds: ['nearMiss'], fixes: ['推动构建人类命运共同体'], severity: 'error' },
    { text: '依照《中华人民和国治安管理处罚法》处理。', flagged: ['中华人民和国'], messageIds: ['nearMiss'], fixes: ['中华人民共和国'], severity: 'warning' },
    { text: '推进中国式代化。', flagged: ['中国式代化'], messageIds: ['nearMiss'], fixes: ['中国式现代化'], severity: 'warning' },
    { text: '贯彻总体国家安观。', flagged: ['总体国家安观'], messageIds: ['nearMiss'], fixes: ['总体国家安全观'], severity: 'warning' },
    // the country's name is closed: any character replaced is a slip
    { text: '中华人民大和国成立以来', flagged: ['中华人民大和国'], messageIds: ['nearMiss'], fixes: ['中华人民共和国'], severity: 'warning' },
    { text: '根据《中国人民共和国森林法》。', flagged: ['中国人民共和国'], messageIds: ['nearMiss'], fixes: ['中华人民共和国'], severity: 'warning' },
    { text: '坚持以人民为中新的发展思想。', flagged: ['以人民为中新的发展思想'], messageIds: ['nearMiss'], fixes: ['以人民为中心的发展思想'], severity: 'error' },
    // terms added in issue 20 (third stage)
    { text: '推动京津翼协同发展。', flagged: ['京津翼协同发展'], messageIds: ['nearMiss'], fixes: ['京津冀协同发展'], severity: 'error', messages: ['“京津翼协同发展”疑为“京津冀协同发展”之误（字有误）。规范表述为“京津冀协同发展”（依据：党的二十大报告（2022年10月16日））。'] },
    { text: '深刻认识世界百年末有之大变局。', flagged: ['世界百年末有之大变局'], messageIds: ['nearMiss'], fixes: ['世界百年未有之大变局'], severity: 'error' },
    { text: '坚持党对人民军队的决对领导。', flagged: ['坚持党对人民军队的决对领导'], messageIds: ['nearMiss'], fixes: ['坚持党对人民军队的绝对领导'], severity: 'error' },
    { text: '实施更加积级的财政政策。', flagged: ['实施更加积级的财政政策'], messageIds: ['nearMiss'], fixes: ['实施更加积极的财政政策'], severity: 'error' },
    { text: '随时准备为党和人民牺性一切。', flagged: ['随时准备为党和人民牺性一切'], messageIds: ['nearMiss'], fixes: ['随时准备为党和人民牺牲一切'], severity: 'error' },
    { text: '建设粤港奥大湾区。', flagged: ['粤港奥大湾区'], messageIds: ['nearMiss'], fixes: ['粤港澳大湾区'] },
    { text: '培育和践行社会主义核新价值观。', flagged: ['社会主义核新价值观'], messageIds: ['nearMiss'], fixes: ['社会主义核心价值观'], severity: 'error' },
    // terms added in issue 20 (seventh stage); 体/休 look alike (the data's confusable list): a warning
    { text: '要铸牢中华民族共同休意识。', flagged: ['铸牢中华民族共同休意识'], messageIds: ['nearMiss'], fixes: ['铸牢中华民族共同体意识'], severity: 'warning' },
    { text: '健全新型拳国体制。', flagged: ['新型拳国体制'], messageIds: ['nearMiss'], fixes: ['新型举国体制'], severity: 'error' },
    { text: '促进各民族广泛交往交留交融。', flagged: ['交往交留交融'], messageIds: ['nearMiss'], fixes: ['交往交流交融'], severity: 'error' },
    { text: '全面推进民族团节进步事业。', flagged: ['全面推进民族团节进步事业'], messageIds: ['nearMiss'], fixes: ['全面推进民族团结进步事业'], severity: 'error' },
    { text: '发展社会主义民主正治。', flagged: ['社会主义民主正治'], messageIds: ['nearMiss'], fixes: ['社会主义民主政治'], severity: 'error' },
    { text: '推动完善党和国家督监体系。', flagged: ['党和国家督监体系'], messageIds: ['nearMiss'], fixes: ['党和国家监督体系'], severity: 'warning' },
    { text: '促进高质量充份就业。', flagged: ['高质量充份就业'], messageIds: ['nearMiss'], fixes: ['高质量充分就业'], severity: 'error' },
    { text: '加强生太文明建设。', flagged: ['生太文明建设'], messageIds: ['nearMiss'], fixes: ['生态文明建设'], severity: 'error' },
    { text: '实现高质量发展和高水平安全良姓互动。', flagged: ['高质量发展和高水平安全良姓互动'], messageIds: ['nearMiss'], fixes: ['高质量发展和高水平安全良性互动'], severity: 'error' },
    { text: '坚定不移走中国特色金融发展只路。', flagged: ['中国特色金融发展只路'], messageIds: ['nearMiss'], fixes: ['中国特色金融发展之路'], severity: 'error' },
    { text: '完善党的自我革命制度规范休系。', flagged: ['完善党的自我革命制度规范休系'], messageIds: ['nearMiss'], fixes: ['完善党的自我革命制度规范体系'], severity: 'warning' },
    // issue 20, tenth stage: slips of the 十五五 建议’s wordings
    { text: '“十五五”时期是夯实基础、全面发立的关键时期', flagged: ['夯实基础、全面发立'], messageIds: ['nearMiss'], fixes: ['夯实基础、全面发力'], severity: 'error' },
    { text: '会议指出，经济增长保持在合理区问。', flagged: ['经济增长保持在合理区问'], messageIds: ['nearMiss'], fixes: ['经济增长保持在合理区间'], severity: 'error' },
    { text: '守住不发生规模性返贫致贫底钱', flagged: ['不发生规模性返贫致贫底钱'], messageIds: ['nearMiss'], fixes: ['不发生规模性返贫致贫底线'], severity: 'error' },
    { text: '续写经济快速发展和社会长期稳定两大奇迹新篇张', flagged: ['续写经济快速发展和社会长期稳定两大奇迹新篇张'], messageIds: ['nearMiss'], fixes: ['续写经济快速发展和社会长期稳定两大奇迹新篇章'], severity: 'error' },
  ],
});
