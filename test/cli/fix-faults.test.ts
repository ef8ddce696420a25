import { spawn } from 'node:child_process';
import { chmodSync, lstatSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, runCli, scratch } from '../helpers/run-cli.js';

/**
 * Fault injection for --fix: a full disk in the middle of a write, and the process
 * killed at chosen-at-random points while it writes a large file. Every time the
 * document is the original or the fixed file, whole, and the next run leaves no
 * temporary file behind.
 */
const INJECT = ['--import', join(__dirname, '..', 'helpers', 'fault-injection.mjs')];
const LINE = '截止目前，针炙科已完成设备按装。\n';
const ORIGINAL = LINE.repeat(20_000); // 320,000 characters, ~1 MB: ~15 slow pieces to write
const FIXED = '截至目前，针灸科已完成设备安装。\n'.repeat(20_000);
const { dir, file } = scratch('gongwen-faults-');

const leftovers = (folder: string) => readdirSync(folder).filter((n) => n.includes('.gongwen-'));
/** Kills that left a temporary file: some must, or the kills did not land inside writes. */
let tempsLeft = 0;

/** Runs `--fix` with writes slowed down and sends `signal` `delay` ms after the write began. */
function killDuringWrite(path: string, signal: NodeJS.Signals, delay: number): Promise<{ code: number | null; signal: NodeJS.Signals | null; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...INJECT, CLI, '--fix', path], { env: { ...process.env, GONGWEN_FAULT: 'slow', NO_COLOR: '1' } });
    let err = '';
    child.stdout.resume();
    child.stderr.on('data', (d: Buffer) => {
      const before = err;
      err += d.toString();
      if (!before.includes('WRITING') && err.includes('WRITING')) setTimeout(() => child.kill(signal), delay);
    });
    child.on('error', reject);
    child.on('close', (code, sig) => resolve({ code, signal: sig, err }));
  });
}

/** Delays in ms over the write window (~15 pieces × 15 ms), from a fixed seed so a failure can be replayed. */
function delays(count: number, seed: number): number[] {
  let x = seed;
  return Array.from({ length: count }, () => {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    return x % 240;
  });
}

describe('--fix under faults', () => {
  it('a full disk mid-write leaves the original whole and no temporary file', () => {
    const path = file('full/doc.txt', ORIGINAL);
    const { code, err } = runCli(['--fix', path], { nodeArgs: INJECT, env: { GONGWEN_FAULT: 'enospc' } });
    expect(code).toBe(1);
    expect(err).toContain('无法写入修改，文件未改动：ENOSPC');
    expect(readFileSync(path, 'utf8') === ORIGINAL).toBe(true);
    expect(leftovers(join(dir, 'full'))).toEqual([]);
  });

  it.each(delays(6, 21).map((d, n) => [n % 2 === 0 ? 'a file' : 'a symlinked file', d, n] as const))(
    'SIGKILL %s %i ms into the write: original or fixed, whole; the next run removes the temporary file and fixes it',
    async (kind, delay, n) => {
      const folder = join(dir, `kill-${n}`);
      const target = file(`kill-${n}/doc.txt`, ORIGINAL);
      const path = kind === 'a file' ? target : join(folder, 'link.txt');
      if (path !== target) symlinkSync(target, path);
      const killed = await killDuringWrite(path, 'SIGKILL', delay);
      expect(killed.signal).toBe('SIGKILL');
      const after = readFileSync(target, 'utf8');
      expect(after === ORIGINAL || after === FIXED).toBe(true);
      if (path !== target) expect(lstatSync(path).isSymbolicLink()).toBe(true);
      if (leftovers(folder).length > 0) tempsLeft++;
      runCli(['--fix', path]);
      expect(leftovers(folder)).toEqual([]);
      expect(readFileSync(target, 'utf8') === FIXED).toBe(true);
    },
    30_000,
  );

  it('some of those kills landed inside a write (a temporary file was there to clean up)', () => {
    expect(tempsLeft).toBeGreaterThan(0);
  });

  it('SIGTERM during the write lets it finish, then stops with 128+15 and no temporary file', async () => {
    const path = file('term/doc.txt', ORIGINAL);
    const { code, err } = await killDuringWrite(path, 'SIGTERM', 50);
    expect(code).toBe(143);
    expect(err).toContain('已中断（SIGTERM）');
    expect(readFileSync(path, 'utf8') === FIXED).toBe(true);
    expect(leftovers(join(dir, 'term'))).toEqual([]);
  }, 30_000);

  it('a read-only file is never written, whatever the write would have done', () => {
    const path = file('ro/doc.txt', ORIGINAL);
    chmodSync(path, 0o444);
    const { err } = runCli(['--fix', path], { nodeArgs: INJECT, env: { GONGWEN_FAULT: 'enospc' } });
    expect(err).toContain('文件为只读，不自动修改');
    expect(readFileSync(path, 'utf8') === ORIGINAL).toBe(true);
    expect(leftovers(join(dir, 'ro'))).toEqual([]);
  });
});
