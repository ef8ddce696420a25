import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

// Run by `npm run build` after scripts/build/compile-artefacts.ts, whose manifest's stamp
// goes into the code: a start refuses compiled files of another build (src/compiled/manifest.ts).
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
let stamp: string;
try {
  ({ stamp } = JSON.parse(readFileSync('dist/artefacts.json', 'utf8')) as { stamp: string });
} catch {
  throw new Error('tsup.config.ts: dist/artefacts.json is missing — run `npm run build` (it compiles the artefacts first)');
}
const define = { __GONGWEN_VERSION__: JSON.stringify(version), __GONGWEN_DATA_STAMP__: JSON.stringify(stamp) };

const node = { target: 'node20', platform: 'node', define } as const;

export default defineConfig([
  // Node.js: the library and the remark plugin, one ES module graph with shared chunks
  // (one ConfigError class for both). tsup's CommonJS output of this config only serves
  // its .d.cts declarations: scripts/build/commonjs-entries.mjs replaces index.cjs and
  // remark.cjs with entries that require() the ES build (Node ≥ 20.19). One declaration
  // pass for everything, the browser entry's included.
  {
    ...node,
    entry: { index: 'src/index.ts', remark: 'src/remark.ts' },
    format: ['esm', 'cjs'],
    dts: { entry: { index: 'src/index.ts', remark: 'src/remark.ts', browser: 'src/browser.ts' } },
  },
  // The command and the worker threads (of the CLI, and of proofreadMany): ES modules.
  { ...node, entry: { cli: 'src/cli/main.ts', 'cli-worker': 'src/cli/worker.ts', 'batch-worker': 'src/batch/worker.ts' }, format: ['esm'] },
  // The browser: one self-contained ES module (dependencies included), the Markdown/HTML
  // parsers, YAML and the schema validator in chunks of their own, loaded by createProofreader.
  {
    entry: { browser: 'src/browser.ts' },
    format: ['esm'],
    target: 'es2022',
    platform: 'browser',
    splitting: true,
    noExternal: [/.*/],
    define,
    esbuildOptions(options) {
      options.chunkNames = 'browser-[name]-[hash]';
    },
  },
]);
