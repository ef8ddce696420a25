import { testRule } from '../../helpers/rule-tester.js';

testRule('privacy/mobile-number', {
  valid: [
    '联系电话：0839-5222343',
    '联系电话：0839—5222343，政务服务热线12345。',
    '联系电话：138****5678',
    '全年投入资金15000000000元。',
    '测试号码13800000000',
    '订单号213812345678',
    '身份证号510824199003154212',
    '客服电话400-123-4567',
    '12812345678', // 128 is not an allocated 网号
    // Official contact lines are published on purpose (dictionaries/privacy/contact-line-labels.txt).
    '举报电话：13812345678',
    '咨询电话：13812345678；传真：13912345678',
    '24小时值班电话 138-1234-5678',
    '服务热线13812345678。',
  ],
  invalid: [
    { text: '联系人：张凌鸿，联系电话：13812345678。', flagged: ['13812345678'], messageIds: ['mobileNumber'], fixes: ['138****5678'], severity: 'error' },
    { text: '手机：+86 138 1234 5678', flagged: ['+86 138 1234 5678'], messageIds: ['mobileNumber'], fixes: ['+86 138 **** 5678'] },
    { text: '手机：138-1234-5678', flagged: ['138-1234-5678'], messageIds: ['mobileNumber'], fixes: ['138-****-5678'] },
    { text: '电话19912345678', flagged: ['19912345678'], messageIds: ['mobileNumber'], fixes: ['199****5678'] },
    // A person named before the label makes the number theirs.
    { text: '联系人：张三，联系电话13812345678', flagged: ['13812345678'], messageIds: ['mobileNumber'] },
    { text: '张某某，身份证号510824199003154212，联系电话13812345678。', flagged: ['13812345678'], messageIds: ['mobileNumber'] },
  ],
});
