import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { checkFile, type CheckedFile, type CheckSettings } from './check-file.js';
import { UsageError } from './read-input.js';

/** From this many files on, the batch is spread over worker threads (each loads its own dictionaries, ~0.2 s). */
export const WORKER_THRESHOLD = 40;

/**
 * Checks `files` and hands each result to `onResult` in the order given, as soon as it
 * and all before it are done, so output streams and finished results can be dropped.
 * Large batches use one worker thread per core.
 */
export async function checkFiles(files: string[], settings: CheckSettings, onResult: (result: CheckedFile) => void): Promise<void> {
  const threads = Math.min(availableParallelism(), 4);
  if (files.length < WORKER_THRESHOLD || threads < 2 || files.includes('-')) {
    for (const file of files) onResult(checkFile(file, settings));
    return;
  }
  const workerUrl = new URL('./cli-worker.js', import.meta.url);
  const pending = new Map<number, CheckedFile>();
  let nextToSend = 0;
  let nextToEmit = 0;
  await new Promise<void>((resolve, reject) => {
    const workers = Array.from({ length: threads }, () => new Worker(workerUrl, { workerData: settings }));
    const stop = (error?: Error) => {
      for (const w of workers) void w.terminate();
      if (error) reject(error);
      else resolve();
    };
    const send = (worker: Worker) => {
      if (nextToSend < files.length) worker.postMessage({ id: nextToSend, file: files[nextToSend++] });
    };
    for (const worker of workers) {
      worker.on('message', (msg: { id: number; result?: CheckedFile; error?: string; usage?: boolean }) => {
        if (msg.error !== undefined) return stop(msg.usage ? new UsageError(msg.error) : new Error(msg.error));
        pending.set(msg.id, msg.result!);
        while (pending.has(nextToEmit)) {
          onResult(pending.get(nextToEmit)!);
          pending.delete(nextToEmit++);
        }
        if (nextToEmit === files.length) return stop();
        send(worker);
      });
      worker.on('error', (e) => stop(e));
      send(worker);
    }
  });
}
