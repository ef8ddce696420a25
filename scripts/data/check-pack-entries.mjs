#!/usr/bin/env node
// Review aid for wrong → right entries (hand-run, not part of the build or CI).
//
//   node scripts/data/check-pack-entries.mjs PACK.yaml... [--corpus FILE]... [--all] [--tsv] [--raw]
//
// For every entry of the given packs it reports
//   - how often each wrong form occurs in clean text (a match inside one of the entry's
//     `unless` strings does not count): the files of --corpus, else of CLEAN_CORPORA
//     (separated by ':'), else the five bulletins (../shared/corpus) and
//     test/fixtures/clean-sentences.txt; give it the context model's training text and the
//     dev halves of the clean corpus (scripts/data/build-clean-corpus.ts), never its gate
//     half, which is refused: an entry screened on it makes the gate's count of the packs
//     worthless; every hit is a false alarm to fix or a reason to drop the entry;
//   - whether each right form is a known word: listed in a lexicon of dictionaries/lexicons,
//     the segmenter dictionary, the 公文 word lists or jieba's dictionary (devDependency),
//     else how often it occurs in the corpora (0 means: check the source says so);
//   - whether another pack of dictionaries/ already lists the wrong form.
// Without --all only entries with a problem are printed; exit status 1 when any entry
// has a wrong form in clean text or a duplicate. The corpora are read, never shipped.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const corpusArgs = args.flatMap((a, i) => (args[i - 1] === '--corpus' ? [a] : []));
const packFiles = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--corpus');
const showAll = args.includes('--all');
const asTsv = args.includes('--tsv');
if (packFiles.length === 0) {
  console.error('usage: node scripts/data/check-pack-entries.mjs PACK.yaml... [--corpus FILE]... [--all] [--tsv] [--raw]');
  process.exit(2);
}

const sharedCorpus = join(root, '..', 'shared', 'corpus');
const defaultCorpora = [
  ...(existsSync(sharedCorpus) ? readdirSync(sharedCorpus).filter((f) => f.endsWith('.txt')).map((f) => join(sharedCorpus, f)) : []),
  join(root, 'test/fixtures/clean-sentences.txt'),
].filter((f) => existsSync(f));
// --corpus files first, else CLEAN_CORPORA (paths separated by ':'), else the defaults above.
const fromEnv = (process.env.CLEAN_CORPORA ?? '').split(':').filter(Boolean);
const corpusFiles = corpusArgs.length > 0 ? corpusArgs : fromEnv.length > 0 ? fromEnv : defaultCorpora;
if (corpusFiles.length === 0) {
  console.error('no clean corpus found: give --corpus FILE or CLEAN_CORPORA=FILE:FILE');
  process.exit(2);
}
const corpora = corpusFiles.map((file) => ({ file, text: readFileSync(file, 'utf8') }));
// The gate half says so in its header (## … gate half …): it is counted, never screened on.
const gate = corpora.find((c) => /^## .*\bgate half\b/m.test(c.text.slice(0, 2000)));
if (gate) {
  console.error(`拒绝读取 ${gate.file}：这是干净语料的门槛部分（gate half），只用于计数，不能用来筛选词条。`);
  process.exit(2);
}

const listOf = (v) => (v === undefined || v === null ? [] : Array.isArray(v) ? v.map(String) : [String(v)]);

// Known words: lexicons, segmenter dictionary, 公文 word lists, jieba's dictionary.
const known = new Set();
const addWords = (file, firstField) => {
  if (!existsSync(file)) return;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    known.add(firstField ? line.split(/\s/)[0] : line.trim());
  }
};
for (const f of readdirSync(join(root, 'dictionaries/lexicons'))) addWords(join(root, 'dictionaries/lexicons', f), false);
addWords(join(root, 'dictionaries/segmenter/jieba-gongwen.txt'), true);
addWords(join(root, 'dictionaries/spelling/official-words.txt'), false);
addWords(join(root, 'dictionaries/spelling/extra-words.txt'), false);
addWords(join(root, 'node_modules/@node-rs/jieba/dict.txt'), true);

// Wrong forms of every pack under dictionaries/, for the duplicate check.
const packDirs = ['dictionaries/packs', 'dictionaries/political/packs'].map((d) => join(root, d));
const listedIn = new Map();
for (const dir of packDirs) {
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.yaml'))) {
    const file = join(dir, f);
    for (const entry of parse(readFileSync(file, 'utf8')).entries ?? []) {
      for (const w of listOf(entry.wrong)) listedIn.set(w, [...(listedIn.get(w) ?? []), resolve(file)]);
    }
  }
}

// Occurrences of `wrong` not inside one of `unless`.
function countInText(text, wrong, unless) {
  let n = 0;
  for (let at = text.indexOf(wrong); at !== -1; at = text.indexOf(wrong, at + 1)) {
    const excused = unless.some((u) => {
      for (let k = u.indexOf(wrong); k !== -1; k = u.indexOf(wrong, k + 1)) {
        if (at - k >= 0 && text.startsWith(u, at - k)) return true;
      }
      return false;
    });
    if (!excused) n++;
  }
  return n;
}
const count = (form, unless = []) => corpora.reduce((t, c) => t + countInText(c.text, form, unless), 0);

// A raw hit may still be silent in use: `boundary: word` drops a match that cuts a word
// (自已 in 来自已经). With a build in dist/, each raw hit's line is proofread with the pack
// alone, and only the hits the pack reports count as problems (--raw skips this).
const dist = join(root, 'dist', 'index.js');
const confirm = !args.includes('--raw') && existsSync(dist);
const { createProofreader } = confirm ? await import(pathToFileURL(dist).href) : {};
const alone = new Map();
function proofreaderFor(packFile) {
  if (!alone.has(packFile)) {
    try {
      const bare = createProofreader({ builtinPacks: false });
      const off = Object.fromEntries(bare.rules.filter((r) => r.id !== 'lexicon/misused-word').map((r) => [r.id, 'off']));
      alone.set(packFile, createProofreader({ builtinPacks: false, packs: [resolve(packFile)], rules: off }));
    } catch (error) {
      console.error(`${basename(packFile)}: 规则包无法加载，按原样计数（${error.message.replace(/\s+/g, ' ').trim()}）`);
      alone.set(packFile, null);
    }
  }
  return alone.get(packFile);
}
function reportedHits(packFile, wrong, raw) {
  if (!proofreaderFor(packFile)) return raw;
  let n = 0;
  for (const c of corpora) {
    for (let at = c.text.indexOf(wrong); at !== -1; at = c.text.indexOf(wrong, at + 1)) {
      const lineStart = c.text.lastIndexOf('\n', at) + 1;
      const lineEnd = c.text.indexOf('\n', at) === -1 ? c.text.length : c.text.indexOf('\n', at);
      const from = Math.max(lineStart, at - 200);
      const line = c.text.slice(from, Math.min(lineEnd, at + wrong.length + 200));
      const issues = proofreaderFor(packFile).proofread(line).issues;
      if (issues.some((i) => i.start <= at - from && i.end >= at - from + wrong.length)) n++;
    }
  }
  return n;
}

let problems = 0;
const totals = [];
if (asTsv) console.log(['pack', 'wrong', 'wrongInCorpus', 'right', 'rightKnown', 'rightInCorpus', 'alsoIn', 'wrongInCorpusRaw'].join('\t'));
for (const packFile of packFiles) {
  const pack = parse(readFileSync(packFile, 'utf8'));
  let entries = 0;
  let flagged = 0;
  for (const entry of pack.entries ?? []) {
    entries++;
    const unless = listOf(entry.unless);
    for (const wrong of listOf(entry.wrong)) {
      const raw = count(wrong, unless);
      const hits = raw > 0 && confirm ? reportedHits(packFile, wrong, raw) : raw;
      const others = (listedIn.get(wrong) ?? []).filter((f) => f !== resolve(packFile));
      const rights = listOf(entry.right);
      const rightInfo = rights.map((r) => ({ r, known: known.has(r), n: known.has(r) ? null : count(r) }));
      const bad = hits > 0 || others.length > 0;
      if (bad) { problems++; flagged++; }
      if (asTsv) {
        console.log([basename(packFile), wrong, hits, rights.join('|'), rightInfo.map((x) => (x.known ? 'yes' : 'no')).join('|'), rightInfo.map((x) => x.n ?? '').join('|'), others.map((f) => basename(f)).join('|'), raw].join('\t'));
      } else if (bad || showAll || rightInfo.some((x) => !x.known && x.n === 0)) {
        const rightText = rightInfo.map((x) => `${x.r}${x.known ? '' : `（不在词表，语料 ${x.n} 次）`}`).join('、');
        const silent = raw > hits ? `（另有 ${raw - hits} 处出现而不报告）` : '';
        console.log(`${basename(packFile)}\t${wrong} → ${rightText}\t干净语料 ${hits} 次${silent}${others.length ? `\t另见 ${others.map((f) => basename(f)).join(', ')}` : ''}`);
      }
    }
  }
  totals.push(`${basename(packFile)}: ${entries} entries, ${flagged} wrong forms with a problem`);
}
console.error(`corpora: ${corpora.map((c) => `${basename(c.file)} (${c.text.length})`).join(', ')}`);
for (const t of totals) console.error(t);
process.exit(problems > 0 ? 1 : 0);
