import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { proofread } from '../src/index.js';

/** The five real bulletins, with the real mistakes they carry. */
const CORPUS = join(__dirname, '..', '..', 'shared', 'corpus');
/**
 * Per rule family (category), every finding it must report on each corpus file, as
 * "flagged text → first suggestion": test/fixtures/corpus-expected/<category>.json.
 * A family with such a file must report exactly that; any other family must report
 * no error at all.
 */
const EXPECTED = join(__dirname, 'fixtures', 'corpus-expected');
const expected: Record<string, Record<string, string[]>> = Object.fromEntries(
  readdirSync(EXPECTED)
    .filter((f) => f.endsWith('.json'))
    .map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(join(EXPECTED, f), 'utf8'))]),
);

const files = existsSync(CORPUS) ? readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort() : [];
const describeFinding = (i: { text: string; suggestions: string[] }) => `${i.text} → ${i.suggestions[0] ?? ''}`;

describe('shared corpus', () => {
  it('has the five bulletins', () => {
    expect(files).toHaveLength(5);
  });

  describe.each(files)('%s', (file) => {
    const text = readFileSync(join(CORPUS, file), 'utf8');
    const { issues } = proofread(text);

    it('every issue points at its own text', () => {
      expect(issues.filter((i) => text.slice(i.start, i.end) !== i.text)).toEqual([]);
    });

    it.each(Object.keys(expected))('%s: exactly the expected findings', (category) => {
      expect(issues.filter((i) => i.category === category).map(describeFinding)).toEqual(expected[category]![file] ?? []);
    });

    it('no error from a family without expectations', () => {
      expect(issues.filter((i) => !(i.category in expected) && i.severity === 'error').map((i) => `${i.ruleId}: ${describeFinding(i)}`)).toEqual([]);
    });
  });

  it('004: the reported mistakes sit where the bulletin quotes them, with the right fixes', () => {
    const text = readFileSync(join(CORPUS, '004_c46531162d7a927c.txt'), 'utf8');
    const { issues } = proofread(text);
    for (const [wrong, right] of [['截止目前', '截至目前'], ['针炙', '针灸'], ['值守值守', '值班值守']] as const) {
      const issue = issues.find((i) => i.text === wrong);
      expect(issue, wrong).toBeDefined();
      expect(issue!.start).toBe(text.indexOf(wrong));
      expect(issue!.suggestions[0]).toBe(right);
      expect(issue!.severity).toBe('error');
      expect(issue!.line).toBe(text.slice(0, issue!.start).split('\n').length);
    }
  });
});
