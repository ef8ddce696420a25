import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { proofread } from '../../src/index.js';
import { launchChromium } from '../helpers/chromium.js';
import { ROOT } from '../helpers/run-cli.js';
import { BROWSER_FETCHING, browserWithBundledData, NODE_CJS, NODE_ESM, SAMPLE, TYPES_CJS, TYPES_ESM, type Finding } from './consumers.js';

/**
 * gongwen as a dependency of a project that bundles it: esbuild and Vite (Rollup), for
 * Node and for the browser. Each bundle runs and must find what the Node API finds.
 */
const expected: Finding[] = proofread(SAMPLE).issues.map((i) => [i.ruleId, i.start, i.end, i.suggestions[0]]);
const artefactFiles = () => ['artefacts.json', ...Object.keys((JSON.parse(readFileSync(join(ROOT, 'dist', 'artefacts.json'), 'utf8')) as { files: object }).files)];

let project: string;

/** A project folder with gongwen installed (a link to this repository, as `npm link` makes). */
beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'gongwen-consumer-'));
  mkdirSync(join(project, 'node_modules'));
  symlinkSync(ROOT, join(project, 'node_modules', 'gongwen'), 'dir');
  writeFileSync(join(project, 'package.json'), '{ "name": "consumer", "private": true, "type": "module" }\n');
  writeFileSync(join(project, 'node-esm.js'), NODE_ESM);
  writeFileSync(join(project, 'node-cjs.cjs'), NODE_CJS);
  writeFileSync(join(project, 'browser-bundled.js'), browserWithBundledData(artefactFiles()));
});

afterAll(() => rmSync(project, { recursive: true, force: true }));

function run(file: string, cwd = project) {
  const r = spawnSync(process.execPath, [file], { cwd, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function output(file: string, cwd = project) {
  const r = run(file, cwd);
  expect(r.err).toBe('');
  return JSON.parse(r.out) as { findings: Finding[]; remark?: string; sameErrorClass?: boolean };
}

describe('esbuild', () => {
  it.each([
    ['an ES module', 'node-esm.js', 'esm'],
    ['a CommonJS module', 'node-cjs.cjs', 'cjs'],
  ] as const)('bundles for Node as %s that finds what the API finds', async (_, entry, format) => {
    const outfile = join(project, 'out', `esbuild-${format}.${format === 'esm' ? 'mjs' : 'cjs'}`);
    await build({ entryPoints: [join(project, entry)], bundle: true, platform: 'node', format, target: 'node20', outfile, logLevel: 'error' });
    const result = output(outfile);
    expect(result.findings).toEqual(expected);
    expect(result.remark).toBe('function');
    expect(result.sameErrorClass).toBe(true);
  });

  it('runs a Node bundle moved away from node_modules when the data is copied beside it, and says what is missing when not', async () => {
    const away = mkdtempSync(join(tmpdir(), 'gongwen-away-'));
    try {
      const outfile = join(away, 'server.mjs');
      await build({ entryPoints: [join(project, 'node-esm.js')], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile, logLevel: 'error' });
      const missing = run(outfile, away);
      expect(missing.code).not.toBe(0);
      expect(missing.err).toContain('找不到编译数据 artefacts.json');
      for (const file of artefactFiles()) copyFileSync(join(ROOT, 'dist', file), join(away, file));
      expect(output(outfile, away).findings).toEqual(expected);
    } finally {
      rmSync(away, { recursive: true, force: true });
    }
  });

  it('bundles for the browser with the data bundled as bytes (binary loader): nothing fetched', async () => {
    const outfile = join(project, 'out', 'esbuild-browser.mjs');
    await build({
      entryPoints: [join(project, 'browser-bundled.js')],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      target: 'es2022',
      loader: { '.bin': 'binary', '.json': 'binary' },
      outfile,
      logLevel: 'error',
    });
    const bundle = readFileSync(outfile, 'utf8');
    expect(bundle).not.toMatch(/from ["']node:|require\(["']node:/);
    expect(output(outfile).findings).toEqual(expected); // browser code, run by node: it has fetch and TextDecoder, but nothing is fetched
  });
});

describe('Vite', () => {
  const vite = (args: string[]) => execFileSync(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), ...args], { cwd: project, encoding: 'utf8', stdio: 'pipe' });

  it('bundles for Node (SSR build, gongwen bundled in) that finds what the API finds', () => {
    writeFileSync(join(project, 'vite.ssr.config.js'), `export default { logLevel: 'error', ssr: { noExternal: true }, build: { outDir: 'out/vite-node', target: 'node20', emptyOutDir: true } };\n`);
    vite(['build', '--config', 'vite.ssr.config.js', '--ssr', 'node-esm.js']);
    const result = output(join(project, 'out', 'vite-node', 'node-esm.js'));
    expect(result.findings).toEqual(expected);
    expect(result.remark).toBe('function');
    expect(result.sameErrorClass).toBe(true);
  });

  it('bundles a web page that fetches the data and finds, in Chromium, what the API finds', async () => {
    const app = join(project, 'web');
    mkdirSync(join(app, 'public', 'gongwen-data'), { recursive: true });
    for (const file of artefactFiles()) copyFileSync(join(ROOT, 'dist', file), join(app, 'public', 'gongwen-data', file));
    writeFileSync(join(app, 'index.html'), '<!doctype html><meta charset="utf-8"><title>consumer</title><body><script type="module" src="./main.js"></script></body>\n');
    writeFileSync(join(app, 'main.js'), BROWSER_FETCHING);
    writeFileSync(join(project, 'vite.web.config.js'), `export default { root: 'web', logLevel: 'error', build: { outDir: '../out/vite-web', target: 'es2022', emptyOutDir: true } };\n`);
    vite(['build', '--config', 'vite.web.config.js']);
    // @ts-expect-error a plain ES module of the repository (no types)
    const { serveFolder } = (await import('../../playground/serve.mjs')) as { serveFolder: (dir: string) => Promise<{ url: string; close: () => Promise<void> }> };
    const server = await serveFolder(join(project, 'out', 'vite-web'));
    const browser = await launchChromium();
    try {
      const page = await browser.context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(server.url);
      await page.waitForFunction(() => document.body.dataset.result, null, { timeout: 30_000 });
      const result = JSON.parse((await page.evaluate(() => document.body.dataset.result))!) as { findings: Finding[]; html: Finding[] };
      expect(errors).toEqual([]);
      expect(result.findings).toEqual(expected);
      expect(result.html).toEqual([['lexicon/misused-word', 9, 11, '针灸']]);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});

describe('TypeScript', () => {
  it('types require("gongwen"), require("gongwen/remark") (the plugin), import and gongwen/browser', () => {
    writeFileSync(join(project, 'types-cjs.cts'), TYPES_CJS);
    writeFileSync(join(project, 'types-esm.mts'), TYPES_ESM);
    const config = { compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', strict: true, noEmit: true, types: [] }, files: ['types-cjs.cts', 'types-esm.mts'] };
    writeFileSync(join(project, 'tsconfig.json'), JSON.stringify(config));
    const r = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', project], { encoding: 'utf8' });
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
