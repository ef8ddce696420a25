#!/usr/bin/env node
// Dumps the built package's output on every text the project checks against, as JSON lines,
// so that a refactoring can show its output is byte-identical before and after.
// Run after `npm run build`:
//   node benchmarks/snapshot-output.mjs > /tmp/before.jsonl     (on the old build)
//   node benchmarks/snapshot-output.mjs > /tmp/after.jsonl      (on the new build)
//   cmp /tmp/before.jsonl /tmp/after.jsonl
// Texts: the corpus bulletins (../shared/corpus), examples/, every line of
// test/fixtures/clean-sentences.txt, and the source and target of every ECSpell row
// (../shared/data/ecspell/odw.train.tsv). The count goes to stderr.
// Options: --dist=DIR runs another build (a copy of an older dist/ kept inside the
// repository, so that it finds dictionaries/); --rule-tables adds every quoted string with
// Han characters of the rule tests (test/rules/), so that every message template is exercised.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, '..', 'shared');
const option = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const dist = resolve(root, option('dist') ?? 'dist');
const { proofread } = await import(pathToFileURL(join(dist, 'index.js')).href);

const texts = [];
const readText = (path) => readFileSync(path, 'utf8').replace(/\r\n?/g, '\n');
const addFolder = (dir, label) => {
  if (!existsSync(dir)) throw new Error(`snapshot-output: ${dir} not found`);
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) texts.push([`${label}/${name}`, readText(join(dir, name))]);
};
addFolder(join(shared, 'corpus'), 'corpus');
addFolder(join(root, 'examples'), 'examples');
readText(join(root, 'test', 'fixtures', 'clean-sentences.txt'))
  .split('\n')
  .forEach((line, i) => line && texts.push([`clean-sentences:${i + 1}`, line]));
readText(join(shared, 'data', 'ecspell', 'odw.train.tsv'))
  .split('\n')
  .forEach((row, i) => {
    if (!row) return;
    const [, source, target] = row.split('\t');
    texts.push([`ecspell:${i + 1}:source`, source], [`ecspell:${i + 1}:target`, target]);
  });
if (process.argv.includes('--rule-tables')) {
  const testFiles = readdirSync(join(root, 'test', 'rules'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.test.ts')).sort();
  for (const f of testFiles) {
    const source = readFileSync(join(root, 'test', 'rules', f), 'utf8');
    for (const m of source.matchAll(/'((?:[^'\\\n]|\\.)*\p{Script=Han}(?:[^'\\\n]|\\.)*)'/gu)) texts.push([`test/rules/${f}`, JSON.parse(`"${m[1].replace(/\\'/g, "'").replace(/"/g, '\\"').replace(/\\u\{([0-9a-fA-F]+)\}/g, (_, hex) => JSON.stringify(String.fromCodePoint(parseInt(hex, 16))).slice(1, -1))}"`)]);
  }
}

const out = [];
for (const [name, text] of texts) out.push(JSON.stringify({ name, issues: proofread(text).issues }));
process.stdout.write(out.join('\n') + '\n');
process.stderr.write(`snapshot-output: ${texts.length} texts\n`);
