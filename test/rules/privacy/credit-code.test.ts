import { testRule } from '../../helpers/rule-tester.js';

testRule('privacy/credit-code', {
  valid: [
    '统一社会信用代码：91110108MA01234537', // both check characters right
    '索引号 11500114009130039C/2023-00114', // a code, but not introduced as one
    '编号91110108MA01234538', // wrong check, but no label
  ],
  invalid: [
    { text: '统一社会信用代码：91110108MA01234538', flagged: ['91110108MA01234538'], messageIds: ['checkFails'], severity: 'warning' },
    { text: '统一社会信用代码为91110108MA01234737。', flagged: ['91110108MA01234737'], messageIds: ['checkFails'] },
  ],
});
