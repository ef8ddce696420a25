import { testRule } from '../../helpers/rule-tester.js';

// A rule made by a bundled pack (dictionaries/packs/style-legal-titles.yaml).
testRule(
  'style/official-title',
  {
    valid: [
      '全国人大常委会副委员长；县人大常委会副主任；市人民检察院检察长；审计署审计长。',
      '村委会主任召集村民开会。',
      '集中力量办成了一些关系农业农村长远发展的大事。', // 农村 + 长远
      '香港特别行政区审计署署长。', // the HKSAR's own title
      '县人大主任科员张某。',
    ],
    invalid: [
      {
        text: '全国人大副委员长出席会议。',
        flagged: ['全国人大副委员长'],
        messageIds: ['style-legal-titles'],
        messages: ['“全国人大副委员长”不规范，应称“全国人大常委会副委员长”（依据：《新华社新闻信息报道中的禁用词和慎用词》法律类）。委员长、副委员长是全国人大常委会的职务。'],
        fixes: ['全国人大常委会副委员长'],
        severity: 'warning',
      },
      { text: '县人大副主任带队检查。', flagged: ['人大副主任'], messageIds: ['style-legal-titles'], fixes: ['人大常委会副主任'] },
      { text: '市检察院院长作报告。', flagged: ['检察院院长'], messageIds: ['style-legal-titles'], fixes: ['检察院检察长'] },
      { text: '村长召集村民开会。', flagged: ['村长'], messageIds: ['style-legal-titles'], fixes: ['村委会主任'] },
      { text: '公司法人代表签字。', flagged: ['法人代表'], messageIds: ['style-legal-titles'], fixes: ['法定代表人'] },
    ],
  },
  { builtinPacks: true },
);
