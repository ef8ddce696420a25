// dictionaries/lexicons/law-history.tsv: the dates on which each national law and administrative
// regulation was adopted (通过), published (公布/发布), amended (修正) or revised (修订), for
// lexicon/law-version, which checks the version a citation names (《…》（2017年修订）).
//   node scripts/data/make-law-history.mjs LAWS_GIT_DIR
// LAWS_GIT_DIR: a bare clone of LawRefBook/Laws (the same commit as law-titles.txt). Each file of
// the law folders (宪法, 宪法相关法, 民法典, 民法商法, 行政法, 经济法, 社会法, 刑法,
// 诉讼与非诉讼程序法) and of 行政法规 opens with the title and, one line each, the dates of the
// law's history; the file name is the short title and the date of the version. Files of one title
// (older versions kept beside the newer) are merged. A law whose version date is not among the
// dates of its history, or that lists fewer changes of a kind than its ordinals count (第三次修正 after
// two), is marked incomplete ('?'): the rule judges no year of it as wrong.
// Facts only (titles and dates): no text of the laws is copied.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gitHead } from './lexicon-file.mjs';

const gitDir = process.argv[2];
if (!gitDir) throw new Error('usage: make-law-history.mjs LAWS_GIT_DIR');
const [commit, date] = await gitHead(gitDir);
const LAW_FOLDERS = ['宪法', '宪法相关法', '民法典', '民法商法', '行政法', '经济法', '社会法', '刑法', '诉讼与非诉讼程序法'];
const REGULATIONS = '行政法规';
const files = execFileSync('git', ['--git-dir', gitDir, 'ls-tree', '-r', '--name-only', '-z', 'HEAD'], { encoding: 'utf8', maxBuffer: 1 << 28 })
  .split('\0')
  .filter((p) => p.endsWith('.md') && !p.endsWith('/_index.md') && [...LAW_FOLDERS, REGULATIONS].includes(p.split('/')[0]));
const batch = execFileSync('git', ['--git-dir', gitDir, 'cat-file', '--batch'], { input: files.map((p) => `HEAD:${p}`).join('\n') + '\n', maxBuffer: 1 << 30 }).toString('utf8');
const bodies = batch.split(/^[0-9a-f]{40} blob \d+\n/m).slice(1);
if (bodies.length !== files.length) throw new Error('cat-file: unexpected output');

const pad = (n) => String(n).padStart(2, '0');
const HAN_ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五'];
/** The kind of event one line of a history tells, or undefined for lines that are none (施行, notes). */
function kindOf(line) {
  const rest = line.replace(/[\s）)]+$/, '');
  if (/修订$/.test(rest)) return '修订';
  if (/修正$/.test(rest) || /修正案/.test(rest)) return '修正';
  if (/关于修改.*决定》?$/.test(rest)) return '修正';
  if (/决定》?$/.test(rest)) return '决定';
  if (/通过$/.test(rest)) return '通过';
  if (/(公布|发布)$/.test(rest)) return '公布';
  if (/批准$/.test(rest)) return '批准';
  return undefined;
}

const laws = new Map(); // title → { kind, shorts:Set, events:Map(date→kind), versions:Set }
files.forEach((path, i) => {
  const body = bodies[i];
  const title = body.match(/^# ([^\n<]+?)\s*$/m)?.[1];
  if (!title || !body.includes('<!-- INFO END -->')) return;
  if (/修正案/.test(title)) return; // amendments are acts of their own, cited by name, not by version
  const head = body.slice(0, body.indexOf('<!-- INFO END -->'));
  const name = path.replace(/^.*\//, '').replace(/\.md$/, '');
  const version = name.match(/\((\d{4}-\d{2}-\d{2})\)$/)?.[1];
  const short = name.replace(/\([0-9-]+\)$/, '');
  const law = laws.get(title) ?? { kind: path.startsWith(REGULATIONS) ? '行政法规' : '法律', shorts: new Set(), events: new Map(), versions: new Set(), ordinals: {} };
  laws.set(title, law);
  if (path.startsWith('民法典/')) law.shorts.add('民法典');
  else if (short !== title) law.shorts.add(short);
  if (version) law.versions.add(version);
  // Lines wrap inside a decision's name and run into the next date (…通过根据1994年5月12日…): the history is
  // read as one text, cut before each date.
  const history = head.replace(/^#.*$/gm, '').replace(/\s*\n\s*/g, '');
  // The highest ordinal of each kind (第三次修正): fewer events of that kind listed means one is missing.
  for (const m of history.matchAll(/第([一二三四五六七八九十]+)次(修正|修订)/g)) {
    const n = HAN_ORDINALS.indexOf(m[1]) + 1;
    law.ordinals[m[2]] = Math.max(law.ordinals[m[2]] ?? 0, n);
  }
  for (const m of history.matchAll(/(\d{4})年(\d{1,2})月(\d{1,2})日(.*?)(?=(?:根据)?\d{4}年\d{1,2}月\d{1,2}日|$)/g)) {
    const kind = kindOf(m[4]);
    if (!kind) continue;
    const day = `${m[1]}-${pad(m[2])}-${pad(m[3])}`;
    const had = law.events.get(day);
    // 通过 then 公布 on one day: the adoption; an amendment and a decision on one day: the amendment.
    if (!had || had === '公布' || had === '批准' || had === '决定') law.events.set(day, kind);
  }
});
// A title less 中华人民共和国 is a short title too; a short title two laws share names neither.
const owners = new Map();
for (const [title, law] of laws) {
  if (title.startsWith('中华人民共和国')) law.shorts.add(title.slice('中华人民共和国'.length));
  for (const s of law.shorts) owners.set(s, (owners.get(s) ?? 0) + 1);
}
for (const title of laws.keys()) owners.set(title, (owners.get(title) ?? 0) + 1);
const rows = [];
let incomplete = 0;
for (const [title, law] of [...laws].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
  if (law.events.size === 0) continue;
  const shorts = [...law.shorts].filter((s) => s !== title && owners.get(s) === 1).sort();
  const counted = (kind) => [...law.events.values()].filter((k) => k === kind).length;
  const complete = [...law.versions].every((v) => law.events.has(v)) && Object.entries(law.ordinals).every(([kind, n]) => counted(kind) >= n);
  if (!complete) incomplete++;
  const events = [...law.events].sort(([a], [b]) => (a < b ? -1 : 1)).map(([d, k]) => `${d}:${k}`);
  rows.push([title, law.kind, shorts.join('、'), events.join(' '), complete ? '' : '?'].join('\t').replace(/\t+$/, ''));
}
const header = [
  '# 法律、行政法规的沿革：通过（公布）、修正、修订的日期。Used by: lexicon/law-version.',
  '# Columns: full title, 法律|行政法规, short titles no other law here shares (、), events YYYY-MM-DD:kind (通过 公布 批准 修正 修订 决定),',
  '#   and ? when the version the source holds is dated on a day its history does not list, or the history counts more changes',
  '#   of a kind (第三次修正) than it lists (history incomplete: no year judged wrong).',
  `# Source: LawRefBook/Laws, commit ${commit} (${date}), the history lines at the head of each file; dates and titles are facts, no text was taken.`,
  `# Snapshot ${date}: events after it are missing; lexicon/law-version judges no year from ${date.slice(0, 4)} on.`,
  `# ${rows.length} laws and regulations (${incomplete} marked ?), generated ${new Date().toISOString().slice(0, 10)} by scripts/data/make-law-history.mjs. Do not edit by hand: rerun the script.`,
];
const out = fileURLToPath(new URL('../../dictionaries/lexicons/law-history.tsv', import.meta.url));
writeFileSync(out, `${[...header, ...rows].join('\n')}\n`);
console.log(`law-history: ${rows.length} rows (${incomplete} incomplete) → ${out}`);
