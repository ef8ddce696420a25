import { testRule } from '../../helpers/rule-tester.js';

testRule('format/heading-sequence', {
  valid: [
    '一、总体要求\n（一）工作目标\n（二）基本原则\n二、主要任务\n（一）深化公开\n1.加强解读\n2.回应关切\n（二）加强平台建设\n1.网站\n2.新媒体\n三、保障措施',
    // Half-width brackets (corpus 001) are the same level.
    '一、总体情况\n\n(一)强化信息公开。\n\n(二)强化技术应用。\n\n二、存在问题\n\n(一)内容保障不力。',
    // Skipping a level is tolerated.
    '一、总体要求\n1.工作目标\n2.基本原则\n二、主要任务\n1.深化公开',
    // A second document (a cover notice and its attachment) restarts at 一、.
    '一、甲\n二、乙\n一、丙\n二、丁\n三、戊',
    // A second list under the same parent starts again at 1.
    '（一）加强领导\n1.甲\n2.乙\n要求如下：\n1.丙\n2.丁',
    // Not headings: 二、三产业, 3、4月份, decimals, 一是.
    '一、总体情况\n二、三产业增加值增长较快。\n二、存在问题',
    '一、总体情况\n3、4月份开展检查。\n二、存在问题',
    '（一）资金安排\n1.5万元用于培训。\n1.培训\n2.宣传',
    '一是加强领导。二是强化保障。\n一、总体要求',
    // Lists after a label, and attachments (corpus 004).
    '附件:1.2024年第二季度全县政务公开监测情况统计表\n\n   2.2024年第二季度检查发现存在问题政务新媒体名单\n\n   3.2024年第二季度专项工作落实情况\n\n附件1\n\n统计表\n\n  备注:1.政务公开数据来自苍溪县人民政府门户网站;\n\n  2.政务公开监测情况将作为年度目标考核依据。\n\n附件2\n\n名单',
    '三、工作要求\n（一）落实责任。\n（二）优化功能。\n备注：1.甲\n2.乙\n（三）压实责任。',
    // The missing 序号 stands inside the previous paragraph (a lost line break): not a gap.
    '一、总体情况\n（一）甲。（二）乙。\n（三）丙。',
    '一、总体情况。二、存在问题。\n三、工作要求',
    // A list opened on the heading's own line.
    '一、总体要求\n（一）工作要求：1.甲；\n2.乙；\n3.丙。\n（二）保障措施',
    // Numbering on across parents.
    '一、总体要求\n（一）甲\n（二）乙\n二、主要任务\n（三）丙\n（四）丁',
    // After a reversed level, the continuing 2. is not reported again.
    '一、总体要求\n1.工作目标\n（一）具体目标\n2.基本原则',
    // Table cells numbered 1, 2, 3 without marks.
    '序号\n1\n叙州区\n2\n翠屏区',
    // A plan outline's boxed column (专栏) numbers its own list among the numbered paragraphs, which go on after it.
    '第一节 壮大实体经济\n1.做强集成电路产业。建设一批重大项目。\n2.壮大生物医药产业。推动新药上市。\n专栏3 先进制造业重大工程\n1.集成电路工程。建设先进工艺产线。\n2.生物医药工程。建设创新平台。\n3.整车工程。建设整车项目。\n4.智能装备工程。建设智能工厂。\n3.培育新能源汽车产业。完善充电网络。\n4.发展智能装备产业。推进攻关。',
    '1.扩大有效投资。加强项目储备。\n2.提振消费。\n专栏一 重大项目\n1.交通工程。\n2.水利工程。\n3.能源工程。\n专栏二 消费场景\n1.商圈改造。\n2.夜间经济。\n3.首发经济。\n4.冰雪经济。\n3.稳定外贸。',
    // A box whose list has levels of its own (工程 groups 一、二、 with items 1. 2.): the 一、 opening it is the box's.
    '一、总体要求\n（一）加快发展。内容。\n（二）加快改革。内容。\n专栏1 重大工程\n一、新基建工程\n1.算力工程。内容。\n2.网络工程。内容。\n二、产业工程\n1.制造工程。内容。\n（三）加快开放。内容。\n二、主要任务\n（一）任务。内容。',
    '第一章 发展\n一、产业\n二、创新\n专栏1 重大工程\n一、算力工程\n二、网络工程\n三、数据工程\n三、开放',
    // Box and table titles written otherwise: 【专栏1】, 表1 (a plan's indicator table), 专栏 alone with its name below.
    '（一）加快发展。\n1.产业。\n2.创新。\n【专栏1】重大工程\n1.算力工程。\n2.网络工程。\n3.数据工程。\n3.开放。',
    '（一）加快发展。\n1.产业。\n2.创新。\n表1 “十五五”时期主要指标\n1.地区生产总值增长（%）。\n2.研发经费投入增长（%）。\n3.居民人均可支配收入增长（%）。\n3.开放。',
    '（一）加快发展。\n1.产业。\n2.创新。\n专栏\n重大工程\n1.算力工程。\n2.网络工程。\n3.数据工程。\n3.开放。',
    // The box's last item may be the paragraphs' next (（3） after a box of （1）（2）): the numbering after the box goes on from either.
    '一、总体要求\n（1）加快发展。\n（2）加快改革。\n专栏1 重大工程\n（1）算力工程。\n（2）网络工程。\n（3）加快开放。\n二、主要任务\n（4）任务。',
    // A list set into the paragraphs without a title that came through (a box or table lost on the way to the page): the paragraphs go on after it.
    '（一）加快发展。\n1.产业。\n2.创新。\n1.算力工程。\n2.网络工程。\n3.数据工程。\n3.开放。\n4.改革。',
    // The list's first 序号 on its heading's line (a line break lost): the next line's 2. is no wrong start.
    '（一）加快发展。1.做强产业。内容。\n2.壮大产业。内容。',
    // A plan's indicator table flattened into lines: a category cell run into its first row (创新驱动4.…), or rows run together.
    '专栏1 主要指标\n经济发展1.地区生产总值增长（%）5左右 预期性\n2.全员劳动生产率增长（%）高于经济增长 预期性\n3.常住人口城镇化率（%）70 预期性\n创新驱动4.研发经费投入增长（%）7以上 预期性\n5.每万人口高价值发明专利拥有量（件）18 预期性',
    '专栏1 主要指标\n1.地区生产总值增长（%） 5左右 预期性2.全员劳动生产率增长（%） 预期性\n3.常住人口城镇化率（%）70 预期性',
    // A line broken inside 之一 (a PDF's text): 一， at the start of the next line is no 序号 restarting the numbering.
    '一、发展成就\n二、发展环境\n三、主要目标\n四、产业\n五、创新\n六、开放\n七、改革\n八、民生\n九、生态\n连续16年排名世界第\n一，上海机场旅客吞吐量增长。\n十、优化完善城乡功能空间布局',
    // A line broken after an ordinal's 第 (a PDF's text): the numeral starting the next line is no 序号, whatever its mark.
    '一、发展成就\n二、发展环境\n经济总量连续五年位居全国第\n三、全省第一。\n三、主要目标',
    '一、发展成就\n二、发展环境\n研发投入强度居全国第\n五，创新指数稳居前列。\n三、主要目标',
    // The missing 序号 inline after a closing bracket or a label's colon (a lost line break).
    '（一）加强领导\n1.制定办法（试行）2.开展培训\n3.加强督查',
    '（一）主要目标\n1.经济增长。指标如下：2.研发投入增长\n3.居民收入增长',
  ],
  invalid: [
    { text: '一、总体情况\n二、存在问题\n四、工作要求', flagged: ['四、'], messageIds: ['notConsecutive'], severity: 'error' },
    { text: '一、总体情况\n二、存在问题\n二、工作要求', flagged: ['二、'], messageIds: ['notConsecutive'] },
    { text: '一、总体情况\n二、存在问题\n三、工作要求\n二、其他', flagged: ['二、'], messageIds: ['notConsecutive'] },
    { text: '一、总体情况\n（一）甲\n（三）乙', flagged: ['（三）'], messageIds: ['notConsecutive'] },
    { text: '一、总体要求\n\n（二）工作目标', flagged: ['（二）'], messageIds: ['notConsecutive'] },
    { text: '（一）加强领导\n1.甲\n2.乙\n4.丙', flagged: ['4.'], messageIds: ['notConsecutive'] },
    { text: '（一）加强领导\n（1）甲\n（2）乙\n（2）丙', flagged: ['（2）'], messageIds: ['notConsecutive'] },
    { text: '一、甲\n二、乙\n三、丙\n五、丁\n六、戊', flagged: ['五、'], messageIds: ['notConsecutive'] },
    { text: '一、总体情况\r\n二、存在问题\r\n四、工作要求\r\n', flagged: ['四、'], messageIds: ['notConsecutive'] },
    // A gap inside a boxed column, and one in the paragraphs after it, are still gaps.
    { text: '1.做强集成电路产业。\n2.壮大生物医药产业。\n专栏1 重大工程\n1.集成电路工程。\n2.生物医药工程。\n4.智能装备工程。\n3.培育新能源汽车产业。\n5.发展智能装备产业。', flagged: ['4.', '5.'], messageIds: ['notConsecutive', 'notConsecutive'] },
    { text: '一、发展基础\n二、主要目标\n专栏1 主要指标\n1.经济增长。\n2.科技创新。\n四、重点任务', flagged: ['四、'], messageIds: ['notConsecutive'] },
    // Under a new 章 the numbering starts afresh or goes on; a gap or a step back across the 章 heading is still found.
    { text: '第一章 发展基础\n一、发展成就\n二、发展环境\n第二章 指导思想\n四、指导思想', flagged: ['四、'], messageIds: ['notConsecutive'] },
    { text: '第一章 发展基础\n一、发展成就\n二、发展环境\n三、发展\n第二章 指导思想\n二、指导思想', flagged: ['二、'], messageIds: ['notConsecutive'] },
    // A sentence starting with 第二章 is no 章 heading.
    { text: '一、发展成就\n二、发展环境\n第二章规定的事项。\n四、指导思想', flagged: ['四、'], messageIds: ['notConsecutive'] },
    // A box with its own 一、 list: a gap in the paragraphs after it is still a gap.
    { text: '一、总体要求\n（一）加快发展。\n（二）加快改革。\n专栏1 重大工程\n一、新基建工程\n1.算力工程。\n二、产业工程\n（四）加快开放。', flagged: ['（四）'], messageIds: ['notConsecutive'] },
    // After a list set into the paragraphs, going on other than from either list is a gap.
    { text: '1.产业。\n2.创新。\n1.算力工程。\n2.网络工程。\n4.开放。', flagged: ['4.'], messageIds: ['notConsecutive'] },
    // A wrong first 序号 with nothing on the heading's line is still found.
    { text: '（一）加快发展。\n2.壮大产业。内容。', flagged: ['2.'], messageIds: ['notConsecutive'] },
    // After a line broken at 第 the headings are still followed: a gap, or a heading after a sentence that ends with its ordinal.
    { text: '一、发展成就\n二、发展环境\n经济总量位居全国第\n三、全省第一。\n四、主要目标', flagged: ['四、'], messageIds: ['notConsecutive'] },
    { text: '一、发展成就\n二、发展环境\n经济总量位居全国第三。\n四、主要目标', flagged: ['四、'], messageIds: ['notConsecutive'] },
    // A number in a sentence (2、3个百分点) is no 序号 written inline: the gap is still found.
    { text: '（一）加强领导\n1.甲\n2.乙，增长2、3个百分点\n4.丙', flagged: ['4.'], messageIds: ['notConsecutive'] },
  ],
});
