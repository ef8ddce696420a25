import { checkArtefact, MANIFEST_FILE, parseManifest } from '../compiled/manifest.js';
import { DataError, installPlatform, provideModules, type OptionalModuleName, type OptionalModules } from './platform.js';

/** Where the browser back end takes the compiled files from. */
export interface DataSource {
  /** The folder (URL) holding dist/'s artefacts.json and compiled files; default: beside this module. */
  dataUrl?: string | URL;
  /** The files' bytes, bundled by the caller (file name → bytes, artefacts.json included): nothing is fetched. */
  data?: Record<string, ArrayBuffer | Uint8Array>;
  /** The fetch to use (default: globalThis.fetch). */
  fetch?: typeof globalThis.fetch;
}

/**
 * The browser back end: every compiled file is fetched (or taken from `data`) once,
 * before the first proofread, which then runs synchronously as in Node; the files are
 * used in place, never copied.
 */
let loading: Promise<void> | undefined;

export function loadBrowserData(source: DataSource): Promise<void> {
  return (loading ??= load(source).catch((e: unknown) => {
    loading = undefined; // a failed download may be retried
    throw e;
  }));
}

async function load({ dataUrl, data, fetch = globalThis.fetch }: DataSource): Promise<void> {
  const base = data ? 'data/' : folderUrl(dataUrl); // data/: how messages name the bytes passed in
  const get = async (file: string): Promise<Uint8Array> => {
    if (data) {
      const bytes = data[file];
      if (!bytes) throw new DataError(`gongwen: data 中缺少 ${file}（需传入 gongwen/dist 中的全部编译文件，含 ${MANIFEST_FILE}）`);
      return bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
    }
    let response: Response;
    try {
      response = await fetch(base + file);
    } catch (e) {
      throw new DataError(`gongwen: 无法下载 ${base}${file}：${(e as Error).message}`);
    }
    if (!response.ok) throw new DataError(`gongwen: 无法下载 ${base}${file}（HTTP ${response.status}）：请把 gongwen/dist 中的编译文件放在该地址，或用 dataUrl 指明位置`);
    return new Uint8Array(await response.arrayBuffer());
  };
  const manifest = parseManifest(new TextDecoder().decode(await get(MANIFEST_FILE)), base);
  const files = new Map(await Promise.all(Object.keys(manifest.files).map(async (file) => [file, await get(file)] as const)));
  installPlatform({
    where: base,
    readArtefact: (file) => checkArtefact(manifest, base, file, files.get(file)),
  });
}

/** The data's folder as an absolute URL ending in `/`: `dataUrl` resolved as fetch would (against the page), else this module's folder. */
function folderUrl(dataUrl: string | URL | undefined): string {
  // Not a literal `new URL('./', import.meta.url)`: bundlers would try to resolve the folder as an asset.
  const here: string | undefined = import.meta.url;
  const page = (globalThis as { location?: { href: string } }).location?.href;
  try {
    return new URL(String(dataUrl ?? './'), dataUrl === undefined ? here : page).href.replace(/\/?$/, '/');
  } catch {
    throw new DataError(`gongwen: 无法确定编译数据的地址（dataUrl：${String(dataUrl)}）：请用 dataUrl 给出完整地址，或用 data 传入文件内容`);
  }
}

const IMPORTS: { [K in OptionalModuleName]: () => Promise<OptionalModules[K]> } = {
  unified: () => import('unified'),
  'remark-parse': () => import('remark-parse'),
  'remark-gfm': () => import('remark-gfm'),
  'remark-frontmatter': () => import('remark-frontmatter'),
  'rehype-parse': () => import('rehype-parse'),
  'decode-named-character-reference': () => import('decode-named-character-reference'),
  yaml: () => import('yaml'),
  ajv: () => import('ajv') as Promise<OptionalModules['ajv']>,
};

/** Imports the modules (the bundle's chunks) that a synchronous proofread may need. */
export async function importModules(names: readonly OptionalModuleName[]): Promise<void> {
  const loaded = await Promise.all(names.map(async (name) => [name, await IMPORTS[name]()] as const));
  provideModules(Object.fromEntries(loaded) as Partial<OptionalModules>);
}
