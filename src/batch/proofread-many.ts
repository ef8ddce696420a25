import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MAX_WORKER_HEAP_MB } from '../limits.js';
import { ConfigError, createProofreader, type ProofreaderOptions } from '../proofreader.js';
import { runOrdered, WorkerJobError } from './ordered-pool.js';
import { notChecked, proofreadDocument, type BatchDocument, type BatchResult, type IndexedDocument } from './proofread-document.js';

export type { BatchDocument, BatchResult } from './proofread-document.js';

/** The options of `createProofreader` that can be sent to worker threads, plus the pool's own. */
export interface BatchOptions extends Omit<ProofreaderOptions, 'segmenter'> {
  /** Worker threads (default: one per core, at most 8). 1 proofreads on the calling thread. */
  threads?: number;
  /** Finished results held back behind a slower earlier document before the pool pauses (default 64). */
  maxWaiting?: number;
}

const DEFAULT_MAX_WAITING = 64;

/** CPUs to use; node:os is loaded here, not imported, to stay out of a proofread()'s start-up. */
const cores = () => process.getBuiltinModule('node:os').availableParallelism();

/**
 * Proofreads many documents on worker threads and yields each result in input order, as
 * soon as it and those before it are done. Documents are read from `documents` (an
 * array, a generator, or an async iterable such as a database cursor) only as fast as
 * results are consumed, so memory stays bounded for a whole site export.
 *
 * Options are checked before any work starts: a bad option or pack throws the same
 * ConfigError or PackError as `createProofreader`. A document that cannot be checked
 * (beyond the limits; on a worker, out of memory) does not end the batch: its result has
 * `unchecked` set and no issues, the same on the calling thread and on workers.
 */
export async function* proofreadMany(
  documents: Iterable<BatchDocument> | AsyncIterable<BatchDocument>,
  options: BatchOptions = {},
): AsyncGenerator<BatchResult, void, undefined> {
  const { threads = Math.min(cores(), 8), maxWaiting = DEFAULT_MAX_WAITING, ...proofreaderOptions } = options;
  if (!Number.isInteger(threads) || threads < 1) throw new ConfigError(`proofreadMany: threads 应为正整数，收到 ${JSON.stringify(threads)}`);
  if (!Number.isInteger(maxWaiting) || maxWaiting < 1) throw new ConfigError(`proofreadMany: maxWaiting 应为正整数，收到 ${JSON.stringify(maxWaiting)}`);
  if ('segmenter' in proofreaderOptions) throw new ConfigError('proofreadMany: 不能在工作线程中使用自定义 segmenter');
  const proofreader = createProofreader(proofreaderOptions);
  const jobs = checkedDocuments(documents);
  if (threads === 1) {
    for await (const doc of jobs) yield proofreadDocument(proofreader, doc);
    return;
  }
  try {
    yield* runOrdered<IndexedDocument, BatchResult>(jobs, {
      workerUrl: batchWorkerUrl(),
      workerData: proofreaderOptions,
      threads,
      maxWaiting,
      resourceLimits: { maxOldGenerationSizeMb: MAX_WORKER_HEAP_MB },
      lost: notChecked,
    });
  } catch (e) {
    // The same error class as on the calling thread (an invalid documentDate of one document).
    if (e instanceof WorkerJobError && e.errorName === 'ConfigError') throw new ConfigError(e.message);
    throw e;
  }
}

async function* checkedDocuments(documents: Iterable<BatchDocument> | AsyncIterable<BatchDocument>): AsyncGenerator<IndexedDocument> {
  let index = 0;
  for await (const doc of documents) {
    if (typeof doc !== 'object' || doc === null || typeof doc.text !== 'string') {
      throw new TypeError(`proofreadMany: 第 ${index + 1} 个文档应为 { text: string, id?, format?, documentDate? }，收到 ${JSON.stringify(doc)?.slice(0, 80)}`);
    }
    yield { ...doc, index: index++ };
  }
}

/** dist/batch-worker.js next to the built library; from src/ (tests), the built one. */
function batchWorkerUrl(): URL {
  const beside = new URL('./batch-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(beside))) return beside;
  const built = new URL('../../dist/batch-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(built))) return built;
  throw new Error('gongwen: 缺少 dist/batch-worker.js（安装不完整，或尚未 npm run build）');
}
