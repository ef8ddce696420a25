import { testRule } from '../../helpers/rule-tester.js';

testRule('punctuation/dash', {
  valid: [
    '坚持新发展理念——这是关系我国发展全局的一场深刻变革。',
    // 一字线 for spans of time and place, and in phone numbers.
    '时间范围：2024年3月6日—2024年6月22日',
    '北京—上海特快列车',
    '重庆市江津区—成都市武侯区',
    '成都东站—重庆西站',
    '2023年上半年—2024年下半年',
    '联系电话：0839—5222343',
    '要统一规范设置“政府机构—班子成员”栏目',
    '《北京市城市总体规划—分区规划》',
    'npm run build -- --watch',
    '1949—1952年',
    // Place names without their suffix on one side (division codes' short forms), a corridor.
    '创建伊犁—吐鲁番国家植物园',
    '加快建设海南—广东第三回500千伏交流线路工程',
    '推进三星堆—金沙遗址系统性保护',
    '打好河西走廊—塔克拉玛干沙漠边缘阻击战',
    // A chain of linked items.
    '形成包括织造—面辅料—成衣加工—电商营销—跨境物流的服装电商产业链。',
    '2月27日，中国—吉尔吉斯斯坦—乌兹别克斯坦铁路项目启动仪式举行。',
    // A text that writes its 破折号 as —— elsewhere: its single — is a 连接号.
    '韩正考察了中国国家电网公司—葡萄牙国家能源网公司能源研发中心。现场播放了会歌——《尔滨的雪》。',
    // Two organisations or regions joined by the 连接号, in a text without any 破折号.
    '韩正考察了中国国家电网公司—葡萄牙国家能源网公司能源研发中心。',
    '途经我国东亚—澳大利西亚迁飞通道的候鸟总数较上年增加。',
  ],
  invalid: [
    { text: '坚持新发展理念—这是关系我国发展全局的一场深刻变革。', flagged: ['—'], messageIds: ['singleDash'], fixes: ['——'], severity: 'warning' },
    { text: '我们来到海南省三亚—这座美丽的滨海城市。', flagged: ['—'], messageIds: ['singleDash'], fixes: ['——'] },
    // A clause start after the dash is a 破折号 even where the text writes —— elsewhere.
    { text: '我们来到海南省三亚—这座美丽的滨海城市。城市精神——开放包容。', flagged: ['—'], messageIds: ['singleDash'], fixes: ['——'] },
    { text: '坚持新发展理念--这是关系我国发展全局的深刻变革。', flagged: ['--'], messageIds: ['doubleHyphen'], fixes: ['——'] },
    { text: '坚持新发展理念－－这是关系我国发展全局的深刻变革。', flagged: ['－－'], messageIds: ['doubleFullWidthHyphen'], fixes: ['——'] },
  ],
});
