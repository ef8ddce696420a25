import { testRule } from '../../helpers/rule-tester.js';

testRule('hygiene/invisible-char', {
  valid: [
    '各单位要加强管理。',
    // The BOM at the very start marks the encoding.
    '\uFEFF各单位要加强管理。',
    // Joiners inside emoji sequences and joining scripts are meant.
    '全家福👨\u200D👩\u200D👧合影。',
    '波斯语 می\u200Cخواهم 的写法。',
    // Direction marks in a line with right-to-left text.
    '阿拉伯文名称\u200Fالقاهرة\u200E（开罗）。',
  ],
  invalid: [
    { text: '人民\u200B政府', flagged: ['\u200B'], messageIds: ['invisible'], fixes: [''], severity: 'warning' },
    { text: '各单位\u200B\u200D要加强管理。', flagged: ['\u200B\u200D'], messageIds: ['invisible'], fixes: [''] },
    { text: '第一段。\uFEFF第二段。', flagged: ['\uFEFF'], messageIds: ['invisible'], fixes: [''] },
    { text: '\uFEFF\uFEFF重复的字节顺序标记。', flagged: ['\uFEFF'], messageIds: ['invisible'], fixes: [''] },
    { text: '高质量\u00AD发展', flagged: ['\u00AD'], messageIds: ['invisible'], fixes: [''] },
    { text: '人民\u2060政府和\u200C社会', flagged: ['\u2060', '\u200C'], messageIds: ['invisible', 'invisible'], fixes: ['', ''] },
    { text: '文件\u202E编号', flagged: ['\u202E'], messageIds: ['invisible'], fixes: [''] },
  ],
});
