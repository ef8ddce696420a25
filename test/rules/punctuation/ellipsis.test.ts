import { testRule } from '../../helpers/rule-tester.js';

testRule('punctuation/ellipsis', {
  valid: [
    '端午、中秋……',
    '《关于转发〈国务院关于……的决定〉的通知》',
    // Twelve dots on a line of their own for omitted paragraphs.
    '第一段。\n\n…………\n\n最后一段。',
    // English text and a table of contents' dot leaders.
    'Wait... what?',
    '第一章 总则......1',
    '“3·15”国际消费者权益日',
    '端午、中秋……等待通知',
  ],
  invalid: [
    { text: '端午、中秋...', flagged: ['...'], messageIds: ['wrongEllipsis'], fixes: ['……'], severity: 'warning' },
    { text: '端午、中秋......', flagged: ['......'], messageIds: ['wrongEllipsis'], fixes: ['……'] },
    { text: '端午、中秋。。。', flagged: ['。。。'], messageIds: ['wrongEllipsis'], fixes: ['……'] },
    { text: '端午、中秋···', flagged: ['···'], messageIds: ['wrongEllipsis'], fixes: ['……'] },
    { text: '端午、中秋…', flagged: ['…'], messageIds: ['dotsForEllipsis'], fixes: ['……'] },
    { text: '端午、中秋………', flagged: ['………'], messageIds: ['dotsForEllipsis'], fixes: ['……'] },
    { text: '端午、中秋……等节日', flagged: ['等'], messageIds: ['dengAfterEllipsis'], fixes: [''] },
    { text: '端午、中秋……等等。', flagged: ['等等'], messageIds: ['dengAfterEllipsis'], fixes: [''] },
    { text: '端午、中秋...等节日', flagged: ['...', '等'], messageIds: ['wrongEllipsis', 'dengAfterEllipsis'], fixes: ['……', ''] },
  ],
});
