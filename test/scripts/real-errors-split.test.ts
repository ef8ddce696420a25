import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERRORS_TSV, fnv1a32, splitMismatches, splitOf } from '../../scripts/data/real-errors-split.mjs';

describe('the split of the real errors (scripts/data/real-errors-split.mjs)', () => {
  it('hashes with FNV-1a 32-bit over UTF-8 bytes', () => {
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(fnv1a32('foobar')).toBe(0xbf9cf968);
  });

  it('gives every row of errors.tsv the split of the rule, so no row moves between parts', () => {
    expect(splitMismatches(readFileSync(ERRORS_TSV, 'utf8'))).toEqual([]);
  });

  it('notices a row moved to the other part', () => {
    const right = '中华人民共和国';
    const moved = splitOf(right) === 'test' ? 'tune' : 'test';
    expect(splitMismatches(`# header\n${moved}\t国名\t中华人民共合国\t${right}\thttps://example.org\tnote\n`)).toHaveLength(1);
  });

  it('has no duplicate rows', () => {
    const rows = readFileSync(ERRORS_TSV, 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
    const keys = rows.map((l) => l.split('\t').slice(2, 4).join('\t'));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('has six columns and a source address on every row', () => {
    const rows = readFileSync(ERRORS_TSV, 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
    for (const l of rows) {
      const columns = l.split('\t');
      expect(columns, l).toHaveLength(6);
      expect(columns[4], l).toMatch(/^https?:\/\//);
      expect(columns[2], l).not.toBe(columns[3]);
    }
  });
});
