#!/usr/bin/env node
// Mines wrong → right word pairs from public data of real spelling errors and writes the ones
// that pass an automatic review as rule packs dictionaries/packs/typo-common-*.yaml.
//
//   node scripts/data/make-typo-pairs.mjs [--data DIR] [--no-write] [--skip-corpus FILE]…
//
// DIR (default /work/data-s3/pairs) holds the fetched sources (see dictionaries/NOTICE,
// "packs/typo-common-*.yaml"):
//   cscd-ns-test.json            CSCD-NS test set, [{ original_text, correct_text }]
//   pycorrector-custom-confusion.txt  pycorrector's list, "wrong<TAB>right[<TAB>freq]"
// and writes review.tsv there (every candidate, the check that rejected it, one example).
// The clean corpora of the zero-occurrence check are listed in CLEAN_CORPORA below; a
// missing one is an error (a review that silently skipped a corpus would not be one).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Jieba } from '@node-rs/jieba';
import { parse } from 'yaml';
import { CHECKS, createReview, noteOf, parseConfusion } from './typo-pair-review.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const dataDir = option('--data', '/work/data-s3/pairs');
const write = !args.includes('--no-write');
const skipped = new Set(args.flatMap((a, i) => (args[i - 1] === '--skip-corpus' ? [a] : [])));

const CLEAN_CORPORA = [
  '/work/corpus-19/train.txt',
  '/work/corpus-19/heldout.txt',
  // branch s3-gate's held-out corpus: its dev halves only (gate.txt is for reporting)
  '/work/clean-corpus/dev.txt',
  '/work/clean-corpus/seen-dev.txt',
  join(root, 'test', 'fixtures', 'clean-sentences.txt'),
  ...['000_138312a856a89047', '001_05e5d552f9d7a5b2', '002_e602cac2ce9f3cda', '003_80f4e3af275babf5', '004_c46531162d7a927c'].map(
    (n) => join(root, '..', 'shared', 'corpus', `${n}.txt`),
  ),
].filter((f) => !skipped.has(f));

const read = (file) => readFileSync(file, 'utf8');
const lines = (file) => read(file).split('\n').map((l) => l.replace(/\s+#.*$/u, '').trim()).filter((l) => l && !l.startsWith('#'));
const HAN = /^\p{Script=Han}+$/u;

// ---- knowledge ------------------------------------------------------------------------
const jiebaFull = read(join(dirname(require.resolve('@node-rs/jieba/package.json')), 'dict.txt'));
const segmenterLines = lines(join(root, 'dictionaries', 'segmenter', 'jieba-gongwen.txt'));
const segmenterWords = new Set(segmenterLines.map((l) => l.split(' ')[0]));
const idiomTag = new Set(segmenterLines.filter((l) => / [il]$/u.test(l)).map((l) => l.split(' ')[0]));
const lexicon = (name) => new Set(lines(join(root, 'dictionaries', 'lexicons', `${name}.txt`)));
const idioms = lexicon('idioms');
const officialWords = new Set(lines(join(root, 'dictionaries', 'spelling', 'official-words.txt')));

// What the hand-written packs already hold (the generated ones are rewritten below).
const packWrong = new Set();
const packRight = new Set();
for (const dir of ['dictionaries/packs', 'dictionaries/political/packs']) {
  for (const file of readdirSync(join(root, dir))) {
    if (!file.endsWith('.yaml') || file.startsWith('typo-common-')) continue;
    const pack = parse(read(join(root, dir, file)));
    for (const e of pack.entries ?? []) {
      for (const w of [e.wrong].flat()) packWrong.add(w);
      for (const r of [e.right ?? []].flat()) packRight.add(r);
    }
  }
}

const shared = join(root, '..', 'shared', 'data', 'lexicon');
// jieba's words from this frequency on are words a wrong form may not lie inside (合众国: 46).
const COMMON_FREQUENCY = 10;
const { review, needsBoundary } = createReview({
  segmenterWords,
  fullWords: new Set(jiebaFull.split('\n').map((l) => l.split(' ')[0]).filter(Boolean)),
  commonWords: new Set(jiebaFull.split('\n').filter((l) => Number(l.split(' ')[1]) >= COMMON_FREQUENCY).map((l) => l.split(' ')[0])),
  // Person names and transliterations (尼斯 cut out of 厄尼思特): not words a pair may fix.
  personNames: new Set(jiebaFull.split('\n').filter((l) => / nr[a-z]*$/u.test(l)).map((l) => l.split(' ')[0])),
  lexiconWords: new Set(['idioms', 'places', 'law-titles', 'institutions', 'ethnic-groups'].flatMap((n) => [...lexicon(n)])),
  officialWords,
  confusion: parseConfusion(read(join(root, 'dictionaries', 'spelling', 'confusion.tsv'))),
  // 通用规范汉字表: a wrong form with another character is a script matter (script/non-standard-char).
  standardChars: new Set(JSON.parse(read(join(shared, 'standard-chars-simplified-to-traditional.json'))).tgscc_list),
  // 异形词 pairs are left to the variant packs.
  variantPairs: new Set(
    lines(join(shared, 'variant-pairs.txt')).flatMap((l) => {
      const [a, b] = l.split('-');
      return [`${a}\t${b}`, `${b}\t${a}`];
    }),
  ),
  packWrong,
  packRight,
  // Pairs rejected when the kept pairs were read by hand, with the reason.
  handRejected: new Map(
    read(join(root, 'scripts', 'data', 'typo-pairs-rejected.tsv'))
      .split('\n')
      .filter((l) => l && !l.startsWith('#'))
      .map((l) => l.split('\t'))
      .map(([wrong, right, why]) => [`${wrong}\t${right}`, why]),
  ),
});

// ---- extraction -----------------------------------------------------------------------
const jieba = Jieba.withDict(Buffer.from(segmenterLines.join('\n')));

/** Word spans [start, end) of a sentence, by the segmenter's dictionary (no HMM guesses). */
function wordSpans(sentence) {
  const spans = [];
  let at = 0;
  for (const w of jieba.cut(sentence, false)) {
    spans.push([at, at + w.length]);
    at += w.length;
  }
  return spans;
}

const candidates = new Map(); // "wrong\tright" → { wrong, right, sources: Map(source → Set(sentence)), example }
function addCandidate(wrong, right, source, sentenceKey, example) {
  const key = `${wrong}\t${right}`;
  let c = candidates.get(key);
  if (!c) candidates.set(key, (c = { wrong, right, sources: new Map(), example }));
  if (!c.sources.has(source)) c.sources.set(source, new Set());
  c.sources.get(source).add(sentenceKey);
}
const extraction = { sentences: 0, withErrors: 0, edits: 0, tooShortOrLong: 0, notHan: 0, unequalLength: 0 };

function fromSentencePair(source, original, corrected) {
  extraction.sentences++;
  if (original === corrected) return;
  extraction.withErrors++;
  if ([...original].length !== original.length || original.length !== corrected.length) {
    extraction.unequalLength++;
    return;
  }
  const diff = [];
  for (let i = 0; i < original.length; i++) if (original[i] !== corrected[i]) diff.push(i);
  // Edits: differing positions, merged when the words around them overlap.
  const spans = wordSpans(corrected);
  const spanAt = (i) => spans.find(([s, e]) => s <= i && i < e);
  const edits = [];
  for (const i of diff) {
    const [s, e] = spanAt(i);
    const last = edits.at(-1);
    if (last && s < last[1]) last[1] = Math.max(last[1], e);
    else edits.push([s, e]);
  }
  for (const [s, e] of edits) {
    extraction.edits++;
    const wrong = original.slice(s, e);
    const right = corrected.slice(s, e);
    if (!HAN.test(wrong) || !HAN.test(right)) {
      extraction.notHan++;
      continue;
    }
    if (right.length < 2 || right.length > 6) {
      extraction.tooShortOrLong++;
      continue;
    }
    addCandidate(wrong, right, source, corrected, original);
  }
}

const sourcesRead = {};
const cscd = JSON.parse(read(join(dataDir, 'cscd-ns-test.json')));
for (const row of cscd) fromSentencePair('CSCD-NS', row.original_text, row.correct_text);
sourcesRead['CSCD-NS'] = { ...extraction };
for (const line of read(join(dataDir, 'pycorrector-custom-confusion.txt')).split('\n')) {
  if (!line.trim() || line.startsWith('#')) continue;
  const [wrong, right] = line.split('\t').map((s) => s.trim());
  if (!wrong || !right || wrong === right) continue;
  if (!HAN.test(wrong) || !HAN.test(right) || right.length < 2 || right.length > 6) continue;
  addCandidate(wrong, right, 'pycorrector', line, '');
}

// ---- review ---------------------------------------------------------------------------
// Counts of every candidate wrong form in the clean corpora, as raw substrings: this counts
// it inside words and across word boundaries alike.
const forms = new Map();
for (const c of candidates.values()) forms.set(c.wrong, 0);
const lengths = [...new Set([...forms.keys()].map((f) => f.length))];
for (const file of CLEAN_CORPORA) {
  if (!existsSync(file)) {
    throw new Error(`找不到干净语料：${file}（用 --skip-corpus 明确跳过）`);
  }
  countForms(read(file));
}
// The source's own corrected sentences: a form its annotators left standing in one sentence
// (砖家, 程序猿: deliberate slang) is no slip.
countForms(cscd.map((row) => row.correct_text).join('\n'));
function countForms(text) {
  for (let i = 0; i < text.length; i++) {
    for (const n of lengths) {
      const s = text.slice(i, i + n);
      const count = forms.get(s);
      if (count !== undefined) forms.set(s, count + 1);
    }
  }
}

const rejectedBy = Object.fromEntries(CHECKS.map((c) => [c, { pairs: 0, CSCD_NS: 0, pycorrector: 0 }]));
const kept = [];
const reviewRows = [];
for (const c of candidates.values()) {
  const { wrong, right } = c;
  const { reason, kind, diff } = review(wrong, right, forms.get(wrong));
  const support = [...c.sources.values()].reduce((n, s) => n + s.size, 0);
  const sourceNames = [...c.sources.keys()];
  reviewRows.push([reason ?? 'kept', wrong, right, kind ?? '', support, sourceNames.join('+'), c.example].join('\t'));
  if (reason) {
    rejectedBy[reason].pairs++;
    for (const s of sourceNames) rejectedBy[reason][s.replace('-', '_')]++;
    continue;
  }
  kept.push({ wrong, right, kind, support, sources: sourceNames, diff });
}

// Two kept entries must not flag each other's fixes.
const keptRight = kept.map((k) => k.right).join('\n');
const selfConflicts = kept.filter((k) => keptRight.includes(k.wrong));
// A pair whose wrong form holds a shorter kept pair with the same fix there (保护坏境 and
// 坏境) adds nothing: the shorter one is reported in it.
const coveredBy = (k) =>
  kept.find((o) => o !== k && o.wrong.length < k.wrong.length && [...k.wrong.matchAll(new RegExp(o.wrong, 'gu'))].some((m) => k.right.slice(m.index, m.index + o.right.length) === o.right));
const covered = kept.filter((k) => coveredBy(k));
const final = kept.filter((k) => !keptRight.includes(k.wrong) && !coveredBy(k));

// ---- packs ----------------------------------------------------------------------------
const group = (k) => (idioms.has(k.right) || idiomTag.has(k.right) ? 'idioms' : officialWords.has(k.right) ? 'official' : 'general');
const PACKS = {
  idioms: { name: '成语俗语错字（真实错误挖掘）', description: '成语、俗语中的音近、形近错字和字序颠倒' },
  official: { name: '公文常用词错字（真实错误挖掘）', description: '公文常用词语中的音近、形近错字和字序颠倒' },
  general: { name: '通用词语错字（真实错误挖掘）', description: '一般词语中的音近、形近错字和字序颠倒' },
};
const q = (s) => JSON.stringify(s);
const written = {};
for (const [id, meta] of Object.entries(PACKS)) {
  const entries = final.filter((k) => group(k) === id).sort((a, b) => b.support - a.support || a.right.localeCompare(b.right, 'zh'));
  written[id] = entries.length;
  if (!entries.length) continue;
  const body = entries
    .map((k) => {
      const lines = [`  - wrong: ${q(k.wrong)}`, `    right: ${q(k.right)}`, `    note: ${q(noteOf(k.wrong, k.right, k.kind))}`];
      if (needsBoundary(k.wrong)) lines.push('    boundary: word');
      return lines.join('\n');
    })
    .join('\n');
  const sample = entries.slice(0, 3);
  const yaml = `# typo-common-${id}: generated by scripts/data/make-typo-pairs.mjs — do not edit by hand;
# change the script or its review checks and run it again. Pairs mined from public data of
# real spelling errors (CSCD-NS, pycorrector), reviewed by its checks and by reading: see
# dictionaries/NOTICE.
id: typo-common-${id}
name: ${meta.name}
description: ${meta.description}
rule: lexicon/misused-word
category: typo
severity: error
boundary: none
entries:
${body}
examples:
  invalid:
${sample.map((k) => `    - text: ${q(`经核查，${k.wrong}。`)}\n      output: ${q(`经核查，${k.right}。`)}`).join('\n')}
  valid:
${sample.map((k) => `    - ${q(`经核查，${k.right}。`)}`).join('\n')}
`;
  if (write) writeFileSync(join(root, 'dictionaries', 'packs', `typo-common-${id}.yaml`), yaml);
}
writeFileSync(join(dataDir, 'review.tsv'), `${['verdict', 'wrong', 'right', 'kind', 'support', 'sources', 'example'].join('\t')}\n${reviewRows.join('\n')}\n`);

const count = (src) => [...candidates.values()].filter((c) => c.sources.has(src)).length;
console.log('extraction (CSCD-NS):', sourcesRead['CSCD-NS']);
console.log(`candidates: ${candidates.size} (CSCD-NS ${count('CSCD-NS')}, pycorrector ${count('pycorrector')})`);
for (const c of CHECKS) console.log(`rejected — ${c}: ${rejectedBy[c].pairs} (CSCD-NS ${rejectedBy[c].CSCD_NS}, pycorrector ${rejectedBy[c].pycorrector})`);
console.log(`rejected — would flag another kept entry's right form: ${selfConflicts.length}`);
console.log(`rejected — holds a shorter kept pair with the same fix: ${covered.length} (${covered.map((k) => k.wrong).join('、')})`);
const bySource = (src) => final.filter((k) => k.sources.includes(src)).length;
console.log(`kept: ${final.length} (CSCD-NS ${bySource('CSCD-NS')}, pycorrector ${bySource('pycorrector')}; support ≥ 2 sentences: ${final.filter((k) => k.support >= 2).length})`);
console.log('per pack:', written);
