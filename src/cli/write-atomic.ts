import { renameSync, rmSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Replaces `file` with `bytes` so that a reader sees either the old file or the new
 * one, never half of either: the bytes go to a temporary file beside it, which is then
 * renamed over it. If anything fails, the original is untouched and the temporary
 * file removed.
 */
export function writeFileAtomic(file: string, bytes: Uint8Array): void {
  const temp = join(dirname(file), `.${basename(file)}.gongwen-${process.pid}-${Date.now()}.tmp`);
  try {
    const { mode } = statSync(file);
    writeFileSync(temp, bytes, { flag: 'wx', mode });
    chmodSync(temp, mode);
    renameSync(temp, file);
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
}
