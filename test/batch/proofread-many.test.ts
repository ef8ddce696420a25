import { describe, expect, it } from 'vitest';
import { ConfigError, PackError, proofread, proofreadMany } from '../../src/index.js';
import type { BatchDocument, BatchResult } from '../../src/index.js';

const TEXTS = ['截止目前，东溪镇针炙科已完成设备按装。', '全市共检查网站50个，其中合格48个。', '**值守值守**', '<p>再接再励</p>'];
const FORMATS = ['text', 'text', 'markdown', 'html'] as const;

function* documents(n: number): Generator<BatchDocument> {
  for (let i = 0; i < n; i++) yield { id: `page-${i}`, text: TEXTS[i % 4]!, format: FORMATS[i % 4]! };
}

async function collect(results: AsyncIterable<BatchResult>): Promise<BatchResult[]> {
  const out: BatchResult[] = [];
  for await (const r of results) out.push(r);
  return out;
}

describe('proofreadMany', () => {
  it('gives, in input order, exactly what proofread gives for each document', async () => {
    const results = await collect(proofreadMany(documents(200), { threads: 2 }));
    expect(results.map((r) => r.index)).toEqual([...Array(200).keys()]);
    for (const r of results) {
      const doc = { text: TEXTS[r.index % 4]!, format: FORMATS[r.index % 4]! };
      expect(r.id).toBe(`page-${r.index}`);
      expect(r.issues).toEqual(proofread(doc.text, { format: doc.format }).issues);
    }
  });

  it('reads an async iterable, and proofreads on the calling thread with threads: 1', async () => {
    async function* fromCursor() {
      yield* documents(6);
    }
    const threaded = await collect(proofreadMany(fromCursor(), { threads: 2 }));
    const inline = await collect(proofreadMany(documents(6), { threads: 1 }));
    expect(threaded).toEqual(inline);
    expect(inline.map((r) => r.issues.length > 0)).toEqual([true, false, true, true, true, false]);
  });

  it('pulls documents only as fast as results are consumed (bounded memory)', async () => {
    let pulled = 0;
    function* endless(): Generator<BatchDocument> {
      for (;;) {
        pulled++;
        yield { text: TEXTS[0]! };
      }
    }
    const results = proofreadMany(endless(), { threads: 2, maxWaiting: 4 });
    let seen = 0;
    for await (const r of results) {
      expect(r.issues.length).toBeGreaterThan(0);
      if (++seen === 20) break; // also ends the workers, or the test would hang
    }
    // At most the results read, the jobs queued at the workers (two each) and the results waiting.
    expect(pulled).toBeLessThanOrEqual(20 + 2 * 2 + 4 + 1);
  });

  it('applies the options of createProofreader in every worker', async () => {
    const [result] = await collect(proofreadMany([{ text: TEXTS[0]! }], { threads: 2, allow: ['针炙科'], rules: { 'lexicon/misused-word': 'warning' } }));
    expect(result!.issues.map((i) => `${i.text} ${i.severity}`)).toEqual(['截止目前 warning', '按装 warning']);
  });

  it('refuses bad options and documents with the usual errors before any work', async () => {
    await expect(collect(proofreadMany(documents(2), { rules: { 'no/such-rule': 'off' } }))).rejects.toThrow(ConfigError);
    await expect(collect(proofreadMany(documents(2), { threads: 0 }))).rejects.toThrow(ConfigError);
    await expect(collect(proofreadMany(documents(2), { packs: [{ id: 'x' } as never] }))).rejects.toThrow(PackError);
    await expect(collect(proofreadMany([{ text: 42 } as never], { threads: 2 }))).rejects.toThrow(/第 1 个文档/);
  });

  it('reports a document that fails in a worker with the error proofread would throw', async () => {
    await expect(collect(proofreadMany([{ text: 'a', documentDate: '2024-02-30' }], { threads: 2 }))).rejects.toThrow(ConfigError);
  });
});
