import { describe, expect, it } from 'vitest';
import { printedAs } from '../../../src/rules/number/rate-counts.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule('number/rate-counts', {
  valid: [
    '共检查政务新媒体32个，合格26个，合格率81.25%。',
    // Rounded or truncated to the printed precision.
    '共检查政务新媒体32个，合格26个，合格率81.3%。',
    '共检查政务新媒体32个，合格26个，合格率81.2%。',
    '共检查网站64个，合格59个，合格率92.19%。',
    '共检查网站64个，合格59个，合格率92.18%。',
    '共检查网站3个，合格2个，合格率67%。',
    // 不合格 k: the numerator is total − k.
    '共检查政务新媒体32个，不合格6个，合格率81.25%。',
    // Corpus 001: no count of 合格, but 59/64 and 26/32 give the rates.
    '2023年第二季度,共检查全区专属网页64个,检查比例100%,合格率92.18%;共检查政务新媒体32个,检查比例100%,合格率81.25%。',
    // Corpus 003.
    '2023年12月以来，收到中国政府网“我为政府网站找错”监督举报平台转来的网民有效留言10条，办结10条，按期办结率100%。',
    '全市政务新媒体账号共计370个，其中市政府本级政务新媒体账号3个，市直部门（单位）政务新媒体账号105个，县（区）政府本级政务新媒体账号30个，县级部门及乡（镇）政务新媒体账号232个；按要求进行了全覆盖检查，发现1个政务新媒体账号存在突出问题，合格率为99.7%。',
    '共抽查样品120批，合格率98.3%。',
    '共检查网站50个，合格率96%。',
    '共下达任务40项，完成36项，完成率90%。',
    // Over-fulfilment: more done than planned is not a share of the total.
    '全年计划新建项目40个，实际新建45个，完成率112.5%。',
    // The nearest count of the unit is not a total: do not guess the denominator.
    '检查网站32个，发现问题6个，合格26个，合格率90%。',
    // 按期办结 is not named by the count (办结10条): not compared.
    '收到留言10条，办结10条，按期办结率80%。',
    // Table cells.
    '合格\n26\n合格率\n85%',
  ],
  invalid: [
    { text: '共检查政务新媒体32个，合格26个，合格率85%。', flagged: ['85%'], messageIds: ['rateMismatch'], severity: 'error' },
    { text: '共受理投诉200件，办结180件，办结率95%。', flagged: ['95%'], messageIds: ['rateMismatch'] },
    // 完成率 may exceed 100% in general, but not against its own counts.
    { text: '共下达任务40项，完成36项，完成率95%。', flagged: ['95%'], messageIds: ['rateMismatch'] },
    { text: '共检查政务新媒体32个，不合格6个，合格率80%。', flagged: ['80%'], messageIds: ['rateMismatch'] },
    { text: '共检查网站64个，合格59个，合格率92.17%。', flagged: ['92.17%'], messageIds: ['rateMismatch'] },
    // No count of 合格, but no whole number of 32 gives 85%: a warning.
    { text: '共检查政务新媒体32个，检查比例100%，合格率85%。', flagged: ['85%'], messageIds: ['rateImpossible'], severity: 'warning' },
    { text: '共检查全区专属网页64个,检查比例100%,合格率92.5%。', flagged: ['92.5%'], messageIds: ['rateImpossible'], severity: 'warning' },
  ],
});

describe('printedAs', () => {
  it('accepts rounding and truncation to the printed decimals, nothing else', () => {
    expect(printedAs(92.1875, 92.19, 2)).toBe(true);
    expect(printedAs(92.1875, 92.18, 2)).toBe(true);
    expect(printedAs(92.1875, 92.2, 1)).toBe(true);
    expect(printedAs(84.375, 84, 0)).toBe(true);
    expect(printedAs(84.375, 85, 0)).toBe(false);
    expect(printedAs(81.25, 81.25, 2)).toBe(true);
    expect(printedAs(81.25, 81.26, 2)).toBe(false);
    expect(printedAs((1 / 3) * 100, 33.33, 2)).toBe(true);
  });
});
