import { testRule } from '../../helpers/rule-tester.js';

// A rule made by a bundled pack (dictionaries/packs/style-redundancy.yaml).
testRule(
  'style/redundant-phrase',
  {
    valid: [
      '运动员们凯旋；失败的原因是准备不足；专家公认这一结论。',
      '他无时无刻不在想着工作。', // 无时无刻 with 不, as it must be
      '这种也许可能性不大。',
      '亲眼目睹；目的是为了提高效率；我们再次重申立场。', // disputed, written in edited text: not taken
    ],
    invalid: [
      {
        text: '运动员们凯旋归来。',
        flagged: ['凯旋归来'],
        messageIds: ['style-redundancy'],
        messages: ['“凯旋归来”语义重复，宜作“凯旋”：“凯旋”即胜利归来。'],
        fixes: ['凯旋'],
        severity: 'warning',
      },
      { text: '失败的原因是因为准备不足。', flagged: ['原因是因为'], messageIds: ['style-redundancy'], fixes: ['原因是'] },
      { text: '他无时无刻都在想着工作。', flagged: ['无时无刻'], messageIds: ['style-redundancy'], fixes: ['时时刻刻'] },
      { text: '欢迎各位领导亲自莅临指导。', flagged: ['亲自莅临'], messageIds: ['style-redundancy'], fixes: ['莅临'] },
    ],
  },
  { builtinPacks: true },
);
