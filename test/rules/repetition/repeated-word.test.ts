import { testRule } from '../../helpers/rule-tester.js';

testRule('repetition/repeated-word', {
  valid: [
    '天天锻炼，人人参与，常常检查。',
    // Characters of the second list inside words on either side of the pair.
    '派出所所长、研究所所长和协会会长参加会议，拘留所所需经费由财政保障。',
    '要改进工作作风，落实主要要求。',
    '按钮即可完成申请请示的报送。',
    '地地道道的本地做法，严惩有组织犯罪，打击明知他人有有组织犯罪行为的包庇者。',
    '他的的确确完成了任务。',
    '对拖欠工资的问题不能不了了之。',
    '为了了解基层情况，调研组走访了12个村。',
    '实现目的的手段必须合法。',
    '要一步一步推进，一个一个落实。',
    // An adjective and a measure word said twice: in great amounts (not a slip).
    '采煤机把煤炭大块大块切割下来，成批成批地运出矿井。',
    // A year in Chinese numerals repeats its digits.
    '从二〇二〇年到二〇三五年基本实现社会主义现代化，一九一九年爆发五四运动。',
    // A title's own wording.
    '孩子们演唱《国旗国旗真美丽》。',
    '各单位要做好值班值守工作。',
    '大家看看这份方案，谢谢。',
    '本项目安装调试已完成。',
    // A table: one cell per line, equal cells are data, not a slip.
    '合格\n合格\n不合格',
    '已开展\n已开展',
    // Paragraphs that happen to end and begin alike.
    '一、总体要求\n\n要求各单位',
    '数据来源：统计局等等部门。',
    // A heading or label line, then a paragraph that begins with its last word (court cases).
    '申请人请求\n请求裁决某科技公司支付工资。',
    '原告诉讼请求\n请求判决被告支付加班费。',
    '一、总体要求\n要求各单位做好有关工作。',
    // A line opening with a label (负责部门：) starts an entry of its own.
    '国务院相关部门及各地区按职责分工负责\n负责部门：商务部、铁路局',
    '由市场监管总局会同有关部门组织实施\n实施主体：各省级人民政府',
    '甘肃省省长 任振鹤\n任振鹤作政府工作报告。', // a byline, post and name spaced
    '福建省人民政府省长　赵龙\n赵龙代表省人民政府作报告。',
    // 的 ends one line and 的确 begins the next: two words, no repeat.
    '要把工作做好的\r\n的确如此。',
    // Distributive reduplication: 一 + a measure word + a noun, said twice (one after another).
    '拿出切实管用的办法，一个问题一个问题解决，一件事一件事去做，一个领域一个领域合理确定目标任务。',
    // A preposition before a word that begins with the same character; a games' name before 会旗.
    '要加强党对对台工作的全面领导，发展对对美关系和对对港澳工作。',
    '全运会会旗和第十五届全运会会歌，亚冬会会徽。',
    // A headline without end punctuation, then its story beginning with the headline's last word.
    '上一条新闻到此结束。\n台风“博罗依”五次登陆菲律宾\n菲律宾气象部门今天发布消息说，台风已经先后五次登陆，造成多地停电。',
    '聚力建设美丽新宁夏\n宁夏明确未来五年为高质量发展关键期，提出一批重点任务和具体举措。',
    // A place name across two words (委内瑞拉 + 加拉加斯), a tax term (退税 + 缓税 + 缓费).
    '意大利罗马、委内瑞拉加拉加斯等地民众也举行集会。',
    '新增减税降费及退税缓税缓费约占总规模的四成。',
    // A noun closing a longer word, then the same noun opening the next term.
    '郑钦文晋级年终总决赛决赛，乌军袭击了俄罗斯罗斯托夫州的油库。',
  ],
  invalid: [
    { text: '请请各单位于6月30日前报送。', flagged: ['请请'], messageIds: ['repeatedTwice'], fixes: ['请'], severity: 'error' },
    { text: '各地要要加强组织领导。', flagged: ['要要'], messageIds: ['repeatedTwice'], fixes: ['要'] },
    { text: '各各部门已已完成自查。', flagged: ['各各', '已已'], messageIds: ['repeatedTwice', 'repeatedTwice'], fixes: ['各', '已'] },
    { text: '县林业局将值守值守工作落实到位。', flagged: ['值守值守'], messageIds: ['doubledPhrase'], messages: ['“值守值守”重复，疑为“值班值守”之误。'], fixes: ['值班值守'], severity: 'error' },
    { text: '要进一步进一步加强管理。', flagged: ['进一步进一步'], messageIds: ['repeatedTwice'], fixes: ['进一步'], severity: 'error' },
    { text: '这是我们的的工作重点。', flagged: ['的的'], messageIds: ['repeatedTwice'], fixes: ['的'], severity: 'error' },
    { text: '会议研究了了相关事项。', flagged: ['了了'], messageIds: ['repeatedTwice'], fixes: ['了'], severity: 'error' },
    { text: '各部门要认真贯彻落实\n落实上级部署。', flagged: ['落实'], messageIds: ['repeatedAcrossLines'], fixes: [''] },
    // A colon further on than a label's length: wrapped prose, not a label.
    { text: '各部门要认真贯彻落实\n落实上级部署和本单位的各项安排：一是', flagged: ['落实'], messageIds: ['repeatedAcrossLines'], fixes: [''] },
    // A line of prose (it has punctuation, or is longer than a label) wrapped before the repeat.
    { text: '经研究，各部门要认真落实\n落实上级部署。', flagged: ['落实'], messageIds: ['repeatedAcrossLines'], fixes: [''] },
    { text: '这是我们的\n的工作重点。', flagged: ['的'], messageIds: ['repeatedAcrossLines'], fixes: [''], severity: 'error' },
    { text: '请大家研究研究再定。', flagged: ['研究研究'], messageIds: ['colloquialReduplication'], fixes: ['研究'], severity: 'info' },
    { text: '加强安全安全管理。', flagged: ['安全安全'], messageIds: ['repeatedMaybe'], fixes: ['安全'], severity: 'warning' },
    // Inside a title only a doubled noun may be the title's wording; a doubled verb is still a slip.
    { text: '印发《关于加强加强安全生产工作的通知》。', flagged: ['加强加强'], messageIds: ['repeatedTwice'], severity: 'error' },
    { text: '一九八九年起加强安全安全管理。', flagged: ['安全安全'], messageIds: ['repeatedMaybe'] },
    // After a noun and before a verb, 组织组织 may be 社会组织 + 组织开展: only a warning.
    { text: '由社会组织组织开展志愿服务。', flagged: ['组织组织'], messageIds: ['repeatedMaybe'], fixes: ['组织'], severity: 'warning' },
    { text: '一是加强加强领导。', flagged: ['加强加强'], messageIds: ['repeatedTwice'], fixes: ['加强'], severity: 'error' },
    { text: '这是我们的的的工作。', flagged: ['的的的'], messageIds: ['repeatedRun'], fixes: ['的'], severity: 'error' },
    { text: '的的的的的的的的的', flagged: ['的的的的的的的的的'], messageIds: ['repeatedRun'], fixes: ['的'] },
    { text: '要进一步进一步进一步加强。', flagged: ['进一步进一步进一步'], messageIds: ['repeatedRun'], fixes: ['进一步'] },
    { text: '各部门要认真贯彻落实\r\n落实上级部署。', flagged: ['落实'], messageIds: ['repeatedAcrossLines'], fixes: [''] },
    // Not distributive: 一定 is an adverb, not 一 + a measure word.
    { text: '各单位一定要一定要落实到位。', flagged: ['一定要一定要'], messageIds: ['repeatedTwice'], fixes: ['一定要'], severity: 'error' },
    // 对 + 对美国: 美 opens the word 美国, not the term 对美.
    { text: '扩大对对美国的出口。', flagged: ['对对'], messageIds: ['repeatedTwice'], fixes: ['对'], severity: 'error' },
    // A wrapped line is not shorter than the line after it: still a slip across the break.
    { text: '上一段到此结束。\n各部门要认真贯彻落实\n落实上级部署。', flagged: ['落实'], messageIds: ['repeatedAcrossLines'], fixes: [''] },
    // A verb closing a compound and said again is still a slip.
    { text: '要贯彻执行执行上级部署。', flagged: ['执行执行'], messageIds: ['repeatedTwice'], fixes: ['执行'], severity: 'error' },
  ],
});
