import { testRule } from '../../helpers/rule-tester.js';

testRule('format/attachment-list', {
  valid: [
    // Corpus 004: three attachments listed, three present.
    '附件:1.2024年第二季度全县政务公开监测情况统计表\n\n   2.2024年第二季度检查发现存在问题政务新媒体名单\n\n   3.2024年第二季度专项工作落实情况\n\n苍溪县人民政府办公室\n\n2024年6月26日\n\n附件1\n\n\n2024年第二季度全县政务公开监测情况统计表\n\n乡  镇\n\n附件2\n\n\n2024年第二季度检查发现存在问题政务新媒体名单\n\n序号\n\n附件3\n\n\n2024年第二季度专项工作落实情况',
    // Corpus 001 and 003: one attachment, headed 附件.
    '附件:检查维护较好的政府网站专属网页名单\n\n重庆市黔江区人民政府办公室  \n\n附件\n\n检查维护较好的政府网站专属网页名单\n\n序号',
    '附件：存在突出问题的政务新媒体名单\n 附件\n存在突出问题的政务新媒体名单',
    // Only one side present: nothing to compare.
    '附件：地方12345热线归并清单',
    '附件：1.工作计划\n2.统计表',
    '附件1\n工作计划\n附件2\n统计表',
    // Names wrapped in the 附件说明 (a judicial interpretation's forms, clean corpus).
    '附件：1.最高人民法院决定书（最高人民法\n院决定由高级人民法院审查用）\n2.最高人民法院通知书（通知再\n审申请人用）\n附件1\n最高人民法院\n决定书\n附件2\n最高人民法院\n通知书',
    // A title wrapped over two lines.
    '附件：1.2024年第二季度全县政务公开和政务新媒体监测情况统计表\n\n附件1\n\n2024年第二季度全县政务公开\n和政务新媒体监测情况统计表',
  ],
  invalid: [
    { text: '附件：1.工作计划\n2.统计表\n\n附件1\n工作计划\n\n附件2\n统计表\n\n附件3\n名单', flagged: ['附件3'], messageIds: ['numberNotListed'], severity: 'error' },
    { text: '附件：工作计划\n\n附件1\n工作计划\n\n附件2\n统计表', flagged: ['工作计划'], messageIds: ['oneListedManyAttached'] },
    { text: '附件：1.工作计划\n2.统计表\n3.名单\n\n附件1\n工作计划\n\n附件2\n统计表', flagged: ['名单'], messageIds: ['listedNotAttached'], severity: 'warning' },
    { text: '附件：1.工作计划\n2.统计表\n\n附件1\n工作计划\n\n附件2\n人员名单', flagged: ['附件2'], messageIds: ['titleMismatch'], severity: 'warning' },
    // A wrapped name is still one item: a third attachment is not listed.
    { text: '附件：1.最高人民法院决定书（最高人民法\n院决定用）\n2.通知书\n附件1\n最高人民法院决定书\n附件2\n通知书\n附件3\n裁定书', flagged: ['附件3'], messageIds: ['numberNotListed'] },
    { text: '附件：1.工作计划；\n2.统计表。', flagged: ['；', '。'], messageIds: ['punctuationAfterName', 'punctuationAfterName'], fixes: ['', ''] },
    { text: '附件：1.工作计划\r\n2.统计表\r\n\r\n附件1\r\n工作计划\r\n\r\n附件3\r\n统计表\r\n', flagged: ['统计表', '附件3'], messageIds: ['listedNotAttached', 'numberNotListed'] },
  ],
});
