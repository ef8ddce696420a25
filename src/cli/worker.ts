import { parentPort, workerData } from 'node:worker_threads';
import { PackError } from '../packs/pack-error.js';
import { ConfigError } from '../proofreader.js';
import { checkFile, type CheckSettings } from './check-file.js';
import { UsageError } from './read-input.js';

/** A worker thread of the CLI: checks the files the main thread sends, one message each. */
const settings = workerData as CheckSettings;
parentPort!.on('message', ({ id, file }: { id: number; file: string }) => {
  try {
    parentPort!.postMessage({ id, result: checkFile(file, settings) });
  } catch (e) {
    const usage = e instanceof ConfigError || e instanceof PackError || e instanceof UsageError;
    parentPort!.postMessage({ id, error: (e as Error).message, usage });
  }
});
