import { testRule } from '../../helpers/rule-tester.js';

testRule('format/heading-marker', {
  valid: [
    '一、总体要求',
    '（一）工作目标',
    '1.任务分工',
    '1．任务分工',
    '（1）具体措施',
    '(一)强化信息公开。',
    '一是加强领导。',
    '二、三产业增加值增长较快。',
    '1.5万元用于培训。',
    '附件：1.工作计划\n2.统计表',
  ],
  invalid: [
    { text: '一.总体要求', flagged: ['一.'], messageIds: ['wrongMark'], fixes: ['一、'], severity: 'warning' },
    { text: '二．主要任务', flagged: ['二．'], messageIds: ['wrongMark'], fixes: ['二、'] },
    { text: '三，工作要求', flagged: ['三，'], messageIds: ['wrongMark'], fixes: ['三、'] },
    { text: '1、任务分工', flagged: ['1、'], messageIds: ['wrongMark'], fixes: ['1.'] },
    { text: '（一）、工作目标', flagged: ['（一）、'], messageIds: ['wrongMark'], fixes: ['（一）'] },
    { text: '(一)、工作目标', flagged: ['(一)、'], messageIds: ['wrongMark'], fixes: ['(一)'] },
    { text: '（1）.具体措施', flagged: ['（1）.'], messageIds: ['wrongMark'], fixes: ['（1）'] },
    { text: '附件：1、工作计划\n2、统计表', flagged: ['1、', '2、'], messageIds: ['wrongMark', 'wrongMark'], fixes: ['1.', '2.'] },
  ],
});
