#!/usr/bin/env node
// The gates on clean text: how many issues the built package raises per 100,000 characters
// of text that has no mistakes (edited, published, correct), two ways:
// - spelling (issue 19): `spelling/*` warnings ≤ 5 and errors ≤ 0.5;
// - whole package (issue 20): every rule, warnings ≤ 5 and errors ≤ 1.
// Always measured: the clean sentences of the test fixtures and the five corpus bulletins
// (../shared/corpus). Each file argument adds a set: the clean corpus of
// scripts/data/build-clean-corpus.ts (dev.txt, gate.txt: documents the context model was
// not trained on; seen-*.txt: trained-era documents, fair for every rule but
// spelling/statistical-typo) or the held-out text of scripts/data/build-context-model.ts.
// Neither is committed, so CI checks only the first two. Texts are proofread one document
// at a time (benchmarks/clean-corpus.mjs), so a corpus of many megabytes is fine.
//   npm run build && node benchmarks/clean-gate.mjs [FILE…] [--show N] [--top N]
// --show N prints N findings per set, except for a file whose header marks it as a gate
// half (counted only, never inspected). Exits 1 when a set misses a gate. The gates count
// every place; the count of findings as the CLI shows them (convention rules grouped per
// document, README "Grouped findings") is printed beside, for reference only.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readCleanText } from './clean-corpus.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : undefined);
const show = option('--show') ?? 0;
const top = option('--top') ?? 5;
const files = args.filter((a, i) => !a.startsWith('--') && !['--show', '--top'].includes(args[i - 1]));
const { createProofreader, groupIssues } = await import(pathToFileURL(join(root, 'dist', 'index.js')).href);
const proofreader = createProofreader();

const corpusDir = join(root, '..', 'shared', 'corpus');
const sets = [
  { name: 'clean sentences (test/fixtures)', texts: readFileSync(join(root, 'test', 'fixtures', 'clean-sentences.txt'), 'utf8').split('\n').filter(Boolean).map((text, i) => ({ name: `line ${i + 1}`, text })), inspect: true },
  // Published bulletins with known mistakes: the spelling gate applies, the package's count is for reference.
  { name: 'five bulletins (../shared/corpus)', texts: existsSync(corpusDir) ? readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ name: f, text: readFileSync(join(corpusDir, f), 'utf8') })) : [], inspect: true, notClean: true },
];
for (const file of files) {
  const { header, texts } = readCleanText(file);
  sets.push({ name: file, texts, inspect: !header.some((line) => line.includes('never inspected')) });
}

const GATES = {
  spelling: { warning: 5, error: 0.5 },
  package: { warning: 5, error: 1 },
};
const per100k = (n, chars) => (chars ? (n * 1e5) / chars : 0);
const rate = (n, chars) => `${n} (${per100k(n, chars).toFixed(2)})`;

let failed = false;
for (const set of sets) {
  let chars = 0;
  const spelling = { warning: 0, error: 0 };
  const all = { warning: 0, error: 0 };
  const grouped = { warning: 0, error: 0 };
  const byRule = new Map();
  const examples = [];
  const t0 = performance.now();
  for (const { name: doc, text } of set.texts) {
    chars += text.length;
    const { issues } = proofreader.proofread(text);
    for (const issue of groupIssues(issues)) if (issue.severity in grouped) grouped[issue.severity]++;
    for (const issue of issues) {
      if (!(issue.severity in all)) continue;
      all[issue.severity]++;
      if (issue.ruleId.startsWith('spelling/')) spelling[issue.severity]++;
      const row = byRule.get(issue.ruleId) ?? { warning: 0, error: 0 };
      row[issue.severity]++;
      byRule.set(issue.ruleId, row);
      if (set.inspect && examples.length < show) examples.push(`  ${issue.severity} ${issue.ruleId} ${doc}: …${text.slice(Math.max(0, issue.start - 10), issue.end + 6).replace(/\n/g, ' ')}… ${issue.message}`);
    }
  }
  const within = (found, gate) => per100k(found.warning, chars) <= gate.warning && per100k(found.error, chars) <= gate.error;
  const spellingOk = within(spelling, GATES.spelling);
  const packageOk = set.notClean || within(all, GATES.package);
  failed ||= !spellingOk || !packageOk;
  console.log(`${set.name}: ${set.texts.length} texts, ${chars.toLocaleString('en')} chars; ${Math.round(performance.now() - t0)} ms`);
  console.log(`  spelling/*:    warnings ${rate(spelling.warning, chars)}, errors ${rate(spelling.error, chars)} per 100k — ${spellingOk ? 'within' : 'OVER'} the gate (≤ ${GATES.spelling.warning}, ≤ ${GATES.spelling.error})`);
  const verdict = set.notClean ? 'not clean text (known mistakes): no gate' : `${packageOk ? 'within' : 'OVER'} the gate (≤ ${GATES.package.warning}, ≤ ${GATES.package.error})`;
  console.log(`  whole package: warnings ${rate(all.warning, chars)}, errors ${rate(all.error, chars)} per 100k — ${verdict}`);
  console.log(`  as the CLI groups them: warnings ${rate(grouped.warning, chars)}, errors ${rate(grouped.error, chars)} per 100k (for reference)`);
  const offenders = [...byRule].sort((a, b) => b[1].error - a[1].error || b[1].warning - a[1].warning).slice(0, top);
  for (const [id, r] of offenders) console.log(`    ${id.padEnd(34)} errors ${rate(r.error, chars).padEnd(12)} warnings ${rate(r.warning, chars)}`);
  if (!set.inspect && show > 0) console.log('  (a gate half: findings are counted, not shown)');
  else for (const e of examples) console.log(e);
}
process.exitCode = failed ? 1 : 0;
