import { testRule } from '../../helpers/rule-tester.js';

const guodu = (target: string) => `“向${target}过度”应为“向${target}过渡”。由一个阶段逐渐转入另一个阶段用“过渡”；“过度”意为超过适当的限度。`;

testRule('lexicon/transition-frame', {
  valid: [
    '从计划经济向市场经济过渡。',
    '资源由农村向城市过度集中。', // 过度 before a verb: too much
    '向客户推销过度。', // no opener of a stage
    '由于企业向银行过度，', // 由于 is no opener
    '从严管理，向基层倾斜，防止过度。', // the frame crosses clauses
    '坚决遏制过度包装。',
  ],
  invalid: [
    { text: '从计划经济向市场经济过度。', flagged: ['过度'], messageIds: ['guoduForGuodu'], messages: [guodu('市场经济')], fixes: ['过渡'], severity: 'error' },
    { text: '推动消费由温饱型向小康型过度的阶段。', flagged: ['过度'], messageIds: ['guoduForGuodu'], messages: [guodu('小康型')], fixes: ['过渡'] },
    { text: '逐步向新标准过度，确保平稳。', flagged: ['过度'], messageIds: ['guoduForGuodu'], messages: [guodu('新标准')], fixes: ['过渡'] },
    { text: '实现由集中资源支持脱贫攻坚向全面推进乡村振兴过度了。', flagged: ['过度'], messageIds: ['guoduForGuodu'], fixes: ['过渡'] },
  ],
});
