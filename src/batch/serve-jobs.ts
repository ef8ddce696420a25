import { lazyModule } from '../lazy-module.js';

/** Loaded when a worker starts serving, not when a proofread() imports the library. */
const workerThreads = lazyModule(() => process.getBuiltinModule('node:worker_threads'));

/**
 * What a pool worker posts back for one job: the result as JSON text, which crosses
 * threads several times faster than the structured clone of many small issue objects.
 */
export type WorkerReply = { id: number; json: string } | { id: number; error: string; errorName?: string };

/** What the pool posts to a worker: first the cell where it marks the job it runs, then the jobs. */
export type PoolMessage<J> = { running: Int32Array } | { id: number; job: J };

/** The value of a worker's `running` cell before it serves (its script is still loading). */
export const NOT_STARTED = -2;
/** The value of a worker's `running` cell while it waits for a job; otherwise it holds the job's id. */
export const BETWEEN_JOBS = -1;

/**
 * The worker side of the pool: answers each `{ id, job }` message with `handle(job)`, or
 * with the error it threw. While a job runs, its id is in the shared `running` cell: a
 * thread that dies (out of memory, process.exit) cannot say which job killed it, so the
 * pool reads the cell after the thread is gone.
 */
export function serveJobs<J, R>(handle: (job: J) => R): void {
  const { parentPort } = workerThreads();
  let running: Int32Array | undefined;
  parentPort!.on('message', (message: PoolMessage<J>) => {
    if ('running' in message) {
      running = message.running;
      Atomics.store(running, 0, BETWEEN_JOBS);
      return;
    }
    const { id, job } = message;
    if (running) Atomics.store(running, 0, id);
    let reply: WorkerReply;
    try {
      reply = { id, json: JSON.stringify(handle(job)) };
    } catch (e) {
      reply = { id, error: (e as Error).message, errorName: (e as Error).name };
    }
    parentPort!.postMessage(reply);
    // Cleared only once the reply is posted: a thread that dies in between has answered (its port is drained before it is reported gone).
    if (running) Atomics.store(running, 0, BETWEEN_JOBS);
  });
}
