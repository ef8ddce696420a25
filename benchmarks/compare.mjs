#!/usr/bin/env node
// Side-by-side comparison of gongwen with the tools editors use today, on the same text.
// Run after `npm run build`:  node benchmarks/compare.mjs [--json] [--runs=5] [--no-memory]
// (or `npm run compare`, which builds first). What is compared and how: benchmarks/README.md.
//
// Tools, each through its programmatic API inside this one Node process:
//   gongwen   proofread(text) from dist/index.js, the full default pipeline;
//   zhlint    run(text, { rules: { preset: 'default' } });
//   textlint  createLinter() + textlint-rule-prh on a .txt file (the built-in text plugin), with
//             a prh dictionary generated at run time from gongwen's own misused-word packs.
// A tool that cannot be loaded or fails is reported as such; the others still run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readCorpus, repeatCorpus as repeatCorpusText } from './corpus.mjs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '..');
const nodeModules = join(repoRoot, 'node_modules');
const distIndex = join(repoRoot, 'dist', 'index.js');
const builtinPacks = join(repoRoot, 'dist', 'builtin-packs.json');
const thisFile = fileURLToPath(import.meta.url);

const argv = process.argv.slice(2);
const asJson = argv.includes('--json');
const withMemory = !argv.includes('--no-memory');
const memoryChild = argv.find((a) => a.startsWith('--memory-child='))?.slice('--memory-child='.length);
const RUNS = Math.max(1, Number(argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 5) || 5);
const MIN_CHARS = 300_000; // the text: the corpus repeated until at least this many characters

const log = (s) => {
  if (!asJson && !memoryChild && process.stderr.isTTY) process.stderr.write(`${s}\n`);
};
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const errorText = (e) => {
  const text = String(e?.message ?? e).split('\n')[0].slice(0, 200);
  return e?.code === 'ERR_MODULE_NOT_FOUND' ? `${text} (not installed? \`npm ci\` installs the devDependencies)` : text;
};
function packageVersion(name) {
  try {
    return JSON.parse(readFileSync(join(nodeModules, name, 'package.json'), 'utf8')).version;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------- the text (as benchmarks/speed.mjs builds it)
const { files: corpusEntries, corpus } = readCorpus('compare.mjs');
const corpusFiles = corpusEntries.map((f) => ({ name: f.name, short: f.name.slice(0, 3), text: f.text }));
const repeatCorpus = (enough) => repeatCorpusText(corpus, enough);

// ---------------------------------------------------------------- the known real mistakes of the corpus
// Each is located in its file; `spans` are the characters a report must overlap to count as found.
const KNOWN = [
  { file: '004', label: '截止目前', note: '→ 截至目前', spans: (t) => spansOf(t, '截止目前') },
  { file: '004', label: '针炙', note: '→ 针灸', spans: (t) => spansOf(t, '针炙') },
  { file: '004', label: '值守值守', note: '→ 值班值守', spans: (t) => spansOf(t, '值守值守') },
  { file: '001', label: '〔202318', note: 'doc number missing 〕 and 号', spans: (t) => spansOf(t, '〔202318') },
  { file: '001', label: '〔201919号', note: 'doc number missing 〕', spans: (t) => spansOf(t, '〔201919号') },
  { file: '001', label: '2023815', note: 'signature date without 年月日', spans: (t) => spansOf(t, '2023815') },
  {
    file: '001',
    label: '<重庆市政府办公厅…>',
    note: 'ASCII < > for 〈〉 inside 《》',
    // The two wrong characters: the '<' and its closing '>'.
    spans: (t) => {
      const start = t.indexOf('<重庆市政府办公厅');
      if (start < 0) return [];
      const close = t.indexOf('>', start);
      return close < 0 ? [[start, start + 1]] : [[start, start + 1], [close, close + 1]];
    },
  },
];
function spansOf(text, needle) {
  const out = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) out.push([i, i + needle.length]);
  return out;
}
const overlaps = (a, b) => a[0] < b[1] && b[0] < a[1];

// ---------------------------------------------------------------- the tools
// Each adapter: versions(); async init() (import and set-up, once); async run(text) → [[start, end], …].
function prhRulesFromPacks() {
  const packs = JSON.parse(readFileSync(builtinPacks, 'utf8'));
  const rules = [];
  for (const pack of packs) {
    if (pack.rule !== 'lexicon/misused-word') continue;
    for (const e of pack.entries) {
      if ((e.severity ?? pack.severity) !== 'error' || !e.right?.length || !e.wrong?.length) continue;
      rules.push({ expected: e.right[0], patterns: e.wrong });
    }
  }
  return rules;
}

const tools = [
  {
    id: 'gongwen',
    title: 'gongwen',
    what: 'proofread(text), full default pipeline',
    versions: () => ({ gongwen: JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).version }),
    async init() {
      if (!existsSync(distIndex)) throw new Error('dist/index.js not found — run `npm run build` first');
      const { proofread } = await import(pathToFileURL(distIndex).href);
      this.proofread = proofread;
    },
    async run(text) {
      return this.proofread(text).issues.map((i) => [i.start, i.end]);
    },
  },
  {
    id: 'zhlint',
    title: 'zhlint',
    what: "run(text, { rules: { preset: 'default' } })",
    versions: () => ({ zhlint: packageVersion('zhlint') }),
    async init() {
      const { run } = await import('zhlint');
      this.lint = run;
    },
    async run(text) {
      const silent = { log() {}, warn() {}, error() {} };
      const result = this.lint(text, { rules: { preset: 'default' }, logger: silent });
      // zhlint 0.8.2 reports its parser errors (括号未闭合, 引号未闭合, …) at offsets relative to
      // their Markdown block, not to the text (its rule errors are absolute). Each block it returns
      // in __debug__ keeps its own parser errors and its start: shift those back to text offsets.
      const blockStart = new Map();
      for (const b of result.__debug__?.blocks ?? []) for (const e of b.errors ?? []) blockStart.set(e, b.start ?? 0);
      return result.validations.map((v) => {
        const start = v.index + (blockStart.get(v) ?? 0);
        return [start, start + Math.max(1, v.length ?? 0)];
      });
    },
  },
  {
    id: 'textlint',
    title: 'textlint + prh',
    what: 'createLinter().lintText(text, "x.txt") with textlint-rule-prh',
    versions: () => ({ textlint: packageVersion('textlint'), 'textlint-rule-prh': packageVersion('textlint-rule-prh'), prh: packageVersion('prh') }),
    async init() {
      const { createLinter, loadTextlintrc } = await import('textlint');
      const { stringify } = await import('yaml');
      const rules = prhRulesFromPacks();
      this.prhRules = rules.length;
      this.dir = mkdtempSync(join(tmpdir(), 'gongwen-compare-'));
      writeFileSync(join(this.dir, 'prh.yml'), stringify({ version: 1, rules }));
      const rc = join(this.dir, '.textlintrc.json');
      writeFileSync(rc, JSON.stringify({ rules: { prh: { rulePaths: ['prh.yml'] } } }));
      const descriptor = await loadTextlintrc({ configFilePath: rc, node_modulesDir: nodeModules });
      if (!descriptor.rule.descriptors.some((r) => r.id === 'prh')) {
        throw new Error('textlint-rule-prh was not loaded (not installed? `npm ci` installs the devDependencies)');
      }
      this.linter = createLinter({ descriptor, cwd: this.dir });
      this.filePath = join(this.dir, 'document.txt');
    },
    async run(text) {
      const result = await this.linter.lintText(text, this.filePath);
      return result.messages.map((m) => (m.range ? [m.range[0], Math.max(m.range[1], m.range[0] + 1)] : [m.index, m.index + 1]));
    },
    cleanup() {
      if (this.dir) rmSync(this.dir, { recursive: true, force: true });
    },
  },
];

// ---------------------------------------------------------------- memory child: one tool, one run, print maxRSS
if (memoryChild) {
  const tool = tools.find((t) => t.id === memoryChild);
  const text = readFileSync(0, 'utf8');
  try {
    await tool.init();
    await tool.run(text);
    console.log(process.resourceUsage().maxRSS);
  } finally {
    tool.cleanup?.();
  }
  process.exit(0);
}

// ---------------------------------------------------------------- measure
// A full garbage collection before every timed call, so no tool pays for another's garbage.
v8.setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc');
const mainText = repeatCorpus((t) => t.length >= MIN_CHARS);
const results = tools.map((tool) => {
  const r = { id: tool.id, title: tool.title, what: tool.what, versions: {}, ok: false, tool };
  try {
    r.versions = tool.versions();
  } catch {
    /* reported as unknown */
  }
  return r;
});
const fail = (r, e) => {
  r.ok = false;
  r.error = errorText(e);
  log(`${r.title}: FAILED — ${r.error}`);
};
async function timed(fn) {
  collectGarbage();
  const t0 = performance.now();
  const value = await fn();
  return { ms: performance.now() - t0, value };
}

// 1. Cold: each tool's import and set-up, then its first call on the whole text (also its warm-up).
for (const r of results) {
  log(`${r.title}: first run (cold) …`);
  try {
    r.initMs = (await timed(() => r.tool.init())).ms;
    if (r.tool.prhRules) r.prhRules = r.tool.prhRules;
    const first = await timed(() => r.tool.run(mainText));
    r.firstRunMs = first.ms;
    r.coldMs = r.initMs + r.firstRunMs;
    r.issuesOnText = first.value.length;
    r.ok = true;
  } catch (e) {
    fail(r, e);
  }
}

// 2. Warm: RUNS rounds, each tool once per round (round-robin), so a change in machine load
//    during the benchmark hits every tool alike. Median per tool.
for (let round = 1; round <= RUNS; round++) {
  log(`warm round ${round}/${RUNS} …`);
  for (const r of results.filter((r) => r.ok)) {
    try {
      (r.runsMs ??= []).push((await timed(() => r.tool.run(mainText))).ms);
    } catch (e) {
      fail(r, e);
    }
  }
}
for (const r of results.filter((r) => r.ok)) {
  r.warmMs = median(r.runsMs);
  r.charsPerSecond = (mainText.length / r.warmMs) * 1000;
}

// 3. Findings: each corpus file alone; the known mistakes.
for (const r of results.filter((r) => r.ok)) {
  log(`${r.title}: the corpus files one by one …`);
  try {
    r.perFile = {};
    r.known = {};
    for (const f of corpusFiles) {
      const ranges = await r.tool.run(f.text);
      r.perFile[f.short] = ranges.length;
      for (const k of KNOWN.filter((k) => k.file === f.short)) {
        const spans = k.spans(f.text);
        r.known[k.label] = spans.length > 0 && ranges.some((a) => spans.some((s) => overlaps(a, s)));
      }
    }
  } catch (e) {
    fail(r, e);
  }
}
for (const r of results) {
  try {
    r.tool.cleanup?.();
  } catch {
    /* temp dir only */
  }
  delete r.tool;
}

// Peak memory: one child process per tool (init + one run over the text), so tools do not mix.
if (withMemory) {
  for (const r of results) {
    if (!r.ok) continue;
    log(`${r.title}: peak RSS in a child process …`);
    const child = spawnSync(process.execPath, [thisFile, `--memory-child=${r.id}`], {
      input: mainText,
      encoding: 'utf8',
      maxBuffer: 1 << 20,
      timeout: 300_000,
    });
    const kb = Number(child.stdout?.trim().split('\n').pop());
    if (child.status === 0 && Number.isFinite(kb)) r.peakRssMB = kb / 1024;
    else r.memoryError = errorText(child.error ?? child.stderr ?? 'child failed');
  }
}

// ---------------------------------------------------------------- report
const gongwen = results.find((r) => r.id === 'gongwen');
for (const r of results) {
  if (r.ok && gongwen?.ok) r.gongwenSpeedup = gongwen.charsPerSecond / r.charsPerSecond;
}
const versionText = (r) =>
  Object.entries(r.versions)
    .map(([k, v]) => `${k} ${v ?? '(not installed)'}`)
    .join(', ');
const out = {
  node: process.version,
  platform: `${process.platform}-${process.arch}`,
  text: { chars: mainText.length, lines: mainText.split('\n').length, corpusFiles: corpusFiles.map((f) => f.name) },
  runs: RUNS,
  tools: results,
  known: KNOWN.map((k) => ({ file: k.file, label: k.label, note: k.note })),
};

if (asJson) {
  console.log(JSON.stringify(out, null, 2));
  process.exit(0);
}

const fmtInt = (n) => Math.round(n).toLocaleString('en-US');
const fmtMs = (n) => (n >= 1000 ? `${(n / 1000).toFixed(2)} s` : `${n.toFixed(n < 100 ? 1 : 0)} ms`);
const fmtRatio = (x) => {
  if (x === undefined) return '—';
  if (Math.abs(x - 1) < 0.005) return '1×';
  return x >= 1 ? `${x.toFixed(x >= 10 ? 0 : 1)}× faster` : `${(1 / x).toFixed(1 / x >= 10 ? 0 : 1)}× slower`;
};
// Terminal width: CJK and full-width characters take two columns.
const wide = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/gu;
const columns = (s) => String(s).length + (String(s).match(wide)?.length ?? 0);
const table = (rows) => {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => columns(r[c]))));
  return rows.map((r) => r.map((cell, c) => String(cell) + ' '.repeat(widths[c] - columns(cell))).join('  ').trimEnd()).join('\n');
};
const ok = results.filter((r) => r.ok);
const shorts = corpusFiles.map((f) => f.short);
const knownCount = (r) => KNOWN.filter((k) => r.known[k.label]).length;

console.log(`gongwen compared with zhlint and textlint + prh — node ${process.version}, ${out.platform}`);
console.log(
  `text: the ${corpusFiles.length} corpus files joined and repeated, ${fmtInt(mainText.length)} chars, ${fmtInt(out.text.lines)} lines; ` +
    `first run (cold) once, then median of ${RUNS} warm runs (round-robin, full GC before each), all in this one process`,
);
console.log('');
console.log('versions:');
for (const r of results) console.log(`  ${r.title.padEnd(15)} ${versionText(r)}${r.prhRules ? `; ${fmtInt(r.prhRules)} prh rules generated from dist/builtin-packs.json` : ''}`);
console.log('');
for (const r of results.filter((r) => !r.ok)) console.log(`${r.title}: FAILED — ${r.error}`);
if (ok.length < results.length) console.log('');

if (ok.length) {
  console.log('speed over the whole text:');
  console.log(
    table([
      ['tool', 'warm median', 'chars/s', 'gongwen is', 'first run (cold)', '= import/init', '+ first call', 'peak RSS', 'issues on text'],
      ...ok.map((r) => [
        r.title,
        fmtMs(r.warmMs),
        fmtInt(r.charsPerSecond),
        r.id === 'gongwen' ? '—' : fmtRatio(r.gongwenSpeedup),
        fmtMs(r.coldMs),
        fmtMs(r.initMs),
        fmtMs(r.firstRunMs),
        r.peakRssMB ? `${r.peakRssMB.toFixed(0)} MB` : withMemory ? 'failed' : '—',
        fmtInt(r.issuesOnText),
      ]),
    ]),
  );
  console.log('');
  console.log('issues reported on each corpus file (the file alone, not repeated):');
  console.log(
    table([
      ['tool', ...shorts, 'total'],
      ...ok.map((r) => [r.title, ...shorts.map((s) => r.perFile[s]), shorts.reduce((a, s) => a + r.perFile[s], 0)]),
    ]),
  );
  console.log('');
  console.log('known real mistakes (found = a report overlapping the mistake):');
  console.log(
    table([
      ['file', 'mistake', '', ...ok.map((r) => r.title)],
      ...KNOWN.map((k) => [k.file, k.label, k.note, ...ok.map((r) => (r.known[k.label] ? 'found' : '-'))]),
      ['', 'total', '', ...ok.map((r) => `${knownCount(r)}/${KNOWN.length}`)],
    ]),
  );
  console.log('');
}

// Markdown for README.md.
const md = [];
md.push(
  `| tool | version | warm time, ${fmtInt(mainText.length)} chars | chars/s | gongwen is | first run (cold) | peak RSS | issues per file ${shorts.join(' / ')} | known mistakes found |`,
);
md.push('|---|---|--:|--:|---|--:|--:|---|---|');
for (const r of results) {
  const entries = Object.entries(r.versions).filter(([, v]) => v);
  const version = entries.length > 1 ? entries.map(([k, v]) => `${k} ${v}`).join(', ') : entries[0]?.[1] ?? '—';
  if (!r.ok) {
    md.push(`| ${r.title} | ${version} | failed: ${r.error.replace(/\|/g, '\\|')} | | | | | | |`);
    continue;
  }
  const found = KNOWN.filter((k) => r.known[k.label]).map((k) => k.label.replace(/[<>]/g, '\\$&'));
  md.push(
    `| ${r.title} | ${version} | ${fmtMs(r.warmMs)} | ${fmtInt(r.charsPerSecond)} | ${r.id === 'gongwen' ? '—' : fmtRatio(r.gongwenSpeedup)} | ${fmtMs(r.coldMs)} | ${
      r.peakRssMB ? `${r.peakRssMB.toFixed(0)} MB` : '—'
    } | ${shorts.map((s) => r.perFile[s]).join(' / ')} | ${found.length}/${KNOWN.length}${found.length && found.length < KNOWN.length ? `: ${found.join(', ')}` : ''} |`,
  );
}
console.log(`markdown (node ${process.version}, ${out.platform}):`);
console.log('');
console.log(md.join('\n'));
process.exit(0);
