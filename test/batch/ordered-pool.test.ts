import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runOrdered } from '../../src/batch/ordered-pool.js';

const dir = mkdtempSync(join(tmpdir(), 'gongwen-pool-'));
function workerScript(name: string, body: string): URL {
  const file = join(dir, name);
  writeFileSync(file, `import { parentPort } from 'node:worker_threads';\n${body}\n`);
  return pathToFileURL(file);
}

async function collect<R>(results: AsyncIterable<R>): Promise<R[]> {
  const out: R[] = [];
  for await (const r of results) out.push(r);
  return out;
}

describe('runOrdered', () => {
  it('yields results in job order however the workers finish', async () => {
    // Later jobs finish first: each job sleeps less than the one before.
    const url = workerScript('slow-first.mjs', `parentPort.on('message', ({ id, job }) => setTimeout(() => parentPort.postMessage({ id, json: JSON.stringify(job * 10) }), 40 - job * 4));`);
    expect(await collect(runOrdered<number, number>([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], { workerUrl: url, workerData: null, threads: 3, maxWaiting: 4 }))).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90]);
  });

  it('fails, instead of waiting forever, when a worker exits on its own', async () => {
    const url = workerScript('exits.mjs', `parentPort.on('message', () => process.exit(3));`);
    await expect(collect(runOrdered([1, 2, 3], { workerUrl: url, workerData: null, threads: 2, maxWaiting: 4 }))).rejects.toThrow(/退出码 3/);
  });
});
