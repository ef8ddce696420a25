#!/usr/bin/env node
// The spelling gate on clean text: how many `spelling/*` warnings and errors the built
// package raises per 100,000 characters of text that has no typos (issue 19: at most 5
// warnings and 0.5 errors). Always measured: the clean sentences of the test fixtures and
// the five corpus bulletins (../shared/corpus); with a file argument also the held-out
// recent official text that scripts/data/build-context-model.ts writes (heldout.txt,
// documents of 2023 or later that no model was trained on; `# name` lines start a
// document). That text is not committed, so CI checks only the first two.
//   npm run build && node benchmarks/clean-gate.mjs [/path/to/heldout.txt] [--show N]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const show = Number(args[args.indexOf('--show') + 1] || 0);
const heldOutFile = args.find((a) => !a.startsWith('--') && a !== String(show));
const { createProofreader } = await import(pathToFileURL(join(root, 'dist', 'index.js')).href);
const proofreader = createProofreader();

/** Documents of the held-out file: each `# name` line starts one. */
function heldOutDocuments(file) {
  const docs = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('# ')) docs.push({ name: line.slice(2), lines: [] });
    else if (line && docs.length) docs.at(-1).lines.push(line);
  }
  return docs.map((d) => ({ name: d.name, text: d.lines.join('\n') }));
}

const corpusDir = join(root, '..', 'shared', 'corpus');
const sets = [
  ['clean sentences (test/fixtures)', readFileSync(join(root, 'test', 'fixtures', 'clean-sentences.txt'), 'utf8').split('\n').filter(Boolean).map((text, i) => ({ name: `line ${i + 1}`, text }))],
  ['five bulletins (../shared/corpus)', existsSync(corpusDir) ? readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ name: f, text: readFileSync(join(corpusDir, f), 'utf8') })) : []],
];
if (heldOutFile) sets.push([`held-out recent text (${heldOutFile})`, heldOutDocuments(heldOutFile)]);

let failed = false;
for (const [name, docs] of sets) {
  let chars = 0;
  const found = { warning: 0, error: 0 };
  const examples = [];
  const t0 = performance.now();
  for (const { name: doc, text } of docs) {
    chars += text.length;
    for (const issue of proofreader.proofread(text).issues) {
      if (!issue.ruleId.startsWith('spelling/') || !(issue.severity in found)) continue;
      found[issue.severity]++;
      examples.push(`  ${issue.severity} ${doc}: …${text.slice(Math.max(0, issue.start - 10), issue.end + 6).replace(/\n/g, ' ')}… ${issue.message}`);
    }
  }
  const per100k = (n) => (chars ? (n * 1e5) / chars : 0);
  const ok = per100k(found.warning) <= 5 && per100k(found.error) <= 0.5;
  failed ||= !ok;
  console.log(`${name}: ${docs.length} texts, ${chars.toLocaleString('en')} chars; spelling warnings ${found.warning} (${per100k(found.warning).toFixed(2)} per 100k), errors ${found.error} (${per100k(found.error).toFixed(2)} per 100k) — ${ok ? 'within' : 'OVER'} the gate (≤ 5, ≤ 0.5); ${Math.round(performance.now() - t0)} ms`);
  for (const e of examples.slice(0, show)) console.log(e);
}
process.exitCode = failed ? 1 : 0;
