// A quick screen of candidate pairs for dictionaries/spelling/confusable-words.tsv before they are
// added (spelling/confusable-word), without the proofreader:
//
//   npx tsx benchmarks/screen-confusable.ts PAIRS --clean FILE [--clean FILE]… [--synthetic FILE]… [--margin 11]
//
// PAIRS: one candidate a line, `甲 乙` (whitespace between). For each direction:
// - on the --clean files, every occurrence of the word as raw text (no segmenter, no pack, no
//   `# name` lines skipped) is scored against its partner with the rule's swapGain; those at the
//   margin or above are listed. This is a superset of what the rule would add there.
// - on the tune half of the --synthetic files (the halves of benchmarks/tune-confusable.ts),
//   every occurrence of a word is swapped for its partner in its sentence and counted as found
//   when the word gains the margin back (again without the rule's boundary and pack checks).
// Then add the kept pairs to the table and measure them with benchmarks/tune-confusable.ts.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import '../src/index.js';
import { swapGain } from '../src/rules/spelling/confusable-word.js';
import { loadContextModel } from '../src/model/context-model-file.js';
import { readCleanText } from './clean-corpus.mjs';
import { halfOf, sentenceAround } from './confusable-halves.js';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { clean: { type: 'string', multiple: true }, synthetic: { type: 'string', multiple: true }, margin: { type: 'string' } } });
const model = loadContextModel();
const margin = Number(values.margin ?? 11);
const pairs = readFileSync(positionals[0]!, 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#')).map((l) => l.trim().split(/\s+/) as [string, string]);
const directions = pairs.flatMap(([a, b]) => [[a, b], [b, a]] as [string, string][]);

/** `from→to`: from written, to suggested. */
const stats = new Map<string, { occurrences: number; findings: string[]; swaps: number; found: number }>();
for (const [x, y] of directions) stats.set(`${x}→${y}`, { occurrences: 0, findings: [], swaps: 0, found: 0 });
for (const file of values.clean ?? []) {
  const text = readFileSync(file, 'utf8');
  for (const [x, y] of directions) {
    const st = stats.get(`${x}→${y}`)!;
    for (let i = text.indexOf(x); i >= 0; i = text.indexOf(x, i + 1)) {
      st.occurrences++;
      const gain = swapGain(model, text, i, i + x.length, y);
      if (gain >= margin) st.findings.push(`${gain.toFixed(1)} ${file.replace(/.*\//, '')}: ${text.slice(Math.max(0, i - 15), i + x.length + 15).replace(/\n/g, '⏎')}`);
    }
  }
}
for (const file of values.synthetic ?? []) {
  for (const { name, text } of readCleanText(file).texts) {
    if (halfOf(name) !== 'tune') continue;
    for (const [x, y] of directions) {
      // x written right, y written for it: the swap y→x.
      const st = stats.get(`${y}→${x}`)!;
      for (let i = text.indexOf(x); i >= 0; i = text.indexOf(x, i + 1)) {
        const [s, e] = sentenceAround(text, i, i + x.length);
        const wrong = text.slice(s, i) + y + text.slice(i + x.length, e);
        st.swaps++;
        if (swapGain(model, wrong, i - s, i - s + y.length, x) >= margin) st.found++;
      }
    }
  }
}
for (const [key, st] of stats) {
  console.log(`${key}\tclean occurrences ${st.occurrences}\tfindings ${st.findings.length}\ttune swaps ${st.swaps}\tfound ${st.found}`);
  for (const line of st.findings.slice(0, 6)) console.log(`    ${line}`);
}
