#!/usr/bin/env node
// Last build step: makes dist/index.js (the ESM entry) run the CommonJS build with a V8
// code cache, so that a start does not compile the library: compiling it, and then each
// function the first proofread() calls, is a fifth of a cold start. It
//   1. writes dist/index.js, which runs dist/index.cjs through vm.Script with the cache
//      (how: ESM_ENTRY below);
//   2. in a fresh node process, compiles dist/index.cjs the same way, proofreads
//      examples/*.txt so that V8 compiles what a first call needs, and saves V8's code
//      cache as dist/index.cjs.cache;
//   3. checks that V8 accepts the cache.
// The cache only fits the V8 version and flags that made it; anywhere else V8 rejects it
// and the entry compiles dist/index.cjs as usual, which costs what it did before.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

/** CommonJS's function wrapper (Module.wrap's), written out: the cache fits this exact source. */
const WRAPPER = ['(function (exports, require, module, __filename, __dirname) { ', '\n});'];

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const library = join(root, 'dist', 'index.cjs');
const cacheFile = `${library}.cache`;

/** Compiles dist/index.cjs as the ESM entry does, runs it, and returns its exports and script. */
function runLibrary(cachedData) {
  const script = new Script(WRAPPER.join(readFileSync(library, 'utf8')), { filename: library, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(library), module, library, dirname(library));
  return { exports: module.exports, script };
}

const ESM_ENTRY = (names) => `// Written by scripts/code-cache.mjs. The library is index.cjs; this ES module entry runs it
// with the V8 code cache that the build saved (index.cjs.cache), which spares a start
// compiling it. The cache is used when it is not older than index.cjs (make's rule: a
// rebuilt or patched index.cjs is newer) and V8 accepts it (the same V8 version and
// flags); otherwise index.cjs is compiled as usual. With --enable-source-maps node's own
// loader runs index.cjs instead, so that stack traces point into src/. Built-in modules
// come from process.getBuiltinModule: importing node:fs as an ES module would load its
// streams too (~4 ms).
const { existsSync, readFileSync, statSync } = process.getBuiltinModule('node:fs');
const { createRequire } = process.getBuiltinModule('node:module');
const { dirname } = process.getBuiltinModule('node:path');
const { fileURLToPath } = process.getBuiltinModule('node:url');
const { Script } = process.getBuiltinModule('node:vm');

const library = fileURLToPath(new URL('./index.cjs', import.meta.url));
const require = createRequire(library);

function runWithCodeCache() {
  const cache = \`\${library}.cache\`;
  const cachedData = existsSync(cache) && statSync(cache).mtimeMs >= statSync(library).mtimeMs ? readFileSync(cache) : undefined;
  const script = new Script(${JSON.stringify(WRAPPER)}.join(readFileSync(library, 'utf8')), { filename: library, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, require, module, library, dirname(library));
  return module.exports;
}

export const { ${names.join(', ')} } = process.sourceMapsEnabled ? require(library) : runWithCodeCache();
`;

if (process.argv[2] === '--save-cache') {
  // In a child: a fresh V8 with default flags, as a user's start has.
  const { exports, script } = runLibrary();
  const examples = join(root, 'examples');
  for (const f of readdirSync(examples).filter((n) => n.endsWith('.txt'))) exports.proofread(readFileSync(join(examples, f), 'utf8'));
  writeFileSync(cacheFile, script.createCachedData());
} else if (process.argv[2] === '--check-cache') {
  const { script } = runLibrary(readFileSync(cacheFile));
  process.exit(script.cachedDataRejected ? 1 : 0);
} else {
  const names = Object.keys(createRequire(import.meta.url)(library));
  writeFileSync(join(root, 'dist', 'index.js'), ESM_ENTRY(names));
  rmSync(join(root, 'dist', 'index.js.map'), { force: true }); // tsup's map of the ES build this entry replaces
  const child = (arg) => spawnSync(process.execPath, [fileURLToPath(import.meta.url), arg], { stdio: 'inherit' }).status;
  if (child('--save-cache') !== 0) process.exit(1);
  if (child('--check-cache') !== 0) {
    console.error('scripts/code-cache.mjs: V8 rejected the code cache it just made');
    process.exit(1);
  }
  console.log(`dist/index.js runs dist/index.cjs with dist/index.cjs.cache (${Math.round(readFileSync(cacheFile).length / 1024)} KB)`);
}
