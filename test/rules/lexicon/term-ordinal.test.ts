import { testRule } from '../../helpers/rule-tester.js';

const ren = (wrong: string) =>
  `“${wrong}”应为“${wrong.replace('届', '任')}”。美国总统按担任者计“任”（特朗普为第45任、第47任），“届”指四年一届的任期（第60届总统选举），说某人是第几位总统用“任”。`;

testRule('lexicon/term-ordinal', {
  valid: [
    '他当选美国第45任总统。',
    '美国第60届总统选举于2024年举行。', // 届 counts elections
    '美国第59届总统就职典礼在国会山举行。',
    '美国第58届总统任期自2017年开始。',
    '普京宣誓就任俄罗斯联邦第八届总统，任期6年。', // Russia counts terms
    '韩国第20届总统选举正式投票今天举行。',
    '第十四届全国人民代表大会第三次会议开幕。',
    '委内瑞拉新一届总统宣誓就职。',
    '第60届美国总统选举结果揭晓。',
  ],
  invalid: [
    { text: '他当选美国第45届总统。', flagged: ['届'], messageIds: ['renForJie'], messages: [ren('美国第45届总统')], fixes: ['任'], severity: 'warning' },
    { text: '林肯是美国第十六届总统。', flagged: ['届'], messageIds: ['renForJie'], messages: [ren('美国第十六届总统')], fixes: ['任'] },
    { text: '特朗普宣誓就任第47届美国总统。', flagged: ['届'], messageIds: ['renForJie'], messages: [ren('第47届美国总统')], fixes: ['任'] },
    { text: '美国历史上第32届总统连任四届。', flagged: ['届'], messageIds: ['renForJie'], fixes: ['任'] },
    { text: '他曾任美国第48届副总统。', flagged: ['届'], messageIds: ['renForJie'], messages: [ren('美国第48届副总统')], fixes: ['任'] },
  ],
});
