import { testRule } from '../../helpers/rule-tester.js';

testRule('political/banned-expression', {
  valid: [
    '朝鲜半岛局势；朝鲜民主主义人民共和国。',
    '台湾是中国领土不可分割的一部分。',
    '美国、日本和中国台湾等国家和地区。',
    '香港、澳门等地区。',
    '台湾地区领导人；台湾当局；台湾“立法院”。',
    '反对“台独”分裂活动。',
    '推进数据中台建设，平台独立运营，推动中澳自贸协定实施。',
    '台湾国民党籍人士；台湾国际机场。',
    '世贸组织成员；APEC成员。',
    '我省省委书记；各省省委书记。',
  ],
  invalid: [
    { text: '北朝鲜', flagged: ['北朝鲜'], messageIds: ['nonstandard'], fixes: ['朝鲜'], severity: 'error' },
    { text: '美国、日本、台湾等国家', flagged: ['国家'], messageIds: ['regionAsCountry'], fixes: ['国家和地区'] },
    { text: '台湾、新加坡等国', flagged: ['国'], messageIds: ['regionAsCountry'], fixes: ['国和地区'] },
    { text: '英国、香港等10个国家', flagged: ['10个国家'], messageIds: ['regionAsCountry'], fixes: ['10个国家和地区'] },
    { text: '中华民国总统', flagged: ['中华民国总统'], messageIds: ['nonstandard'], fixes: ['台湾地区领导人'] },
    { text: '台湾政府表示', flagged: ['台湾政府'], messageIds: ['nonstandard'], fixes: ['台湾当局'] },
    { text: '打击台独分裂势力', flagged: ['台独'], messageIds: ['nonstandard'], fixes: ['“台独”'] },
    {
      text: '两岸三地', // no suggestion: the wording depends on the context
      flagged: ['两岸三地'],
      messageIds: ['nonstandardNoFix'],
      messages: ['“两岸三地”不规范。应分别写明“海峡两岸和香港、澳门”或“大陆与台湾、内地与香港”。（依据：《新华社新闻信息报道中的禁用词和慎用词》涉台部分（2016年7月修订））'],
    },
    { text: '世贸组织成员国', flagged: ['世贸组织成员国'], messageIds: ['nonstandard'], fixes: ['世贸组织成员'] },
    { text: '中共湖南省省委书记', flagged: ['省省委书记'], messageIds: ['nonstandard'], fixes: ['省委书记'] },
    { text: '台湾立法院', flagged: ['台湾立法院'], messageIds: ['nonstandard'], fixes: ['台湾“立法院”'] },
    { text: '台湾原住民', flagged: ['台湾原住民'], messageIds: ['nonstandard'], fixes: ['台湾少数民族'] },
  ],
  noCase: { outdated: '禁用词条目都没有 outdatedFrom' },
});
