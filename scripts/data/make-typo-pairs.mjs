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
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Jieba } from '@node-rs/jieba';
import { CHECKS, noteOf } from './typo-pair-review.mjs';
import { CLEAN_CORPORA as ALL_CLEAN_CORPORA, countForms as countIn, loadReview, packYaml, read, root } from './typo-pair-knowledge.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const dataDir = option('--data', '/work/data-s3/pairs');
const write = !args.includes('--no-write');
const skipped = new Set(args.flatMap((a, i) => (args[i - 1] === '--skip-corpus' ? [a] : [])));
const CLEAN_CORPORA = ALL_CLEAN_CORPORA.filter((f) => !skipped.has(f));
const HAN = /^\p{Script=Han}+$/u;

// ---- knowledge ------------------------------------------------------------------------
// The generated packs are rewritten below, so they do not count as existing packs.
const { review, needsBoundary, segmenterLines, idiomTag, idioms, officialWords } = loadReview((file) => file.startsWith('typo-common-'));

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
  countIn(forms, text);
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
const written = {};
for (const [id, meta] of Object.entries(PACKS)) {
  const entries = final.filter((k) => group(k) === id).sort((a, b) => b.support - a.support || a.right.localeCompare(b.right, 'zh'));
  written[id] = entries.length;
  if (!entries.length) continue;
  const header = [
    `typo-common-${id}: generated by scripts/data/make-typo-pairs.mjs — do not edit by hand;`,
    'change the script or its review checks and run it again. Pairs mined from public data of',
    'real spelling errors (CSCD-NS, pycorrector), reviewed by its checks and by reading: see',
    'dictionaries/NOTICE.',
  ];
  const yaml = packYaml({ header, id: `typo-common-${id}`, name: meta.name, description: meta.description, entries, sample: entries.slice(0, 3), needsBoundary, noteOf });
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
