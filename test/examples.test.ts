import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyFixes, proofread } from '../src/index.js';

const EXAMPLES = join(__dirname, '..', 'examples');

/** The answer key of examples/README.md: `| file | wrong | right |`, `\n` standing for the line break. */
const key = readFileSync(join(EXAMPLES, 'README.md'), 'utf8')
  .split('\n')
  .map((l) => /^\| (\S+\.txt) \| (.+?) \| (.*?) \|$/.exec(l))
  .filter((m): m is RegExpExecArray => m !== null)
  .map(([, file, wrong, right]) => ({ file: file!, wrong: wrong!.replaceAll('\\n', '\n'), right: right!.replaceAll('\\n', '\n') }));
const files = [...new Set(key.map((k) => k.file))];

describe('examples/ (the demo documents and their answer key)', () => {
  it('has an answer key', () => {
    expect(key.length).toBeGreaterThanOrEqual(10);
  });

  it.each(files)('%s: fixing every error gives exactly the answer key', (file) => {
    const text = readFileSync(join(EXAMPLES, file), 'utf8');
    const expected = key.filter((k) => k.file === file).reduce((t, k) => t.replace(k.wrong, k.right), text);
    const { issues } = proofread(text);
    const fixed = applyFixes(text, issues.filter((i) => i.severity !== 'info'));
    expect(fixed).toBe(expected);
  });
});
