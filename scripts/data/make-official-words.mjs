#!/usr/bin/env node
// Regenerates dictionaries/spelling/mined-words.tsv: words of official Chinese that the
// spelling detector's word lists lack (犬只, 强降雨, 网格员), found in the context model's own
// training text (train.txt, written by build-context-model.ts to its work dir; not committed):
//
//   node scripts/data/make-official-words.mjs <train.txt> [--min-count N] [--list FILE] [--no-write] [--data DIR]
//
// The statistic is the usual one of unsupervised word discovery (frequency, cohesion, freedom):
// a string of 2–MAX_LENGTH Han characters is a word when it occurs at least MIN_COUNT times (--min-count),
// its characters hold together (the smallest pointwise mutual information over its splits into
// two parts, ln c(w)·N / (c(a)·c(b)), is at least MIN_PMI) and it stands free in its text
// (the entropy of the character before it and of the one after it, a run's edge counting as a
// new character each time, are both at least MIN_ENTROPY). Strings that begin or end with a
// function character (的X, X了, 和X) are fragments across word boundaries and are left out, as are
// numbers, traditional characters, a measure word or common one-character word beside a known word
// (次会议, 日下午), the words the lists already hold (the segmenter's, spelling/official-words.txt,
// extra-words.txt) and the candidates a developer rejected on reading (mined-words-rejected.tsv:
// fragments the bars let through, person names). --data names the shared data (《通用规范汉字表》).
// With --list, every candidate that passes the count bar is written to FILE with its statistics
// and the reason it was dropped (a reading aid; outside the repository).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

/** Occurrences a word needs in the training text (24 M Han characters): a slip of an edited text is not repeated this often. */
const DEFAULT_MIN_COUNT = 50;
/** Smallest PMI over the splits (nats): the characters occur together far more often than by chance. */
const MIN_PMI = 4;
/** Smallest of the left and right branching entropies (nats): the string is no piece of a longer unit. */
const MIN_ENTROPY = 2;
const MAX_LENGTH = 3;
/**
 * Characters a word of the official register seldom begins or ends with but a fragment across a
 * word boundary often does: particles, conjunctions, prepositions, pronouns, measure words.
 */
const NO_START = new Set('的了着过和与及或并而且但在对向从把被将为于以由给跟同是有这那其之所也都就又还再很更最已不没个些等各每该本另据让请愿仍近满当较多');
const NO_END = new Set('的了着过和与及或并而且但在对向从把被将为于以由给跟同是有这那其之所也都就又还再很更最已不没个些地得等后前时下上内中外间里称说道达起暨超遭未仍');
/** Measure words: one before a known word is a count's tail (次会议, 枚金牌, 辆汽车). */
const MEASURES = new Set('次枚级条辆颗台栋架艘轮户项类档块号名届批位只头匹座场家件张');
/** Conjunctions inside a string join two words (市和区, 党政及). */
const JOINS = /[和与及或并]/;
/** A number or ordinal is a fact the text states (第二十, 十一条, 亿人次), not a word. */
const NUMERAL = /^[零〇一二三四五六七八九十百千万亿两]|[零〇一二三四五六七八九十百千万亿两]$|第/;
/**
 * Counts (jieba's, in the segmenter's list) from which a single character is a common word on its
 * own (日, 年, 他, 要, 新): three characters that are such a character and a known word (日下午,
 * 他强调, 新征程) are a phrase, not a word.
 */
const COMMON_CHAR = 20000;

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { values, positionals } = parseArgs({ allowPositionals: true, options: { list: { type: 'string' }, 'min-count': { type: 'string' }, data: { type: 'string' }, 'no-write': { type: 'boolean' } } });
const [trainFile] = positionals;
const MIN_COUNT = Number(values['min-count'] ?? DEFAULT_MIN_COUNT);
if (!trainFile) {
  console.error('用法：node scripts/data/make-official-words.mjs <train.txt> [--min-count N] [--list FILE] [--no-write] [--data DIR]');
  process.exit(2);
}

const readWords = (file) =>
  readFileSync(join(root, 'dictionaries', file), 'utf8')
    .split('\n')
    .map((line) => line.split(/[ \t]/)[0].trim())
    .filter((w) => w && !w.startsWith('#'));
const segmenterCounts = new Map(
  readFileSync(join(root, 'dictionaries', 'segmenter', 'jieba-gongwen.txt'), 'utf8')
    .split('\n')
    .map((line) => line.split(' '))
    .filter(([w]) => w)
    .map(([w, c]) => [w, Number(c)]),
);
const known = new Set([...segmenterCounts.keys(), ...readWords('spelling/official-words.txt'), ...readWords('spelling/extra-words.txt')]);
const rare = new Set(readWords('spelling/rare-words.txt'));
/**
 * The 8,105 characters of 《通用规范汉字表》 (2013), from the shared data's table
 * (../shared/data/lexicon/standard-chars-simplified-to-traditional.json, as make-confusion-additions.mjs):
 * a string with another character is traditional script (國家, 發展) or a rare name.
 */
/** Candidates rejected on reading (scripts/data/mined-words-rejected.tsv: fragments, phrases, person names). */
const rejected = new Map(
  readFileSync(join(root, 'scripts', 'data', 'mined-words-rejected.tsv'), 'utf8')
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => line.split('\t')),
);
const standardChars = new Set(JSON.parse(readFileSync(join(values.data ?? join(root, '..', 'shared', 'data'), 'lexicon', 'standard-chars-simplified-to-traditional.json'), 'utf8')).tgscc_list);
const isStandard = (w) => [...w].every((c) => standardChars.has(c));

const text = readFileSync(trainFile, 'utf8');
const runs = text.match(/[\u4e00-\u9fff]{2,}/g) ?? [];
const U16 = 0x10000;

// Counts of 1- to MAX_LENGTH-grams; a longer string is counted only when both its shorter parts reach the bar.
const unigram = new Float64Array(U16);
let total = 0;
const counts = new Map(); // string → count, for lengths 2..MAX_LENGTH
for (const run of runs) {
  for (let i = 0; i < run.length; i++) unigram[run.charCodeAt(i)]++;
  total += run.length;
}
const countOf = (s) => (s.length === 1 ? unigram[s.charCodeAt(0)] : (counts.get(s) ?? 0));
for (let n = 2; n <= MAX_LENGTH; n++) {
  const grams = new Map();
  for (const run of runs) {
    for (let i = 0; i + n <= run.length; i++) {
      const s = run.slice(i, i + n);
      if (n > 2 && (countOf(s.slice(0, -1)) < MIN_COUNT || countOf(s.slice(1)) < MIN_COUNT)) continue;
      grams.set(s, (grams.get(s) ?? 0) + 1);
    }
  }
  for (const [s, c] of grams) if (c >= MIN_COUNT) counts.set(s, c);
}

/** The smallest PMI over the splits of `w` into two parts. */
function pmi(w) {
  let min = Infinity;
  for (let k = 1; k < w.length; k++) min = Math.min(min, Math.log((countOf(w) * total) / (countOf(w.slice(0, k)) * countOf(w.slice(k)))));
  return min;
}

/** A common one-character word beside a known word. */
const commonPlusWord = (char, word) => (segmenterCounts.get(char) ?? 0) >= COMMON_CHAR && known.has(word);

const candidates = new Map(); // string → statistics
for (const [w, count] of counts) {
  const row = { word: w, count, pmi: pmi(w), left: 0, right: 0, drop: '' };
  if (known.has(w)) row.drop = 'known';
  else if (rejected.has(w)) row.drop = `rejected on reading: ${rejected.get(w)}`;
  else if (NO_START.has(w[0]) || NO_END.has(w.at(-1)) || JOINS.test(w.slice(1, -1))) row.drop = 'function character';
  else if (NUMERAL.test(w)) row.drop = 'numeral';
  else if (!isStandard(w)) row.drop = 'not a standard character';
  else if (w.length === 3 && ((MEASURES.has(w[0]) && known.has(w.slice(1))) || (w[0] === w[1] && known.has(w.slice(1))))) row.drop = 'phrase';
  else if (w.length === 3 && (commonPlusWord(w[0], w.slice(1)) || commonPlusWord(w[2], w.slice(0, 2)))) row.drop = 'phrase';
  else if (row.pmi < MIN_PMI) row.drop = 'pmi';
  candidates.set(w, row);
}

// Branching entropy of the candidates still in: the characters seen before and after each occurrence.
const neighbours = new Map();
for (const [w, row] of candidates) if (!row.drop) neighbours.set(w, { left: new Map(), right: new Map(), leftEdges: 0, rightEdges: 0 });
for (const run of runs) {
  for (let n = 2; n <= MAX_LENGTH; n++) {
    for (let i = 0; i + n <= run.length; i++) {
      const nb = neighbours.get(run.slice(i, i + n));
      if (!nb) continue;
      if (i === 0) nb.leftEdges++;
      else nb.left.set(run[i - 1], (nb.left.get(run[i - 1]) ?? 0) + 1);
      if (i + n === run.length) nb.rightEdges++;
      else nb.right.set(run[i + n], (nb.right.get(run[i + n]) ?? 0) + 1);
    }
  }
}
/** Entropy of the neighbours, each edge of a run a character of its own. */
function entropy(map, edges) {
  let sum = edges;
  for (const c of map.values()) sum += c;
  let h = edges > 0 ? (edges / sum) * Math.log(sum) : 0;
  for (const c of map.values()) h -= (c / sum) * Math.log(c / sum);
  return h;
}
for (const [w, nb] of neighbours) {
  const row = candidates.get(w);
  row.left = entropy(nb.left, nb.leftEdges);
  row.right = entropy(nb.right, nb.rightEdges);
  if (Math.min(row.left, row.right) < MIN_ENTROPY) row.drop = 'entropy';
}

const kept = [...candidates.values()].filter((r) => !r.drop).sort((a, b) => (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
if (values.list) {
  const rows = [...candidates.values()].sort((a, b) => b.count - a.count);
  writeFileSync(
    values.list,
    rows.map((r) => [r.word, r.count, r.pmi.toFixed(2), r.left.toFixed(2), r.right.toFixed(2), r.drop || (rare.has(r.word) ? 'kept rare' : 'kept')].join('\t')).join('\n') + '\n',
  );
}
const header = [
  `# Words of official Chinese the spelling detector's other lists lack, mined from the context model's training text (${total} Han characters; see dictionaries/NOTICE, context-model).`,
  `# Statistic: strings of 2–${MAX_LENGTH} Han characters seen >= ${MIN_COUNT} times, smallest PMI over their splits >= ${MIN_PMI} nats, left and right branching entropy >= ${MIN_ENTROPY} nats;`,
  '# none beginning or ending with a function character (的X, X了, 和X), with a numeral at an edge or 第, with a character outside 《通用规范汉字表》, or made of a measure word or a',
  '# common one-character word and a known word (次会议, 日下午); none of the segmenter, official-words.txt or extra-words.txt; none rejected on reading',
  '# (scripts/data/mined-words-rejected.tsv: fragments, phrases, person names). Word<TAB>count in the training text.',
  '# Used by spelling/statistical-typo (src/rules/spelling/model.ts): a word seen >= 100 times is proposed as a fix like an official word; a rarer one only',
  '# keeps the text as written (a real word, as rare-words.txt).',
  `# Generated by scripts/data/make-official-words.mjs on ${new Date().toISOString().slice(0, 10)}; do not edit by hand.`,
];
if (!values['no-write']) {
  const out = join(root, 'dictionaries', 'spelling', 'mined-words.tsv');
  writeFileSync(out, `${header.join('\n')}\n${kept.map((r) => `${r.word}\t${r.count}`).join('\n')}\n`);
  console.log(`${out}: ${kept.length} words`);
}
console.log(`candidates ${candidates.size}; kept ${kept.length} (of them in rare-words.txt ${kept.filter((r) => rare.has(r.word)).length})`);
