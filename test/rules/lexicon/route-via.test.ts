import { testRule } from '../../helpers/rule-tester.js';

const tujing = (place: string) =>
  `“途径${place}”应为“途经${place}”。“途经”意为路过、经过某地；“途径”是名词，指路径、门路（有效途径），后面不接地名。`;

testRule('lexicon/route-via', {
  valid: [
    '列车途经郑州，开往广州。',
    '探索解决问题的有效途径和方法。',
    '通过多种途径，湖北省完成了任务。', // a mark ends the noun 途径
    '拓宽农民增收途径，促进就业。',
    '这是实现共同富裕的重要途径。',
    '主要途径一是加强宣传，二是完善制度。',
    '投诉途径多样，群众办事方便。',
    '发展途径多元化。',
    '这条线路的途径郑州的班次已经停运。', // 的途径: the noun, left alone
    '中欧班列途经哈萨克斯坦、俄罗斯。',
    '车队途经京港澳高速，抵达湖北。',
    '拓宽交流途径合作共赢。', // 合作 (合作市) is a word here, not a place: the segmenter does not tag it ns
    '畅通信访途径通道建设。', // 通道 (通道侗族自治县) likewise
  ],
  invalid: [
    { text: '列车途径郑州。', flagged: ['途径'], messageIds: ['tujingForTujing'], messages: [tujing('郑州')], fixes: ['途经'], severity: 'error' },
    { text: '长江干流途径湖北省。', flagged: ['途径'], messageIds: ['tujingForTujing'], messages: [tujing('湖北省')], fixes: ['途经'] },
    { text: '车队途径京港澳高速，抵达湖北。', flagged: ['途径'], messageIds: ['tujingForTujing'], messages: [tujing('京港澳高速')], fixes: ['途经'] },
    { text: '沿线途径G4京港澳高速公路。', flagged: ['途径'], messageIds: ['tujingForTujing'], messages: [tujing('G4京港澳高速公路')], fixes: ['途经'] },
    { text: '中欧班列途径哈萨克斯坦、俄罗斯。', flagged: ['途径'], messageIds: ['tujingForTujing'], messages: [tujing('哈萨克斯坦')], fixes: ['途经'] },
    { text: '该线路途径8个乡镇。', flagged: ['途径'], messageIds: ['tujingForTujing'], messages: [tujing('8个乡镇')], fixes: ['途经'] },
    { text: '采访组途径十三个省市。', flagged: ['途径'], messageIds: ['tujingForTujing'], messages: [tujing('十三个省')], fixes: ['途经'] },
    { text: '公路全长120公里，途径天津、河北等地。', flagged: ['途径'], messageIds: ['tujingForTujing'], fixes: ['途经'] },
  ],
});
