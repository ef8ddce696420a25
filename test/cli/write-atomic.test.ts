import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/cli/write-atomic.js';

describe('writeFileAtomic', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gongwen-atomic-'));

  it('replaces the file and leaves nothing else behind', () => {
    const file = join(dir, 'a.txt');
    writeFileSync(file, '旧内容');
    writeFileAtomic(file, new TextEncoder().encode('新内容'));
    expect(readFileSync(file, 'utf8')).toBe('新内容');
    expect(readdirSync(dir)).toEqual(['a.txt']);
  });

  it('keeps the original and removes its temporary file when the final rename fails', () => {
    // A non-empty directory cannot be replaced by a file: the rename fails after the temporary file was written.
    const target = join(dir, 'blocked');
    mkdirSync(target);
    writeFileSync(join(target, 'inside.txt'), '原文');
    expect(() => writeFileAtomic(target, new TextEncoder().encode('新内容'))).toThrow();
    expect(readFileSync(join(target, 'inside.txt'), 'utf8')).toBe('原文');
    expect(readdirSync(dir).sort()).toEqual(['a.txt', 'blocked']);
  });
});
