import { testRule } from '../../helpers/rule-tester.js';

testRule('grammar/double-negation', {
  valid: [
    '要防止类似事件再次发生；确保类似事件不再发生。',
    '防止疫情反弹，确保不再发生聚集性疫情。', // the 不再 is in the next phrase, after 确保
    '以免再次发生；避免出现问题。',
  ],
  invalid: [
    {
      text: '要防止类似事件不再发生。',
      flagged: ['不再发生'],
      messageIds: ['negatedAfterPrevent'],
      messages: ['“防止类似事件不再发生”否定不当：“防止”已是不让发生，后面再用“不再发生”意思就反了，宜作“再次发生”。'],
      fixes: ['再次发生'],
      severity: 'warning',
    },
    { text: '避免此类问题不再出现。', flagged: ['不再出现'], messageIds: ['negatedAfterPrevent'], fixes: ['再次出现'] },
    { text: '坚决杜绝安全事故不发生。', flagged: ['不发生'], messageIds: ['negatedAfterPrevent'], fixes: ['发生'] },
  ],
});
