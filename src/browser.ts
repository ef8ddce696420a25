// The browser entry (gongwen/browser): the same proofreader as in Node, created
// asynchronously because it first fetches the compiled data (or takes it from bytes you
// bundled) and imports the parsers of the formats you ask for.
import { importModules, loadBrowserData, type DataSource } from './platform/browser.js';
import type { OptionalModuleName } from './platform/platform.js';
import { ConfigError, Proofreader, type InputFormat, type ProofreaderOptions } from './proofreader.js';

export { Proofreader, ConfigError, InputError } from './proofreader.js';
export type { ProofreaderOptions, ProofreadOptions, PackInput, InputFormat } from './proofreader.js';
export { applyFixes } from './fix/apply-fixes.js';
export { isUnambiguousFix } from './fix/unambiguous.js';
// The in-place highlighting the HTML report uses (src/render), and the families' names.
export { renderHighlightedHtml, HIGHLIGHT_CSS, escapeHtml } from './render/index.js';
export type { HighlightIssue, HighlightOptions } from './render/index.js';
export { FAMILIES, familyLabel } from './report/families.js';
export { citationOf } from './report/citation.js';
export { PackError, formatProblem } from './packs/pack-error.js';
export type { PackProblem } from './packs/pack-error.js';
export { DataError } from './platform/platform.js';
export type { DataSource } from './platform/browser.js';
export type { Issue, ProofreadResult, Severity, RuleLevel } from './types.js';
export type { RulePack, PackEntry } from './packs/types.js';

export interface BrowserProofreaderOptions extends ProofreaderOptions, DataSource {
  /** Formats the proofreader will be asked to read (default all: text, markdown, html). Markdown and HTML load their parsers (~100 KB gzipped). */
  formats?: InputFormat[];
}

const FORMAT_MODULES: Record<InputFormat, OptionalModuleName[]> = {
  text: [],
  markdown: ['unified', 'remark-parse', 'remark-gfm', 'remark-frontmatter', 'decode-named-character-reference'],
  html: ['unified', 'rehype-parse', 'decode-named-character-reference'],
};

/**
 * Loads the data (once per page) and the parsers, then returns a proofreader whose
 * `proofread(text, options)` is synchronous and gives the same issues as in Node.
 *
 * ```ts
 * import { createProofreader } from 'gongwen/browser';
 * const proofreader = await createProofreader({ dataUrl: '/assets/gongwen/' });
 * proofreader.proofread('截止目前，……').issues;
 * ```
 */
export async function createProofreader(options: BrowserProofreaderOptions = {}): Promise<Proofreader> {
  const { dataUrl, data, fetch, formats = ['text', 'markdown', 'html'], ...proofreaderOptions } = options;
  if (!Array.isArray(formats) || formats.some((f) => !Object.hasOwn(FORMAT_MODULES, f))) {
    throw new ConfigError(`createProofreader: formats 应为 text | markdown | html 组成的数组，收到 ${JSON.stringify(formats)}`);
  }
  const modules = new Set(formats.flatMap((f) => FORMAT_MODULES[f]));
  // Packs passed as objects are validated with the schema validator.
  if (proofreaderOptions.packs?.length) modules.add('ajv');
  await Promise.all([loadBrowserData({ dataUrl, data, fetch }), importModules([...modules])]);
  return new Proofreader(proofreaderOptions);
}
