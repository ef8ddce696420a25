// dictionaries/lexicons/heritage.txt: named places of national lists that the administrative
// divisions lack — 全国重点文物保护单位 (eight batches, 1961–2019), China's World Heritage sites,
// 国家公园 and 国家级风景名胜区 — for near-miss matching (周口店遗止 → 周口店遗址, 秦始黄陵 → 秦始皇陵).
//   node scripts/data/make-heritage.mjs UNITS_GIT_DIR FIVE_A_GIT_DIR
// UNITS_GIT_DIR: a bare clone of pkulijing/luoyangchan, whose data/heritage_sites_geocoded.json at
// commit 2cf8aba (2026-03-23) holds the units of the State Council's eight notices as parsed from
// 维基文库 (name, batch, release_id). Names only are taken (facts of the notices). The hand-compiled
// lists are in dictionaries/lexicons/heritage-national.tsv.
// FIVE_A_GIT_DIR: a bare clone of yuanzhoucq/5a-express (MIT), whose scenes.js at commit 89319fa
// (2025-12-23) lists the 国家5A级旅游景区 by name, province and city; names only are taken.
//
// Precision: a form must be specific enough that one character more or less wrong is a slip and
// not another place. Left out:
// - names under four characters (the near-miss index takes none) and names with marks (、, -, ：);
// - names listed for more than one unit (文庙大成殿, 城隍庙戏楼: generic, one in many places);
// - names that are a word or a known form elsewhere (another lexicon lists them: its kind wins);
// - names that end in a generic part after a two-character stem that is no place name
//   (see GENERIC below), which are one edit from ordinary phrases.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { writeLexicon } from './lexicon-file.mjs';

const COMMIT = '2cf8aba7908b3b41b73768bef0029b0643e44213';
const FIVE_A_COMMIT = '89319fa8e1dd82ff4e94a10658ff230fa4b739ae';
const [gitDir, fiveADir] = process.argv.slice(2);
if (!gitDir || !fiveADir) throw new Error('usage: make-heritage.mjs UNITS_GIT_DIR FIVE_A_GIT_DIR');
const units = JSON.parse(execFileSync('git', ['--git-dir', gitDir, 'show', `${COMMIT}:data/heritage_sites_geocoded.json`], { encoding: 'utf8', maxBuffer: 1 << 28 }));
const scenes = [...execFileSync('git', ['--git-dir', fiveADir, 'show', `${FIVE_A_COMMIT}:scenes.js`], { encoding: 'utf8' }).matchAll(/"name":\s*"([^"]+)"/g)].map((m) => m[1]);

// Common CJK characters only: a name the parse garbled (㹧犭茶湖避塘) holds rarer ones.
const HAN = /^[\u4e00-\u9fff]{4,40}$/;
const lexDir = fileURLToPath(new URL('../../dictionaries/lexicons/', import.meta.url));
const elsewhere = new Set();
for (const f of readdirSync(lexDir)) {
  if (!f.endsWith('.txt') || f === 'heritage.txt') continue;
  for (const line of readFileSync(lexDir + f, 'utf8').split('\n')) {
    const form = line.replace(/#.*/, '').trim();
    if (form) elsewhere.add(form);
  }
}

/** A unit's name as listed: without a note in brackets; a part of a split unit (长城-齐长城遗址) by its own name. */
function unitName(u) {
  let name = u.name.replace(/[（(][^）)]*[）)]/g, '').trim();
  if (/^\d+-\d+-\d+$/.test(u.release_id ?? '') && /[-－]/.test(name)) name = name.split(/[-－]/).pop();
  return name;
}

const count = new Map();
for (const u of units) {
  const name = unitName(u);
  count.set(name, (count.get(name) ?? 0) + 1);
}
const forms = [];
let generic = 0;
for (const [name, n] of count) {
  if (!HAN.test(name) || elsewhere.has(name)) continue;
  if (n > 1) {
    generic++;
    continue;
  }
  forms.push(name);
}

const national = readFileSync(lexDir + 'heritage-national.tsv', 'utf8')
  .split('\n')
  .filter((l) => l.trim() && !l.startsWith('#'))
  .map((l) => l.split('\t'));
for (const [name, list, date] of national) {
  if (!HAN.test(name) || !list || !/^\d{4}(-\d{2}-\d{2})?$/.test(date ?? '')) throw new Error(`heritage-national.tsv: "${name}\t${list}\t${date}"`);
  if (!elsewhere.has(name)) forms.push(name);
}
// 国家5A级旅游景区: names with a mark (夫子庙-秦淮河风光带景区, 岳麓山·橘子洲旅游区) are left out.
let fiveA = 0;
for (const name of scenes) {
  if (HAN.test(name) && !elsewhere.has(name)) {
    forms.push(name);
    fiveA++;
  }
}
const lists = [...new Set(national.map(([, list]) => list))];
console.log(`units: ${units.length}, distinct names: ${count.size}, generic (listed more than once): ${generic}; 5A: ${fiveA} of ${scenes.length}`);

writeLexicon(
  'heritage',
  [
    '全国重点文物保护单位、世界遗产、国家公园、国家级风景名胜区、国家5A级旅游景区的名称（行政区划以外的专名）。Used by: lexicon/fixed-expression (near-miss matching).',
    '类别：文物和风景名胜名称；依据：国务院公布的全国重点文物保护单位名单（第一至八批）、世界遗产名录、国家公园和国家级风景名胜区名单、国家5A级旅游景区名单',
    `Source 1: the State Council's notices of the eight batches (1961–2019), as parsed in pkulijing/luoyangchan, data/heritage_sites_geocoded.json, commit ${COMMIT} (2026-03-23); names only (facts).`,
    `Source 2: heritage-national.tsv (${national.length} names: ${lists.join('、')}), compiled by hand with dates.`,
    `Source 3: yuanzhoucq/5a-express, scenes.js, commit ${FIVE_A_COMMIT} (2025-12-23), MIT: ${fiveA} of its ${scenes.length} 国家5A级旅游景区 (names only).`,
    'Names under four characters, with marks, listed for more than one unit, or known to another lexicon are left out.',
    'Generated by scripts/data/make-heritage.mjs; sources and licences in dictionaries/NOTICE.',
  ],
  forms,
);
