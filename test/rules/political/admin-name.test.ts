import { testRule } from '../../helpers/rule-tester.js';

testRule('political/admin-name', {
  valid: [
    '广西壮族自治区、宁夏回族自治区、新疆维吾尔自治区、内蒙古自治区、西藏自治区。',
    '广西、宁夏等地。',
    '恩施土家族苗族自治州；恩施州。',
    '延边朝鲜族自治州',
  ],
  invalid: [
    { text: '广西省南宁市', flagged: ['广西省'], fixes: ['广西壮族自治区'], severity: 'error' },
    { text: '宁夏自治区', flagged: ['宁夏自治区'], fixes: ['宁夏回族自治区'] },
    { text: '新疆维吾尔族自治区', flagged: ['新疆维吾尔族自治区'], fixes: ['新疆维吾尔自治区'] },
    { text: '恩施苗族土家族自治州', flagged: ['恩施苗族土家族自治州'], fixes: ['恩施土家族苗族自治州'] },
    { text: '延边朝鲜自治州', flagged: ['延边朝鲜自治州'], fixes: ['延边朝鲜族自治州'] },
  ],
});
