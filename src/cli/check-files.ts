import { availableParallelism } from 'node:os';
import { runOrdered, WorkerJobError, WorkerStartError } from '../batch/ordered-pool.js';
import { MAX_WORKER_HEAP_MB } from '../limits.js';
import { checkFile, notChecked, type CheckedFile, type CheckSettings } from './check-file.js';
import { UsageError } from './read-input.js';

/** From this many files on, the batch is spread over worker threads (each loads its own dictionaries, ~0.2 s). */
const WORKER_THRESHOLD = 40;
/** Finished files held back behind a slow one before the workers pause. */
const MAX_WAITING = 64;
/** Errors a worker reports that are the user's to fix (exit 2), not a crash. */
const USAGE_ERRORS = new Set(['ConfigError', 'PackError', 'UsageError']);

/**
 * Checks `files` and hands each result to `onResult` in the order given, as soon as it
 * and all before it are done, so output streams and finished results can be dropped.
 * Large batches use one worker thread per core.
 */
export async function checkFiles(files: string[], settings: CheckSettings, onResult: (result: CheckedFile) => void, stopped?: () => boolean): Promise<void> {
  const threads = Math.min(availableParallelism(), 4);
  if (files.length < WORKER_THRESHOLD || threads < 2 || files.includes('-')) {
    for (const file of files) {
      onResult(checkFile(file, settings));
      if (!stopped) continue;
      // Lets a signal handler run between files (the checking itself is synchronous).
      await new Promise(setImmediate);
      if (stopped()) return;
    }
    return;
  }
  try {
    const results = runOrdered<string, CheckedFile>(files, {
      workerUrl: new URL('./cli-worker.js', import.meta.url),
      workerData: settings,
      threads,
      maxWaiting: MAX_WAITING,
      resourceLimits: { maxOldGenerationSizeMb: MAX_WORKER_HEAP_MB },
      // A file a worker died on (out of memory) is not checked, like any other file that could not be.
      lost: notChecked,
    });
    for await (const result of results) {
      onResult(result);
      if (stopped?.()) return;
    }
  } catch (e) {
    if (e instanceof WorkerJobError && e.errorName && USAGE_ERRORS.has(e.errorName)) throw new UsageError(e.message);
    // No file can be checked (a broken installation): one line and exit 2, not a stack trace.
    if (e instanceof WorkerStartError) throw new UsageError(e.message);
    throw e;
  }
}
