import { testRule } from '../../helpers/rule-tester.js';

testRule('punctuation/unbalanced-pair', {
  valid: [
    '根据《国务院办公厅关于推进政务新媒体健康有序发展的意见》（国办发〔2018〕123号）要求，现通知如下。',
    '《关于转发〈国务院关于加强数字政府建设的指导意见〉的通知》已印发。',
    '他说：“要落实‘三个一’要求。”',
    '【专题】学习贯彻党的二十大精神',
    '（一）信息发布不及时。',
    // A multi-paragraph quotation: each paragraph opens with “, only the last one closes.
    '通知指出：“第一，要提高认识。\n\n“第二，要压实责任。\n\n“第三，要加强督查。”',
    // …and when each paragraph opens with its 序号 before the “ (a decision quoted item by item).
    '决定指出：\n（一）“坚持党的领导。\n（二）“坚持人民至上。\n（三）“坚持高质量发展。”',
    // A quoted list longer than ten paragraphs, its items numbered: the ” after the last item closes it.
    '他说：“要做到以下几点：\n1.第一。\n2.第二。\n3.第三。\n4.第四。\n5.第五。\n6.第六。\n7.第七。\n8.第八。\n9.第九。\n10.第十。\n11.第十一。”\n后面。',
    // A paragraph cut by a stray line break (web copies of bulletins).
    '区财政局起草的《重庆市江津区涉农专项资金管\n\n理办法的通知》等文件。',
    '《甲\n乙\n丙\n丁\n戊\n己》',
    // A quotation of several paragraphs without “ at each one: clauses quoted from a law
    // or an agreement close on a later paragraph (clean corpus, court cases).
    '第三十五条规定：“劳动者与用人单位就解除劳动合同达成协议。\n协议存在重大误解情形的，应当认定无效。”加班费应当依法支付。',
    '协议约定：“（一）甲方提供场地；\n（二）乙方负责管理；\n（三）期限为三年。”同年4月，双方签订协议。',
    // …and so does one whose ” was pushed to the start of the next line.
    '第二十七条规定：“劳动争议申请仲裁的时效期间为一年。\n”《中华人民共和国劳动法》另有规定。',
    // An excerpt: the text's last paragraph opens a quotation that goes on elsewhere.
    '“依法登记，具有法人资格；',
    // Half-width parentheses in English, code and list markers are not ours.
    'Call f(x) first, then (optionally see the notes.',
    '1) 提高认识；2) 压实责任。',
    '1）提高认识',
    'a）加强领导',
    // 〔 of a broken 文号 is left to the format rules.
    '黔江府办〔202318',
    '(国办秘函〔201919号)',
    // Mixed widths balance; the half-width rule reports the half-width one.
    '（一)加强领导',
    // Typographic apostrophes.
    'It’s the people’s government.',
    // A less-than sign outside titles.
    '当x<3时，y>5。',
  ],
  invalid: [
    // 000: the （ before 详见 never closes.
    {
      text: '剩余31项未完成整改（详见《江津区2024年第一季度问题清单》，主要问题如下：\n\n（一）信息发布不及时。',
      flagged: ['（'], messageIds: ['unclosed'],
      severity: 'error',
    },
    { text: '他说：“要认真贯彻落实。', flagged: ['“'], messageIds: ['unclosed'] },
    // A numbered paragraph whose “ no later paragraph continues or closes is still unclosed.
    { text: '（一）“坚持党的领导。\n（二）坚持人民至上。\n后面。', flagged: ['“'], messageIds: ['unclosed'] },
    { text: '要做到：“第一。\n1.甲。\n2.乙。\n后面的内容。', flagged: ['“'], messageIds: ['unclosed'] },
    { text: '要认真学习《条例精神。', flagged: ['《'], messageIds: ['unclosed'] },
    { text: '要认真学习条例》精神。', flagged: ['》'], messageIds: ['unopened'] },
    { text: '详见附件）。', flagged: ['）'], messageIds: ['unopened'] },
    { text: '【专题学习贯彻党的二十大精神', flagged: ['【'], messageIds: ['unclosed'] },
    // Crossing pairs: 《…“…》…”.
    { text: '《关于“三个一》要求”的通知', flagged: ['”'], messageIds: ['crossed'] },
    // A paragraph that ends with a sentence end is finished: the mark does not carry over.
    { text: '根据（有关规定：\n\n现通知如下）。', flagged: ['（', '）'], messageIds: ['unclosed', 'unopened'] },
    // Quotes written the wrong way round.
    { text: '增强人民群众”三感“。', flagged: ['”', '“'], messageIds: ['unopened', 'unclosed'] },
    // A title cut by line breaks closes within five hops; beyond that the mark is unclosed.
    { text: '《甲\n乙\n丙\n丁\n戊\n己\n庚》', flagged: ['《', '》'], messageIds: ['unclosed', 'unopened'] },
    // A quoted paragraph that is not followed by another quoted paragraph must close.
    { text: '“要认真落实。\n\n二、工作要求', flagged: ['“'], messageIds: ['unclosed'] },
    // A quotation still open ten paragraphs later is unclosed.
    { text: '他说：“甲。\n乙。\n丙。\n丁。\n戊。\n己。\n庚。\n辛。\n壬。\n癸。\n子。\n丑。”', flagged: ['“', '”'], messageIds: ['unclosed', 'unopened'] },
    // Each unclosed mark is reported.
    { text: '（（（', flagged: ['（', '（', '（'], messageIds: ['unclosed', 'unclosed', 'unclosed'] },
  ],
});
