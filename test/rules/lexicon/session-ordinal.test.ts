import { testRule } from '../../helpers/rule-tester.js';

const jie = (wrong: string, right: string, body: string) =>
  `“${wrong}”应为“${right}”。${body}按任期计“届”（第十四届全国人民代表大会、二十届三中全会），不用“次”。`;
const ci = (wrong: string, right: string, body: string) =>
  `“${wrong}”应为“${right}”。${body}按召开的次数计“次”（中国共产党第二十次全国代表大会），不用“届”。`;

testRule('lexicon/session-ordinal', {
  valid: [
    '党的二十届三中全会审议通过了决定。',
    '中国共产党第二十次全国代表大会在北京召开。',
    '第十四届全国人民代表大会第三次会议开幕。',
    '十四届全国政协三次会议闭幕。',
    '这次三中全会进一步提出了改革任务。', // 这次: no ordinal
    '代表团在每次全国人民代表大会会议举行前讨论议程。',
    '中共第八届全国代表大会第二次会议于1958年召开。', // a congress that met in two sessions
    '全国人大常委会共邀请322人次全国人大代表列席会议。',
    '省第十二次党代会以来，各级政府认真落实。',
  ],
  invalid: [
    { text: '深入学习贯彻党的二十次三中全会精神。', flagged: ['次'], messageIds: ['jieForCi'], messages: [jie('二十次三中全会', '二十届三中全会', '党的中央委员会')], fixes: ['届'], severity: 'error' },
    { text: '第十四次全国人民代表大会第三次会议开幕。', flagged: ['次'], messageIds: ['jieForCi'], messages: [jie('第十四次全国人民代表大会', '第十四届全国人民代表大会', '全国人民代表大会')], fixes: ['届'] },
    { text: '十四次全国人大三次会议审议政府工作报告。', flagged: ['次'], messageIds: ['jieForCi'], fixes: ['届'] },
    { text: '全国政协十四次二次会议闭幕。', flagged: ['次'], messageIds: ['jieForCi'], messages: [jie('全国政协十四次二次会议', '全国政协十四届二次会议', '全国政协')], fixes: ['届'] },
    { text: '党的第二十届全国代表大会胜利召开。', flagged: ['届'], messageIds: ['ciForJie'], messages: [ci('第二十届全国代表大会', '第二十次全国代表大会', '党和人民团体的全国代表大会')], fixes: ['次'], severity: 'error' },
    { text: '省第十二届党代会以来，各级政府认真落实。', flagged: ['届'], messageIds: ['ciForJie'], messages: [ci('第十二届党代会', '第十二次党代会', '党的代表大会')], fixes: ['次'], severity: 'warning' },
  ],
});
