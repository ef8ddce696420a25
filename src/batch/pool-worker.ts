import type { ResourceLimits, Worker } from 'node:worker_threads';
import { lazyModule } from '../lazy-module.js';
import { BETWEEN_JOBS, NOT_STARTED, type PoolMessage, type WorkerReply } from './serve-jobs.js';

/** Loaded when a pool starts: requiring it costs a single proofread() ~4 ms. */
const workerThreads = lazyModule(() => process.getBuiltinModule('node:worker_threads'));

/** A job as the pool tracks it. */
export interface PoolJob<J> {
  id: number;
  job: J;
  /** Threads that died while running it (or, between jobs, while holding it). */
  deaths: number;
}

/** How a thread ended without being asked to. */
export type WorkerDeath =
  | { when: 'starting'; cause: string }
  | { when: 'between-jobs'; cause: string }
  | { when: 'in-job'; jobId: number; cause: string };

export interface WorkerSpec {
  workerUrl: URL;
  workerData: unknown;
  resourceLimits?: ResourceLimits;
}

export interface WorkerEvents<J> {
  reply(reply: WorkerReply): void;
  /** The thread is gone; `unanswered` are the jobs sent to it that it never answered, in the order sent. */
  death(worker: PoolWorker<J>, death: WorkerDeath, unanswered: PoolJob<J>[]): void;
}

/**
 * One thread of the pool and the jobs sent to it. The thread runs them in the order
 * sent; when it dies, the shared `running` cell says whether it was in one of them (that
 * job killed it, the others never started), between jobs, or still loading its script.
 */
export class PoolWorker<J> {
  /** Sent and not answered yet, in the order sent. */
  readonly pending: PoolJob<J>[] = [];
  readonly #thread: Worker;
  readonly #running = new Int32Array(new SharedArrayBuffer(4)).fill(NOT_STARTED);
  /** The thread's heap limit as Node set it, for the reason of a death out of memory. */
  readonly #heapMb: number | undefined;
  #error: Error | undefined;
  #ended = false;

  constructor(spec: WorkerSpec, events: WorkerEvents<J>) {
    const { Worker } = workerThreads();
    this.#thread = new Worker(spec.workerUrl, { workerData: spec.workerData, ...(spec.resourceLimits && { resourceLimits: spec.resourceLimits }) });
    this.#heapMb = this.#thread.resourceLimits?.maxOldGenerationSizeMb;
    this.#thread.postMessage({ running: this.#running } satisfies PoolMessage<J>);
    this.#thread.on('message', (reply: WorkerReply) => {
      const at = this.pending.findIndex((job) => job.id === reply.id);
      if (at >= 0) this.pending.splice(at, 1);
      events.reply(reply);
    });
    // Always followed by 'exit'; kept to say why.
    this.#thread.on('error', (e) => {
      this.#error ??= e;
    });
    this.#thread.on('exit', (code) => {
      if (this.#ended) return;
      this.#ended = true;
      events.death(this, this.#death(code), this.pending.splice(0));
    });
  }

  /** False once the thread is gone or ending: send it nothing more. */
  get alive(): boolean {
    return !this.#ended;
  }

  send(job: PoolJob<J>): void {
    this.pending.push(job);
    this.#thread.postMessage({ id: job.id, job: job.job } satisfies PoolMessage<J>);
  }

  /** Ends the thread; its exit is then not a death. */
  async terminate(): Promise<void> {
    this.#ended = true;
    await this.#thread.terminate();
  }

  #death(code: number): WorkerDeath {
    const outOfMemory = (this.#error as NodeJS.ErrnoException | undefined)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
    const cause = outOfMemory
      ? `内存超过工作线程的上限（${this.#heapMb} MB）`
      : this.#error
        ? `工作线程出错：${this.#error.message}`
        : `工作线程意外退出（退出码 ${code}）`;
    const running = Atomics.load(this.#running, 0);
    if (running === NOT_STARTED) return { when: 'starting', cause };
    // A job it answered just before dying is not its fault (and is no longer pending).
    if (running === BETWEEN_JOBS || !this.pending.some((job) => job.id === running)) return { when: 'between-jobs', cause };
    return { when: 'in-job', jobId: running, cause };
  }
}
