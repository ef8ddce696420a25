import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createProofreader } from '../../src/index.js';

// The look-alike pack (dictionaries/packs/typo-official-shapes.yaml) against the lists its
// generator reads: only pairs a developer read and kept, severity as the reading decided.
const root = join(__dirname, '..', '..');
const rows = (file: string) =>
  readFileSync(join(root, 'scripts', 'data', file), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split('\t'));
const read = new Map(rows('official-shape-typos-read.tsv').map(([w, r, verdict]) => [`${w}\t${r}`, verdict]));
const rejected = new Map(rows('official-shape-typos-rejected.tsv').map(([w, r, why]) => [`${w}\t${r}`, why]));
const pack = parse(readFileSync(join(root, 'dictionaries', 'packs', 'typo-official-shapes.yaml'), 'utf8')) as {
  severity: string;
  entries: { wrong: string; right: string; note: string; severity?: string; boundary?: string }[];
};

describe('typo-official-shapes pack', () => {
  it('holds exactly the pairs read and kept, none read and rejected', () => {
    const inPack = pack.entries.map((e) => `${e.wrong}\t${e.right}`);
    expect(inPack.filter((k) => !read.has(k))).toEqual([]);
    expect(inPack.filter((k) => rejected.has(k))).toEqual([]);
    expect([...read.keys()].filter((k) => rejected.has(k))).toEqual([]);
    expect(pack.entries.length).toBeGreaterThanOrEqual(2000);
  });

  it('gives an error only where the reading was certain, and matches two-character forms at word boundaries', () => {
    expect(pack.severity).toBe('error');
    const wrongSeverity = pack.entries.filter((e) => (read.get(`${e.wrong}\t${e.right}`) === 'certain') !== (e.severity === undefined));
    expect(wrongSeverity.map((e) => e.wrong)).toEqual([]);
    expect(pack.entries.filter((e) => e.wrong.length === 2 && (e.boundary !== 'word' || e.severity !== 'warning')).map((e) => e.wrong)).toEqual([]);
  });

  it('says in every note which character was written for which, as a look-alike', () => {
    expect(pack.entries.filter((e) => !/^“.”误作“.”（(形近|音近形近|音同形近)）$/u.test(e.note)).map((e) => e.note)).toEqual([]);
  });
});

describe('typo-official-shapes through proofread', () => {
  const proofreader = createProofreader();
  const found = (text: string) =>
    proofreader
      .proofread(text)
      .issues.filter((i) => i.ruleId === 'lexicon/misused-word')
      .map((i) => [i.text, i.severity, i.suggestions[0]]);

  it.each([
    ['各地要严防守全事故发生。', '守全事故', 'error', '安全事故'],
    ['依照本条例第上条的规定处理。', '第上条', 'error', '第三条'],
    ['坚决纠正坏正之风。', '坏正之风', 'error', '不正之风'],
    ['妥善化解矛盾纠纸。', '纠纸', 'warning', '纠纷'],
    ['完善医病保障制度。', '医病保障', 'warning', '医疗保障'],
    // Look-alikes of the Unihan shape codes only (宪/宅, 于/二, 隐惠 a two-character warning).
    ['农村宪基地确权登记工作。', '宪基地', 'error', '宅基地'],
    ['依照本法第于款的规定处理。', '第于款', 'error', '第二款'],
    ['排查安全隐惠。', '隐惠', 'warning', '隐患'],
    // 互 is also a Unihan look-alike of 二, but that rival leaves the same-stroke pair 互/五 alone.
    ['依照本法第互条的规定处理。', '第互条', 'error', '第五条'],
  ])('flags: %s', (text, wrong, severity, right) => {
    expect(found(text)).toEqual([[wrong, severity, right]]);
  });

  // The right forms, and wrong forms rejected on reading because correct text holds them.
  it.each([
    '各地要严防安全事故发生。',
    '对被告人可以从宽判处。',
    '即便刻意回避，问题依然存在。',
    '渔船出海半年后返回港口。',
    '龙先生出席了会议。',
    '组织人员前往宅基地现场核实。',
    '推动物价止涨回稳。',
    // 车流 + 拥堵 (words the segmenter's reduced list lacks), and the temple 宏觉寺.
    '多部门协同，最大限度减少了车流拥堵。',
    '宏觉寺位于西宁城中区，是一座千年古刹。',
    // Unihan candidates rejected on reading: seams and phrases of correct text.
    '四面八方宾客远道而来。',
    '报告主要有六方面内容。',
    '市中区药监局开展检查。',
    '工业园医院正式开诊。',
    '减少全疗程治疗费用。',
  ])('leaves alone: %s', (text) => {
    expect(found(text)).toEqual([]);
  });
});
