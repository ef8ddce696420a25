import { describe, expect, it } from 'vitest';
import { testRule } from '../../helpers/rule-tester.js';
import { flaggedWithDate, signed } from './date-options.js';

testRule('date/as-of-after-document', {
  valid: [
    signed('截至6月22日，各乡镇共公开信息3062条。'),
    signed('截至2024年6月26日，全市已完成整改问题127个。'), // the same day
    signed('截至6月30日，预计完成整改问题127个。'), // a plan
    signed('请各单位截至6月30日，确保完成整改。'),
    signed('截至6月底，力争完成全年任务的一半。'),
    signed('截至6月底，全市已完成整改问题127个。'), // 6月底 may be before 6月26日
    signed('截至12月31日，全市已完成整改问题127个。'), // the December before the document
    signed('截至2024年6月30日前完成整改。'), // a deadline, not a report
    '截至2024年6月30日，全市已完成整改问题127个。', // no document date
    signed('截至2024年5月31日，全市已完成整改问题127个。'),
    signed('截至6月30日，全面完成公共设施建设。'), // 公共 is not 共 "in all"; no result reported
    signed('数据截至2024年5月31日。'),
    signed('2025年全年目标：截至2025年12月31日，累计建成基站300个。', '2024年6月26日').replace('累计', '计划累计'),
  ],
  invalid: [
    { text: signed('截至2024年6月30日，全市已完成整改问题127个。'), flagged: ['2024年6月30日'], messageIds: ['asOfAfterDocument'], severity: 'warning' },
    { text: signed('截至6月30日，全市已完成整改问题127个。'), flagged: ['6月30日'], messageIds: ['asOfAfterDocument'] },
    { text: signed('截止到2024年7月5日，共受理申请56件。'), flagged: ['2024年7月5日'], messageIds: ['asOfAfterDocument'] },
    { text: signed('截至2024年7月，累计受理申请56件。'), flagged: ['2024年7月'], messageIds: ['asOfAfterDocument'] },
    { text: signed('截至2025年，全县共有企业300家。'), flagged: ['2025年'], messageIds: ['asOfAfterDocument'] },
    { text: signed('截至7月15日，全县已完成夏粮收购80%。'), flagged: ['7月15日'], messageIds: ['asOfAfterDocument'] },
  ],
});

describe('date/as-of-after-document with documentDate', () => {
  it('compares with the documentDate given', () => {
    expect(flaggedWithDate('date/as-of-after-document', '截至2024年6月30日，全市已完成整改问题127个。', '2024-06-26')).toEqual(['2024年6月30日']);
    expect(flaggedWithDate('date/as-of-after-document', '截至2024年6月30日，全市已完成整改问题127个。', '2024-07-01')).toEqual([]);
  });
  it('accepts a local Date', () => {
    expect(flaggedWithDate('date/as-of-after-document', '截至2024年6月27日，全市已完成整改问题127个。', new Date(2024, 5, 26))).toEqual(['2024年6月27日']);
  });
  it('never compares with today', () => {
    expect(flaggedWithDate('date/as-of-after-document', '截至2999年6月30日，全市已完成整改问题127个。')).toEqual([]);
  });
});
