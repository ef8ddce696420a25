import { testRule } from '../../helpers/rule-tester.js';

testRule('date/jiezhi-redundant', {
  valid: ['截至6月30日，全市已完成整改。', '截止到6月30日，全市已完成整改。', '截至到期日，该笔贷款已全部归还。', '截至目前，已完成整改。', '到目前为止，已完成整改。', '截至6月底，为止损采取措施。'],
  invalid: [
    { text: '截至到6月30日，全市已完成整改。', flagged: ['截至到'], messageIds: ['jiezhiDaoRedundant'], fixes: ['截至'], severity: 'error' },
    { text: '截至到目前，共受理申请56件。', flagged: ['截至到'], messageIds: ['jiezhiDaoRedundant'], fixes: ['截至'] },
    {
      text: '截至目前为止，已完成整改。',
      flagged: ['为止'],
      messageIds: ['jiezhiWeizhiRedundant'],
      messages: ['“截至目前为止”语义重复：“截至”已含“到……为止”之意，应删去“为止”（或写作“到……为止”）。'],
      fixes: [''],
    },
    { text: '截止到2025年底为止，全市已完成整改。', flagged: ['为止'], messageIds: ['jiezhiWeizhiRedundant'], fixes: [''] },
  ],
});
