import { describe, expect, it } from 'vitest';
import { testRule } from '../../helpers/rule-tester.js';
import { flaggedWithDate, signed } from './date-options.js';

testRule('date/deadline-before-document', {
  valid: [
    signed('请于2024年7月15日前将整改情况书面报县政府办公室。'),
    signed('请于7月15日前报送。'),
    signed('各单位于6月30日前完成自查。'),
    signed('各单位均于3月15日前报送了自查报告。'), // what was done
    signed('3月15日前，全县已完成春耕备耕。'),
    signed('请于1月10日前报送。', '2024年12月26日'), // the next January
    signed('2024年1月起开展检查，请于12月20日前报送全年总结。', '2024年1月10日'),
    signed('6月20日前后'),
    '于2024年3月15日前将整改情况书面报市政府办公室。', // no document date (corpus 003)
    signed('于6月26日前报送。'), // the same day
    signed('请各单位于每月5日前报送上月工作进展情况。'), // no month: a recurring deadline
    signed('各单位于6月20日前完成自查，共发现问题15个。'), // a report of what was done
    signed('各单位于6月20日前完成自查，已整改12个。'),
  ],
  invalid: [
    { text: signed('请于2024年3月15日前将整改情况书面报县政府办公室。'), flagged: ['2024年3月15日'], messageIds: ['deadlineBeforeDocument'], severity: 'warning' },
    { text: signed('请各单位于6月20日前报送。'), flagged: ['6月20日'], messageIds: ['deadlineBeforeDocument'] },
    { text: signed('6月20日前完成整改。'), flagged: ['6月20日'], messageIds: ['deadlineBeforeDocument'] },
    { text: signed('务必在2024年6月1日之前上报。'), flagged: ['2024年6月1日'], messageIds: ['deadlineBeforeDocument'] },
    { text: signed('请于二〇二四年三月十五日前报送。'), flagged: ['二〇二四年三月十五日'], messageIds: ['deadlineBeforeDocument'] },
  ],
});

describe('date/deadline-before-document with documentDate', () => {
  it('compares with the documentDate given', () => {
    expect(flaggedWithDate('date/deadline-before-document', '请于2024年3月15日前报送。', '2024-06-26')).toEqual(['2024年3月15日']);
    expect(flaggedWithDate('date/deadline-before-document', '请于2024年3月15日前报送。', '2024-03-01')).toEqual([]);
  });
});
