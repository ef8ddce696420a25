#!/usr/bin/env node
// Spelling accuracy on the ECSpell official-document development set
// (../shared/data/ecspell/odw.train.tsv: nErrors<TAB>source<TAB>target), through the
// built package (run `npm run build` first), on each of its two fixed halves
// (benchmarks/dev-split.mjs): `tune`, on which thresholds were chosen, and `test`, on
// which they are checked.
//
// Sentence level and strict, as in the CSC literature: a sentence counts as detected
// when exactly its wrong characters are flagged, as corrected when applying the first
// suggestions gives exactly the target. A prediction is any issue with a same-length
// Han replacement, from any rule. False alarms: error-free sentences with a prediction,
// and (more clean text from the same set) corrected target sentences with one.
//   node benchmarks/spelling.mjs [--json] [--errors-only] [--show N]
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readDevSet } from './dev-split.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const asJson = args.includes('--json');
const errorsOnly = args.includes('--errors-only');
const show = Number(args[args.indexOf('--show') + 1] || 0);
const { createProofreader } = await import(pathToFileURL(join(root, 'dist', 'index.js')).href);

const allRows = readDevSet();
const PARTS = [
  ['test', allRows.filter((r) => r.split === 'test')],
  ['tune', allRows.filter((r) => r.split === 'tune')],
  ['whole set', allRows],
];
const isHan = (s) => /^\p{Script=Han}+$/u.test(s);

/** The text with each prediction's first suggestion applied (left to right, no overlaps). */
function corrected(source, issues) {
  const predictions = issues
    .filter((i) => (!errorsOnly || i.severity === 'error') && i.suggestions[0]?.length === i.end - i.start && isHan(i.text) && isHan(i.suggestions[0]))
    .sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const p of predictions) {
    if (p.start < at) continue;
    out += source.slice(at, p.start) + p.suggestions[0];
    at = p.end;
  }
  return out + source.slice(at);
}
const changedAt = (a, b) => [...a].map((c, i) => (c !== b[i] ? i : -1)).filter((i) => i >= 0).join(',');

function score(proofreader, rows) {
  const n = { gold: 0, clean: 0, predicted: 0, detected: 0, corrected: 0, falseAlarms: 0, targetFalseAlarms: 0 };
  // Character level, for a second view: how many changed characters were typos, and fixed right.
  const chars = { typos: 0, changed: 0, changedTypos: 0, fixedRight: 0 };
  const mistakes = [];
  const t0 = performance.now();
  let length = 0;
  for (const { source, target } of rows) {
    length += source.length;
    const out = corrected(source, proofreader.proofread(source).issues);
    if (corrected(target, proofreader.proofread(target).issues) !== target) n.targetFalseAlarms++;
    for (let i = 0; i < source.length; i++) {
      if (source[i] !== target[i]) chars.typos++;
      if (out[i] === source[i]) continue;
      chars.changed++;
      if (source[i] !== target[i]) chars.changedTypos++;
      if (out[i] === target[i]) chars.fixedRight++;
    }
    const hasErrors = source !== target;
    if (hasErrors) n.gold++;
    else n.clean++;
    if (out === source) continue;
    n.predicted++;
    if (!hasErrors) n.falseAlarms++;
    else if (changedAt(source, out) === changedAt(source, target)) n.detected++;
    if (hasErrors && out === target) n.corrected++;
    else mistakes.push({ source, out, target });
  }
  const ms = performance.now() - t0;
  const prf = (tp) => {
    const p = n.predicted ? tp / n.predicted : 0;
    const r = n.gold ? tp / n.gold : 0;
    return { precision: p, recall: r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
  };
  const characters = {
    ...chars,
    detectionPrecision: chars.changed ? chars.changedTypos / chars.changed : 0,
    correctionPrecision: chars.changed ? chars.fixedRight / chars.changed : 0,
    correctionRecall: chars.typos ? chars.fixedRight / chars.typos : 0,
  };
  return {
    sentences: rows.length,
    ...n,
    detection: prf(n.detected),
    correction: prf(n.corrected),
    falseAlarmRate: n.falseAlarms / n.clean,
    targetFalseAlarmRate: n.targetFalseAlarms / rows.length,
    characters,
    charsPerSecond: (2 * length) / (ms / 1000),
    mistakes,
  };
}

const withRule = createProofreader();
const withoutRule = createProofreader({ rules: { 'spelling/statistical-typo': 'off' } });
const results = PARTS.map(([part, rows]) => ({ part, withDetector: score(withRule, rows), withoutDetector: score(withoutRule, rows) }));
const pct = (x) => (100 * x).toFixed(1);
if (asJson) {
  console.log(JSON.stringify(results.map(({ part, withDetector, withoutDetector }) => ({ part, withDetector: { ...withDetector, mistakes: undefined }, withoutDetector: { ...withoutDetector, mistakes: undefined } })), null, 2));
} else {
  for (const [name, s] of results.flatMap(({ part, withDetector, withoutDetector }) => [[`${part}: all rules`, withDetector], [`${part}: without spelling/statistical-typo`, withoutDetector]])) {
    console.log(`${name}${errorsOnly ? ' (error severity only)' : ''}: ${s.sentences} sentences, ${s.gold} with errors, ${s.clean} error-free`);
    console.log(`  detection  P=${pct(s.detection.precision)} R=${pct(s.detection.recall)} F1=${pct(s.detection.f1)}`);
    console.log(`  correction P=${pct(s.correction.precision)} R=${pct(s.correction.recall)} F1=${pct(s.correction.f1)}`);
    console.log(`  false alarms on error-free sentences ${pct(s.falseAlarmRate)}% (${s.falseAlarms}/${s.clean}), on the corrected sentences ${pct(s.targetFalseAlarmRate)}% (${s.targetFalseAlarms}/${s.sentences}); ${Math.round(s.charsPerSecond).toLocaleString('en')} chars/s`);
    const c = s.characters;
    console.log(`  characters: ${c.changed} changed, ${pct(c.detectionPrecision)}% of them typos, ${pct(c.correctionPrecision)}% fixed right; ${c.fixedRight} of ${c.typos} typos fixed (${pct(c.correctionRecall)}%)`);
  }
  const test = results[0].withDetector;
  const met = test.correction.f1 >= 0.5 && test.correction.precision >= 0.75 && test.targetFalseAlarmRate <= 0.005;
  console.log(`issue 19 target on the test half: correction F1 ≥ 50 at P ≥ 75, false alarms on corrected sentences ≤ 0.5 % — ${met ? 'met' : 'MISSED'}`);
  for (const m of test.mistakes.slice(0, show)) console.log(`- ${m.source}\n  ${m.out}\n  ${m.target}`);
}
