import type { ResourceLimits } from 'node:worker_threads';
import { PoolWorker, type PoolJob, type WorkerDeath } from './pool-worker.js';
import type { WorkerReply } from './serve-jobs.js';

export interface PoolOptions<J, R> {
  /** The worker script: it calls `serveJobs` (serve-jobs.ts). */
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
  /**
   * The result of a job that could not be done: a thread died in it twice (out of
   * memory, process.exit), the second time a fresh thread on which it was the first job.
   * `reason` says why, in Chinese.
   */
  lost: (job: J, reason: string) => R;
}

/** Jobs queued at a worker at once. */
const JOBS_PER_WORKER = 2;
/** Threads that may die in one job before it is given up: the second runs it first thing, as if alone. */
const MAX_DEATHS = 2;

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

/** A worker thread that died before it could take a job (its script failed to load): no job can be done. */
export class WorkerStartError extends Error {
  constructor(cause: string) {
    super(`工作线程无法启动：${cause}`);
    this.name = 'WorkerStartError';
  }
}

/**
 * Runs `jobs` on worker threads and yields their results in the order of the jobs, each
 * as soon as it and all before it are done. Jobs are pulled from the iterable only when
 * a worker is free and fewer than `maxWaiting` results wait, so a consumer that stops
 * reading stops the pool, and an iterable of 10,000 pages is never held whole.
 *
 * A thread that dies is replaced and nothing it held is lost: the job it died in is run
 * once more, first on a fresh thread, then given up as `lost(job, reason)`; the jobs
 * queued behind it, which never started, are sent again.
 */
export async function* runOrdered<J, R>(jobs: Iterable<J> | AsyncIterable<J>, options: PoolOptions<J, R>): AsyncGenerator<R, void, undefined> {
  const source = Symbol.asyncIterator in jobs ? jobs[Symbol.asyncIterator]() : jobs[Symbol.iterator]();
  const workers = new Set<PoolWorker<J>>();
  const waiting = new Map<number, R>();
  // Jobs of dead threads to send again before any new one, in job order.
  const resend: PoolJob<J>[] = [];
  let sent = 0;
  let nextToYield = 0;
  let exhausted = false;
  let failure: Error | undefined;
  // Set when the consumer is done or the run failed: a thread dying now is not replaced.
  let closed = false;
  // Wakes the generator when a reply, a death or a failure arrives.
  let wake: () => void = () => {};

  const events = {
    reply(reply: WorkerReply) {
      if ('error' in reply) failure ??= new WorkerJobError(reply.error, reply.errorName);
      else waiting.set(reply.id, JSON.parse(reply.json) as R);
      wake();
    },
    death(worker: PoolWorker<J>, death: WorkerDeath, unanswered: PoolJob<J>[]) {
      workers.delete(worker);
      if (closed) return;
      // The script itself fails: a new thread would fail the same way.
      if (death.when === 'starting') failure ??= new WorkerStartError(death.cause);
      else afterDeath(death, unanswered);
      wake();
    },
  };
  const start = () => {
    const worker = new PoolWorker<J>(options, events);
    workers.add(worker);
    return worker;
  };

  function afterDeath(death: Exclude<WorkerDeath, { when: 'starting' }>, unanswered: PoolJob<J>[]) {
    let culprit: PoolJob<J> | undefined;
    for (const job of unanswered) {
      // Out of a job, the thread died holding them all; in one, the others never started.
      const ran = death.when === 'between-jobs' || job.id === death.jobId;
      if (ran) job.deaths++;
      if (job.deaths >= MAX_DEATHS) waiting.set(job.id, options.lost(job.job, lostReason(death)));
      else if (ran && death.when === 'in-job') culprit = job;
      else resend.push(job);
    }
    resend.sort((a, b) => a.id - b.id);
    // The job that killed a thread gets its second run as the first job of a fresh one, as when checked alone.
    if (culprit) start().send(culprit);
    else if (resend.length > 0 || !exhausted) start();
  }

  const roomAt = () => {
    let best: PoolWorker<J> | undefined;
    for (const w of workers) if (w.alive && w.pending.length < JOBS_PER_WORKER && (!best || w.pending.length < best.pending.length)) best = w;
    return best;
  };
  // Jobs to send again were already pulled: they go out whatever waits (one of them may be the next to yield).
  const canSend = () => !failure && roomAt() !== undefined && (resend.length > 0 || (!exhausted && waiting.size < options.maxWaiting));

  try {
    for (let n = 0; n < Math.max(1, options.threads); n++) start();
    for (;;) {
      while (canSend()) {
        let job = resend.shift();
        if (!job) {
          const next = await source.next();
          if (next.done) {
            exhausted = true;
            break;
          }
          job = { id: sent++, job: next.value, deaths: 0 };
        }
        // The thread chosen before the await may have died meanwhile.
        const worker = roomAt();
        if (worker) worker.send(job);
        else {
          resend.push(job);
          resend.sort((a, b) => a.id - b.id);
        }
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
    closed = true;
    await Promise.all([...workers].map((w) => w.terminate()));
    await source.return?.();
  }
}

function lostReason(death: Exclude<WorkerDeath, { when: 'starting' }>): string {
  return death.when === 'in-job' ? `检查时${death.cause}，在新的工作线程中重试仍然如此` : `工作线程两次在检查之外退出（${death.cause}）`;
}
