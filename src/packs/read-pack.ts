import { readFileSync, statSync } from 'node:fs';
import { PackError } from './pack-error.js';
import { MAX_PACK_BYTES, parsePackText, tooLarge } from './parse-pack.js';
import type { RulePack } from './types.js';

/**
 * Reads a pack file as UTF-8 text, refusing (with a PackError naming the file) one
 * that cannot be read, is larger than MAX_PACK_BYTES — checked before reading, so a
 * huge file costs no memory — or is not valid UTF-8.
 */
export function readPackFile(file: string): string {
  let bytes: Buffer;
  try {
    const { size } = statSync(file);
    if (size > MAX_PACK_BYTES) {
      throw new PackError([{ source: file, reason: tooLarge(size) }]);
    }
    bytes = readFileSync(file);
  } catch (e) {
    if (e instanceof PackError) throw e;
    throw new PackError([{ source: file, reason: `无法读取：${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` }]);
  }
  // A binary file: parsePackText names it as such, with the line of the first NUL.
  if (bytes.includes(0)) return bytes.toString('utf8');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new PackError([{ source: file, reason: '含有无法解码的字节：规则包应为 UTF-8 编码（GBK/GB18030 文件请先另存为 UTF-8）' }]);
  }
}

/** readPackFile, then parsePackText: a pack file, validated (its examples are not run here). */
export function loadPackFile(file: string): RulePack {
  return parsePackText(readPackFile(file), file);
}
