import '../platform/node.js';
import { workerData } from 'node:worker_threads';
import { createProofreader, type ProofreaderOptions } from '../proofreader.js';
import { serveJobs } from './ordered-pool.js';
import { callOptions, type BatchResult, type IndexedDocument } from './proofread-many.js';

/** A worker thread of `proofreadMany`: one proofreader, built once, for every document sent to it. */
const proofreader = createProofreader(workerData as ProofreaderOptions);

serveJobs((job: IndexedDocument): BatchResult => ({ id: job.id, index: job.index, issues: proofreader.proofread(job.text, callOptions(job)).issues }));
