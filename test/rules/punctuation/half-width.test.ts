import { describe, expect, it } from 'vitest';
import { proofread } from '../../../src/index.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule('punctuation/half-width', {
  valid: [
    '圆周率约为3.14，全年共1,000人次参加，会议于8:30开始。',
    '详见https://www.gov.cn/zhengce/index.htm?id=1,2。',
    '来信请寄gongwen@example.gov.cn，我们将及时回复。',
    'The meeting starts at 8:30, please be on time. Thank you!',
    '附件：1.2024年工作计划\n   2.2024年工作总结',
    '1.提高认识\n2.压实责任',
    '全面适配各类PC(personal computer)及移动终端。',
    '请见表(1)和图(2)。',
    '“3·15”国际消费者权益日',
    '请下载附件通知.docx并填写。',
    'for (let i = 0; i < n; i++) { sum += a[i]; }',
    '中文……和省略号......交给省略号规则',
    '乱码??的文本',
    // Chinese-numeral heading numbers with a dot are the format rules' business.
    '一.总体要求',
    '15%～30%',
    '联系电话：0839-5222343',
    '医药企业研发投入占比突破１.５％，达到１,０００家',
    // Half-width quotes in code, JSON and English, or an odd number on the line.
    '{"name":"张三","age":30}',
    'He said "hello" to me.',
    '参数为"abc"。',
    '他说"要落实。',
  ],
  invalid: [
    // 001 and 004 use half-width commas and colons throughout.
    {
      text: '各乡、镇人民政府,各街道办事处,区政府各部门,各有关单位:',
      flagged: [',', ',', ',', ':'], messageIds: ['halfWidth', 'halfWidth', 'halfWidth', 'halfWidth'],
      fixes: ['，', '，', '，', '：'],
      severity: 'warning',
    },
    { text: '(一)强化信息公开,增强人民群众“三感”。', flagged: ['(', ')', ','], messageIds: ['halfWidth', 'halfWidth', 'halfWidth'], fixes: ['（', '）', '，'] },
    { text: '近期全面检查(时间范围:2024年3月6日—2024年6月22日),现将有关情况通报如下。', flagged: ['(', ':', ')', ','], messageIds: ['halfWidth', 'halfWidth', 'halfWidth', 'halfWidth'], fixes: ['（', '：', '）', '，'] },
    { text: '登记备案(联系人:张凌鸿;联系电话:0839—5222343)。', flagged: ['(', ':', ';', ':', ')'], messageIds: ['halfWidth', 'halfWidth', 'halfWidth', 'halfWidth', 'halfWidth'], fixes: ['（', '：', '；', '：', '）'] },
    { text: '合格率92.18%;共检查政务新媒体32个', flagged: [';'], messageIds: ['halfWidth'], fixes: ['；'] },
    { text: '突出问题的单位（见附件）,于2024年3月15日前报送。', flagged: [','], messageIds: ['halfWidth'], fixes: ['，'] },
    { text: '请认真贯彻执行.', flagged: ['.'], messageIds: ['halfWidth'], fixes: ['。'] },
    { text: '较多单位近半年公开数量为0.', flagged: ['.'], messageIds: ['halfWidth'], fixes: ['。'] },
    { text: '这是为什么?难道不应该吗!', flagged: ['?', '!'], messageIds: ['halfWidth', 'halfWidth'], fixes: ['？', '！'] },
    { text: '太好了!!!', flagged: ['!!!'], messageIds: ['halfWidth'], fixes: ['！！！'] },
    { text: '发布时间: 2024-06-28', flagged: [':'], messageIds: ['halfWidth'], fixes: ['：'] },
    // A mixed-width pair: the half-width half is fixed.
    { text: '（一)加强领导', flagged: [')'], messageIds: ['halfWidth'], fixes: ['）'] },
    // Half-width ( ) around Chinese, even inside a table cell alone.
    { text: '错情\n\n(处)', flagged: ['(', ')'], messageIds: ['halfWidth', 'halfWidth'], fixes: ['（', '）'] },
    // Between two Han characters a dot may be a full stop or a 间隔号 (no automatic fix, below).
    { text: '会议强调.要落实', flagged: ['.'], messageIds: ['halfWidthPeriod'] },
    { text: '增强人民群众"三感"。', flagged: ['"', '"'], messageIds: ['openingQuote', 'closingQuote'], fixes: ['“', '”'] },
    // An unpaired half-width parenthesis right next to Chinese.
    { text: '剩余31项未完成整改(详见问题清单', flagged: ['('], messageIds: ['halfWidth'], fixes: ['（'] },
  ],
});

describe('punctuation/half-width suggestions', () => {
  it('offers no fix for a dot between two Han characters (full stop or 间隔号)', () => {
    const [issue] = proofread('诺尔曼.白求恩').issues.filter((i) => i.ruleId === 'punctuation/half-width');
    expect(issue?.text).toBe('.');
    expect(issue?.suggestions).toEqual([]);
    expect(issue?.message).toContain('间隔号');
  });
});
