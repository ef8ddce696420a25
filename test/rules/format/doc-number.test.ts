import { describe, expect, it } from 'vitest';
import { proofread } from '../../../src/index.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule('format/doc-number', {
  valid: [
    '国办发〔2024〕5号',
    '按照《国务院关于加快推进“互联网+政务服务”工作的指导意见》（国发〔2016〕55号）要求。',
    '认真贯彻落实《重庆市人民政府办公厅关于进一步做好政府公报工作的通知》（厅字〔2018〕11号）要求。',
    '发文字号 黔江府办〔2023〕18号',
    '〔2024〕第三季度',
    '（2024）川0105民初123号',
    '国办发〔2024〕5、6号',
    '2024年第5号公告',
    '根据（2024）年度计划',
    '政府网站标识码5108240001 蜀ICP备11026878号-2 川公网备51082402000042号',
  ],
  invalid: [
    { text: '国办发[2024]5号', flagged: ['[2024]5号'], messageIds: ['malformed'], fixes: ['〔2024〕5号'], severity: 'error' },
    { text: '国办发（2024）5号', flagged: ['（2024）5号'], messageIds: ['malformed'], fixes: ['〔2024〕5号'] },
    { text: '国办发(2024)5号', flagged: ['(2024)5号'], messageIds: ['malformed'], fixes: ['〔2024〕5号'] },
    { text: '国办发【2024】5号', flagged: ['【2024】5号'], messageIds: ['malformed'], fixes: ['〔2024〕5号'] },
    { text: '国办发［2024］5号', flagged: ['［2024］5号'], messageIds: ['malformed'], fixes: ['〔2024〕5号'] },
    { text: '国办发〔2024〕第5号', flagged: ['〔2024〕第5号'], messageIds: ['malformed'], fixes: ['〔2024〕5号'] },
    { text: '国办发〔2024〕05号', flagged: ['〔2024〕05号'], messageIds: ['malformed'], fixes: ['〔2024〕5号'] },
    { text: '（国办发〔2024〕5）', flagged: ['〔2024〕5'], messageIds: ['malformed'], fixes: ['〔2024〕5号'] },
    { text: '国办发〔24〕5号', flagged: ['〔24〕5号'], messageIds: ['malformed'] },
    // Broken forms from corpus 001: the closing bracket lost, year and number run together.
    { text: '黔江府办〔202318\n', flagged: ['〔202318'], messageIds: ['missingClose'], fixes: ['〔2023〕18号'] },
    { text: '(国办秘函〔201919号)和(渝府办发〔201963号)要求', flagged: ['〔201919号', '〔201963号'], messageIds: ['missingClose', 'missingClose'], fixes: ['〔2019〕19号', '〔2019〕63号'] },
    { text: '的通知》(黔江府办〔202024号)不扎实', flagged: ['〔202024号'], messageIds: ['missingClose'], fixes: ['〔2020〕24号'] },
    { text: '渝府发2023〕18号', flagged: ['2023〕18号'], messageIds: ['missingOpen'], fixes: ['〔2023〕18号'] },
    { text: '渝府发〔2023018号', flagged: ['〔2023018号'], messageIds: ['missingClose'] },
  ],
});

describe('format/doc-number without a safe fix', () => {
  it('offers no fix for a two-digit year or a leading zero after a lost bracket', () => {
    for (const text of ['国办发〔24〕5号', '渝府发〔2023018号']) {
      const issue = proofread(text).issues.find((i) => i.ruleId === 'format/doc-number');
      expect(issue?.suggestions).toEqual([]);
    }
  });
});
