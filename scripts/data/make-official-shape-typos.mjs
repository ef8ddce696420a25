#!/usr/bin/env node
// Writes the look-alike (形近) slips of official vocabulary — one character of a common 公文
// word replaced by a character of similar shape, the slip of handwriting, OCR and 五笔
// (安全事故 → 守全事故, 第三条 → 第上条, 纠纷 → 纠纸) — that pass the automatic review and
// were then read one by one, as the rule pack dictionaries/packs/typo-official-shapes.yaml.
//
//   node scripts/data/make-official-shape-typos.mjs [--no-write] [--skip-corpus FILE]… [--out DIR]
//
// Which words: the ECSpell 公文 word list (dictionaries/spelling/official-words.txt), two to
// four characters, frequent in the context model's training text (MIN_WORD_COUNT). Which
// slips: a look-alike of the confusion sets (ECSpell shape, pycorrector same-stroke), or of
// Unihan's shape codes (four-corner, Cangjie and radical together, unihanPairs), that is a
// standard character common in official text (MIN_CHAR_COUNT). Every candidate must pass the
// review of typo-pair-review.mjs (not a word, not inside a word, not made of words, zero times
// in every clean corpus, in no other pack) and the seam test below; then it is kept only if
// it was read and not rejected: scripts/data/official-shape-typos-read.tsv lists the pairs
// read and kept, official-shape-typos-rejected.tsv the pairs read and dropped, with the
// reason. A candidate in neither list is written to DIR/official-shape-typos-unread.tsv and
// left out of the pack. `--skip-corpus FILE` leaves a clean corpus out of the zero-occurrence
// check, to measure how many kept forms that unseen text would hold.
import { execSync } from 'node:child_process';
import { existsSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { distance } from 'fastest-levenshtein';
import { CHECKS, noteOf } from './typo-pair-review.mjs';
import { CLEAN_CORPORA, countForms, loadReview, packYaml, read, root } from './typo-pair-knowledge.mjs';

const args = process.argv.slice(2);
const write = !args.includes('--no-write');
const outDir = args.includes('--out') ? args[args.indexOf('--out') + 1] : '/work/data-s4/s4-shapes';
const skipped = new Set(args.flatMap((a, i) => (args[i - 1] === '--skip-corpus' ? [a] : [])));
const corpora = CLEAN_CORPORA.filter((f) => !skipped.has(f));
const TRAIN = '/work/corpus-s3/train.txt';
// Radical and residual strokes of each character (Debian package unicode-data).
const UNIHAN = '/usr/share/unicode/Unihan_IRGSources.txt.bz2';
// Four-corner and Cangjie codes of each character (same package).
const UNIHAN_CODES = '/usr/share/unicode/Unihan_DictionaryLikeData.txt.bz2';
// The third source of look-alikes draws on the 3,500 level-one characters of 通用规范汉字表.
const LEVEL_ONE = 3500;

// A word must be this frequent in TRAIN: words that official text really uses. Two-character
// words much more so, as their slips are short and need the strongest evidence.
const MIN_WORD_COUNT = { 2: 300, 3: 30, 4: 30 };
// The look-alike must itself be a common character: a slip writes a character the writer
// (or the OCR engine) knows.
const MIN_CHAR_COUNT = 300;
// Seam test: a wrong form cut into a head and a tail that are each common (相关 + 关 in
// 相关关键, 公积 + 公 in 公积公益金) can occur in correct text across a word seam even if the
// clean corpora happen to lack it. Expected count of such a seam in TRAIN by independence,
// count(head) × count(tail) / length; at or above this a candidate is dropped. Set with
// dev.txt left out of the zero-occurrence check: the forms dev.txt then holds had 0.15–0.5
// (余收入, 协谈, 救援阶); with these limits none passes (dictionaries/NOTICE).
const MAX_SEAM_EXPECTED = { 2: 0.2, 3: 0.1, 4: 2 };
// At most this many look-alikes per word: same-stroke pairs first, then those of equal
// residual strokes, then the most common characters, then pairs of the Unihan codes only; a
// pair read and rejected takes no slot.
const PER_WORD = 2;
const PACK_ID = 'typo-official-shapes';

const { review, needsBoundary, officialWords, segmenterWords, fullWords, confusion, standardChars } = loadReview((file) => file === `${PACK_ID}.yaml`);
const readList = (name) =>
  existsSync(join(root, 'scripts', 'data', name))
    ? new Map(
        read(join(root, 'scripts', 'data', name))
          .split('\n')
          .filter((l) => l && !l.startsWith('#'))
          .map((l) => l.split('\t'))
          .map(([w, r, why]) => [`${w}\t${r}`, why ?? '']),
      )
    : new Map();
const readKept = readList('official-shape-typos-read.tsv');
const readRejected = readList('official-shape-typos-rejected.tsv');

// ---- counts in the training corpus ------------------------------------------------------
for (const f of corpora) if (!existsSync(f)) throw new Error(`找不到干净语料：${f}（用 --skip-corpus 明确跳过）`);
const train = read(TRAIN);
const trainLength = train.length;
const charCount = new Map();
for (const ch of train) charCount.set(ch, (charCount.get(ch) ?? 0) + 1);
const wordCount = new Map([...officialWords].filter((w) => /^\p{Script=Han}{2,4}$/u.test(w)).map((w) => [w, 0]));
countForms(wordCount, train);
// The ECSpell list holds some fragments (率控制, 对拟): only words jieba or the segmenter
// knows, or compounds of two such words.
const isWord = (w) => segmenterWords.has(w) || fullWords.has(w);
const isCompound = (w) => [...w].some((_, i) => i >= 2 && w.length - i >= 2 && isWord(w.slice(0, i)) && isWord(w.slice(i)));
const words = [...wordCount].filter(([w, n]) => n >= MIN_WORD_COUNT[w.length] && (isWord(w) || isCompound(w))).map(([w]) => w);

// The confusion sets are wide (ECSpell lists 石 for 一, 悉 for 情): a pair counts as a
// look-alike only if pycorrector's same-stroke groups hold it (they group characters by a
// shared component: 龙 笼 垄 宠), or if it shares the radical and differs by at most
// MAX_RESIDUAL_STROKES other strokes by Unihan's kRSUnicode (颁/颂, 损/捐, 销/铺, 己/已).
const MAX_RESIDUAL_STROKES = 2;
const radicalStrokes = new Map(); // char → [radical, residual strokes]
for (const line of execSync(`bzcat ${UNIHAN}`, { maxBuffer: 1 << 30, encoding: 'utf8' }).split('\n')) {
  const m = /^U\+([0-9A-F]+)\tkRSUnicode\t(\d+)'*\.(-?\d+)/u.exec(line);
  if (m) radicalStrokes.set(String.fromCodePoint(parseInt(m[1], 16)), [Number(m[2]), Number(m[3])]);
}
const strokeGroups = new Map(); // char → characters of its same-stroke groups
for (const line of read(join(root, '..', 'shared', 'data', 'confusion', 'pycorrector-same-stroke.txt')).split('\n')) {
  const group = line.split(/\s+/u).filter(Boolean);
  for (const ch of group) strokeGroups.set(ch, (strokeGroups.get(ch) ?? '') + group.join(''));
}
/** 3: same-stroke group; 2, 1, 0: same radical, residual strokes differ by 0, 1, 2; -1: not alike. */
const alikeStrength = (a, b) => {
  if (strokeGroups.get(a)?.includes(b)) return 3;
  const [ra, sa] = radicalStrokes.get(a) ?? [];
  const [rb, sb] = radicalStrokes.get(b) ?? [];
  return ra !== undefined && ra === rb && Math.abs(sa - sb) <= MAX_RESIDUAL_STROKES ? 2 - Math.abs(sa - sb) : -1;
};
/** Look-alikes of a character in either direction of the confusion sets, strong ones only. */
const shapeAlikes = (ch) => {
  const out = new Set(confusion.get(ch)?.similarShape ?? '');
  for (const [other, row] of confusion) if (row.similarShape.includes(ch)) out.add(other);
  out.delete(ch);
  return new Set([...out].filter((other) => alikeStrength(ch, other) >= 0));
};

// Third source: look-alikes the confusion sets do not pair although the characters plainly
// look alike (宠/宅 of 宅基地, 铺/销 of 注销, 子/于 of 低于). Two level-one characters count as
// alike when all three of Unihan's shape codes say so (unihanPairs):
//   - their four-corner main codes (kFourCornerCode, 四角号码) differ in at most one of the four
//     digits: the four corners of the glyph are the same but one;
//   - their Cangjie codes (kCangjie) are at most two edits apart: the parts the glyph is
//     built from are the same but one or two;
//   - they share their radical (kRSUnicode's radical number).
// Each code alone groups far too much (二/三/工/王 share 1010; most 扌 characters share the
// radical); the three together give about 14,000 ordered pairs of level-one characters the
// confusion sets lack, e.g. 宠/宅 (3041/3071, JIKP/JHP, radical 40), 铺/销 (8372/8972,
// XCIJB/XCFB, radical 167). Fed to the context-based detector everywhere they raised false
// alarms (3 false errors for 2 real ones on 5 M characters of news), so they are no
// confusion set: here they only propose candidates, which pass the same automatic review and
// are then read one by one like the others. They rank below every pair of the confusion sets
// for the per-word cap, so they never displace a pair those sets give.
function unihanPairs() {
  const fields = new Map([['kFourCornerCode', new Map()], ['kCangjie', new Map()]]);
  for (const line of execSync(`bzcat ${UNIHAN_CODES}`, { maxBuffer: 1 << 30, encoding: 'utf8' }).split('\n')) {
    const [code, name, value] = line.split('\t');
    if (fields.has(name) && code.startsWith('U+')) fields.get(name).set(String.fromCodePoint(parseInt(code.slice(2), 16)), value);
  }
  const corners = fields.get('kFourCornerCode');
  const cangjie = fields.get('kCangjie');
  const levelOne = [...standardChars].slice(0, LEVEL_ONE).filter((c) => corners.has(c) && cangjie.has(c) && radicalStrokes.has(c));
  const mainCodes = (c) => corners.get(c).split(' ').map((code) => code.slice(0, 4));
  const digitsApart = (x, y) => [...x].filter((d, i) => d !== y[i]).length;
  const pairs = new Map(); // char → Set of look-alikes
  for (const a of levelOne) {
    for (const b of levelOne) {
      if (a === b || radicalStrokes.get(a)[0] !== radicalStrokes.get(b)[0]) continue;
      if (distance(cangjie.get(a), cangjie.get(b)) > 2) continue;
      if (!mainCodes(a).some((x) => mainCodes(b).some((y) => digitsApart(x, y) <= 1))) continue;
      if (!pairs.has(a)) pairs.set(a, new Set());
      pairs.get(a).add(b);
    }
  }
  return pairs;
}
const unihanAlikes = unihanPairs();
/** Strength of a pair: that of the confusion sets when they hold it, else -2 for a pair of the Unihan codes only. */
const pairStrength = (a, b, fromConfusion) => (fromConfusion ? alikeStrength(a, b) : -2);

const alikeCache = new Map();
const alikesOf = (ch) => alikeCache.get(ch) ?? alikeCache.set(ch, shapeAlikes(ch)).get(ch);

// ---- candidates ---------------------------------------------------------------------------
const candidates = []; // { wrong, right, charFreq, strength }
for (const right of words) {
  for (let i = 0; i < right.length; i++) {
    const fromConfusion = alikesOf(right[i]);
    for (const ch of new Set([...fromConfusion, ...(unihanAlikes.get(right[i]) ?? [])])) {
      if ((charCount.get(ch) ?? 0) < MIN_CHAR_COUNT || !standardChars.has(ch) || !/\p{Script=Han}/u.test(ch)) continue;
      const strength = pairStrength(right[i], ch, fromConfusion.has(ch));
      candidates.push({ wrong: right.slice(0, i) + ch + right.slice(i + 1), right, charFreq: charCount.get(ch), strength, source: strength === -2 ? 'unihan' : 'confusion' });
    }
  }
}
const forms = new Map(candidates.map((c) => [c.wrong, 0]));
for (const f of corpora) countForms(forms, read(f));
// Heads and tails of every wrong form, counted in TRAIN for the seam test.
const pieces = new Map();
for (const { wrong } of candidates) for (let i = 1; i < wrong.length; i++) pieces.set(wrong.slice(0, i), 0).set(wrong.slice(i), 0);
countForms(pieces, train);
const seamExpected = (wrong) => {
  let worst = 0;
  for (let i = 1; i < wrong.length; i++) worst = Math.max(worst, (pieces.get(wrong.slice(0, i)) * pieces.get(wrong.slice(i))) / trainLength);
  return worst;
};

const NOT_IN_CONFUSION = new Set(['no sound/shape confusion nor transposition']);
const SEAM = 'wrong form is a likely seam of common pieces (seam test)';
const UNREAD = 'not read yet (official-shape-typos-unread.tsv)';
const REJECTED = 'rejected on reading (official-shape-typos-rejected.tsv)';
const rejected = Object.fromEntries([...CHECKS, SEAM, 'wrong form of two right words', 'more look-alikes of one word than PER_WORD', REJECTED, UNREAD].map((c) => [c, 0]));
const reviewRows = [];
const passed = [];
for (const c of candidates) {
  // A pair of the Unihan codes only is a look-alike the confusion sets lack: that one check is
  // waived (the codes stand for it), every other one applies.
  let { reason, kind } = review(c.wrong, c.right, forms.get(c.wrong), c.source === 'unihan' ? NOT_IN_CONFUSION : undefined);
  if (!reason && c.source === 'unihan') kind = '形近';
  const seam = seamExpected(c.wrong);
  if (!reason && seam >= MAX_SEAM_EXPECTED[c.wrong.length]) reason = SEAM;
  reviewRows.push([reason ?? 'passed', c.wrong, c.right, kind ?? '', c.charFreq, seam.toFixed(3)].join('\t'));
  if (reason) rejected[reason]++;
  else passed.push({ ...c, kind, seam });
}
// One wrong form for two right words cannot be fixed: drop both. A rival of the Unihan codes
// only does not make a pair of the confusion sets ambiguous: 第互条 stays 第五条 (互/五, a
// same-stroke pair) though the codes also pair 互 with 二; the rival alone is dropped.
const rightsOf = new Map();
for (const c of passed) rightsOf.set(c.wrong, [...(rightsOf.get(c.wrong) ?? []), c]);
const ambiguous = (c) => {
  const rivals = rightsOf.get(c.wrong);
  const strong = rivals.filter((r) => r.source === 'confusion');
  return rivals.length > 1 && !(strong.length === 1 && strong[0] === c);
};
const chosen = [];
const perWord = new Map();
for (const c of passed.sort((a, b) => b.strength - a.strength || b.charFreq - a.charFreq)) {
  if (ambiguous(c)) {
    rejected['wrong form of two right words']++;
    continue;
  }
  const n = perWord.get(c.right) ?? 0;
  // A pair read and rejected holds no place in the pack: it takes no slot, so the next
  // look-alike of the word comes up for reading (宪基地 for 宅基地, whose two first look-alikes
  // 宅域地, 宅堆地 were rejected). Measured 2026-12-07: 960 candidates (779 of the confusion
  // sets, 181 of the Unihan codes) had been kept from reading by rejected pairs only.
  if (readRejected.has(`${c.wrong}\t${c.right}`)) {
    chosen.push(c);
    continue;
  }
  if (n >= PER_WORD) {
    rejected['more look-alikes of one word than PER_WORD']++;
    continue;
  }
  perWord.set(c.right, n + 1);
  chosen.push(c);
}
// A chosen wrong form inside another chosen entry's right form would flag that fix.
const chosenRight = chosen.map((k) => k.right).join('\n');
const selfConflicts = chosen.filter((k) => chosenRight.includes(k.wrong));
const candidatesRead = chosen.filter((k) => !chosenRight.includes(k.wrong));
// Only pairs read and judged go into the pack.
const unread = [];
const final = [];
for (const k of candidatesRead) {
  const key = `${k.wrong}\t${k.right}`;
  if (readRejected.has(key)) rejected[REJECTED]++;
  else if (readKept.has(key)) final.push({ ...k, verdict: readKept.get(key) });
  else {
    rejected[UNREAD]++;
    unread.push(k);
  }
}

// ---- pack ---------------------------------------------------------------------------------
const entries = final.sort((a, b) => a.right.localeCompare(b.right, 'zh') || a.wrong.localeCompare(b.wrong, 'zh'));
const step = Math.max(1, Math.floor(entries.length / 3));
const sample = [0, step, 2 * step].map((i) => entries[i]).filter(Boolean);
const header = [
  `${PACK_ID}: generated by scripts/data/make-official-shape-typos.mjs — do not edit by hand;`,
  'to drop a pair, move it with the reason to scripts/data/official-shape-typos-rejected.tsv',
  'and run the script again. Words from the ECSpell 公文 word list, one character replaced by a',
  'look-alike of the confusion sets (ECSpell shape, pycorrector same-stroke) or of the Unihan',
  'shape codes (four-corner, Cangjie, radical); every pair passed the automatic review and was',
  'then read by a developer (official-shape-typos-read.tsv);',
  'sources and review: see dictionaries/NOTICE.',
];
let yaml = packYaml({
  header,
  id: PACK_ID,
  name: '公文常用词形近错字',
  description: '公文常用词语中的形近错字（手写、扫描识别、五笔输入致误）',
  entries,
  sample,
  // Two-character forms only at word boundaries.
  needsBoundary: (w) => w.length === 2 || needsBoundary(w),
  noteOf,
});
// Per-entry severity (packYaml writes none): warning unless the reading was certain
// ('certain' in the read list).
const warn = new Set(entries.filter((e) => e.verdict !== 'certain').map((e) => e.wrong));
yaml = yaml.replace(/^ {2}- wrong: "(.+)"\n((?: {4}.+\n)+)/gmu, (block, wrong) => (warn.has(wrong) ? `${block}    severity: warning\n` : block));
if (write) writeFileSync(join(root, 'dictionaries', 'packs', `${PACK_ID}.yaml`), yaml);
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'official-shape-typos-review.tsv'), `verdict\twrong\tright\tkind\tcharFreq\tseam\n${reviewRows.join('\n')}\n`);
writeFileSync(
  join(outDir, 'official-shape-typos-unread.tsv'),
  unread
    .sort((a, b) => a.right.localeCompare(b.right, 'zh'))
    .map((k) => `${k.wrong}\t${k.right}\t${k.kind}\t${wordCount.get(k.right)}\t${k.seam.toFixed(3)}\t${k.source}`)
    .join('\n') + '\n',
);

console.log(`corpora: ${corpora.length} (${[...skipped].map((f) => `skipped ${f}`).join(', ') || 'none skipped'})`);
console.log(`words: ${words.length} of ${wordCount.size}; candidates: ${candidates.length}`);
const fromUnihan = (list) => list.filter((c) => c.source === 'unihan').length;
console.log(`of the Unihan codes only: ${fromUnihan(candidates)} candidates, ${fromUnihan(passed)} passed the review, ${fromUnihan(chosen)} within PER_WORD, ${fromUnihan(unread)} unread, ${fromUnihan(final)} kept`);
for (const [why, n] of Object.entries(rejected)) console.log(`rejected — ${why}: ${n}`);
console.log(`rejected — would flag another candidate's right form: ${selfConflicts.length}`);
console.log(`kept: ${final.length} (${final.length - warn.size} error, ${warn.size} warning); by length:`, Object.fromEntries([2, 3, 4].map((n) => [n, final.filter((k) => k.wrong.length === n).length])));
