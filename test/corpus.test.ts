import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { proofread } from '../src/index.js';

/** The five real bulletins, with the real mistakes they carry. */
const CORPUS = join(__dirname, '..', '..', 'shared', 'corpus');

/** Every `error` the current rule families must report per file: text → first suggestion. */
const EXPECTED_ERRORS: Record<string, string[]> = {
  '000_138312a856a89047.txt': [],
  '001_05e5d552f9d7a5b2.txt': [],
  '002_e602cac2ce9f3cda.txt': [],
  '003_80f4e3af275babf5.txt': [],
  '004_c46531162d7a927c.txt': ['截止目前 → 截至目前', '值守值守 → 值班值守', '针炙 → 针灸'],
};

describe('shared corpus', () => {
  const files = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort();

  it('has the five bulletins', () => {
    expect(files).toEqual(Object.keys(EXPECTED_ERRORS));
  });

  it.each(files)('%s: exactly the known mistakes are errors', (file) => {
    const text = readFileSync(join(CORPUS, file), 'utf8');
    const { issues } = proofread(text);
    for (const i of issues) expect(text.slice(i.start, i.end)).toBe(i.text);
    const errors = issues.filter((i) => i.severity === 'error').map((i) => `${i.text} → ${i.suggestions[0]}`);
    expect(errors).toEqual(EXPECTED_ERRORS[file]);
  });

  it.each(files)('%s: no privacy finding (its numbers are phone lines, 文号 and codes)', (file) => {
    const text = readFileSync(join(CORPUS, file), 'utf8');
    expect(proofread(text).issues.filter((i) => i.category === 'privacy').map((i) => i.text)).toEqual([]);
  });

  it('004: each reported mistake sits where the bulletin quotes it', () => {
    const text = readFileSync(join(CORPUS, '004_c46531162d7a927c.txt'), 'utf8');
    const { issues } = proofread(text);
    for (const [wrong, right] of [['截止目前', '截至目前'], ['针炙', '针灸'], ['值守值守', '值班值守']] as const) {
      const issue = issues.find((i) => i.text === wrong);
      expect(issue, wrong).toBeDefined();
      expect(issue!.start).toBe(text.indexOf(wrong));
      expect(issue!.suggestions[0]).toBe(right);
      expect(issue!.line).toBe(text.slice(0, issue!.start).split('\n').length);
    }
  });
});
