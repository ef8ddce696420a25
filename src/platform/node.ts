import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkArtefact, MANIFEST_FILE, parseManifest, type ArtefactManifest } from '../compiled/manifest.js';
import { readPackFile } from '../packs/read-pack.js';
import { DataError, installPlatform, type OptionalModuleName, type OptionalModules, type Platform } from './platform.js';

/**
 * The Node back end: compiled files are read from dist/ with fs (on first use, each
 * once, used in place), slow dependencies are required when first needed.
 *
 * Where dist/ is: beside this module when it runs from dist/ (the package); the
 * package's dist/ when it runs from src/ (tests) or from a consumer's bundle (found by
 * resolving gongwen/package.json from there).
 */
function thisModule(): string {
  // A CommonJS bundle (esbuild --format=cjs) has no import.meta.url, but __filename.
  const url: string | undefined = import.meta.url;
  return typeof url === 'string' ? fileURLToPath(url) : __filename;
}

function packageRoot(from: string): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'gongwen') return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

function findDist(here: string): string {
  const beside = dirname(here);
  const tried: string[] = [];
  // Tried in this order, each only when the one before did not hold the data (a start from dist/ looks once).
  const candidates = [
    () => beside,
    () => packageRoot(beside),
    () => {
      try {
        return dirname(createRequire(here).resolve('gongwen/package.json'));
      } catch {
        return undefined; // not installed where the bundle runs: reported below with the folders tried
      }
    },
  ];
  for (const candidate of candidates) {
    const dir = candidate();
    if (!dir) continue;
    for (const dist of [dir, join(dir, 'dist')]) {
      if (tried.includes(dist)) continue;
      tried.push(dist);
      if (existsSync(join(dist, MANIFEST_FILE))) return dist;
    }
  }
  throw new DataError(
    `gongwen: 找不到编译数据 ${MANIFEST_FILE}（已查找：${tried.join('、')}）。安装不完整时请重新安装 gongwen；打包后运行时请保留 node_modules/gongwen，或把 gongwen/dist 中的 .bin/.json 文件复制到打包结果旁`,
  );
}

export function createNodePlatform(): Platform {
  const here = thisModule();
  let found: { dist: string; manifest: ArtefactManifest } | undefined;
  const location = () => {
    if (!found) {
      const dist = findDist(here);
      found = { dist, manifest: parseManifest(readFileSync(join(dist, MANIFEST_FILE), 'utf8'), dist + sep) };
    }
    return found;
  };
  const requireHere = createRequire(here);
  return {
    get where() {
      return location().dist + sep;
    },
    readArtefact(file) {
      const { dist, manifest } = location();
      const path = join(dist, file);
      return checkArtefact(manifest, dist + sep, file, existsSync(path) ? readFileSync(path) : undefined);
    },
    readPackFile,
    loadModule: <K extends OptionalModuleName>(name: K) => requireHere(name) as OptionalModules[K],
    readDictionaryFile(relativePath) {
      const file = join(dictionaryDir(), relativePath);
      if (!existsSync(file)) throw new DataError(`gongwen: 缺少内置数据 dictionaries/${relativePath}（安装不完整？）`);
      return readFileSync(file, 'utf8');
    },
    readDictionaryBytes(relativePath) {
      const file = join(dictionaryDir(), relativePath);
      if (!existsSync(file)) throw new DataError(`gongwen: 缺少内置数据 dictionaries/${relativePath}（安装不完整？）`);
      return readFileSync(file);
    },
    listDictionaryFiles: () =>
      readdirSync(dictionaryDir(), { recursive: true, encoding: 'utf8' })
        .map((path) => path.split(sep).join('/'))
        .sort(),
  };
}

/** The folder dictionaries/ of this package (tests and build scripts). */
export function dictionaryDir(): string {
  const root = packageRoot(dirname(thisModule()));
  if (!root || !existsSync(join(root, 'dictionaries'))) throw new DataError('gongwen: 找不到内置词库目录 dictionaries/（安装不完整？）');
  return join(root, 'dictionaries');
}

installPlatform(createNodePlatform());
