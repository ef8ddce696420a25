import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AhoCorasick } from '../../src/match/aho-corasick.js';

/** Every occurrence by brute force, for comparison. */
function naive(patterns: string[], text: string): string[] {
  const out: string[] = [];
  patterns.forEach((p, i) => {
    if (patterns.indexOf(p) !== i) return; // the automaton reports a duplicate pattern once
    for (let at = text.indexOf(p); at !== -1; at = text.indexOf(p, at + 1)) out.push(`${at}:${at + p.length}:${p}`);
  });
  return out.sort();
}

describe('AhoCorasick', () => {
  it('finds overlapping and nested patterns', () => {
    const ac = new AhoCorasick(['截止目前', '止目', '目前', '截止']);
    const found = ac.findAll('截止目前，截止').map((m) => `${m.start}:${m.end}:${ac.patterns[m.pattern]}`);
    expect(found.sort()).toEqual(['0:2:截止', '0:4:截止目前', '1:3:止目', '2:4:目前', '5:7:截止'].sort());
  });

  it('handles astral characters as two code units', () => {
    const ac = new AhoCorasick(['𠀀的']);
    expect(ac.findAll('a𠀀的b')).toEqual([{ start: 1, end: 4, pattern: 0 }]);
  });

  it('matches brute force on random texts and patterns', () => {
    const alphabet = fc.constantFrom('截', '止', '至', '目', '前', 'a', '的');
    const word = fc.array(alphabet, { minLength: 1, maxLength: 4 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 12 }), fc.array(alphabet, { maxLength: 60 }), (patterns, chars) => {
        const text = chars.join('');
        const ac = new AhoCorasick(patterns);
        const got = ac.findAll(text).map((m) => `${m.start}:${m.end}:${ac.patterns[m.pattern]}`).sort();
        expect(got).toEqual(naive(patterns, text));
      }),
      { numRuns: 300 },
    );
  });

  it('finds the same after store() and restore from the stored arrays', () => {
    const alphabet = fc.constantFrom('截', '止', '至', '目', '前', 'a', '的');
    const word = fc.array(alphabet, { minLength: 1, maxLength: 4 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }), fc.array(alphabet, { maxLength: 60 }), (patterns, chars) => {
        const text = chars.join('');
        const built = new AhoCorasick(patterns);
        const stored = JSON.parse(JSON.stringify(built.store()));
        expect(new AhoCorasick(patterns, stored).findAll(text)).toEqual(built.findAll(text));
      }),
      { numRuns: 100 },
    );
  });
});
