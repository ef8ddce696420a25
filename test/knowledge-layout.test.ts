import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Knowledge lives in dictionaries/<family>/ as data, each list saying what it is for;
// facts that age say where they come from and as of when.
const dictionaries = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'dictionaries');
const wordLists = readdirSync(dictionaries, { recursive: true, encoding: 'utf8' })
  .map((p) => p.split('\\').join('/'))
  .filter((p) => p.endsWith('.txt') && !/^(licenses|segmenter|script|spelling)\//.test(p));

/** Lists of facts that change over time (allocations, codes): they must carry their source and date. */
const AGING_FACTS = [
  'privacy/mobile-prefixes.txt',
  'privacy/province-codes.txt',
  'places/children.tsv',
  'places/counties.tsv',
  'lexicons/universities.txt',
  'lexicons/central-enterprises.txt',
  'lexicons/development-zones.txt',
  'lexicons/research-institutes.txt',
];

describe('dictionaries/ layout', () => {
  it('holds nothing at its root but NOTICE: every file sits in a family folder', () => {
    const loose = readdirSync(dictionaries).filter((name) => !statSync(join(dictionaries, name)).isDirectory());
    expect(loose).toEqual(['NOTICE']);
  });

  it('keeps the bundled rule packs in dictionaries/packs/', () => {
    expect(readdirSync(join(dictionaries, 'packs')).filter((f) => f.endsWith('.yaml')).length).toBeGreaterThanOrEqual(15);
  });

  it('starts every word list with a comment that says what it is for', () => {
    expect(wordLists.length).toBeGreaterThan(40);
    expect(wordLists.filter((p) => !readFileSync(join(dictionaries, p), 'utf8').startsWith('#'))).toEqual([]);
  });

  it('gives facts that age their source and date', () => {
    for (const path of AGING_FACTS) {
      const header = readFileSync(join(dictionaries, path), 'utf8')
        .split('\n')
        .filter((l) => l.startsWith('#'))
        .join('\n');
      expect(header, path).toMatch(/^# Source: .+/m);
      expect(header, path).toMatch(/^# As of: +\d{4}-\d{2}(-\d{2})?/m);
    }
  });
});
