import { testRule } from '../../helpers/rule-tester.js';

testRule('hygiene/compatibility-char', {
  valid: [
    '人民政府',
    // Unified ideographs of the compatibility block are ordinary characters (﨑 U+FA11).
    '长﨑',
    // 豈 U+F900 is also a traditional form: script/traditional-char reports it (岂), this rule stays out.
    '⿰亻尔',
  ],
  invalid: [
    { text: '⼈民政府', flagged: ['⼈'], messageIds: ['lookAlike'], fixes: ['人'], severity: 'warning' },
    { text: '县⼈⺠政府', flagged: ['⼈', '⺠'], messageIds: ['lookAlike', 'lookAlike'], fixes: ['人', '民'] },
    { text: '⼤⼒推进', flagged: ['⼤', '⼒'], messageIds: ['lookAlike', 'lookAlike'], fixes: ['大', '力'] },
    { text: '⺌学', flagged: ['⺌'], messageIds: ['lookAlike'], fixes: ['小'] },
    { text: '兼容汉字\uFA5C', flagged: ['\uFA5C'], messageIds: ['lookAlike'], fixes: ['臭'] },
    { text: '补充区\u{2F800}字', flagged: ['\u{2F800}'], messageIds: ['lookAlike'], fixes: ['丽'] },
  ],
});
