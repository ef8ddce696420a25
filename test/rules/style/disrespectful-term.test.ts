import { testRule } from '../../helpers/rule-tester.js';

// A rule made by a bundled pack (dictionaries/packs/style-disability.yaml).
testRule(
  'style/disrespectful-term',
  {
    valid: [
      '为盲人、聋人和智力障碍者提供无障碍服务。',
      '不能瞎子摸象，要全面了解情况。',
      '询问聋哑人，应当有通晓手语的人参加。', // 刑事诉讼法 uses it
      '国家和社会保障残废军人的生活。', // 宪法第四十五条 as written
    ],
    invalid: [
      {
        text: '为瞎子提供读屏服务。',
        flagged: ['瞎子'],
        messageIds: ['style-disability'],
        messages: ['“瞎子”是对残疾人的不当称谓，宜称“盲人”（依据：《新华社新闻信息报道中的禁用词和慎用词》社会生活类）。'],
        fixes: ['盲人'],
        severity: 'warning',
      },
      { text: '关爱聋子群体。', flagged: ['聋子'], messageIds: ['style-disability'], fixes: ['聋人'] },
      { text: '向残废人发放补贴。', flagged: ['残废人'], messageIds: ['style-disability'], fixes: ['残疾人'] },
      { text: '开办弱智儿童班。', flagged: ['弱智'], messageIds: ['style-disability'], fixes: ['智力障碍'] },
    ],
  },
  { builtinPacks: true },
);
