import { testRule } from '../../helpers/rule-tester.js';

testRule('repetition/doubled-in-word', {
  valid: [
    // a word that is a reduplication, kept whole by the segmenter
    '天天向上，常常检查，人人参与。',
    // two words that share the character at their seam
    '坚持人民民主，研究管理理论，丰富学生生活。',
    '推动燃煤发电电量全部进入电力市场。', // 发电|电量: written once it would make 发电量, but the text is far likelier as it is
    '北京国电高科科技有限公司研制的卫星。',
    '同萨摩亚独立国国家元首互致贺电。',
    '大学学生会换届。', // 大学|学生会: written once, only the two merged (大学生)
    // numerals
    '一一对应，逐一核对。',
    // a word's last character again, beginning the next word
    '召开委员会会议，关心研究生生活，依靠人民群众众志成城。',
  ],
  invalid: [
    {
      text: '北京仲裁委员员会受理了申请。',
      flagged: ['委员员会'],
      messageIds: ['doubledInWord'],
      messages: ['“委员员会”中“员”多写了一个，疑为“委员会”。'],
      fixes: ['委员会'],
      severity: 'error',
    },
    // the first copy ends one word and the second begins another (民政|政府), but written once they make a longer one
    { text: '县人民政政府印发通知。', flagged: ['人民政政府'], messageIds: ['doubledInWord'], fixes: ['人民政府'] },
    { text: '坚持中国共产产党的领导。', flagged: ['中国共产产党'], messageIds: ['doubledInWord'], fixes: ['中国共产党'] },
    // a word's last character written again, standing alone
    { text: '坚决维护党中央央权威。', flagged: ['党中央央'], messageIds: ['doubledInWord'], fixes: ['党中央'] },
  ],
});
