import type { ResourceLimits, Worker } from 'node:worker_threads';
import { lazyModule } from '../lazy-module.js';

/** Loaded when a pool starts: requiring it costs a single proofread() ~4 ms. */
const workerThreads = lazyModule(() => process.getBuiltinModule('node:worker_threads'));

/**
 * What a pool worker posts back for one job: the result as JSON text, which crosses
 * threads several times faster than the structured clone of many small issue objects.
 */
export type WorkerReply = { id: number; json: string } | { id: number; error: string; errorName?: string };

/** The worker side of the pool: answers each `{ id, job }` message with `handle(job)`, or with the error it threw. */
export function serveJobs<J, R>(handle: (job: J) => R): void {
  const { parentPort } = workerThreads();
  parentPort!.on('message', ({ id, job }: { id: number; job: J }) => {
    let reply: WorkerReply;
    try {
      reply = { id, json: JSON.stringify(handle(job)) };
    } catch (e) {
      reply = { id, error: (e as Error).message, errorName: (e as Error).name };
    }
    parentPort!.postMessage(reply);
  });
}

export interface PoolOptions {
  /** The worker script: it answers each `{ id, job }` message with a `WorkerReply`. */
  workerUrl: URL;
  /** Sent to every worker once, as `workerData`. */
  workerData: unknown;
  threads: number;
  /**
   * Finished results held back while an earlier job is still running. When this many
   * wait, no further job is started: memory stays bounded however slow one job is.
   */
  maxWaiting: number;
  /** Heap limits of each worker (bounded memory per worker). */
  resourceLimits?: ResourceLimits;
}

/** Jobs queued at a worker at once. */
const JOBS_PER_WORKER = 2;

/** A job's failure inside a worker, with the name of the error the worker threw (ConfigError, PackError …). */
export class WorkerJobError extends Error {
  constructor(
    message: string,
    readonly errorName: string | undefined,
  ) {
    super(message);
    this.name = 'WorkerJobError';
  }
}

/**
 * Runs `jobs` on worker threads and yields their results in the order of the jobs, each
 * as soon as it and all before it are done. Jobs are pulled from the iterable only when
 * a worker is free and fewer than `maxWaiting` results wait, so a consumer that stops
 * reading stops the pool, and an iterable of 10,000 pages is never held whole.
 */
export async function* runOrdered<J, R>(jobs: Iterable<J> | AsyncIterable<J>, options: PoolOptions): AsyncGenerator<R, void, undefined> {
  const source = Symbol.asyncIterator in jobs ? jobs[Symbol.asyncIterator]() : jobs[Symbol.iterator]();
  const { Worker } = workerThreads();
  const workers = Array.from({ length: Math.max(1, options.threads) }, () => new Worker(options.workerUrl, { workerData: options.workerData, ...(options.resourceLimits && { resourceLimits: options.resourceLimits }) }));
  // Each worker holds up to JOBS_PER_WORKER jobs, so it never waits for the round trip of its next one.
  const idle = workers.flatMap((w) => Array<Worker>(JOBS_PER_WORKER).fill(w));
  const waiting = new Map<number, R>();
  let sent = 0;
  let nextToYield = 0;
  let exhausted = false;
  let failure: Error | undefined;
  let finished = false;
  // Wakes the generator when a reply (or a failure) arrives.
  let wake: () => void = () => {};

  for (const worker of workers) {
    worker.on('message', (reply: WorkerReply) => {
      if ('error' in reply) failure ??= new WorkerJobError(reply.error, reply.errorName);
      else waiting.set(reply.id, JSON.parse(reply.json) as R);
      idle.push(worker);
      wake();
    });
    worker.on('error', (e) => {
      failure ??= e;
      wake();
    });
    // A worker that ends on its own (out of memory, process.exit) would otherwise leave its jobs unanswered.
    worker.on('exit', (code) => {
      if (finished) return;
      failure ??= new Error(`gongwen: 工作线程意外退出（退出码 ${code}）`);
      wake();
    });
  }

  const canSend = () => !exhausted && !failure && idle.length > 0 && waiting.size < options.maxWaiting;
  try {
    for (;;) {
      while (canSend()) {
        const next = await source.next();
        if (next.done) exhausted = true;
        else idle.pop()!.postMessage({ id: sent++, job: next.value });
      }
      while (waiting.has(nextToYield)) {
        const result = waiting.get(nextToYield)!;
        waiting.delete(nextToYield++);
        yield result;
      }
      if (failure) throw failure;
      if (exhausted && nextToYield === sent) return;
      await new Promise<void>((resolve) => {
        wake = resolve;
        if (failure || waiting.has(nextToYield) || canSend()) resolve();
      });
    }
  } finally {
    finished = true;
    await Promise.all(workers.map((w) => w.terminate()));
    await source.return?.();
  }
}
