// Chooses the context detector's bars (src/rules/spelling/context-settings.ts) on the
// TUNE half of the ECSpell development set only (benchmarks/dev-split.mjs), gated on
// clean text: the best sentence-correction F1 with precision ≥ MIN_PRECISION and false
// alarms on the corrected sentences ≤ 0.5 %, among settings that also keep spelling
// warnings ≤ 5 and errors ≤ 0.25 per 100,000 characters (issue 19's bars are 5 and 0.5) on
// the development half of the clean corpus (dev.txt of scripts/data/build-clean-corpus.ts:
// text no model was trained on; the gate half is only counted, never tuned on), the clean
// fixture sentences and the five bulletins. Since issue 20's fifth stage each further file is a
// clean set the cap holds on too (the dev half of the provincial work reports, reports-dev.txt
// of scripts/data/build-report-corpus.ts: recent text of another register), and the grid
// includes the bar for a swap of two real words (`realWord`). Prints the choice; copying it
// into context-settings.ts is by hand.
// A dev half is small and the reports' gate half raised twice its dev half's rate, so `--cap N`
// asks for at most N warnings per 100,000 characters on each file instead of 5.
//   npx tsx benchmarks/tune-spelling.ts /path/to/clean-corpus/dev.txt [/path/to/clean-corpus/reports-dev.txt] [--cap 2.5]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createProofreader } from '../src/index.js';
import { CONTEXT_SETTINGS } from '../src/rules/spelling/context-settings.js';
import { readCleanText } from './clean-corpus.mjs';
import { readDevSet } from './dev-split.mjs';

/** Precision wanted on the tune half, above the target of 75 so that the test half has room. */
const MIN_PRECISION = 0.76;
/** Spelling warnings and errors per 100,000 characters of clean text a setting may raise. */
const GATE = { warnings: 5, errors: 0.25 };
/** Errors should be right this often (character level, on the tune half). */
const SURE_PRECISION = 0.95;

const root = join(import.meta.dirname, '..');
const { values, positionals: heldOutFiles } = parseArgs({ allowPositionals: true, options: { cap: { type: 'string' } } });
if (values.cap !== undefined) GATE.warnings = Number(values.cap);
if (heldOutFiles.length === 0) {
  console.error('用法：npx tsx benchmarks/tune-spelling.ts <干净语料文件>… [--cap 每十万字警告上限]');
  process.exit(2);
}
const tune = readDevSet().filter((r) => r.split === 'tune');
const proofreader = createProofreader();
const isHan = (s: string) => /^\p{Script=Han}+$/u.test(s);

function corrected(source: string) {
  let out = '';
  let at = 0;
  const issues = proofreader.proofread(source).issues.filter((i) => i.suggestions[0]?.length === i.end - i.start && isHan(i.text) && isHan(i.suggestions[0]!));
  for (const i of issues.sort((a, b) => a.start - b.start)) {
    if (i.start < at) continue;
    out += source.slice(at, i.start) + i.suggestions[0];
    at = i.end;
  }
  return out + source.slice(at);
}

function scoreTune() {
  let gold = 0;
  let predicted = 0;
  let right = 0;
  let targetAlarms = 0;
  for (const { source, target } of tune) {
    const out = corrected(source);
    if (source !== target) gold++;
    if (out !== source) predicted++;
    if (source !== target && out === target) right++;
    if (corrected(target) !== target) targetAlarms++;
  }
  const p = predicted ? right / predicted : 0;
  const r = right / gold;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, targetAlarmRate: targetAlarms / tune.length };
}

const cleanDocs: string[] = [
  ...readFileSync(join(root, 'test', 'fixtures', 'clean-sentences.txt'), 'utf8').split('\n').filter(Boolean),
  ...readdirSync(join(root, '..', 'shared', 'corpus')).map((f) => readFileSync(join(root, '..', 'shared', 'corpus', f), 'utf8')),
];
// Documents of the held-out text or of the clean corpus (`## ` header lines, `# name` lines start documents), per file.
const heldOut = heldOutFiles.map((file) => readCleanText(file).texts.map((d) => d.text));

/** Spelling warnings and errors per 100,000 characters of clean text: held out, and the committed clean sets. */
function gate() {
  const rate = (docs: string[]) => {
    let chars = 0;
    const n = { warning: 0, error: 0 };
    for (const text of docs) {
      chars += text.length;
      for (const i of proofreader.proofread(text).issues) if (i.ruleId.startsWith('spelling/') && (i.severity === 'warning' || i.severity === 'error')) n[i.severity]++;
    }
    return { warnings: (n.warning * 1e5) / chars, errors: (n.error * 1e5) / chars };
  };
  const sets = [...heldOut.map(rate), rate(cleanDocs)];
  return { ok: sets.every((r) => r.warnings <= GATE.warnings && r.errors <= GATE.errors), heldOut: sets.slice(0, -1), committed: sets.at(-1)! };
}

const fmt = (x: number) => (100 * x).toFixed(1);
const tried: { settings: string; p: number; r: number; f1: number; targetAlarmRate: number }[] = [];
CONTEXT_SETTINGS.sure = Infinity; // severity is chosen afterwards
for (const samePinyin of [8, 9, 10, 11, 12]) {
  for (const extra of [3, 4, 5]) {
    for (const veto of [4, 5, 6, 7, 8, 10, Infinity]) {
      for (const realWord of [0, 9, 10, 11, 12, 13, 15]) {
        Object.assign(CONTEXT_SETTINGS, { gain: { ...CONTEXT_SETTINGS.gain, 'same-pinyin': samePinyin, 'similar-sound': samePinyin + extra, 'similar-shape': samePinyin + extra }, veto, realWord });
        const s = scoreTune();
        tried.push({ settings: JSON.stringify({ gain: CONTEXT_SETTINGS.gain, veto, realWord }), ...s });
      }
    }
  }
}
tried.sort((a, b) => b.f1 - a.f1);
let chosen: (typeof tried)[number] | undefined;
for (const t of tried) {
  if (t.p < MIN_PRECISION || t.targetAlarmRate > 0.005) continue;
  Object.assign(CONTEXT_SETTINGS, JSON.parse(t.settings));
  const g = gate();
  console.log(`${t.settings}: tune P ${fmt(t.p)} R ${fmt(t.r)} F1 ${fmt(t.f1)}, corrected-sentence alarms ${fmt(t.targetAlarmRate)} %; held-out ${g.heldOut.map((h) => h.warnings.toFixed(2)).join(' / ')} warnings per 100k — ${g.ok ? 'passes the gate' : 'fails the gate'}`);
  if (g.ok) {
    chosen = t;
    break;
  }
}
if (!chosen) {
  console.log('no setting passes');
  process.exit(1);
}

// Severity: the lowest gain from which corrections on the tune half are right SURE_PRECISION of the time and the gate holds.
for (const sure of [12, 14, 16, 18, 20, 22, 24, 28]) {
  CONTEXT_SETTINGS.sure = sure;
  let errors = 0;
  let right = 0;
  for (const { source, target } of tune) {
    for (const i of proofreader.proofread(source).issues) {
      if (i.ruleId !== 'spelling/statistical-typo' || i.severity !== 'error') continue;
      errors++;
      if (target.slice(i.start, i.end) === i.suggestions[0]) right++;
    }
  }
  const g = gate();
  console.log(`sure ${sure}: ${errors} errors on the tune half, ${fmt(right / Math.max(1, errors))} % right; held-out errors ${g.heldOut.map((h) => h.errors.toFixed(2)).join(' / ')} per 100k`);
  if (right / Math.max(1, errors) >= SURE_PRECISION && g.ok) break;
}
console.log('chosen:', chosen.settings, 'sure', CONTEXT_SETTINGS.sure);
