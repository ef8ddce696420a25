import { testRule } from '../../helpers/rule-tester.js';

testRule('number/full-width-digit', {
  valid: [
    '2024年5月8日',
    '用能占到全社会用能的40％左右。',
    '国办发〔2024〕5号',
    '第一季度',
  ],
  invalid: [
    { text: '２０２４年工作要点', flagged: ['２０２４'], messageIds: ['fullWidth'], fixes: ['2024'], severity: 'warning' },
    { text: '20２4年', flagged: ['20２4'], messageIds: ['mixedWidth'], fixes: ['2024'] },
    { text: '同比增长１２．５％', flagged: ['１２．５'], messageIds: ['fullWidth'], fixes: ['12.5'] },
    { text: '共３个，其中１个', flagged: ['３', '１'], messageIds: ['fullWidth', 'fullWidth'], fixes: ['3', '1'] },
  ],
});
