import { testRule } from '../../helpers/rule-tester.js';

testRule('political/proposal-kind', {
  valid: [
    '认真办理人大代表建议和政协委员提案。', // both bodies named
    '人大代表、政协委员等通过建议、提案等方式提出。',
    '省人大代表提出的议案和建议。',
    '政协委员提出提案。',
    '政协委员列席会议，审议有关议案。', // another phrase
  ],
  invalid: [
    {
      text: '全国人大代表提交提案120件。',
      flagged: ['提案'],
      messageIds: ['otherBodysWord'],
      messages: ['人大代表提出的是“议案”或“建议”，“提案”是政协委员提出的。（依据：《中华人民共和国全国人民代表大会和地方各级人民代表大会代表法》；《中国人民政治协商会议全国委员会提案工作条例》）'],
      fixes: ['议案'],
      severity: 'warning',
    },
    { text: '市政协委员在会上提交了一份议案。', flagged: ['议案'], messageIds: ['otherBodysWord'], fixes: ['提案'] },
  ],
});
