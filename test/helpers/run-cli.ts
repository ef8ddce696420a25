import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');
/** The five real bulletins (shared/ beside the repository). */
export const CORPUS = join(ROOT, '..', 'shared', 'corpus');
const CLI = join(ROOT, 'dist', 'cli.js');

/** Runs the built `gongwen` command (colour off). */
export function runCli(args: string[], input = '') {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` first (npm test does it)');
  const r = spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8', cwd: ROOT, env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 64 << 20 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
