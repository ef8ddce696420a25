import { remark } from 'remark';
import { describe, expect, it } from 'vitest';
import remarkGongwen from '../../src/remark.js';

describe('gongwen/remark', () => {
  it('adds issues as vfile messages with positions, rule ids and severities', async () => {
    const file = await remark().use(remarkGongwen).process('# 通知\n\n截止目前，`针炙`与**研究研究**。\n');
    const messages = file.messages.map((m) => ({
      ruleId: m.ruleId,
      source: m.source,
      fatal: m.fatal,
      start: m.place && 'start' in m.place ? m.place.start : undefined,
      expected: m.expected,
    }));
    expect(messages).toEqual([
      { ruleId: 'lexicon/misused-word', source: 'gongwen', fatal: true, start: { line: 3, column: 1, offset: 6 }, expected: ['截至目前'] },
      { ruleId: 'repetition/repeated-word', source: 'gongwen', fatal: undefined, start: { line: 3, column: 13, offset: 18 }, expected: ['研究'] },
    ]);
    expect(String(file.messages[0]!.reason)).toContain('“截止目前”应为“截至目前”');
  });

  it('takes proofreader options', async () => {
    const file = await remark().use(remarkGongwen, { rules: { 'lexicon/misused-word': 'off' } }).process('截止目前');
    expect(file.messages).toEqual([]);
  });

  it('masks personal numbers in `actual`', async () => {
    const file = await remark().use(remarkGongwen).process('电话13812345678');
    expect(file.messages[0]!.actual).toBe('138****5678');
  });
});
