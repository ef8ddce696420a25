import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');
export const CLI = join(ROOT, 'dist', 'cli.js');
/** The five real bulletins (shared/ beside the repository). */
export const CORPUS = join(ROOT, '..', 'shared', 'corpus');

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  out: string;
  err: string;
}

/** Runs the built CLI (`nodeArgs` go before it: `--import` a fault injector); `timeout` (ms) kills a run that hangs. */
export function runCli(args: string[], options: { input?: string | Uint8Array; cwd?: string; nodeArgs?: string[]; env?: Record<string, string>; timeout?: number } = {}): CliRun {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` first (npm test does it)');
  const r = spawnSync(process.execPath, [...(options.nodeArgs ?? []), CLI, ...args], {
    input: options.input ?? '',
    encoding: 'utf8',
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    maxBuffer: 64 << 20,
    ...(options.timeout !== undefined && { timeout: options.timeout }),
  });
  return { code: r.status, signal: r.signal, out: r.stdout, err: r.stderr };
}

/** A fresh folder, and a function writing files into it (folders created as needed). */
export function scratch(prefix: string): { dir: string; file: (name: string, content: string | Uint8Array) => string } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return {
    dir,
    file(name, content) {
      const path = join(dir, name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content);
      return path;
    },
  };
}
