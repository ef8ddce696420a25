import { testRule } from '../../helpers/rule-tester.js';

testRule('punctuation/doubled-mark', {
  valid: [
    '会议结束。',
    '怎么能这样？？',
    '这怎么可能？！',
    '太好了！！！',
    '端午、中秋……',
    // Three or more 。 are an attempted ellipsis, reported by punctuation/ellipsis.
    '等等。。。',
  ],
  invalid: [
    { text: '会议结束。。', flagged: ['。。'], messageIds: ['doubled'], fixes: ['。'], severity: 'error' },
    { text: '要提高认识，，压实责任', flagged: ['，，'], messageIds: ['doubled'], fixes: ['，'] },
    { text: '决策、、执行、管理', flagged: ['、、'], messageIds: ['doubled'], fixes: ['、'] },
    { text: '提高认识；；压实责任', flagged: ['；；'], messageIds: ['doubled'], fixes: ['；'] },
    { text: '现通知如下：：', flagged: ['：：'], messageIds: ['doubled'], fixes: ['：'] },
    { text: '要求，，，落实', flagged: ['，，，'], messageIds: ['doubled'], fixes: ['，'] },
    { text: '怎么能这样？？？？', flagged: ['？？？？'], messageIds: ['overStacked'], fixes: ['？？？'], severity: 'warning' },
  ],
});
