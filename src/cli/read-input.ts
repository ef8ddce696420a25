import { closeSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { MAX_INPUT_BYTES } from '../limits.js';
import { decode, type DecodedText } from './decode.js';

/** Extensions picked up when a directory is given. */
export const CHECKED_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.html', '.htm']);

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/**
 * Expands the command-line paths into files, each once; `-` stays as standard input.
 * A missing path, or paths that hold no file to check, are usage errors: a hook that
 * checked nothing must not pass as clean.
 */
export function expandPaths(paths: string[]): string[] {
  const files: string[] = [];
  for (const path of paths) {
    if (path === '-') {
      files.push('-');
      continue;
    }
    let stat;
    try {
      stat = statSync(path);
    } catch {
      throw new UsageError(`找不到文件或目录：${path}`);
    }
    if (stat.isDirectory()) files.push(...walk(path));
    else files.push(path);
  }
  if (files.length === 0) throw new UsageError(`没有可检查的文件（${paths.join(' ')}）：目录中查找的是 ${[...CHECKED_EXTENSIONS].join(' ')} 文件`);
  return [...new Set(files)];
}

function walk(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...walk(path));
    else if (entry.isFile() && CHECKED_EXTENSIONS.has(extname(entry.name).toLowerCase())) found.push(path);
  }
  return found;
}

/** The input format a file's extension implies. */
export function formatOf(file: string): 'text' | 'markdown' | 'html' {
  const ext = extname(file).toLowerCase();
  return ext === '.md' || ext === '.markdown' ? 'markdown' : ext === '.html' || ext === '.htm' ? 'html' : 'text';
}

/** Thrown for an input the CLI does not read whole (larger than MAX_INPUT_BYTES, /dev/zero): the file is reported as not checked. */
export class InputTooLargeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputTooLargeError';
  }
}

/**
 * The bytes of a file (`-`: standard input), decoded. Reads at most MAX_INPUT_BYTES,
 * also from devices and pipes that never end, so memory stays bounded.
 */
export function readInput(file: string): DecodedText {
  return decode(readBounded(file));
}

function readBounded(file: string): Uint8Array {
  const fd = file === '-' ? 0 : openSync(file, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1 << 20, MAX_INPUT_BYTES + 1 - total));
      let n: number;
      try {
        n = readSync(fd, chunk, 0, chunk.length, null);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EAGAIN') continue; // a non-blocking standard input not ready yet
        if ((e as NodeJS.ErrnoException).code === 'EOF') break;
        throw e;
      }
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > MAX_INPUT_BYTES) throw new InputTooLargeError(`超过 ${MAX_INPUT_BYTES / (1 << 20)} MB 的输入上限`);
    }
    return Buffer.concat(chunks, total);
  } finally {
    if (fd !== 0) closeSync(fd);
  }
}
