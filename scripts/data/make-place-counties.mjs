// dictionaries/places/counties.tsv: the county-level divisions (县, 区, 县级市, 旗) under each
// prefecture and province, with the names they had in earlier codes.
//   node scripts/data/make-place-counties.mjs ADMIN_DIVISIONS_GIT_DIR
// ADMIN_DIVISIONS_GIT_DIR: a bare clone of modood/Administrative-divisions-of-China (WTFPL), whose
// history holds each yearly release of the National Bureau of Statistics' codes (统计用区划代码):
// dist/provinces.json, cities.json, areas.json at the commits of SNAPSHOTS, and at HEAD the 2023
// codes (as of 2023-06-30), the same release as lexicons/places.txt.
//
// One line per parent: a prefecture (张家口市; an autonomous prefecture also by its short form,
// 西双版纳州) or a province (河北省: its prefectures and all its counties, the prefecture left out as
// people write it, 河北省正定县), then its children separated by spaces: the 2023 name (崇礼区), or
// `written>name` for another way to write it: an autonomous county's short form (长阳县>长阳土家族自治县),
// or a name of earlier codes that 2023's lack, with the date of the last release that has it
// (崇礼县>崇礼区:2015-09-30: 崇礼县 up to the 2015 codes, 崇礼区 since; the 2023 name of the same
// parent with the same name before its suffix, or none: 宣化县>:2015-09-30 when none is).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gitHead } from './lexicon-file.mjs';
import { autonomousShortForm, PLACEHOLDER, shortForms } from './place-names.mjs';

/** The releases of the codes in the repository's history before 2023's: commit and the date the codes are as of. */
const SNAPSHOTS = [
  ['a7a85c0', '2015-09-30'],
  ['d5a8cf3', '2016-07-31'],
  ['c893e3b', '2017-10-31'],
  ['31aaa3c', '2018-10-31'],
  ['2824502', '2019-10-31'],
  ['78b6f36', '2020-06-30'],
  ['0b7fd75', '2021-10-31'],
  ['d33ad30', '2022-10-31'],
];

const gitDir = process.argv[2];
if (!gitDir) throw new Error('usage: make-place-counties.mjs ADMIN_DIVISIONS_GIT_DIR');
const [commit, date] = await gitHead(gitDir);
const show = (rev, file) => JSON.parse(execFileSync('git', ['--git-dir', gitDir, 'show', `${rev}:dist/${file}`], { encoding: 'utf8', maxBuffer: 1 << 28 }));

/**
 * One release as parents and children: each county-level division with its parent's code (its
 * prefecture, or its province where the prefecture is a placeholder: 北京市, 仙桃市 under 湖北省), by
 * the first four or two digits, which the releases share (the oldest ones write six).
 */
function release(rev) {
  const province = new Map(show(rev, 'provinces.json').map((r) => [r.code.slice(0, 2), r.name]));
  const city = new Map(show(rev, 'cities.json').map((r) => [r.code.slice(0, 4), r.name]));
  const areas = show(rev, 'areas.json')
    .filter((r) => !PLACEHOLDER.test(r.name))
    .map((r) => ({ name: r.name, city: r.code.slice(0, 4), province: r.code.slice(0, 2) }));
  return { province, city, areas };
}

const now = release('HEAD');
/** Parent key → { names (how a text writes it), children: Map written → the 2023 name or '' , dated formers }. */
const parents = new Map();
const parentOf = (key) => {
  if (!parents.has(key)) {
    const name = key.length === 2 ? now.province.get(key) : now.city.get(key);
    const short = autonomousShortForm(name);
    parents.set(key, { names: short ? [name, short] : [name], children: new Map() });
  }
  return parents.get(key);
};
const add = (key, written, name) => {
  const children = parentOf(key).children;
  if (!children.has(written) || children.get(written) === '') children.set(written, name);
};
const underCity = (a, rel) => !PLACEHOLDER.test(rel.city.get(a.city) ?? '县');

/** The county-level children of each parent in 2023, by key: a former name's successor is one of them, never a prefecture. */
const counties = new Map();
for (const a of now.areas) {
  const keys = underCity(a, now) ? [a.city, a.province] : [a.province];
  for (const key of keys) {
    add(key, a.name, '');
    counties.set(key, [...(counties.get(key) ?? []), a.name]);
    const short = autonomousShortForm(a.name);
    if (short) add(key, short, a.name);
  }
}
// A prefecture is its province's child too (河北省张家口市, 云南省西双版纳州).
for (const [code, name] of now.city) {
  if (PLACEHOLDER.test(name)) continue;
  add(code.slice(0, 2), name, '');
  const short = autonomousShortForm(name);
  if (short) add(code.slice(0, 2), short, name);
}

/** The name before its suffix: 崇礼 of 崇礼县 and 崇礼区. */
const base = (name) => shortForms(name).at(-1) ?? name;
const formers = new Map();
for (const [rev, asOf] of SNAPSHOTS) {
  const old = release(rev);
  for (const a of old.areas) {
    const keys = underCity(a, old) ? [a.city, a.province] : [a.province];
    for (const key of keys) {
      // A parent gone by 2023 (莱芜市, merged into 济南市 in 2019) has no line.
      if (!(key.length === 2 ? now.province.has(key) : now.city.has(key) && !PLACEHOLDER.test(now.city.get(key)))) continue;
      const children = parentOf(key).children;
      // The releases come in order: the last one that has the name gives its date.
      if (!children.has(a.name)) formers.set(`${key}\t${a.name}`, asOf);
    }
  }
}
for (const [k, asOf] of formers) {
  const [key, name] = k.split('\t');
  const successors = (counties.get(key) ?? []).filter((c) => base(c) === base(name));
  parentOf(key).children.set(name, `${successors.length === 1 ? successors[0] : ''}:${asOf}`);
}

const lines = [];
for (const [key, { names, children }] of [...parents].sort(([a], [b]) => a.localeCompare(b))) {
  const tokens = [...children].map(([written, name]) => (name === '' ? written : `${written}>${name}`));
  for (const name of names) lines.push(`${name}\t${tokens.join(' ')}`);
}
const header = [
  '县级行政区划（县、区、县级市、旗）按所属地级行政区和省级行政区列出，并列出此前各年区划代码中的旧名。Used by: lexicon/place-child (a county-level division written under its prefecture or province).',
  'Format: parent<TAB>children, separated by spaces: the 2023 name, or written>name (an autonomous county by its short form), or',
  '        former>name:date (a name of earlier codes, in them up to that date; name empty when no 2023 division of the parent shares its name before the suffix).',
  `Source: modood/Administrative-divisions-of-China, dist/provinces.json, cities.json, areas.json at commit ${commit} (${date}), WTFPL:`,
  '        国家统计局 2023年统计用区划代码 (as of 2023-06-30); former names from the same files at the commits of the releases',
  `        ${SNAPSHOTS.map(([c, d]) => `${c} (${d})`).join(', ')}.`,
  'As of:  2023-06-30 (the 2023 codes); renamings after that date are not in the file.',
  'Generated by scripts/data/make-place-counties.mjs; sources and licences in dictionaries/NOTICE.',
];
const out = fileURLToPath(new URL('../../dictionaries/places/counties.tsv', import.meta.url));
writeFileSync(out, `${[...header.map((h) => `# ${h}`), ...lines].join('\n')}\n`);
console.log(`counties: ${lines.length} parents → ${out}`);
