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

/** Expands the command-line paths into files; `-` stays as standard input. Missing paths are usage errors. */
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
  return files;
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
  /** `gb18030` when the bytes were not UTF-8 (common for government files). */
  encoding: 'utf-8' | 'gb18030';
  /** The file began with a UTF-8 byte order mark, which `text` leaves out (editors do not count it as a column). */
  bom: boolean;
}

/** Decodes UTF-8 or, failing that, GB18030. */
export function decode(bytes: Uint8Array): DecodedText {
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
