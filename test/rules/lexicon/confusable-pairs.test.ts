import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(new URL(`../../../dictionaries/${path}`, import.meta.url), 'utf8').split('\n');

describe('dictionaries/lexicons/confusable-pairs.tsv', () => {
  // Each character's same-pinyin, similar-sound and similar-shape columns.
  const confusion = new Map(
    read('spelling/confusion.tsv')
      .filter((l) => l && !l.startsWith('#'))
      .map((l) => [l.split('\t')[0]!, l.split('\t').slice(1)] as const),
  );
  const columnsHolding = (a: string, b: string) =>
    [0, 1, 2].filter((c) => confusion.get(a)?.[c]?.includes(b) || confusion.get(b)?.[c]?.includes(a));
  const pairs = read('lexicons/confusable-pairs.tsv')
    .map((l) => l.replace(/#.*/, '').trim())
    .filter(Boolean)
    .map((l) => l.split(/\t+/));

  it('holds pairs of two characters with a likeness', () => {
    expect(pairs.length).toBeGreaterThan(30);
    for (const p of pairs) {
      expect(p, p.join(' ')).toHaveLength(3);
      expect([...p[0]!].length + [...p[1]!].length, p.join(' ')).toBe(2);
      expect(['same-pinyin', 'similar-sound', 'similar-shape'], p.join(' ')).toContain(p[2]);
    }
  });

  it('holds only pairs the confusion sets lack, or hold as a similar sound only while they look alike or sound the same (大/太)', () => {
    const redundant = pairs.filter(([a, b, likeness]) => {
      const held = columnsHolding(a!, b!);
      return held.length > 0 && !(held.every((c) => c === 1) && likeness !== 'similar-sound');
    });
    expect(redundant).toEqual([]);
  });
});
