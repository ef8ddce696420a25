import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

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

export interface DecodedText {
  text: string;
  /** `gb18030` when the bytes were not UTF-8 (common for government files); `binary` when they are no text at all. */
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'binary';
  /** The file began with a UTF-8 byte order mark, which `text` leaves out (editors do not count it as a column). */
  bom: boolean;
}

/**
 * Decodes UTF-8, UTF-16 with a byte order mark (Notepad's "Unicode"), or else GB18030.
 * Bytes with NUL characters that are no UTF-16 are binary (a .docx renamed to .txt):
 * their text is empty, so nothing is reported on garbage.
 */
export function decode(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le', bom: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be', bom: true };
  if (bytes.subarray(0, 8192).includes(0)) return { text: '', encoding: 'binary', bom: false };
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', bom };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030', bom: false };
  }
}

/** The input format a file's extension implies. */
export function formatOf(file: string): 'text' | 'markdown' | 'html' {
  const ext = extname(file).toLowerCase();
  return ext === '.md' || ext === '.markdown' ? 'markdown' : ext === '.html' || ext === '.htm' ? 'html' : 'text';
}

export function readInput(file: string): DecodedText {
  return decode(file === '-' ? readFileSync(0) : readFileSync(file));
}
