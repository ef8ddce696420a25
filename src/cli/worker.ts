import '../platform/node.js';
import { workerData } from 'node:worker_threads';
import { serveJobs } from '../batch/serve-jobs.js';
import { checkFile, type CheckSettings } from './check-file.js';

/** A worker thread of the CLI: checks the files the main thread sends (see batch/ordered-pool.ts and batch/serve-jobs.ts). */
const settings = workerData as CheckSettings;
serveJobs((file: string) => checkFile(file, settings));
