#!/usr/bin/env node
// Regenerates dictionaries/spelling/confusion-near.tsv: weaker sound- and shape-alikes that neither
// confusion.tsv nor confusion-additions.tsv lists, for the context detector's own classes of near
// slips (src/rules/spelling/context-corrector.ts, bars `gain['near-sound']` and `gain['near-shape']`
// of context-settings.ts; the other rules never read them). A written character may be any of the
// 8,105 of 《通用规范汉字表》, a candidate only one of the 3,500 of level one, so lists stay short:
//   - near sounds: the usual readings (pinyin-pro) in the same tone, one fuzzy-pinyin step apart:
//     an initial z/zh, c/ch, s/sh, n/l, l/r, f/h, or a final an/ang, en/eng, in/ing (so ian/iang,
//     uan/uang): 斌/兵, 赠/政, 粽/重;
//   - near shapes, by the decompositions of amake/cjk-decomp (cjk-decomp.txt), not already a near sound:
//     a character and itself plus a single stroke (广 = 厂 + 丶, 术 = 木 + 丶);
//     or two characters of two parts in the same arrangement that share their second part (the right,
//     lower or inner one), when the first parts are both of one or two strokes (币/市: 丿 or 亠 over
//     巾) or the shared part has at least as many strokes as either first part and the characters'
//     stroke counts (Unihan kTotalStrokes) are at most one apart (锐/税, 枧/规: the larger part the
//     same, another radical beside it). Pairs that share only their first part (a radical: 宠/宅,
//     铺/销) are too many to try and stay out, as do 矢/关 (𠂉/丷 over 大/天: two steps).
// Run by hand (Unihan from the Debian package unicode-data):
//   node scripts/data/make-confusion-near.mjs CJK_DECOMP_GIT_DIR [path/to/shared/data]
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pinyin } from 'pinyin-pro';
import { gitHead, gitShow } from './lexicon-file.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const [gitDir, data = join(root, '..', 'shared', 'data')] = process.argv.slice(2);
if (!gitDir) throw new Error('usage: make-confusion-near.mjs CJK_DECOMP_GIT_DIR [SHARED_DATA_DIR]');
const UNIHAN_STROKES = '/usr/share/unicode/Unihan_IRGSources.txt.bz2';
const LEVEL_ONE = 3500;
/** Strokes of a differing part in a swap of small parts. */
const SMALL_PART = 2;

const standard = JSON.parse(readFileSync(join(data, 'lexicon/standard-chars-simplified-to-traditional.json'), 'utf8')).tgscc_list;
const common = standard.slice(0, LEVEL_ONE);
const isCommon = new Set(common);
const isStandard = new Set(standard);

/** Pairs the confusion tables have already, either way round and in any class. */
const known = new Map();
for (const file of ['confusion.tsv', 'confusion-additions.tsv']) {
  for (const line of readFileSync(join(root, 'dictionaries/spelling', file), 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [char, ...classes] = line.split('\t');
    if (!known.has(char)) known.set(char, new Set());
    for (const c of classes.join('')) known.get(char).add(c);
  }
}
const isKnown = (a, b) => (known.get(a)?.has(b) ?? false) || (known.get(b)?.has(a) ?? false);

const sound = new Map();
const shape = new Map();
/** Adds a pair unless known (or already a near sound, for a shape): from either character to the other if it is common. */
const add = (table, a, b) => {
  if (a === b || isKnown(a, b)) return;
  if (table === shape && (sound.get(a)?.has(b) || sound.get(b)?.has(a))) return;
  for (const [x, y] of [
    [a, b],
    [b, a],
  ]) {
    if (!isCommon.has(y)) continue;
    if (!table.has(x)) table.set(x, new Set());
    table.get(x).add(y);
  }
};

// Near sounds: one fuzzy step, same tone.
const INITIALS = [
  ['z', 'zh'],
  ['c', 'ch'],
  ['s', 'sh'],
  ['n', 'l'],
  ['l', 'r'],
  ['f', 'h'],
];
const FINALS = [
  ['an', 'ang'],
  ['en', 'eng'],
  ['in', 'ing'],
];
const INITIAL = /^(zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw]?)(.*)$/;
function nearSyllables(syllable) {
  const [, initial, final] = INITIAL.exec(syllable);
  const near = [];
  for (const [x, y] of INITIALS) {
    if (initial === x) near.push(y + final);
    if (initial === y) near.push(x + final);
  }
  for (const [x, y] of FINALS) {
    if (final.endsWith(y)) near.push(initial + final.slice(0, -y.length) + x);
    else if (final.endsWith(x)) near.push(initial + final + 'g');
  }
  return near;
}
const bySyllable = new Map();
const readingOf = new Map();
for (const c of standard) {
  const numbered = pinyin(c, { toneType: 'num' }); // zhong4
  const m = /^([a-zü]+)(\d)$/.exec(numbered.replace('v', 'ü'));
  if (!m) continue;
  readingOf.set(c, [m[1], m[2]]);
  const key = `${m[1]}${m[2]}`;
  bySyllable.set(key, [...(bySyllable.get(key) ?? []), c]);
}
for (const [c, [syllable, tone]] of readingOf) {
  for (const near of nearSyllables(syllable)) for (const d of bySyllable.get(`${near}${tone}`) ?? []) add(sound, c, d);
}

// Near shapes, by decomposition.
const [commit, date] = await gitHead(gitDir);
const parts = new Map();
for (const line of (await gitShow(gitDir, 'cjk-decomp.txt')).split('\n')) {
  const m = /^(.+?):([a-z/]+)\(([^()]*)\)$/.exec(line.trim());
  if (m) parts.set(m[1], { frame: m[2], parts: m[3].split(',') });
}
const totalStrokes = new Map();
for (const line of execFileSync('bzcat', [UNIHAN_STROKES], { maxBuffer: 1 << 30, encoding: 'utf8' }).split('\n')) {
  const [code, name, value] = line.split('\t');
  if (name === 'kTotalStrokes' && code.startsWith('U+')) totalStrokes.set(String.fromCodePoint(parseInt(code.slice(2), 16)), Number(value.split(' ')[0]));
}
const isStroke = (p) => /^[\u31c0-\u31ef一丨丿丶乙亅乚]$/u.test(p);
const strokes = (p) => (isStroke(p) ? 1 : totalStrokes.get(p));

const byFramePart = new Map();
for (const c of standard) {
  const d = parts.get(c);
  if (!d || d.parts.length !== 2) continue;
  // One character is another plus a single stroke.
  const [x, y] = d.parts;
  if (isStroke(y) && isStandard.has(x)) add(shape, c, x);
  if (isStroke(x) && isStandard.has(y)) add(shape, c, y);
  // Characters of the same arrangement that share their second part (right, lower, inner): the larger as a rule.
  {
    const key = `${d.frame}\t${y}`;
    byFramePart.set(key, [...(byFramePart.get(key) ?? []), c]);
  }
}
for (const [key, chars] of byFramePart) {
  const [, part] = key.split('\t');
  const shared = strokes(part);
  for (const a of chars) {
    for (const b of chars) {
      if (a >= b) continue;
      const pa = parts.get(a).parts[0];
      const pb = parts.get(b).parts[0];
      const sa = strokes(pa);
      const sb = strokes(pb);
      if (sa === undefined || sb === undefined) continue;
      if (sa <= SMALL_PART && sb <= SMALL_PART) add(shape, a, b);
      else if (shared !== undefined && shared >= Math.max(sa, sb) && Math.abs(totalStrokes.get(a) - totalStrokes.get(b)) <= 1) add(shape, a, b);
    }
  }
}

const chars = [...new Set([...sound.keys(), ...shape.keys()])].sort();
const column = (table, c) => [...(table.get(c) ?? [])].sort().join('');
const lines = chars.map((c) => [c, column(sound, c), column(shape, c)].join('\t'));
const pairs = (table) => [...table.values()].reduce((n, s) => n + s.size, 0);
const header = [
  'char\tnear sound\tnear shape — weaker alikes that confusion.tsv and confusion-additions.tsv lack: a character of 通用规范汉字表 → level-one characters',
  'Read by spelling/statistical-typo\'s context detector only, at bars of their own (src/rules/spelling/context-settings.ts).',
  'Near sound: usual readings by pinyin-pro in the same tone, one fuzzy-pinyin step apart (z/zh c/ch s/sh n/l l/r f/h, an/ang en/eng in/ing).',
  `Near shape: by amake/cjk-decomp (cjk-decomp.txt, Apache 2.0, commit ${commit}, ${date}) and Unihan kTotalStrokes (Unicode 15.0.0):`,
  '  a character and itself plus one stroke; or the same two-part arrangement with the second part shared and the first parts of at most',
  '  two strokes each, or the shared part at least as large as either first part and the stroke counts at most one apart.',
  'Generated by scripts/data/make-confusion-near.mjs; sources and licences in dictionaries/NOTICE.',
];
writeFileSync(join(root, 'dictionaries/spelling/confusion-near.tsv'), `${header.map((h) => `# ${h}`).join('\n')}\n${lines.join('\n')}\n`);
console.log(`${chars.length} characters: ${pairs(sound)} near-sound and ${pairs(shape)} near-shape entries`);
