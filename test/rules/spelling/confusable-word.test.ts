import { describe, expect, it } from 'vitest';
import { createProofreader } from '../../../src/index.js';
import { swapsOf } from '../../../src/rules/spelling/confusable-word.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule('spelling/confusable-word', {
  valid: [
    // The table's context column: 否, for the collocation miner only (即时反馈 and 及时反馈 are both right);
    // 宽, a choice the subject decides (an agency 享有下列权力), or both written in laws (技术侦察措施).
    '请及时办理，并将办理结果即时反馈市场监管部门。',
    '有关部门对申诉案件进行调查时享有下列权力：',
    '经过严格的批准手续，可以采取技术侦察措施。',
    '社会各界反映强烈。',
    '会议对下一步工作作出部署。',
    '国家机关依法行使职权。',
    '村民自治组织。',
    '对违法行为人处以罚款，情节严重的，吊销营业执照。',
    '要认真贯彻落实。',
    // Not across a longer word of the cut: 路途/径直 holds no 途径.
    '路途径直向前。',
    // A loose pair (通信/通讯: both written in news) needs more than a settled one: 10.5 nats is not enough.
    '交通、通讯中断。',
    // 10.1 nats for 防止: below the margin (坚决防治“灯下黑” is the commission's own wording).
    '坚决防治“灯下黑”。',
    '黄河与渭河在此交汇。',
    '青年人要有远大抱负。',
    // Pairs of the twelfth table addition (现汉): the right words where they belong.
    '各民主党派和无党派人士出席会议。',
    '党员干部要勇于担当、敢于斗争。',
    '统筹发展和安全，防范化解重大风险。',
    // 水利/水力 is a loose pair: 水利、水力枢纽 (11.4 nats for 水利) stays below its 14.
    '开始建设三门峡的水利、水力枢纽工程。',
  ],
  invalid: [
    {
      text: '对违法行为人处以罚款，情结严重的，吊销营业执照。',
      flagged: ['情结'],
      messageIds: ['confusableWord'],
      messages: ['“情结”疑为“情节”：“情节”指事情的变化和经过（情节严重）；“情结”指心中的感情纠葛、深藏心底的感情'],
      fixes: ['情节'],
      severity: 'warning',
    },
    { text: '人民群众反应强烈的问题要优先解决。', flagged: ['反应'], messageIds: ['confusableWord'], fixes: ['反映'] },
    { text: '香港社会尽快回复正常秩序。', flagged: ['回复'], messageIds: ['confusableWord'], fixes: ['恢复'] },
    { text: '违法本条例规定的，由市场监管部门责令改正。', flagged: ['违法'], messageIds: ['confusableWord'], fixes: ['违反'] },
    { text: '该市积极探索社会治理的新途经。', flagged: ['途经'], messageIds: ['confusableWord'], fixes: ['途径'] },
    // Pairs added at this stage (现汉): 交会/交汇 (a loose pair: 21 nats clears its 14), 报复/抱负.
    { text: '飞船与空间站组合体完成自主快速交汇对接。', flagged: ['交汇'], messageIds: ['confusableWord'], fixes: ['交会'] },
    { text: '对举报人进行打击抱负。', flagged: ['抱负'], messageIds: ['confusableWord'], fixes: ['报复'] },
    // Homophones of official writing added later (现汉 senses): 人士/人事, 勇于/用于, 指示/知识, 风险/奉献, 利益/立意.
    { text: '各民主党派和无党派人事出席会议。', flagged: ['人事'], messageIds: ['confusableWord'], fixes: ['人士'] },
    { text: '党员干部要用于担当、敢于斗争。', flagged: ['用于'], messageIds: ['confusableWord'], fixes: ['勇于'] },
    { text: '坚持以习近平总书记重要知识为指导。', flagged: ['知识'], messageIds: ['confusableWord'], fixes: ['指示'] },
    { text: '统筹发展和安全，防范化解重大奉献。', flagged: ['奉献'], messageIds: ['confusableWord'], fixes: ['风险'] },
    { text: '坚持全心全意为人民服务的根本宗旨，维护群众根本立意。', flagged: ['立意'], messageIds: ['confusableWord'], fixes: ['利益'] },
    // A wrong word need not be one word of the cut (落/石): only its ends are asked.
    { text: '要认真贯彻落石。', flagged: ['落石'], messageIds: ['confusableWord'], fixes: ['落实'] },
  ],
});

describe('swapsOf', () => {
  it('follows the directions column: a mines 甲’s contexts, so 乙 written there is flagged', () => {
    const swaps = swapsOf(['甲乙\t丙丁\ta\terror\t辨析\t现汉', '戊己\t庚辛\tboth\twarning\t辨析\t现汉', '子丑\t寅卯\ta>,b<\terror\t辨析\t现汉']);
    expect(swaps.map((s) => `${s.from}→${s.to}${s.loose ? '?' : ''}`)).toEqual(['丙丁→甲乙', '庚辛→戊己?', '戊己→庚辛?', '寅卯→子丑', '子丑→寅卯']);
  });
});

describe('spelling/confusable-word beside the packs', () => {
  it('leaves a span a pack reports to the pack (one finding per span)', () => {
    const issues = createProofreader().proofread('要认真贯彻落石。').issues;
    expect(issues.map((i) => `${i.ruleId} ${i.text}→${i.suggestions[0]}`)).toEqual(['lexicon/misused-word 贯彻落石→贯彻落实']);
  });
});
