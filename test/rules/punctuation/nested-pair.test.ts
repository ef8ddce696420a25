import { testRule } from '../../helpers/rule-tester.js';

testRule('punctuation/nested-pair', {
  valid: [
    '《关于转发〈国务院关于加强数字政府建设的指导意见〉的通知》',
    '他说：“要落实‘三个一’要求。”',
    // The third level goes back to the double form.
    '他说：“通知提出‘要落实“三个一”要求’。”',
    '《关于转发〈关于印发《工作规则》的通知〉的通知》',
    '“两点”定位、“两地”“两高”目标',
    '《史记》《汉书》',
    '〈通知〉',
    // An unbalanced quote is not mistaken for nesting.
    '他强调“要落实“三个一”要求。',
    '当x<3时，y>5。',
  ],
  invalid: [
    // 001: < > inside 《》.
    {
      text: '贯彻落实《重庆市黔江区人民政府办公室关于转发<重庆市政府办公厅关于做好个人隐私保护工作的通知>的通知》不扎实',
      flagged: ['<', '>'], messageIds: ['wrongInnerOpen', 'wrongInnerClose'],
      fixes: ['〈', '〉'],
      severity: 'error',
    },
    { text: '《关于转发《国务院关于加强数字政府建设的指导意见》的通知》', flagged: ['《', '》'], messageIds: ['wrongInnerOpen', 'wrongInnerClose'], fixes: ['〈', '〉'] },
    { text: '他说：“要落实“三个一”要求。”', flagged: ['“', '”'], messageIds: ['wrongInnerOpen', 'wrongInnerClose'], fixes: ['‘', '’'] },
    { text: '《关于转发＜通知＞的通知》', flagged: ['＜', '＞'], messageIds: ['wrongInnerOpen', 'wrongInnerClose'], fixes: ['〈', '〉'] },
    // Inside a multi-paragraph quotation, and a quotation cut by a line break.
    { text: '通知指出：“第一，要落实“三个一”要求。\n\n“第二，要压实责任。”', flagged: ['“', '”'], messageIds: ['wrongInnerOpen', 'wrongInnerClose'], fixes: ['‘', '’'] },
    { text: '通知指出：“要落实“三个一”要求，\n压实责任。”', flagged: ['“', '”'], messageIds: ['wrongInnerOpen', 'wrongInnerClose'], fixes: ['‘', '’'] },
    // 《…〈…<…>…〉…》: the third level is 《》.
    { text: '《关于转发〈关于印发<工作规则>的通知〉的通知》', flagged: ['<', '>'], messageIds: ['wrongInnerOpen', 'wrongInnerClose'], fixes: ['《', '》'] },
  ],
});
