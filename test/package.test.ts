import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));

describe('package', () => {
  it('installs for users without running any install script', () => {
    const runtime = Object.entries(lock.packages as Record<string, { dev?: boolean; hasInstallScript?: boolean }>)
      .filter(([path, info]) => path !== '' && !info.dev && info.hasInstallScript)
      .map(([path]) => path);
    expect(runtime).toEqual([]);
    expect(Object.keys(pkg.scripts).filter((s) => /^(pre|post)?install$|^prepare$/.test(s))).toEqual([]);
  });

  it('pins every dependency through package-lock.json', () => {
    for (const name of Object.keys({ ...pkg.dependencies, ...pkg.devDependencies })) {
      expect(lock.packages[`node_modules/${name}`]?.version, name).toBeDefined();
    }
  });

  it('exports ESM, CommonJS and types, and the gongwen bin', () => {
    expect(pkg.exports['.'].import.default).toBe('./dist/index.js');
    expect(pkg.exports['.'].require.default).toBe('./dist/index.cjs');
    expect(pkg.bin.gongwen).toBe('./dist/cli.js');
    expect(pkg.engines.node).toBe('>=20.19');
  });

  it.each([
    ['CommonJS', `const { proofread } = require('./dist/index.cjs');`],
    ['ESM', `const { proofread } = await import('./dist/index.js');`],
  ])('works from the %s build', (_, load) => {
    const script = `(async () => { ${load} console.log(proofread('截止目前').issues[0].suggestions[0]); })()`;
    const r = spawnSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('截至目前');
  });
});

describe('module graph', () => {
  const node = (script: string) => spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });

  it('gives import and require one implementation: the same error classes, the plugin itself from require("gongwen/remark")', () => {
    const r = node(`import { createRequire } from 'node:module';
      const require = createRequire(process.cwd() + '/');
      const esm = await import('gongwen'); const cjs = require('gongwen');
      const plugin = require('gongwen/remark'); const { default: esmPlugin } = await import('gongwen/remark');
      console.log(JSON.stringify([esm.ConfigError === cjs.ConfigError, esm.PackError === cjs.PackError, typeof plugin, plugin === esmPlugin]));`);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual([true, true, 'function', true]);
  });

  it('fails loudly, in Chinese, on a missing or stale compiled file instead of computing it again', () => {
    // Inside node_modules/, so that the copy's dependencies resolve as an installed package's do.
    const copy = mkdtempSync(join(root, 'node_modules', '.gongwen-broken-'));
    try {
      cpSync(join(root, 'dist'), join(copy, 'dist'), { recursive: true });
      writeFileSync(join(copy, 'package.json'), JSON.stringify({ name: 'gongwen', type: 'module' }));
      const check = `const { proofread } = await import(${JSON.stringify(pathToFileURL(join(copy, 'dist', 'index.js')).href)}); proofread('截止目前');`;
      expect(node(check).status).toBe(0);
      const manifest = JSON.parse(readFileSync(join(copy, 'dist', 'artefacts.json'), 'utf8')) as { files: Record<string, number> };
      // A file cut short (an interrupted copy): its size no longer matches the build's.
      const model = join(copy, 'dist', 'spelling-model.bin');
      writeFileSync(model, readFileSync(model).subarray(0, 1000));
      let r = node(check);
      expect(r.status).not.toBe(0);
      expect(r.stderr).toContain(`spelling-model.bin 大小为 1000 字节，构建时为 ${manifest.files['spelling-model.bin']} 字节`);
      rmSync(model);
      r = node(check);
      expect(r.stderr).toContain('缺少编译文件');
      // Data of another build.
      writeFileSync(join(copy, 'dist', 'artefacts.json'), JSON.stringify({ ...manifest, stamp: 'another-build' }));
      r = node(check);
      expect(r.stderr).toContain('不是同一次构建的产物');
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it('keeps node: modules out of the core: nothing reachable from the browser entry imports one', () => {
    const seen = new Set<string>();
    const offenders: string[] = [];
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const source = readFileSync(file, 'utf8');
      for (const [, spec] of source.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+'([^']+)'/g)) {
        if (spec!.startsWith('node:') || /^(fs|path|url|module|os|worker_threads|child_process)$/.test(spec!)) offenders.push(`${file.slice(root.length + 1)} → ${spec}`);
        else if (spec!.startsWith('.')) visit(join(dirname(file), spec!.replace(/\.js$/, '.ts')));
      }
      if (/\bprocess\.|\bBuffer\.|\b__dirname\b|lazyModule\.require/.test(source.replace(/\/\/.*|\/\*[\s\S]*?\*\//g, ''))) offenders.push(`${file.slice(root.length + 1)} uses a Node global`);
    };
    visit(join(root, 'src', 'browser.ts'));
    expect(seen.size).toBeGreaterThan(100);
    expect(seen).toContain(join(root, 'src', 'proofreader.ts'));
    expect(offenders).toEqual([]);
  });
});

describe('published package', () => {
  const packed = () => {
    const r = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' });
    return JSON.parse(r.stdout)[0] as { size: number; unpackedSize: number; files: { path: string }[] };
  };

  it('holds the built code, data and docs, without source maps or sources', () => {
    const { files, size } = packed();
    const paths = files.map((f) => f.path);
    expect(paths.filter((p) => p.endsWith('.map') || p.startsWith('src/') || p.startsWith('test/') || p.startsWith('scripts/'))).toEqual([]);
    for (const needed of ['dist/index.js', 'dist/index.cjs', 'dist/remark.cjs', 'dist/browser.js', 'dist/cli.js', 'dist/artefacts.json', 'dist/spelling-model.bin', 'README.md', 'LICENSE']) {
      expect(paths).toContain(needed);
    }
    console.log(`npm pack: ${(size / 1e6).toFixed(2)} MB, ${files.length} files`);
  });

  it('names its repository, so that the relative links work on the npm page (npm points them into the repository), and those links exist', () => {
    expect(pkg.repository?.url).toMatch(/^git\+https:\/\/github\.com\/[^/]+\/[^/]+\.git$/);
    const paths = new Set(spawnSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' }).stdout.split('\n'));
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const relative = [...readme.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)].map((m) => m[1]!).filter((href) => !/^[a-z]+:/.test(href));
    expect(relative.length).toBeGreaterThan(3);
    expect(relative.filter((href) => !paths.has(href) && !paths.has(`${href.replace(/\/$/, '')}/README.md`))).toEqual([]);
  });
});
