// Measures and tunes spelling/confusable-word (the margin of CONFUSABLE_SETTINGS) on clean text
// the context model was not trained on:
//
//   npx tsx benchmarks/tune-confusable.ts --synthetic FILE… [--clean FILE…] [--out records.json]
//
// Each document goes to the tune or the test half by a high bit of FNV-1a of its name, fixed before
// any tuning. --synthetic files: every occurrence of a pair word that the rule would read (a word
// of its own, no pack over it) is swapped for its partner, one at a time, in its sentence; the
// sentence is proofread and the swap counts as found when the rule suggests the word back, or as
// found by the package when any rule's fix over it restores the sentence. --clean files (and the synthetic files themselves, as
// written): the rule's findings per 100,000 characters. Both are printed for a range of margins;
// the records (gain of each swap, each finding on clean text) go to --out for reading.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createProofreader } from '../src/index.js';
import { CONFUSABLE_SETTINGS, swapGain } from '../src/rules/spelling/confusable-word.js';
import { loadContextModel } from '../src/model/context-model-file.js';
import { readCleanText } from './clean-corpus.mjs';
import { halfOf, sentenceAround } from './confusable-halves.js';

const { values } = parseArgs({ allowPositionals: false, options: { synthetic: { type: 'string', multiple: true }, clean: { type: 'string', multiple: true }, out: { type: 'string' } } });
const RULE = 'spelling/confusable-word';
const MARGINS = [0, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 16];
const proofreader = createProofreader();
// The package without the rule: what the other rules find on their own (beside the rule, a guess
// of theirs over the same span may give way to its finding).
const others = createProofreader({ rules: { [RULE]: 'off' } });
const model = loadContextModel();

interface CleanRecord { file: string; half: string; from: string; to: string; gain: number; loose: boolean; context: string }
interface SwapRecord { file: string; half: string; word: string; written: string; gain: number; loose: boolean; mine: boolean; other: string }

const cleanRecords: CleanRecord[] = [];
const swapRecords: SwapRecord[] = [];
const chars: Record<string, number> = {};
const swapsOf = (w: string) => allSwaps.filter((s) => s.to === w);
let allSwaps: { from: string; to: string; loose: boolean }[] = [];
const isLoose = (from: string, to: string) => allSwaps.some((s) => s.from === from && s.to === to && s.loose);

/** A corpus's texts; a file of lines without documents or paragraphs (train.txt) in chunks of whole lines of ~50k characters. */
function textsOf(file: string): { name: string; text: string }[] {
  const { texts } = readCleanText(file);
  if (texts.length !== 1 || texts[0]!.text.length < 200_000) return texts;
  const chunks: { name: string; text: string }[] = [];
  let lines: string[] = [];
  let size = 0;
  for (const line of texts[0]!.text.split('\n')) {
    lines.push(line);
    size += line.length + 1;
    if (size > 50_000) {
      chunks.push({ name: `${file} #${chunks.length}`, text: lines.join('\n') });
      lines = [];
      size = 0;
    }
  }
  if (lines.length > 0) chunks.push({ name: `${file} #${chunks.length}`, text: lines.join('\n') });
  return chunks;
}

function clean(file: string, synthetic: boolean) {
  const texts = textsOf(file);
  for (const { name, text } of texts) {
    const half = halfOf(name);
    chars[`${file}|${half}`] = (chars[`${file}|${half}`] ?? 0) + text.length;
    CONFUSABLE_SETTINGS.margin = CONFUSABLE_SETTINGS.looseMargin = synthetic ? -1e9 : 0;
    const issues = proofreader.proofread(text).issues.filter((i) => i.ruleId === RULE);
    for (const i of issues) {
      const gain = swapGain(model, text, i.start, i.end, i.suggestions[0]!);
      if (gain >= 0) cleanRecords.push({ file, half, from: i.text, to: i.suggestions[0]!, gain, loose: isLoose(i.text, i.suggestions[0]!), context: text.slice(Math.max(0, i.start - 20), i.end + 20).replace(/\n/g, '⏎') });
      if (!synthetic) continue;
      // Swap the word (written right) for each partner that may be written for it.
      const [s, e] = sentenceAround(text, i.start, i.end);
      for (const swap of swapsOf(i.text)) {
        const wrong = text.slice(s, i.start) + swap.from + text.slice(i.end, e);
        const at = i.start - s;
        const atEnd = at + swap.from.length;
        const found = proofreader.proofread(wrong).issues;
        const mine = found.some((f) => f.ruleId === RULE && f.start === at && f.end === atEnd && f.suggestions[0] === i.text);
        const other = others.proofread(wrong).issues.find((f) => f.start < atEnd && at < f.end && f.suggestions[0] !== undefined && wrong.slice(0, f.start) + f.suggestions[0] + wrong.slice(f.end) === text.slice(s, e))?.ruleId ?? '';
        swapRecords.push({ file, half, word: i.text, written: swap.from, gain: swapGain(model, wrong, at, atEnd, i.text), loose: swap.loose, mine, other });
      }
    }
  }
}

// The rule's swaps, read back from its findings' data is not possible: parse the table here too.
const { readFileSync } = await import('node:fs');
const { swapsOf: parseSwaps } = await import('../src/rules/spelling/confusable-word.js');
allSwaps = parseSwaps(readFileSync(new URL('../dictionaries/spelling/confusable-words.tsv', import.meta.url), 'utf8').split('\n').filter((l) => l && !l.startsWith('#')));

for (const f of values.synthetic ?? []) clean(f, true);
for (const f of values.clean ?? []) clean(f, false);

// A finding stands at margins (m, m + extra for a loose pair).
const EXTRA = [0, 2, 3, 4, 6];
const stands = (r: { gain: number; loose: boolean }, m: number, extra: number) => r.gain >= m + (r.loose ? extra : 0);
for (const half of ['tune', 'test']) {
  const rs = swapRecords.filter((r) => r.half === half);
  if (rs.length === 0) continue;
  const kinds = new Map<string, SwapRecord[]>();
  for (const r of rs) kinds.set(`${r.written}→${r.word}`, [...(kinds.get(`${r.written}→${r.word}`) ?? []), r]);
  console.log(`\n== synthetic swaps, ${half} half: ${rs.length} swaps of ${kinds.size} kinds; found by another rule ${rs.filter((r) => r.other).length}`);
  console.log('rule alone % of swaps / mean % per kind / package %, loose pairs needing 0, 2, 3, 4, 6 more');
  for (const m of MARGINS) {
    const cells = EXTRA.map((x) => {
      const mine = rs.filter((r) => r.mine && stands(r, m, x)).length;
      const any = rs.filter((r) => r.other || (r.mine && stands(r, m, x))).length;
      // Per kind (written → word), averaged: the frequent words do not speak for all.
      let macro = 0;
      for (const k of kinds.values()) macro += k.filter((r) => r.mine && stands(r, m, x)).length / k.length;
      return `${(100 * mine / rs.length).toFixed(1)}/${(100 * macro / kinds.size).toFixed(1)}/${(100 * any / rs.length).toFixed(1)}`;
    });
    console.log(`margin ${m}\t${cells.join('\t')}`);
  }
}
console.log('\n== clean text: findings per 100k at each margin (loose pairs needing 0 / 2 / 3 / 4 / 6 more)');
for (const key of Object.keys(chars)) {
  const [file, half] = key.split('|');
  const rs = cleanRecords.filter((r) => r.file === file && r.half === half);
  console.log(`${key.replace(/.*\//, '')} (${(chars[key]! / 1000).toFixed(0)}k chars)`);
  for (const m of MARGINS) console.log(`  margin ${m}\t${EXTRA.map((x) => ((100000 * rs.filter((r) => stands(r, m, x)).length) / chars[key]!).toFixed(2)).join('\t')}`);
}
if (values.out) writeFileSync(values.out, JSON.stringify({ cleanRecords, swapRecords }));
