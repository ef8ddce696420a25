import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let found: string | undefined;

/** The package's `dictionaries/` folder, found from this module whether it runs from src/ or dist/. */
export function dictionaryDir(): string {
  if (found) return found;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && existsSync(join(dir, 'dictionaries')) && JSON.parse(readFileSync(pkg, 'utf8')).name === 'gongwen') {
      return (found = join(dir, 'dictionaries'));
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('gongwen: 找不到内置词库目录 dictionaries/（安装不完整？）');
    dir = parent;
  }
}

/** A plain word list from dictionaries/: one item per line, `#` starts a comment, blank lines ignored. */
export function readWordList(relativePath: string): string[] {
  return readDictionaryFile(relativePath)
    .split(/\r?\n/)
    .map((l) => l.replace(/#.*/, '').trim())
    .filter(Boolean);
}

/**
 * A generated table from dictionaries/: one record per line, whole lines starting with `#`
 * are comments. Read without a pattern per line, since such tables run to thousands of lines.
 */
export function readDataLines(relativePath: string): string[] {
  return readDictionaryFile(relativePath)
    .split(/\r?\n/)
    .filter((l) => l !== '' && !l.startsWith('#'));
}

function readDictionaryFile(relativePath: string): string {
  const file = join(dictionaryDir(), relativePath);
  if (!existsSync(file)) throw new Error(`gongwen: 缺少内置词表 dictionaries/${relativePath}（安装不完整？）`);
  return readFileSync(file, 'utf8');
}

/**
 * A file the build wrote next to the built module (dist/builtin-packs.json,
 * dist/political.json), parsed; undefined when running from src/, where callers parse
 * the dictionaries' YAML instead.
 */
export function readCompiled<T>(name: string): T | undefined {
  const file = join(dirname(fileURLToPath(import.meta.url)), name);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : undefined;
}
