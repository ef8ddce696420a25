import type * as Unified from 'unified';
import type * as RemarkParse from 'remark-parse';
import type * as RemarkGfm from 'remark-gfm';
import type * as RemarkFrontmatter from 'remark-frontmatter';
import type * as RehypeParse from 'rehype-parse';
import type * as DecodeNamed from 'decode-named-character-reference';
import type * as Yaml from 'yaml';
import type * as Ajv from 'ajv';

/**
 * What the core needs from where it runs, supplied by the entry point: the Node entry
 * reads files and requires modules on first use (src/platform/node.ts); the browser entry
 * fetches and imports everything before the first proofread (src/platform/browser.ts).
 * The core itself imports no `node:` module.
 */
export interface Platform {
  /** The bytes of a compiled artefact of dist/ (see src/compiled/), checked against the build's manifest. */
  readArtefact(file: string): Uint8Array;
  /** A rule pack file's text (packs given as paths). */
  readPackFile?(path: string): string;
  /** A dependency loaded only when needed (the Markdown/HTML parsers, YAML, the schema validator). */
  loadModule?<K extends OptionalModuleName>(name: K): OptionalModules[K];
  /** Build time only (computing artefacts): a file of dictionaries/ as text, by its path relative to it. */
  readDictionaryFile?(relativePath: string): string;
  /** Build time only: a binary file of dictionaries/ (the committed context model). */
  readDictionaryBytes?(relativePath: string): Uint8Array;
  /** Build time only: every file of dictionaries/, as paths relative to it with `/`, sorted. */
  listDictionaryFiles?(): string[];
  /** Where the build's files are, for messages. */
  readonly where: string;
}

/** Dependencies too slow to load at start-up (~100 ms together), loaded when a format or a pack needs them. */
export interface OptionalModules {
  unified: typeof Unified;
  'remark-parse': typeof RemarkParse;
  'remark-gfm': typeof RemarkGfm;
  'remark-frontmatter': typeof RemarkFrontmatter;
  'rehype-parse': typeof RehypeParse;
  'decode-named-character-reference': typeof DecodeNamed;
  yaml: typeof Yaml;
  ajv: typeof Ajv;
}
export type OptionalModuleName = keyof OptionalModules;

/** A compiled file missing, from another build, or unreadable: the installation is broken. */
export class DataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DataError';
  }
}

let current: Platform | undefined;
const modules: Partial<OptionalModules> = {};

export function installPlatform(platform: Platform): void {
  current = platform;
}

/** Modules loaded ahead of time (the browser entry's dynamic imports). */
export function provideModules(loaded: Partial<OptionalModules>): void {
  Object.assign(modules, loaded);
}

export function platform(): Platform {
  if (!current) {
    throw new DataError('gongwen: 数据尚未加载。Node.js 中请从 “gongwen” 导入；浏览器中请先 await createProofreader()（“gongwen/browser”）');
  }
  return current;
}

export function optionalModule<K extends OptionalModuleName>(name: K): OptionalModules[K] {
  const loaded = modules[name];
  if (loaded) return loaded;
  const load = platform().loadModule;
  if (!load) throw new DataError(`gongwen: 模块“${name}”未加载。浏览器中请在 createProofreader({ formats }) 中列出所需格式，或用对象传入规则包`);
  return (modules[name] = load(name));
}
