import '../platform/node.js';
import { workerData } from 'node:worker_threads';
import { createProofreader, type ProofreaderOptions } from '../proofreader.js';
import { proofreadDocument, type IndexedDocument } from './proofread-document.js';
import { serveJobs } from './serve-jobs.js';

/** A worker thread of `proofreadMany`: one proofreader, built once, for every document sent to it. */
const proofreader = createProofreader(workerData as ProofreaderOptions);

serveJobs((job: IndexedDocument) => proofreadDocument(proofreader, job));
