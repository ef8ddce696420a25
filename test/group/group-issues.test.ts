import { describe, expect, it } from 'vitest';
import { applyFixes, createProofreader, expandGroups, groupIssues, proofread } from '../../src/index.js';
import type { Issue } from '../../src/index.js';

const rules = createProofreader().rules;
const halfWidth = (issues: Issue[]) => issues.filter((i) => i.ruleId === 'punctuation/half-width');

describe('groupIssues', () => {
  it('makes one finding of a convention broken throughout a document, with every place in related', () => {
    const text = '各街道办事处,区政府各部门,各有关单位:\n现将有关事项通知如下:一是加强领导,二是压实责任(试行)。\n截止目前，针炙科已完成。';
    const flat = proofread(text).issues;
    const grouped = groupIssues(flat, { rules });
    const [group, ...rest] = halfWidth(grouped);
    expect(rest).toEqual([]);
    expect(group!.related).toEqual(halfWidth(flat));
    expect(group!.related).toHaveLength(7);
    expect(group!.message).toBe('全文 7 处中文中使用半角标点：“,”→“，” 3 处，“:”→“：” 2 处，“(”→“（” 1 处，“)”→“）” 1 处。请统一改正（GB/T 15834-2011 第5章）。');
    expect([group!.start, group!.end, group!.line, group!.column, group!.text, group!.suggestions]).toEqual([6, 7, 1, 7, ',', []]);
    // The other findings are untouched, and everything is still sorted by position.
    expect(grouped.filter((i) => !i.related)).toEqual(flat.filter((i) => i.ruleId !== 'punctuation/half-width'));
    expect(grouped.map((i) => i.start)).toEqual([...grouped.map((i) => i.start)].sort((a, b) => a - b));
    expect(expandGroups(grouped).sort((a, b) => a.start - b.start)).toEqual(flat);
  });

  it('groups a paragraph where the places cluster and keeps the exceptions single', () => {
    const text = '第一段,有一个半角逗号。\n第二段里,半角逗号,一共,三个。\n第三段正常。';
    const grouped = halfWidth(proofread(text, { group: true }).issues);
    expect(grouped.map((i) => [i.line, i.related?.length ?? 1])).toEqual([
      [1, 1],
      [2, 3],
    ]);
    expect(grouped[1]!.message).toMatch(/^第 2 行（段） 3 处中文中使用半角标点/);
  });

  it('leaves fewer places single, and other rules alone', () => {
    const text = '截止目前,针炙科已完成,值守值守。';
    const flat = proofread(text).issues;
    expect(groupIssues(flat, { rules })).toEqual(flat);
    expect(proofread(text, { group: true }).issues).toEqual(flat);
  });

  it('fixes exactly the same bytes grouped as one by one', () => {
    const text = '一是,二是,三是,四是,五是(试行)。２０２４年，１２３４５６个。截止目前';
    const flat = proofread(text).issues;
    const grouped = proofread(text, { group: true }).issues;
    expect(grouped.length).toBeLessThan(flat.length);
    expect(applyFixes(text, grouped)).toBe(applyFixes(text, flat));
    expect(applyFixes(text, grouped)).toBe('一是，二是，三是，四是，五是（试行）。2024年，123456个。截至目前');
  });

  it('passes issues that are already grouped through, and an empty list', () => {
    const grouped = proofread('甲,乙,丙,丁,戊,己。', { group: true }).issues;
    expect(groupIssues(grouped, { rules })).toEqual(grouped);
    expect(groupIssues([])).toEqual([]);
  });

  it('rejects a group option that is not a boolean', () => {
    expect(() => proofread('文本', { group: 'yes' as unknown as boolean })).toThrow(/group.*布尔值/);
  });
});
