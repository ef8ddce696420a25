import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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
