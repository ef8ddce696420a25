// Caps the heap of every worker thread started after it, so a test can make one run out
// of memory in seconds with a few MB of input instead of 1.5 GB (src/limits.ts). The pool
// itself is untouched: it sees the real ERR_WORKER_OUT_OF_MEMORY of a real thread.
//   node --import test/helpers/worker-heap.mjs with GONGWEN_TEST_WORKER_HEAP_MB=48 (the CLI)
//   capWorkerHeap(48) … restore() (in a test's own process)
import workerThreads from 'node:worker_threads';

const Unlimited = workerThreads.Worker;

/** Until the returned function is called, workers get at most `mb` MB of old-generation heap. */
export function capWorkerHeap(mb) {
  workerThreads.Worker = class CappedWorker extends Unlimited {
    constructor(url, options = {}) {
      super(url, { ...options, resourceLimits: { ...options.resourceLimits, maxOldGenerationSizeMb: mb } });
    }
  };
  return () => {
    workerThreads.Worker = Unlimited;
  };
}

const fromEnv = Number(process.env.GONGWEN_TEST_WORKER_HEAP_MB);
if (fromEnv > 0 && workerThreads.isMainThread) capWorkerHeap(fromEnv);
