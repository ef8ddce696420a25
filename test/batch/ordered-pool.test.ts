import { buildSync } from 'esbuild';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runOrdered, WorkerStartError, type PoolOptions } from '../../src/batch/ordered-pool.js';
import { ROOT } from '../helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'gongwen-pool-'));
// The worker side as shipped (src/batch/serve-jobs.ts), bundled for the test's worker scripts.
buildSync({ entryPoints: [join(ROOT, 'src', 'batch', 'serve-jobs.ts')], bundle: true, format: 'esm', platform: 'node', outfile: join(dir, 'serve-jobs.mjs'), logLevel: 'silent' });

/** A worker script that serves jobs with `handle` (the body of `(job) => …`). */
function workerScript(name: string, handle: string, preamble = ''): URL {
  const file = join(dir, name);
  writeFileSync(file, `import { serveJobs } from './serve-jobs.mjs';\n${preamble}\nserveJobs((job) => { ${handle} });\n`);
  return pathToFileURL(file);
}

/** Fills the heap until the thread's limit stops it. */
const ALLOCATE = 'const hoard = []; for (;;) hoard.push(new Array(100_000).fill(job.length));';

async function collect<R>(results: AsyncIterable<R>): Promise<R[]> {
  const out: R[] = [];
  for await (const r of results) out.push(r);
  return out;
}

/** Two threads; a lost job comes back as `lost <job>: <reason>`. */
function options<J = string>(workerUrl: URL, more: Partial<PoolOptions<J, string>> = {}): PoolOptions<J, string> {
  return { workerUrl, workerData: null, threads: 2, maxWaiting: 4, lost: (job, reason) => `lost ${String(job)}: ${reason}`, ...more };
}

describe('runOrdered', () => {
  it('yields results in job order however the workers finish', async () => {
    // Later jobs finish first: each job blocks for less time than the one before.
    const url = workerScript('slow-first.mjs', 'const until = Date.now() + 40 - job * 4; while (Date.now() < until); return job * 10;');
    expect(await collect(runOrdered<number, number>([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], { ...options<number>(url, { threads: 3 }), lost: () => -1 }))).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90]);
  });

  it('gives up the one job a worker ran out of memory on, after a second try on a fresh worker, and does every other job', { timeout: 20_000 }, async () => {
    // workerData counts, across threads, the runs of the hungry job.
    const url = workerScript('hungry.mjs', `if (job === 'big') { Atomics.add(workerData, 0, 1); ${ALLOCATE} } return job.toUpperCase();`, "import { workerData } from 'node:worker_threads';");
    const jobs = ['a', 'big', 'b', 'c', 'd', 'e', 'f'];
    // One thread: 'b' waits in the queue of the thread that dies, so it must be sent again.
    for (const threads of [1, 2]) {
      const runs = new Int32Array(new SharedArrayBuffer(4));
      const results = await collect(runOrdered(jobs, options(url, { threads, workerData: runs, resourceLimits: { maxOldGenerationSizeMb: 16 } })));
      expect(results).toEqual(['A', 'lost big: 检查时内存超过工作线程的上限（16 MB），在新的工作线程中重试仍然如此', 'B', 'C', 'D', 'E', 'F']);
      expect(runs[0]).toBe(2);
    }
  });

  it('does, on a fresh worker, a job that ran out of memory only because its thread was already full', { timeout: 20_000 }, async () => {
    // Every job keeps 4 MB: a thread dies after a few, in whichever job comes next; that job alone fits.
    const url = workerScript('leaks.mjs', 'globalThis.kept ??= []; globalThis.kept.push(new Array(500_000).fill(1)); return job;');
    const jobs = Array.from({ length: 24 }, (_, n) => `job-${n}`);
    expect(await collect(runOrdered(jobs, options(url, { resourceLimits: { maxOldGenerationSizeMb: 16 } })))).toEqual(jobs);
  });

  it('does not stall when the lost job is the one every waiting result is held back for', { timeout: 20_000 }, async () => {
    const url = workerScript('hungry-first.mjs', `if (job === 'big') { ${ALLOCATE} } return job;`);
    const results = await collect(runOrdered(['big', 'a', 'b', 'c', 'd', 'e'], options(url, { maxWaiting: 1, resourceLimits: { maxOldGenerationSizeMb: 16 } })));
    expect(results.map((r) => r.slice(0, 8))).toEqual(['lost big', 'a', 'b', 'c', 'd', 'e']);
  });

  it('gives up a job in which the thread exits, with the exit code as the reason', async () => {
    const url = workerScript('exits.mjs', `if (job === 'x') process.exit(3); return job;`);
    expect(await collect(runOrdered(['a', 'x', 'b'], options(url)))).toEqual(['a', 'lost x: 检查时工作线程意外退出（退出码 3），在新的工作线程中重试仍然如此', 'b']);
  });

  it('sends again, and does, the jobs held by a thread that dies between jobs', async () => {
    // The thread answers 'c' (slowly: meanwhile 'd' is queued at it), then an exception outside any job ends it: 'd' is neither lost nor blamed.
    const url = workerScript('dies-after.mjs', `if (job === 'c' && !globalThis.died) { globalThis.died = true; const until = Date.now() + 100; while (Date.now() < until); process.nextTick(() => { throw new Error('boom'); }); } return job;`);
    const jobs = Array.from('abcdefghij');
    expect(await collect(runOrdered(jobs, options(url, { threads: 1 })))).toEqual(jobs);
  });

  it('fails the run, instead of waiting forever or blaming a job, when a worker cannot start', async () => {
    const url = workerScript('broken.mjs', 'return job;', "throw new Error('missing dictionary');");
    const run = collect(runOrdered(['a', 'b', 'c'], options(url)));
    await expect(run).rejects.toThrow(WorkerStartError);
    await expect(run).rejects.toThrow('工作线程无法启动：工作线程出错：missing dictionary');
  });
});
