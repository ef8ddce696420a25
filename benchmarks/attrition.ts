// Where the context detector (spelling/statistical-typo) loses the typos it misses: for each wrong
// character of a tune half that the package leaves unfixed, the first of the detector's tests that
// fails (context-corrector.ts traceCorrection), or the rule's check after it that drops the
// correction (statistical-typo.ts typoTrace). Tune halves only: the ECSpell development set's
// (benchmarks/dev-split.mjs) and, given its JSON file, the text-proofreading set's (same split rule).
//   npx tsx benchmarks/attrition.ts [--textproof /path/to/textproof.json] [--show STAGE]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createProofreader } from '../src/index.js';
import { loadArtefact } from '../src/compiled/artefact.js';
import { loadContextModel } from '../src/model/context-model-file.js';
import { traceCorrection } from '../src/rules/spelling/context-corrector.js';
import { CONTEXT_SETTINGS } from '../src/rules/spelling/context-settings.js';
import { SPELLING_MODEL } from '../src/rules/spelling/model.js';
import { typoTrace } from '../src/rules/spelling/statistical-typo.js';
import { readDevSet, splitOf } from './dev-split.mjs';

const { values } = parseArgs({ options: { textproof: { type: 'string' }, show: { type: 'string' } } });
const proofreader = createProofreader();
const context = loadContextModel();
const spelling = loadArtefact(SPELLING_MODEL);
const isHan = (s: string) => /^\p{Script=Han}$/u.test(s);

/** Rows as source and the wrong characters' offsets with their right characters. */
type Row = { source: string; errors: [number, string][] };
const sets: [string, Row[]][] = [
  ['ECSpell tune', readDevSet().filter((r) => r.split === 'tune').map(({ source, target }) => ({ source, errors: [...source].flatMap((c, i) => (c !== target[i] ? [[i, target[i]!] as [number, string]] : [])) }))],
];
if (values.textproof) {
  const rows = JSON.parse(readFileSync(values.textproof, 'utf8')) as { source: string; target: string; errors: [string, string, number][] }[];
  sets.push(['textproof tune', rows.filter((r) => splitOf(r.target) === 'tune').map((r) => ({ source: r.source, errors: r.errors.filter(([w, t, at]) => isHan(w) && isHan(t) && r.source[at] === w).map(([, t, at]) => [at, t] as [number, string]) }))]);
}

for (const [name, rows] of sets) {
  const stages = new Map<string, number>();
  const byClass = new Map<string, Map<string, number>>();
  let errors = 0;
  let fixed = 0;
  for (const { source, errors: wrong } of rows) {
    if (wrong.length === 0) continue;
    const sentences: [number, number, (offset: number) => boolean][] = [];
    const drops: [number, string, string][] = [];
    typoTrace.sentence = (start, end, mayChange) => sentences.push([start, end, mayChange]);
    typoTrace.drop = (offset, to, why) => drops.push([offset, to, why]);
    const issues = proofreader.proofread(source).issues;
    typoTrace.sentence = typoTrace.drop = undefined;
    for (const [at, to] of wrong) {
      errors++;
      const here = issues.filter((i) => i.start <= at && i.end > at);
      let stage: string;
      let likeness = '';
      let detail = '';
      if (here.some((i) => i.suggestions[0]?.length === i.end - i.start && i.suggestions[0][at - i.start] === to)) {
        fixed++;
        continue;
      } else if (here.length > 0) stage = `wrong fix (${here[0]!.ruleId.replace(/^.*\//, '')})`;
      else {
        const sentence = sentences.find(([start, end]) => start <= at && at < end);
        if (!sentence) stage = 'no sentence (outside Han runs)';
        else {
          const t = traceCorrection(context, spelling, CONTEXT_SETTINGS, source, sentence[0], sentence[1], at, to, sentence[2]);
          likeness = t.likeness;
          detail = `gain ${t.gain.toFixed(1)} own ${t.own.toFixed(1)} bar ${t.bar}`;
          stage = t.stage;
          const drop = drops.find(([offset, dropped]) => offset === at && dropped === to);
          if (t.stage === 'found') stage = drop ? `dropped: ${drop[2]}` : 'found, not reported (?)';
          else if (drop) stage += ` (unigram: ${drop[2]})`;
        }
      }
      stages.set(stage, (stages.get(stage) ?? 0) + 1);
      const row = byClass.get(likeness || '-') ?? new Map<string, number>();
      row.set(stage, (row.get(stage) ?? 0) + 1);
      byClass.set(likeness || '-', row);
      if (values.show !== undefined && (values.show === "all" || stage.startsWith(values.show))) console.log(`${name}\t${stage}\t${source[at]}→${to}\t${likeness}\t${detail}\t${source.slice(Math.max(0, at - 12), at)}【${source[at]}】${source.slice(at + 1, at + 12)}`);
    }
  }
  console.log(`\n${name}: ${errors} wrong characters, ${fixed} fixed right, ${errors - fixed} not`);
  for (const [stage, n] of [...stages].sort((a, b) => b[1] - a[1])) {
    const split = [...byClass].map(([cls, m]) => [cls, m.get(stage) ?? 0] as const).filter(([, k]) => k > 0).map(([cls, k]) => `${cls} ${k}`).join(', ');
    console.log(`  ${String(n).padStart(5)}  ${stage.padEnd(40)} ${split}`);
  }
}
