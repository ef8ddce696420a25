#!/usr/bin/env node
// Detection, correction and false alarms on test/fixtures/real-errors/errors.tsv (real errors
// from public sources), per split (tune / test) and category, through the built package.
//   node benchmarks/real-errors.mjs [--show]
// Detected: an error or warning overlapping the characters where wrong and right differ.
// Corrected: applying the first suggestions of those issues turns wrong into right.
// False alarm: an error or warning on the corrected text.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const show = process.argv.includes('--show');
const { proofread, applyFixes } = await import(pathToFileURL(join(root, 'dist', 'index.js')).href);
const rows = readFileSync(join(root, 'test', 'fixtures', 'real-errors', 'errors.tsv'), 'utf8')
  .split('\n')
  .filter((l) => l && !l.startsWith('#'))
  .map((l) => {
    const [split, category, wrong, right, source] = l.split('\t');
    return { split, category, wrong, right, source };
  });

/** [start, end) of wrong where it differs from right (common prefix and suffix removed). */
function differingSpan(wrong, right) {
  let start = 0;
  while (start < wrong.length && start < right.length && wrong[start] === right[start]) start++;
  let end = wrong.length;
  let endRight = right.length;
  while (end > start && endRight > start && wrong[end - 1] === right[endRight - 1]) {
    end--;
    endRight--;
  }
  // A dropped character: the gap between its neighbours counts.
  return end > start ? [start, end] : [Math.max(0, start - 1), Math.min(wrong.length, start + 1)];
}

const serious = (i) => i.severity !== 'info';
const tally = new Map();
const add = (key, field) => {
  const t = tally.get(key) ?? { n: 0, detected: 0, corrected: 0, falseAlarms: 0 };
  t[field]++;
  tally.set(key, t);
};
for (const r of rows) {
  const [start, end] = differingSpan(r.wrong, r.right);
  const hits = proofread(r.wrong).issues.filter((i) => serious(i) && i.start < end && i.end > start);
  const alarms = proofread(r.right).issues.filter(serious);
  for (const key of [`${r.split}\tall`, `${r.split}\t${r.category}`]) {
    add(key, 'n');
    if (hits.length > 0) add(key, 'detected');
    if (hits.length > 0 && applyFixes(r.wrong, hits) === r.right) add(key, 'corrected');
    if (alarms.length > 0) add(key, 'falseAlarms');
  }
  if (show) console.log(`${r.split} ${r.category} ${r.wrong} → ${r.right}: ${hits.map((i) => `${i.ruleId} ${i.text}→${i.suggestions[0] ?? ''}`).join('; ') || '—'}${alarms.length ? `  FALSE ALARM ${alarms.map((i) => `${i.ruleId} ${i.text}`).join('; ')}` : ''}`);
}
const pct = (a, n) => `${a} (${((100 * a) / n).toFixed(0)} %)`;
console.log(['split', 'category', 'errors', 'detected', 'corrected', 'false alarms on the corrected text'].join('\t'));
for (const [key, t] of [...tally].sort()) console.log([key, t.n, pct(t.detected, t.n), pct(t.corrected, t.n), pct(t.falseAlarms, t.n)].join('\t'));
