import { parentPort, workerData } from 'node:worker_threads';
import { createProofreader, type ProofreaderOptions } from '../proofreader.js';
import { callOptions, type BatchResult, type IndexedDocument } from './proofread-many.js';

/** A worker thread of `proofreadMany`: one proofreader, built once, for every document sent to it. */
const proofreader = createProofreader(workerData as ProofreaderOptions);

parentPort!.on('message', ({ id, job }: { id: number; job: IndexedDocument }) => {
  try {
    const result: BatchResult = { id: job.id, index: job.index, issues: proofreader.proofread(job.text, callOptions(job)).issues };
    parentPort!.postMessage({ id, json: JSON.stringify(result) });
  } catch (e) {
    parentPort!.postMessage({ id, error: (e as Error).message, errorName: (e as Error).name });
  }
});
