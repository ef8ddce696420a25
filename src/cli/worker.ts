import { parentPort, workerData } from 'node:worker_threads';
import { checkFile, type CheckSettings } from './check-file.js';

/** A worker thread of the CLI: checks the files the main thread sends, one message each (see batch/ordered-pool.ts). */
const settings = workerData as CheckSettings;
parentPort!.on('message', ({ id, job }: { id: number; job: string }) => {
  try {
    parentPort!.postMessage({ id, json: JSON.stringify(checkFile(job, settings)) });
  } catch (e) {
    parentPort!.postMessage({ id, error: (e as Error).message, errorName: (e as Error).name });
  }
});
