import { closeSync, fchmodSync, fchownSync, fsyncSync, openSync, readdirSync, realpathSync, renameSync, rmSync, statSync, writeSync, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** A file `--fix` will not rewrite, with the reason in Chinese; the file is left as it was. */
export class WriteRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WriteRefusedError';
  }
}

/** `.<name>.gongwen-<pid>-<random>.tmp`: the temporary file beside the one being replaced. */
const TEMP = /^\.(.+)\.gongwen-(\d+)-[0-9a-z]+\.tmp$/;

/**
 * Replaces the content of `file` so that a reader sees either the old file or the new
 * one, never half of either: the bytes go to a temporary file beside it (flushed to
 * disk), which is then renamed over it. A symbolic link is followed and its target
 * replaced, so the link stays a link. The new file keeps the old one's mode and owner.
 *
 * Refused, leaving the file untouched: anything but a regular file, a read-only file,
 * a file with several hard links (a rename would split them), a file whose owner
 * cannot be kept. If the write fails (disk full), the original is untouched and the
 * temporary file removed; one left by a killed process is removed by the next run
 * (`removeStaleTemps`).
 */
export function writeFileAtomic(file: string, bytes: Uint8Array): void {
  const target = realpathSync(file);
  const stat = statSync(target);
  refuseUnsafe(stat);
  const temp = join(dirname(target), `.${basename(target)}.gongwen-${process.pid}-${Math.random().toString(36).slice(2, 10)}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'wx', 0o600);
    keepOwner(fd, stat);
    fchmodSync(fd, stat.mode & 0o7777); // after chown, which clears set-id bits
    for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, target);
  } catch (e) {
    if (fd !== undefined) closeSync(fd);
    rmSync(temp, { force: true });
    throw e;
  }
}

function refuseUnsafe(stat: Stats): void {
  if (!stat.isFile()) throw new WriteRefusedError('不是普通文件，不自动修改');
  if ((stat.mode & 0o222) === 0) throw new WriteRefusedError('文件为只读，不自动修改');
  if (stat.nlink > 1) throw new WriteRefusedError(`文件有 ${stat.nlink} 个硬链接，改写会拆开它们，不自动修改`);
}

/** The temporary file gets the original's owner and group; when that is not allowed, the fix is refused rather than changing the owner. */
function keepOwner(fd: number, stat: Stats): void {
  const uid = process.getuid?.();
  const gid = process.getgid?.();
  if (uid === undefined || (uid === stat.uid && gid === stat.gid)) return;
  try {
    fchownSync(fd, stat.uid, stat.gid);
  } catch {
    throw new WriteRefusedError(`无法保留文件的属主（uid ${stat.uid}，gid ${stat.gid}），不自动修改`);
  }
}

const swept = new Set<string>();

/**
 * Removes temporary files that a killed `--fix` left in the folder of `file` (and of
 * its symlink target): those whose process is gone. Each folder once per run.
 */
export function removeStaleTemps(file: string): void {
  let dirs: string[];
  try {
    dirs = [...new Set([dirname(file), dirname(realpathSync(file))])];
  } catch {
    return;
  }
  for (const dir of dirs) {
    if (swept.has(dir)) continue;
    swept.add(dir);
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names) {
      const m = TEMP.exec(name);
      if (m && !isAlive(Number(m[2]))) rmSync(join(dir, name), { force: true });
    }
  }
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
