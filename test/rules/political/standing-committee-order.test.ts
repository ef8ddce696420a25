import { testRule } from '../../helpers/rule-tester.js';

testRule('political/standing-committee-order', {
  valid: [
    '习近平、李强、赵乐际、王沪宁、蔡奇、丁薛祥、李希',
    // 韩正's place varies between Xinhua copies (2023-03-10 and 2026-03-05): never checked
    '习近平、李强、赵乐际、王沪宁、韩正、蔡奇、丁薛祥、李希',
    '习近平、李强、赵乐际、王沪宁、蔡奇、丁薛祥、李希、韩正',
    '习近平同志、李强同志、赵乐际同志',
    '习近平、李克强、栗战书、汪洋、王沪宁、赵乐际、韩正', // the 19th committee
    '李强、李希', // two names only
    '丁薛祥、习近平、王毅、李强、李希', // stroke order of a Politburo list, with a non-member
    '胡锦涛、吴邦国、温家宝、贾庆林、李长春、习近平、李克强、贺国强、周永康', // the 17th committee
    '江泽民、李鹏、朱镕基、李瑞环、胡锦涛、尉健行、李岚清', // the 15th
  ],
  invalid: [
    { text: '习近平、赵乐际、李强、王沪宁、蔡奇、丁薛祥、李希', flagged: ['习近平、赵乐际、李强、王沪宁、蔡奇、丁薛祥、李希'], messageIds: ['orderWrong'], severity: 'error' },
    { text: '李强、习近平、赵乐际', flagged: ['李强、习近平、赵乐际'], messageIds: ['orderWrong'] },
    { text: '习近平、李强、王沪宁、赵乐际', flagged: ['习近平、李强、王沪宁、赵乐际'], messageIds: ['orderWrong'] },
    {
      text: '胡锦涛、温家宝、吴邦国、贾庆林',
      flagged: ['胡锦涛、温家宝、吴邦国、贾庆林'],
      messageIds: ['orderWrong'],
      messages: ['第十七届中央政治局常委成员的排序有误，应为：胡锦涛、吴邦国、温家宝、贾庆林（依据：党的十七届一中全会（2007年10月22日）选举产生的中央政治局常委，新华社）。'],
    },
  ],
});
