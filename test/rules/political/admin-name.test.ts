import { testRule } from '../../helpers/rule-tester.js';

testRule('political/admin-name', {
  valid: [
    '广西壮族自治区、宁夏回族自治区、新疆维吾尔自治区、内蒙古自治区、西藏自治区。',
    '广西、宁夏等地。',
    '恩施土家族苗族自治州；恩施州。',
    '延边朝鲜族自治州',
  ],
  invalid: [
    {
      text: '广西省南宁市',
      flagged: ['广西省'],
      messageIds: ['nonstandard'],
      messages: ['“广西省”不规范，法定名称为“广西壮族自治区”。广西是自治区，不是省。（依据：《中华人民共和国宪法》第三十条及民政部公布的行政区划名称）'],
      fixes: ['广西壮族自治区'],
      severity: 'error',
    },
    { text: '宁夏自治区', flagged: ['宁夏自治区'], messageIds: ['nonstandard'], fixes: ['宁夏回族自治区'] },
    { text: '新疆维吾尔族自治区', flagged: ['新疆维吾尔族自治区'], messageIds: ['nonstandard'], fixes: ['新疆维吾尔自治区'] },
    { text: '恩施苗族土家族自治州', flagged: ['恩施苗族土家族自治州'], messageIds: ['nonstandard'], fixes: ['恩施土家族苗族自治州'] },
    { text: '延边朝鲜自治州', flagged: ['延边朝鲜自治州'], messageIds: ['nonstandard'], fixes: ['延边朝鲜族自治州'] },
  ],
  noCase: { nonstandardNoFix: '行政区划名称条目都有法定名称（right）', outdated: '行政区划名称条目都没有 outdatedFrom' },
});
