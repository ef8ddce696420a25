import { testRule } from '../../helpers/rule-tester.js';

testRule('political/quoted-term', {
  valid: [
    // the terms as written
    '增强“四个意识”、坚定“四个自信”、做到“两个维护”。',
    '深刻领悟“两个确立”的决定性意义。',
    '“十四五”规划圆满收官，“十五五”时期开局起步。', // another numeral is another plan
    '“三个代表”重要思想；共建“一带一路”；深化“放管服”改革。',
    '坚持“两个毫不动摇”，落实“一岗双责”。',
    // a numeral for a numeral names another numbered phrase
    '做到“三个维护”是本单位的提法。',
    // a numeral replaced by a merely similar sound: a program named after the term
    '上海还将持续推进“千园工程”，计划新增公园超过100座。',
    // a quoted phrase two characters from any term, or one whose replaced character is no alike
    '开展“四个一批”活动，落实“四个不两直”。',
    '做到“两个维持”。',
    // after a fixed verb, a phrase of other words
    '增强四个方面的能力，坚定发展信心。',
    '增强四个意识，坚定四个自信。',
    // a longer term or a last character left out: a wording of its own (a list of exhibition names, an older short form)
    '展出“一国两制”“科学发展”“众志成城”等展板；坚定做到“两个不动摇”。',
    // a doubled numeral in a name of its own (浙江的“八八战略”, “五五”普法)
    '坚持“八八战略”，开展“五五”普法。',
    // beside a frame word, another numbered plan or a phrase two characters away
    '编制十三五规划和十五年规划。',
    // a quoted span of another length, or not all Han
    '“一带一路”倡议；“人工智能+”行动。',
  ],
  invalid: [
    {
      text: '做到“两个唯护”。',
      flagged: ['两个唯护'],
      messageIds: ['quotedTerm'],
      messages: ['“两个唯护”疑为“两个维护”之误（字有误）。规范表述为“两个维护”（依据：《中国共产党章程》（2022年10月22日党的二十大部分修改））。'],
      fixes: ['两个维护'],
      severity: 'error',
    },
    { text: '深刻领悟“两个确力”的决定性意义。', flagged: ['两个确力'], messageIds: ['quotedTerm'], fixes: ['两个确立'], severity: 'error' },
    // a numeral is kept, a character beside it may still be a slip
    { text: '“十四无”时期经济社会发展取得新成就。', flagged: ['十四无'], messageIds: ['quotedTerm'], fixes: ['十四五'] },
    // the quoted part of a longer term
    { text: '共建“一带一陆”倡议。', flagged: ['一带一陆'], messageIds: ['quotedTerm'], fixes: ['一带一路'] },
    { text: '严格落实“三会一棵”制度。', flagged: ['三会一棵'], messageIds: ['quotedTerm'], fixes: ['三会一课'] },
    // after the term's fixed verb, unquoted
    { text: '坚定四个自言。', flagged: ['四个自言'], messageIds: ['quotedTerm'], fixes: ['四个自信'], severity: 'error' },
    // unquoted, beside the words a longer term puts around the quoted part (“十四五”规划, 共建“一带一路”)
    { text: '编制十四无规划。', flagged: ['十四无'], messageIds: ['quotedTerm'], fixes: ['十四五'] },
    { text: '高质量共建一带一陆。', flagged: ['一带一陆'], messageIds: ['quotedTerm'], fixes: ['一带一路'] },
    // inside quotation marks, a term with a character written twice
    { text: '做到“两个维维护”。', flagged: ['两个维维护'], messageIds: ['doubledInTerm'], messages: ['“两个维维护”疑为“两个维护”之误（多字）。规范表述为“两个维护”（依据：《中国共产党章程》（2022年10月22日党的二十大部分修改））。'], fixes: ['两个维护'], severity: 'error' },
    { text: '编制“十四五五”规划。', flagged: ['十四五五'], messageIds: ['doubledInTerm'], fixes: ['十四五'] },
    // inside quotation marks, a four-character term with an inner character left out: a warning
    { text: '做到“两个护”。', flagged: ['两个护'], messageIds: ['droppedFromTerm'], fixes: ['两个维护'], severity: 'warning' },
    // a merely similar sound is a warning
    { text: '增强“四个意思”。', flagged: ['四个意思'], messageIds: ['quotedTerm'], fixes: ['四个意识'], severity: 'warning' },
  ],
});
