import { testRule } from '../../helpers/rule-tester.js';

testRule('lexicon/fixed-expression', {
  valid: [
    // Canonical forms themselves.
    '坚持实事求是的原则，一丝不苟地完成任务。',
    '苍溪县东溪镇人民政府',
    '依据《中华人民共和国枪支管理法》第五条。',
    '县市场监督管理局开展专项检查。',
    // One character away, but another phrase: the edit makes a word (开展, 依法, 发生, 队伍).
    '要高质量开展工作。',
    '人民陪审员依法享有参加审判活动的权利。',
    '因订立劳动合同发生的争议。',
    '国家综合性消防救援队伍是应急救援的主力军。',
    // A character more or less outside 《》 is as often another name (国家税务局 before 2018).
    '由国家税务局依照有关规定办理。',
    '国家防汛抗旱总指挥部负责组织全国的抗旱工作。',
    // A function character in place of the last one (自来水笔).
    '盗窃电力、燃气、自来水等财物。',
    // The span cuts a word at its edge (评审委员会 is not 审计委员会).
    '组织专家评审委员会进行审议。',
    // A similar sound alone is not enough for a short form (只身一人).
    '如果只选一人，候选人应为二人。',
  ],
  invalid: [
    { text: '坚持实事求事的原则。', flagged: ['实事求事'], messageIds: ['slip'], fixes: ['实事求是'], severity: 'warning' },
    { text: '他一丝不狗地完成任务。', flagged: ['一丝不狗'], messageIds: ['slip'], fixes: ['一丝不苟'] },
    { text: '苍溪县东西镇人民政府', flagged: ['苍溪县东西镇'], messageIds: ['slip'], fixes: ['苍溪县东溪镇'] },
    { text: '广元市苍西县人民政府', flagged: ['广元市苍西县'], messageIds: ['slip'], fixes: ['广元市苍溪县'] },
    { text: '县市场监督管里局开展专项检查。', flagged: ['市场监督管里局'], messageIds: ['slip'], fixes: ['市场监督管理局'] },
    // A whole law title in 《》 with a character replaced: an error; dropped: a warning.
    { text: '依据《中华人民共和国枪支管里法》第五条。', flagged: ['中华人民共和国枪支管里法'], messageIds: ['slip'], fixes: ['中华人民共和国枪支管理法'], severity: 'error' },
    { text: '依据《中华人民共和国枪支管法》第五条。', flagged: ['中华人民共和国枪支管法'], messageIds: ['slip'], fixes: ['中华人民共和国枪支管理法'], severity: 'warning' },
    { text: '广西壮族自冶区林业局', flagged: ['广西壮族自冶区'], messageIds: ['slip'], fixes: ['广西壮族自治区'] },
  ],
});
