import { describe, expect, it } from 'vitest';
import { cleanCorpusHalf, documentYear, GATE_HALF_HELD_OUT_FROM, HELD_OUT_FROM, heldOutFromTraining } from '../../scripts/data/official-corpus.js';

// The context model's build and the clean corpus read one rule (scripts/data/official-corpus.ts):
// a document the gate counts must never be one the model was trained on.
describe('the held-out rule of the context model and the clean corpus', () => {
  const name = (year: number, title: string) => `地方性法规/上海/${title}(${year}-05-01).md`;

  it('reads the year from the version date that ends a LawRefBook file name, and only from it', () => {
    expect(documentYear('法律/民法商法/中华人民共和国公司法(2023-12-29).md')).toBe(2023);
    expect(documentYear('法律/民法商法/中华人民共和国公司法(2023).md')).toBeUndefined();
    expect(documentYear('案例/某案.md')).toBeUndefined();
  });

  it('splits by FNV-1a of the name, about 40 % dev', () => {
    expect(cleanCorpusHalf('')).toBe(0x811c9dc5 % 100 < 40 ? 'dev' : 'gate');
    const halves = Array.from({ length: 2000 }, (_, i) => cleanCorpusHalf(name(2020, `条例${i}`)));
    const dev = halves.filter((h) => h === 'dev').length / halves.length;
    expect(dev).toBeGreaterThan(0.35);
    expect(dev).toBeLessThan(0.45);
  });

  it('holds out every document from HELD_OUT_FROM on, the gate half from GATE_HALF_HELD_OUT_FROM on, and nothing older or undated', () => {
    for (let i = 0; i < 200; i++) {
      const title = `条例${i}`;
      expect(heldOutFromTraining(name(HELD_OUT_FROM, title), HELD_OUT_FROM)).toBe(true);
      const recent = name(GATE_HALF_HELD_OUT_FROM + 2, title);
      expect(heldOutFromTraining(recent, GATE_HALF_HELD_OUT_FROM + 2)).toBe(cleanCorpusHalf(recent) === 'gate');
      expect(heldOutFromTraining(name(GATE_HALF_HELD_OUT_FROM - 1, title), GATE_HALF_HELD_OUT_FROM - 1)).toBe(false);
      expect(heldOutFromTraining(title, undefined)).toBe(false);
    }
  });
});
