import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

const common = {
  target: 'node20',
  platform: 'node',
  sourcemap: true,
  splitting: false,
  // import.meta.url in the CommonJS build, used to find dictionaries/.
  shims: true,
  define: { __GONGWEN_VERSION__: JSON.stringify(version) },
} as const;

export default defineConfig([
  // The library: ESM and CommonJS, with type declarations.
  { ...common, entry: { index: 'src/index.ts', remark: 'src/remark.ts' }, format: ['esm', 'cjs'], dts: true, clean: true },
  // The command and the worker threads (of the CLI, and of proofreadMany for both module formats): ESM only.
  { ...common, entry: { cli: 'src/cli/main.ts', 'cli-worker': 'src/cli/worker.ts', 'batch-worker': 'src/batch/worker.ts' }, format: ['esm'] },
]);
