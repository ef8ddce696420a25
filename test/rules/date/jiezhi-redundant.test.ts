import { testRule } from '../../helpers/rule-tester.js';

testRule('date/jiezhi-redundant', {
  valid: ['截至6月30日，全市已完成整改。', '截止到6月30日，全市已完成整改。', '截至到期日，该笔贷款已全部归还。', '截至目前，已完成整改。'],
  invalid: [
    { text: '截至到6月30日，全市已完成整改。', flagged: ['截至到'], messageIds: ['jiezhiDaoRedundant'], fixes: ['截至'], severity: 'error' },
    { text: '截至到目前，共受理申请56件。', flagged: ['截至到'], messageIds: ['jiezhiDaoRedundant'], fixes: ['截至'] },
  ],
});
