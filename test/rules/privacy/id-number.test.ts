import { testRule } from '../../helpers/rule-tester.js';

// Check characters computed independently of the code under test (Python, GB 11643 weights).
testRule('privacy/id-number', {
  valid: [
    '510824199003154213', // check character wrong and no label: another number of that length
    '110105194902300020', // passes the check, but 2月30日 does not exist
    '440306200102291236', // passes the check, but 2001 has no 2月29日
    '身份证号510824203001011233', // passes the check, born in 2030
    '张某某，身份证号5108**********4212。', // already masked
    '订单编号510824900315421', // 15 digits, no 身份证 label
    '编号0510824199003154212', // 19 digits: not an ID number
    '索引号 11500114009130039C/2023-00114',
    '川府发〔2024〕12号，2024年6月26日，金额510824元。',
    '统一社会信用代码：91110108MA01234537',
  ],
  invalid: [
    { text: '张某某，身份证号510824199003154212，现住苍溪县。', flagged: ['510824199003154212'], messageIds: ['idNumber'], fixes: ['5108**********4212'], severity: 'error' },
    { text: '公示：11010519491231002X', flagged: ['11010519491231002X'], messageIds: ['idNumber'], fixes: ['1101**********002X'] },
    { text: '证件号 11010519491231002x', flagged: ['11010519491231002x'], messageIds: ['idNumber'], fixes: ['1101**********002x'] },
    // a wrong check character after a label: an ID mistyped or made up for the text, personal data all the same
    { text: '身份证号510824199003154213，核对有误。', flagged: ['510824199003154213'], messageIds: ['idNumber'], fixes: ['5108**********4213'] },
    { text: '身份证号码：510824900315421', flagged: ['510824900315421'], messageIds: ['idNumber'], fixes: ['5108*******5421'] },
    { text: '440306200002291239、320102198511070019', flagged: ['440306200002291239', '320102198511070019'], messageIds: ['idNumber', 'idNumber'] },
  ],
});
