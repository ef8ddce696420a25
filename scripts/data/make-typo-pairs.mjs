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
  '/work/clean-corpus/dev.txt',
  join(root, 'test', 'fixtures', 'clean-sentences.txt'),
  ...['000_138312a856a89047', '001_05e5d552f9d7a5b2', '002_e602cac2ce9f3cda', '003_80f4e3af275babf5', '004_c46531162d7a927c'].map(
    (n) => join(root, '..', 'shared', 'corpus', `${n}.txt`),
  ),
].filter((f) => !skipped.has(f));

const read = (file) => readFileSync(file, 'utf8');
const lines = (file) => read(file).split('\n').map((l) => l.replace(/\s+#.*$/u, '').trim()).filter((l) => l && !l.startsWith('#'));
const HAN = /^\p{Script=Han}+$/u;

// ---- word knowledge --------------------------------------------------------------------
const jiebaFull = read(join(dirname(require.resolve('@node-rs/jieba/package.json')), 'dict.txt'));
const fullWords = new Set(jiebaFull.split('\n').map((l) => l.split(' ')[0]).filter(Boolean));
// Person names and transliterations (尼斯 cut out of 厄尼思特): not words a pair may fix.
const personNames = new Set(jiebaFull.split('\n').filter((l) => / nr[a-z]*$/u.test(l)).map((l) => l.split(' ')[0]));
/** Is `form` inside a longer word of the full jieba dictionary (众国 in 合众国)? */
const insideWords = (() => {
  const inside = new Set();
  for (const w of fullWords) for (let i = 0; i < w.length; i++) for (let j = i + 2; j <= Math.min(w.length, i + 6); j++) if (j - i < w.length) inside.add(w.slice(i, j));
  return (form) => inside.has(form);
})();
const segmenterLines = lines(join(root, 'dictionaries', 'segmenter', 'jieba-gongwen.txt'));
const segmenterWords = new Set(segmenterLines.map((l) => l.split(' ')[0]));
const idiomTag = new Set(segmenterLines.filter((l) => / [il]$/u.test(l)).map((l) => l.split(' ')[0]));
const lexicon = (name) => new Set(lines(join(root, 'dictionaries', 'lexicons', `${name}.txt`)));
const idioms = lexicon('idioms');
const lexiconWords = new Set(['idioms', 'places', 'law-titles', 'institutions', 'ethnic-groups'].flatMap((n) => [...lexicon(n)]));
const officialWords = new Set(lines(join(root, 'dictionaries', 'spelling', 'official-words.txt')));
const knownWord = (w) => segmenterWords.has(w) || lexiconWords.has(w) || officialWords.has(w);
const anyWord = (w) => knownWord(w) || fullWords.has(w);

// Prefixes and suffixes of dictionary words, for "could the wrong form be two words' seam".
const prefixes = new Set();
const suffixes = new Set();
for (const w of segmenterWords) {
  for (let i = 1; i < w.length; i++) {
    prefixes.add(w.slice(0, i));
    suffixes.add(w.slice(i));
  }
}

// Characters and their sound- and shape-alikes.
const confusion = new Map();
for (const line of read(join(root, 'dictionaries', 'spelling', 'confusion.tsv')).split('\n')) {
  if (!line || line.startsWith('#')) continue;
  const [ch, samePinyin = '', similarSound = '', similarShape = ''] = line.split('\t');
  confusion.set(ch, { samePinyin, similarSound, similarShape });
}
function likeness(a, b) {
  const kinds = [];
  for (const [x, y] of [
    [a, b],
    [b, a],
  ]) {
    const row = confusion.get(x);
    if (!row) continue;
    if (row.samePinyin.includes(y)) kinds.push('同音');
    else if (row.similarSound.includes(y)) kinds.push('音近');
    if (row.similarShape.includes(y)) kinds.push('形近');
  }
  if (kinds.includes('同音')) return kinds.includes('形近') ? '音同形近' : '同音';
  if (kinds.includes('音近')) return kinds.includes('形近') ? '音近形近' : '音近';
  return kinds.includes('形近') ? '形近' : null;
}

// Characters whose confusion is a choice between two real words (的/地/得, 在/再 …): right in
// one sentence and wrong in the next, so no fixed pair can decide them.
const REAL_WORD_ALTERNATIVES = new Set([...'的地得在再做作那哪他她它象像以已己么吗呢吧和合']);
// Single characters that stand as words of their own next to almost anything (已近 in 已近尾声,
// 中国去 in 到中国去, 姐是): a wrong form made of one of them and a word reads as a phrase.
const FREE_CHARS = new Set([...'在是不没也都就还又才更最很太已曾将要会能可应得该被把对为与和及或并而但则即因所之其此各每本有无去来到给让使向从自于由按经正多少大小一个只想说看做上下中内外前后里着了过们等近新老好吃人年月日时这那他我你的地']);
/** Can `form` be cut into two or more dictionary words of two characters or more (政治权力)? */
function madeOfWords(form, from = 0) {
  if (from === form.length) return true;
  for (let end = form.length; end >= from + 2; end--) {
    if (end - from === form.length) continue;
    if (segmenterWords.has(form.slice(from, end)) && madeOfWords(form, end)) return true;
  }
  return false;
}
// Pairs rejected when the kept pairs were read by hand, with the reason (scripts/data/typo-pairs-rejected.tsv).
const handRejected = new Map(
  read(join(root, 'scripts', 'data', 'typo-pairs-rejected.tsv'))
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split('\t'))
    .map(([wrong, right, why]) => [`${wrong}\t${right}`, why]),
);
function readsAsPhrase(wrong) {
  const rest = (s) => s.length === 1 || anyWord(s);
  return (FREE_CHARS.has(wrong[0]) && rest(wrong.slice(1))) || (FREE_CHARS.has(wrong.at(-1)) && rest(wrong.slice(0, -1)));
}

// Standard characters (通用规范汉字表): a wrong form with another character is a script
// matter (script/non-standard-char), not a typo pair.
const standardChars = new Set(JSON.parse(read(join(root, '..', 'shared', 'data', 'lexicon', 'standard-chars-simplified-to-traditional.json'))).tgscc_list);
// 异形词 pairs are left to the variant packs.
const variantPairs = new Set(
  lines(join(root, '..', 'shared', 'data', 'lexicon', 'variant-pairs.txt')).flatMap((l) => {
    const [a, b] = l.split('-');
    return [`${a}\t${b}`, `${b}\t${a}`];
  }),
);

// ---- what the packs already hold ------------------------------------------------------
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
const packRightText = [...packRight].join('\n');
const packWrongList = [...packWrong];

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
function addCandidate(wrong, right, source, sentenceKey, example, rejected) {
  const key = `${wrong}\t${right}`;
  let c = candidates.get(key);
  if (!c) candidates.set(key, (c = { wrong, right, sources: new Map(), example, rejected }));
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
/** The characters where wrong and right differ, or a transposition. */
function difference(wrong, right) {
  if (wrong.length !== right.length) return { kind: null, pairs: [] };
  const at = [];
  for (let i = 0; i < wrong.length; i++) if (wrong[i] !== right[i]) at.push(i);
  if (at.length === 2 && at[1] === at[0] + 1 && wrong[at[0]] === right[at[1]] && wrong[at[1]] === right[at[0]]) {
    return { kind: '颠倒', pairs: [], at };
  }
  return { kind: 'replace', pairs: at.map((i) => [wrong[i], right[i]]), at };
}

// Counts of every candidate wrong form in the clean corpora, as raw substrings: this counts
// it inside words and across word boundaries alike.
const forms = new Map();
for (const c of candidates.values()) forms.set(c.wrong, 0);
const lengths = [...new Set([...forms.keys()].map((f) => f.length))];
for (const file of CLEAN_CORPORA) {
  if (!existsSync(file)) {
    if (file === '/work/clean-corpus/dev.txt') continue; // appears when branch s3-gate lands it
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

const CHECKS = [
  'right form not a known word',
  'wrong form is a word',
  'right form is a person name',
  'wrong form inside a longer word',
  'wrong form reads as a free character plus a word (已近, 中国去)',
  'wrong form is made of dictionary words (政治权力)',
  'wrong form has a non-standard character',
  'variant form (异形词)',
  'real-word alternative (的/地/得, 在/再 …)',
  'no sound/shape confusion nor transposition',
  'more than two characters differ',
  'wrong form in clean text',
  'wrong form listed in a pack already',
  'conflicts with a pack (a right form holds it, or its right form is listed wrong)',
  'rejected by hand review',
];
const rejectedBy = Object.fromEntries(CHECKS.map((c) => [c, { pairs: 0, CSCD_NS: 0, pycorrector: 0 }]));
const kept = [];
const reviewRows = [];
for (const c of candidates.values()) {
  const { wrong, right } = c;
  const diff = difference(wrong, right);
  let reason = null;
  let kind = null;
  if (!knownWord(right)) reason = 'right form not a known word';
  else if (anyWord(wrong)) reason = 'wrong form is a word';
  else if (personNames.has(right)) reason = 'right form is a person name';
  else if (insideWords(wrong)) reason = 'wrong form inside a longer word';
  else if (readsAsPhrase(wrong)) reason = 'wrong form reads as a free character plus a word (已近, 中国去)';
  else if (madeOfWords(wrong)) reason = 'wrong form is made of dictionary words (政治权力)';
  else if (![...wrong].every((ch) => standardChars.has(ch))) reason = 'wrong form has a non-standard character';
  else if (variantPairs.has(`${wrong}\t${right}`) || diff.pairs.some(([a, b]) => variantPairs.has(`${a}\t${b}`))) reason = 'variant form (异形词)';
  else if (diff.pairs.some(([a, b]) => REAL_WORD_ALTERNATIVES.has(a) || REAL_WORD_ALTERNATIVES.has(b))) reason = 'real-word alternative (的/地/得, 在/再 …)';
  else if (diff.kind === '颠倒') kind = '颠倒';
  else if (diff.kind === null || diff.pairs.length > 2) reason = diff.kind === null ? 'no sound/shape confusion nor transposition' : 'more than two characters differ';
  else {
    const kinds = diff.pairs.map(([a, b]) => likeness(a, b));
    if (kinds.some((k) => k === null)) reason = 'no sound/shape confusion nor transposition';
    else kind = kinds.join('、');
  }
  if (!reason && forms.get(wrong) > 0) reason = 'wrong form in clean text';
  if (!reason && (packWrong.has(wrong) || packWrongList.some((w) => wrong.includes(w)))) reason = 'wrong form listed in a pack already';
  if (!reason && (packRightText.includes(wrong) || packWrong.has(right))) reason = 'conflicts with a pack (a right form holds it, or its right form is listed wrong)';
  if (!reason && handRejected.has(`${wrong}\t${right}`)) reason = 'rejected by hand review';
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

// A kept wrong form that is the seam of two dictionary words (题高 in 问题高发) or lies inside
// a dictionary word is reported only on word boundaries.
function needsBoundary(wrong) {
  for (let i = 1; i < wrong.length; i++) {
    const left = wrong.slice(0, i);
    const right = wrong.slice(i);
    if ((suffixes.has(left) || segmenterWords.has(left)) && (prefixes.has(right) || segmenterWords.has(right))) return true;
  }
  return prefixes.has(wrong) || suffixes.has(wrong);
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
function note(k) {
  if (k.kind === '颠倒') return `“${k.right}”两字次序颠倒`;
  const kinds = k.kind.split('、');
  return k.diff.pairs.map(([w, r], i) => `“${r}”误作“${w}”（${kinds[i]}）`).join('，');
}
const written = {};
for (const [id, meta] of Object.entries(PACKS)) {
  const entries = final.filter((k) => group(k) === id).sort((a, b) => b.support - a.support || a.right.localeCompare(b.right, 'zh'));
  written[id] = entries.length;
  if (!entries.length) continue;
  const body = entries
    .map((k) => {
      const lines = [`  - wrong: ${q(k.wrong)}`, `    right: ${q(k.right)}`, `    note: ${q(note(k))}`];
      if (needsBoundary(k.wrong)) lines.push('    boundary: word');
      return lines.join('\n');
    })
    .join('\n');
  const sample = entries.slice(0, 3);
  const yaml = `# typo-common-${id}: generated by scripts/data/make-typo-pairs.mjs — do not edit by hand;
# change the script or its review checks and run it again. Pairs mined from public data of
# real spelling errors (CSCD-NS, pycorrector), reviewed automatically: see dictionaries/NOTICE.
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
