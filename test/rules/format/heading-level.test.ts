import { testRule } from '../../helpers/rule-tester.js';

testRule('format/heading-level', {
  valid: [
    '一、总体要求\n（一）工作目标\n1.任务分工\n（1）具体措施\n2.进度安排\n（二）基本原则',
    '一、总体要求\n1.工作目标\n2.基本原则\n二、主要任务\n（一）深化公开',
    '（一）加强领导\n（1）甲\n（2）乙\n（二）强化保障',
    // A plan outline's 章 heading is a parent above every level: a new 章 may number from （一） after the last one's 1. 2.
    '第一章 发展基础\n一、发展成就\n1.产业升级。\n2.创新驱动。\n第二章 主要任务\n（一）加快发展。\n（二）加快改革。',
  ],
  invalid: [
    { text: '一、总体要求\n1.工作目标\n（一）具体目标', flagged: ['（一）'], messageIds: ['levelReversed'], severity: 'warning' },
    { text: '（一）加强领导\n（1）甲\n1.乙', flagged: ['1.'], messageIds: ['levelReversed'] },
    // Within one 章 a reversed level is still found.
    { text: '第一章 发展基础\n一、发展成就\n1.产业升级。\n（一）加快发展。', flagged: ['（一）'], messageIds: ['levelReversed'] },
  ],
});
