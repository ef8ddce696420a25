import { describe, expect, it } from 'vitest';
import { applyFixes, createProofreader, DictionarySegmenter, parsePackText, verifyPack } from '../../src/index.js';
import { builtinPackFiles } from '../../src/packs/builtin.js';
import { readDictionaryFile } from '../../src/dictionaries.js';
import { PackMatcher } from '../../src/packs/pack-matcher.js';
import { Document } from '../../src/document/document.js';

const files = builtinPackFiles();
const packs = files.map((f) => parsePackText(readDictionaryFile(f), `dictionaries/${f}`));
const segmenter = new DictionarySegmenter();
const all = PackMatcher.of(packs);
segmenter.addWords(all.wrongForms);
const matchesOf = (matcher: PackMatcher, text: string) => matcher.find(new Document(text, segmenter));

describe('bundled dictionaries', () => {
  it('hold at least 1,000 entries', () => {
    expect(packs.reduce((n, p) => n + p.entries.length, 0)).toBeGreaterThanOrEqual(1000);
  });

  it('never list one wrong form in two packs', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const p of packs) for (const e of p.entries) for (const w of e.wrong) {
      if (seen.has(w)) clashes.push(`${w}: ${seen.get(w)} / ${p.source}`);
      seen.set(w, p.source);
    }
    expect(clashes).toEqual([]);
  });

  it('never flag a right form with another pack', () => {
    const flagged: string[] = [];
    for (const p of packs) for (const e of p.entries) for (const r of e.right) {
      for (const m of matchesOf(all, r)) flagged.push(`${p.source} “${r}” ← ${m.pack.source} “${m.wrong}”`);
    }
    expect(flagged).toEqual([]);
  });

  for (const pack of packs) {
    describe(pack.source, () => {
      const own = PackMatcher.of([pack]);
      it.each(pack.examples.invalid.map((ex) => [ex.text, ex] as const))('flags: %s', (text, ex) => {
        const found = matchesOf(own, text);
        expect(found.length).toBeGreaterThan(0);
        if (ex.output !== undefined) {
          const fixed = applyFixes(text, found.map((m) => ({ start: m.start, end: m.end, text: m.wrong, suggestions: m.entry.right })));
          expect(fixed).toBe(ex.output);
        }
      });
      it.each(pack.examples.valid)('leaves alone: %s', (text) => {
        expect(matchesOf(own, text).map((m) => m.wrong)).toEqual([]);
      });
      it('passes every entry self-check', () => {
        expect(verifyPack(pack, segmenter).filter((p) => p.where?.startsWith('第'))).toEqual([]);
      });
    });
  }

  it('load through the public API', () => {
    expect(createProofreader().packs.map((p) => p.id).sort()).toEqual(packs.map((p) => p.id).sort());
  });
});
