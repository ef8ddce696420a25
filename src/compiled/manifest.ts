import { DataError } from '../platform/platform.js';

/**
 * The build's list of compiled files (dist/artefacts.json): each file's size and one
 * stamp (a digest of all of them) that the build also writes into the code. A file
 * missing, of another size, or a manifest of another build is a loud error: a broken
 * installation must not run slower or differently without saying so.
 */
export const MANIFEST_FILE = 'artefacts.json';

export interface ArtefactManifest {
  /** Digest of every artefact's bytes. */
  stamp: string;
  /** Digest of what they were computed from (dictionaries/, src/, scripts/build/): tells a test run that they are stale. */
  sources: string;
  /** File name → size in bytes. */
  files: Record<string, number>;
}

/** Defined by the build (tsup.config.ts) in dist/; undefined when running from src/ (tests), where the test set-up checks freshness. */
declare const __GONGWEN_DATA_STAMP__: string | undefined;
const BUILD_STAMP = typeof __GONGWEN_DATA_STAMP__ === 'string' ? __GONGWEN_DATA_STAMP__ : undefined;

export function parseManifest(text: string, where: string): ArtefactManifest {
  let manifest: ArtefactManifest;
  try {
    manifest = JSON.parse(text) as ArtefactManifest;
  } catch {
    throw new DataError(`gongwen: ${where}${MANIFEST_FILE} 已损坏（安装不完整？请重新安装 gongwen，或运行 npm run build）`);
  }
  if (BUILD_STAMP !== undefined && manifest.stamp !== BUILD_STAMP) {
    throw new DataError(
      `gongwen: ${where} 中的编译数据（${manifest.stamp}）与程序（${BUILD_STAMP}）不是同一次构建的产物：请重新安装 gongwen，或运行 npm run build`,
    );
  }
  return manifest;
}

/** Throws unless `file` is listed and `bytes` has the listed size. */
export function checkArtefact(manifest: ArtefactManifest, where: string, file: string, bytes: Uint8Array | undefined): Uint8Array {
  const size = manifest.files[file];
  if (size === undefined) throw new DataError(`gongwen: ${where}${MANIFEST_FILE} 未列出编译文件 ${file}：数据与程序不是同一次构建（请运行 npm run build）`);
  if (!bytes) throw new DataError(`gongwen: 缺少编译文件 ${where}${file}（安装不完整？请重新安装 gongwen，或运行 npm run build）`);
  if (bytes.byteLength !== size) {
    throw new DataError(`gongwen: 编译文件 ${where}${file} 大小为 ${bytes.byteLength} 字节，构建时为 ${size} 字节：文件过期或损坏（请重新安装 gongwen，或运行 npm run build）`);
  }
  return bytes;
}
