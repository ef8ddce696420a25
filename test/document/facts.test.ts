import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Document } from '../../src/document/document.js';
import { findDocumentFacts, type FactDate } from '../../src/document/facts.js';
import type { Segmenter } from '../../src/segment/segmenter.js';

const ymd = (d: FactDate | undefined) => (d ? `${d.year}-${d.month}-${d.day}` : undefined);
/** Every fact points at its own text. */
function expectOffsets(text: string, facts: ReturnType<typeof findDocumentFacts>): void {
  for (const d of [facts.signatureDate, facts.issuedDate, facts.writtenDate, ...facts.headerDates.map((h) => h.date)]) {
    if (d) expect(text.slice(d.start, d.end)).toBe(d.text);
  }
  if (facts.documentNumber) expect(text.slice(facts.documentNumber.start, facts.documentNumber.end)).toBe(facts.documentNumber.text);
}

describe('findDocumentFacts', () => {
  it('finds the 成文日期 under the issuing authority in the signature block', () => {
    const text = '各乡镇人民政府：\n\n现将有关情况通报如下。\n\n附件：1.统计表\n\n\n\n苍溪县人民政府办公室\n\n2024年6月26日\n\n\n附件1\n';
    const facts = findDocumentFacts(text);
    expect(ymd(facts.signatureDate)).toBe('2024-6-26');
    expect(facts.signatureDate!.text).toBe('2024年6月26日');
    expect(ymd(facts.writtenDate)).toBe('2024-6-26');
    expectOffsets(text, facts);
  });

  it('reads the signature date in Chinese numerals and with trailing full-width spaces', () => {
    expect(ymd(findDocumentFacts('请认真贯彻执行。\n\n中共某某县委办公室\n二〇二四年六月二十六日\n').signatureDate)).toBe('2024-6-26');
    const text = '请认真贯彻执行。\n\n重庆市江津区人民政府办公室\n\n2019年9月20日　　　　\n2019年江津区政务公开工作要点';
    const facts = findDocumentFacts(text);
    expect(facts.signatureDate?.text).toBe('2019年9月20日');
    expectOffsets(text, facts);
  });

  it('does not take a date line under a sentence, a heading or a long line for the signature', () => {
    expect(findDocumentFacts('会议要求，各单位认真落实。\n2024年6月26日\n').signatureDate).toBeUndefined();
    expect(findDocumentFacts('（一）工作目标\n2024年6月26日\n').signatureDate).toBeUndefined();
    expect(findDocumentFacts('苍溪县人民政府办公室\n2024年6月26日召开会议\n').signatureDate).toBeUndefined();
    expect(findDocumentFacts('苍溪县人民政府办公室\n\n\n\n\n2024年6月26日\n').signatureDate).toBeUndefined(); // too far below
  });

  it('finds header date fields and the 发文字号 field', () => {
    const text =
      '  • 索引号 11500114009130039C/2023-00114\n  • 发文字号 黔江府办〔2023〕18号\n  • 成文日期 2023-08-15\n  • 发布日期 2023-08-18\n';
    const facts = findDocumentFacts(text);
    expect(facts.headerDates.map((h) => [h.label, h.kind, ymd(h.date)])).toEqual([
      ['成文日期', 'written', '2023-8-15'],
      ['发布日期', 'published', '2023-8-18'],
    ]);
    expect(ymd(facts.writtenDate)).toBe('2023-8-15');
    expect(facts.documentNumber?.text).toBe('黔江府办〔2023〕18号');
    expectOffsets(text, facts);
  });

  it('reads 发布时间 with a colon and a date in words', () => {
    const text = '发布机构:苍溪县人民政府办公室 发布时间: 2024-06-28 字体: [ ]\n成文日期：2024年6月26日\n';
    const facts = findDocumentFacts(text);
    expect(facts.headerDates.map((h) => [h.label, ymd(h.date)])).toEqual([
      ['发布时间', '2024-6-28'],
      ['成文日期', '2024-6-26'],
    ]);
    expect(ymd(facts.writtenDate)).toBe('2024-6-26');
  });

  it('prefers the signature date to the header field for the 成文日期', () => {
    const facts = findDocumentFacts('成文日期 2024-06-20\n正文。\n\n某某县财政局\n\n2024年6月26日\n');
    expect(ymd(facts.writtenDate)).toBe('2024-6-26');
  });

  it('finds the 印发 line and a 发文字号 on its own line', () => {
    const text = '苍溪府办发〔2024〕12号\n\n关于……的通知\n\n正文。\n\n抄送：县委办公室。\n苍溪县人民政府办公室　　2024年5月8日印发\n';
    const facts = findDocumentFacts(text);
    expect(ymd(facts.issuedDate)).toBe('2024-5-8');
    expect(facts.documentNumber?.text).toBe('苍溪府办发〔2024〕12号');
    expect(facts.writtenDate).toBeUndefined();
    expectOffsets(text, facts);
  });

  it('falls back to the header 印发日期 field', () => {
    expect(ymd(findDocumentFacts('印发日期：2024年5月8日\n正文。\n').issuedDate)).toBe('2024-5-8');
  });

  it('does not take 印发 in a sentence for the 印发 line', () => {
    expect(findDocumentFacts('省政府于2024年5月8日印发\n').issuedDate).toBeDefined(); // a short line of its own still counts
    expect(findDocumentFacts('近日，省政府于2024年5月8日印发\n').issuedDate).toBeUndefined();
    expect(findDocumentFacts('2024年5月8日印发了《实施方案》。\n').issuedDate).toBeUndefined();
  });

  it('handles a signature at the very top and a date on the first line', () => {
    expect(ymd(findDocumentFacts('某某县财政局\n2024年6月26日').signatureDate)).toBe('2024-6-26');
    expect(findDocumentFacts('\n2024年6月26日\n').signatureDate).toBeUndefined();
    expect(findDocumentFacts('2024年6月26日').signatureDate).toBeUndefined();
  });

  it('finds nothing in plain text', () => {
    expect(findDocumentFacts('截至6月30日，全市已完成整改问题127个。')).toEqual({ headerDates: [] });
  });
});

describe('Document.facts', () => {
  const segmenter = { cut: (s: string) => [s], tag: () => [], addWords: () => {} } satisfies Segmenter;
  it('is computed once, when asked for', () => {
    const doc = new Document('正文。\n\n某某局\n\n2024年6月26日', segmenter);
    expect(doc.facts).toBe(doc.facts);
    expect(ymd(doc.facts.writtenDate)).toBe('2024-6-26');
  });
});

const CORPUS = join(__dirname, '..', '..', '..', 'shared', 'corpus');
describe.runIf(existsSync(CORPUS))('facts of the shared corpus', () => {
  const read = (f: string) => readFileSync(join(CORPUS, f), 'utf8');
  it('001: header 成文日期 and 发文字号; the broken signature date 2023815 is not a date', () => {
    const text = read('001_05e5d552f9d7a5b2.txt');
    const facts = findDocumentFacts(text);
    expect(facts.signatureDate).toBeUndefined();
    expect(ymd(facts.writtenDate)).toBe('2023-8-15');
    expect(facts.headerDates.map((h) => ymd(h.date))).toEqual(['2023-8-15', '2023-8-18']);
    expect(facts.documentNumber?.text).toBe('黔江府办〔2023〕18号');
    expectOffsets(text, facts);
  });
  it('002 and 004: the signature block', () => {
    expect(ymd(findDocumentFacts(read('002_e602cac2ce9f3cda.txt')).writtenDate)).toBe('2019-9-20');
    const text = read('004_c46531162d7a927c.txt');
    const facts = findDocumentFacts(text);
    expect(ymd(facts.signatureDate)).toBe('2024-6-26');
    expect(facts.headerDates.map((h) => [h.label, ymd(h.date)])).toEqual([['发布时间', '2024-6-28']]);
    expectOffsets(text, facts);
  });
  it('000 and 003 state no date of their own', () => {
    expect(findDocumentFacts(read('000_138312a856a89047.txt')).writtenDate).toBeUndefined();
    expect(findDocumentFacts(read('003_80f4e3af275babf5.txt')).writtenDate).toBeUndefined();
  });
});
