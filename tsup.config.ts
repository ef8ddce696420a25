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

export default defineConfig([
  // Node.js: one ES module graph for the library, the remark plugin, the command and the
  // worker threads, sharing chunks (one ConfigError class for all). The CommonJS entries
  // (index.cjs, remark.cjs) are written by scripts/build/commonjs-entries.mjs: each
  // require()s this ES build, which Node ≥ 20.19 does synchronously.
  {
    entry: { index: 'src/index.ts', remark: 'src/remark.ts', cli: 'src/cli/main.ts', 'cli-worker': 'src/cli/worker.ts', 'batch-worker': 'src/batch/worker.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    splitting: true,
    define,
    dts: { entry: { index: 'src/index.ts', remark: 'src/remark.ts' } },
  },
  // The same declarations for require() users (.d.cts).
  { entry: { index: 'src/index.ts', remark: 'src/remark.ts' }, format: ['cjs'], dts: { only: true } },
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
    dts: true,
    esbuildOptions(options) {
      options.chunkNames = 'browser-[name]-[hash]';
    },
  },
]);
