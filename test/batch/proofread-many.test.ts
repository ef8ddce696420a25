import { describe, expect, it } from 'vitest';
import { ConfigError, PackError, proofread, proofreadMany } from '../../src/index.js';
import type { BatchDocument, BatchResult } from '../../src/index.js';
import { capWorkerHeap } from '../helpers/worker-heap.mjs';

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

  it('yields a document beyond the limits as not checked, and goes on, the same on workers and on the calling thread', async () => {
    const docs = [{ id: 'stars', text: `${'*'.repeat(300)}针炙`, format: 'markdown' as const }, ...documents(4)];
    const threaded = await collect(proofreadMany(docs, { threads: 2 }));
    expect(threaded).toEqual(await collect(proofreadMany(docs, { threads: 1 })));
    expect(threaded[0]).toEqual({ id: 'stars', index: 0, issues: [], unchecked: expect.stringContaining('连续 100 个以上的强调符号') });
    expect(threaded.slice(1).map((r) => r.unchecked)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('yields a document its worker runs out of memory on as not checked, and checks every other as proofread would', { timeout: 30_000 }, async () => {
    // 2 M characters need far more than a 48 MB heap; the other documents, and the dictionaries, fit.
    const line = '截止目前，东溪镇针炙科已完成设备按装，全市共检查网站50个，其中合格48个。\n';
    const huge: BatchDocument = { id: 'huge', text: line.repeat(Math.ceil(2_000_000 / line.length)) };
    const docs = [...documents(3), huge, ...documents(6)].map((d, n) => ({ ...d, id: d.id === 'huge' ? 'huge' : `doc-${n}` }));
    const restore = capWorkerHeap(48);
    let results: BatchResult[];
    try {
      results = await collect(proofreadMany(docs, { threads: 2 }));
    } finally {
      restore();
    }
    expect(results.map((r) => r.id)).toEqual(docs.map((d) => d.id));
    expect(results[3]).toEqual({ id: 'huge', index: 3, issues: [], unchecked: '检查时内存超过工作线程的上限（48 MB），在新的工作线程中重试仍然如此' });
    for (const r of results.filter((r) => r.id !== 'huge')) {
      expect(r.unchecked).toBeUndefined();
      expect(r.issues).toEqual(proofread(docs[r.index]!.text, { format: docs[r.index]!.format! }).issues);
    }
  });
});
