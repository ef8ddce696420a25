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
    // A line broken inside 之一, 第一, 统一 (a PDF's text): the 一， that starts the next line is no 序号.
    '成为全球前三的城市之\n一，上海机场旅客吞吐量增长。',
    '坚持目标导向、问题导向相统\n一，强化系统思维。',
  ],
  invalid: [
    { text: '一.总体要求', flagged: ['一.'], messageIds: ['wrongMark'], fixes: ['一、'], severity: 'warning' },
    { text: '二．主要任务', flagged: ['二．'], messageIds: ['wrongMark'], fixes: ['二、'] },
    { text: '三，工作要求', flagged: ['三，'], messageIds: ['wrongMark'], fixes: ['三、'] },
    // After a title or a finished paragraph, 一， is a heading with the wrong mark.
    { text: '关于做好工作的通知\n一，总体要求', flagged: ['一，'], messageIds: ['wrongMark'], fixes: ['一、'] },
    { text: '成为全球前三的城市之一。\n一，总体要求', flagged: ['一，'], messageIds: ['wrongMark'], fixes: ['一、'] },
    { text: '1、任务分工', flagged: ['1、'], messageIds: ['wrongMark'], fixes: ['1.'] },
    { text: '（一）、工作目标', flagged: ['（一）、'], messageIds: ['wrongMark'], fixes: ['（一）'] },
    { text: '(一)、工作目标', flagged: ['(一)、'], messageIds: ['wrongMark'], fixes: ['(一)'] },
    { text: '（1）.具体措施', flagged: ['（1）.'], messageIds: ['wrongMark'], fixes: ['（1）'] },
    { text: '附件：1、工作计划\n2、统计表', flagged: ['1、', '2、'], messageIds: ['wrongMark', 'wrongMark'], fixes: ['1.', '2.'] },
  ],
});
