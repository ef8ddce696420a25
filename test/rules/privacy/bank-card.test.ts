import { testRule } from '../../helpers/rule-tester.js';

// Luhn check digits computed independently of the code under test.
testRule('privacy/bank-card', {
  valid: [
    '开户行：工商银行苍溪支行，账号：6222020200112345678', // Luhn fails
    '项目编号6222020200112345679', // no account label
    '卡号：6222***********5679', // already masked
    '账号共17个，其中微信公众号14个。',
  ],
  invalid: [
    { text: '开户行：工商银行苍溪支行，账号：6222020200112345679', flagged: ['6222020200112345679'], messageIds: ['bankCard'], fixes: ['6222***********5679'], severity: 'error' },
    { text: '银行卡号 6222 0202 0011 2345 679', flagged: ['6222 0202 0011 2345 679'], messageIds: ['bankCard'], fixes: ['6222 **** **** ***5 679'] },
    { text: '收款人账号：6228480012345671', flagged: ['6228480012345671'], messageIds: ['bankCard'], fixes: ['6228********5671'] },
  ],
});
