import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadArtefact, type Artefact } from './compiled/artefact.js';

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

/** Folders of dictionaries/ whose .txt files are not word lists (data tables, model sources, licences). */
const NOT_WORD_LISTS = new Set(['segmenter', 'licenses', 'script', 'spelling', 'lexicons']);

/**
 * Every plain word list of dictionaries/ (the .txt files), by path relative to it: one
 * file for the build to write, instead of some thirty for a start to open.
 */
export const WORD_LISTS: Artefact<Record<string, string[]>, Record<string, string[]>> = {
  file: 'word-lists.json',
  compute: () => Object.fromEntries(wordListFiles().map((path) => [path, readWordListFile(path)])),
  store: (lists) => lists,
  restore: (lists) => lists,
};

/** A plain word list from dictionaries/: one item per line, `#` starts a comment, blank lines ignored. */
export function readWordList(relativePath: string): string[] {
  const list = loadArtefact(WORD_LISTS)[relativePath];
  if (!list) throw new Error(`gongwen: 缺少内置词表 dictionaries/${relativePath}（安装不完整？）`);
  return [...list];
}

/** A word list read from its file in dictionaries/, for build-time computations over sources that are not shipped as word lists. */
export function readWordListFile(relativePath: string): string[] {
  return parseWordList(readDictionaryFile(relativePath));
}

function parseWordList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.replace(/#.*/, '').trim())
    .filter(Boolean);
}

function wordListFiles(): string[] {
  return readdirSync(dictionaryDir(), { recursive: true, encoding: 'utf8' })
    .map((path) => path.split('\\').join('/'))
    .filter((path) => path.endsWith('.txt') && !NOT_WORD_LISTS.has(path.split('/')[0]!))
    .sort();
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

/** A file of dictionaries/ as text. */
export function readDictionaryFile(relativePath: string): string {
  const file = join(dictionaryDir(), relativePath);
  if (!existsSync(file)) throw new Error(`gongwen: 缺少内置数据 dictionaries/${relativePath}（安装不完整？）`);
  return readFileSync(file, 'utf8');
}
