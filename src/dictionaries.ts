import { loadArtefact, type Artefact } from './compiled/artefact.js';
import { DataError, platform } from './platform/platform.js';

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
  if (!list) throw new DataError(`gongwen: 缺少内置词表 dictionaries/${relativePath}（安装不完整？）`);
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
  return listDictionaryFiles().filter((path) => path.endsWith('.txt') && !NOT_WORD_LISTS.has(path.split('/')[0]!));
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

/** A file of dictionaries/ as text (build time: the package reads what the build compiled). */
export function readDictionaryFile(relativePath: string): string {
  const read = platform().readDictionaryFile;
  if (!read) throw new DataError(`gongwen: 此环境不读取词库源文件 dictionaries/${relativePath}（只在构建时读取）`);
  return read(relativePath);
}

/** A binary file of dictionaries/ (build time). */
export function readDictionaryBytes(relativePath: string): Uint8Array {
  const read = platform().readDictionaryBytes;
  if (!read) throw new DataError(`gongwen: 此环境不读取词库源文件 dictionaries/${relativePath}（只在构建时读取）`);
  return read(relativePath);
}

/** Every file of dictionaries/ (build time), as paths relative to it, sorted. */
export function listDictionaryFiles(): string[] {
  const list = platform().listDictionaryFiles;
  if (!list) throw new DataError('gongwen: 此环境不读取词库源文件 dictionaries/（只在构建时读取）');
  return list();
}
