#!/usr/bin/env node
// Precision gate: proofreads large clean text (edited, published, correct) and reports
// error- and warning-severity issues per 100,000 characters, by rule. Every issue on such
// text is a false alarm (or a real slip of the source: read the samples).
//   node benchmarks/precision.mjs FILE... [--rule ID] [--show N] [--json]
// A file is read as UTF-8 and proofread document by document when it is a corpus of `# name`
// documents (the clean corpus of scripts/data/build-clean-corpus.ts, the held-out text), else
// paragraph by paragraph (blank lines split it), as an editor's documents are short
// (benchmarks/clean-corpus.mjs). Run `npm run build` first.
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readCleanText } from './clean-corpus.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const onlyRule = option('--rule');
const show = Number(option('--show') ?? 0);
const asJson = args.includes('--json');
const files = args.filter((a, i) => !a.startsWith('--') && !['--rule', '--show'].includes(args[i - 1]));
if (files.length === 0) {
  console.error('usage: node benchmarks/precision.mjs FILE... [--rule ID] [--show N] [--json]');
  process.exit(2);
}
const { createProofreader } = await import(pathToFileURL(join(root, 'dist', 'index.js')).href);
const proofreader = createProofreader();

let chars = 0;
const byRule = new Map();
const samples = [];
for (const file of files) {
  for (const { text: block } of readCleanText(file).texts) {
    chars += block.length;
    for (const issue of proofreader.proofread(block).issues) {
      if (issue.severity === 'info' || (onlyRule && issue.ruleId !== onlyRule)) continue;
      const row = byRule.get(issue.ruleId) ?? { error: 0, warning: 0 };
      row[issue.severity]++;
      byRule.set(issue.ruleId, row);
      if (samples.length < show) samples.push(`${issue.ruleId} ${issue.severity} 「${block.slice(Math.max(0, issue.start - 12), issue.end + 12).replace(/\n/g, '⏎')}」 ${issue.text} → ${issue.suggestions[0] ?? ''}`);
    }
  }
}
const per100k = (n) => Math.round((n / chars) * 1e5 * 100) / 100;
const total = [...byRule.values()].reduce((t, r) => ({ error: t.error + r.error, warning: t.warning + r.warning }), { error: 0, warning: 0 });
const result = {
  chars,
  errorsPer100k: per100k(total.error),
  warningsPer100k: per100k(total.warning),
  byRule: Object.fromEntries([...byRule].sort((a, b) => b[1].error + b[1].warning - a[1].error - a[1].warning).map(([id, r]) => [id, { ...r, errorsPer100k: per100k(r.error), warningsPer100k: per100k(r.warning) }])),
};
if (asJson) console.log(JSON.stringify(result, null, 2));
else {
  console.log(`${chars} characters: errors ${result.errorsPer100k} / 100k, warnings ${result.warningsPer100k} / 100k`);
  for (const [id, r] of Object.entries(result.byRule)) console.log(`  ${id.padEnd(36)} error ${String(r.error).padStart(5)} (${r.errorsPer100k})  warning ${String(r.warning).padStart(5)} (${r.warningsPer100k})`);
  for (const s of samples) console.log(s);
}
