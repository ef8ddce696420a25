#!/usr/bin/env node
// Recall on made-up slips of the knowledge the package holds: for a sample of the canonical
// forms of each lexicon (formulations, institutions, law titles, idioms, places) and the
// leaders' names, one slip of each kind — a character replaced by a same-pinyin or a
// look-alike one (the spelling family's confusion sets), an inner character dropped, two
// neighbours swapped, an inner character written twice — written in a neutral sentence, and whether the package reports
// anything there. The correct form in the same sentence must stay silent.
//
// These are not real errors: the numbers say how much of each lexicon's space of one-edit
// slips the rules reach, not how many real errors they find (benchmarks/real-errors.mjs).
// Run after `npm run build`:  node benchmarks/synthetic-slips.mjs [--sample N] [--seed S] [--only NAME]
// --only keeps the sets whose name contains NAME (their samples then differ from a full run's).
// --show prints each missed slip (set, kind, position of the changed character, correct form, sentence) after the table.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { proofread } = await import(pathToFileURL(join(root, 'dist', 'index.js')).href);
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const SAMPLE = arg('--sample', 400);
let seed = arg('--seed', 1);
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const pick = (list) => list[Math.floor(random() * list.length)];
const shuffle = (list) => list.map((x) => [random(), x]).sort((a, b) => a[0] - b[0]).map(([, x]) => x);

const read = (path) => readFileSync(join(root, 'dictionaries', path), 'utf8');
const confusions = new Map();
for (const file of ['spelling/confusion.tsv', 'spelling/confusion-additions.tsv']) {
  for (const line of read(file).split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [char, samePinyin = '', , similarShape = ''] = line.split('\t');
    const known = confusions.get(char) ?? { 'same-pinyin': '', 'look-alike': '' };
    confusions.set(char, { 'same-pinyin': known['same-pinyin'] + samePinyin, 'look-alike': known['look-alike'] + similarShape });
  }
}
const lexicon = (file) => read(`lexicons/${file}`).split('\n').map((l) => l.replace(/\s*#.*$/, '').trim()).filter((l) => /^\p{sc=Han}+$/u.test(l));
const formulations = parse(read('political/formulations.yaml')).terms.map((t) => (typeof t === 'string' ? t : t.term)).filter((t) => /^\p{sc=Han}{6,}$/u.test(t));
const leaders = parse(read('political/leaders.yaml')).leaders.map((l) => l.name).filter((n) => n.length === 3);
// The short set terms quoted in text (“两个维护”, “十四五”): the terms of 3–5 characters and the quoted parts of longer ones.
const allTerms = parse(read('political/formulations.yaml')).terms.map((t) => (typeof t === 'string' ? t : t.term));
const quoted = [...new Set(allTerms.flatMap((t) => [t, ...[...t.matchAll(/“([^”]+)”/g)].map((m) => m[1])]))].filter((t) => /^\p{sc=Han}{3,5}$/u.test(t));

const SETS = [
  { name: 'formulations (6+ characters)', forms: formulations, frame: (x) => `会议指出，${x}，推动各项工作落实落地。` },
  { name: 'institutions', forms: lexicon('institutions.txt'), frame: (x) => `根据市${x}的要求，做好相关工作。` },
  { name: 'local institutions', forms: lexicon('local-institutions.txt'), frame: (x) => `根据市${x}的要求，做好相关工作。` },
  { name: 'law titles in 《》', forms: lexicon('law-titles.txt'), frame: (x) => `依照《${x}》的规定处理。` },
  { name: 'idioms', forms: lexicon('idioms.txt'), frame: (x) => `他做事${x}，大家都知道。` },
  { name: 'places', forms: lexicon('places.txt'), frame: (x) => `调研组在${x}开展调研。` },
  { name: 'universities', forms: lexicon('universities.txt'), frame: (x) => `近日，${x}召开座谈会。` },
  { name: 'central enterprises', forms: lexicon('central-enterprises.txt'), frame: (x) => `近日，${x}召开座谈会。` },
  { name: 'development zones', forms: lexicon('development-zones.txt'), frame: (x) => `近日，${x}召开座谈会。` },
  { name: 'research institutes', forms: lexicon('research-institutes.txt'), frame: (x) => `近日，${x}召开座谈会。` },
  { name: 'short terms in quotation marks', forms: quoted, frame: (x) => `会议要求，坚持“${x}”，推动工作落实。`, kinds: ['same-pinyin', 'look-alike', 'doubled'] },
  { name: 'leaders in a list', forms: leaders, frame: (x, i) => `${leaders[(i + 1) % leaders.length]}、${x}出席会议。`, kinds: ['same-pinyin', 'look-alike'] },
  { name: 'leaders in a list of three', forms: leaders, frame: (x, i) => `${leaders[(i + 1) % leaders.length]}、${leaders[(i + 2) % leaders.length]}、${x}出席会议。`, kinds: ['same-pinyin', 'look-alike'] },
  { name: 'leaders in a list after a title', forms: leaders, frame: (x, i) => `中央政治局委员${leaders[(i + 1) % leaders.length]}、${x}出席会议。`, kinds: ['same-pinyin', 'look-alike'] },
  { name: 'leaders in a list of three, the surname slipped', forms: leaders, frame: (x, i) => `${leaders[(i + 1) % leaders.length]}、${leaders[(i + 2) % leaders.length]}、${x}出席会议。`, kinds: ['same-pinyin', 'look-alike'], first: true },
  { name: 'leaders in a list of two said to be of leaders', forms: leaders, frame: (x, i) => `${leaders[(i + 1) % leaders.length]}、${x}等党和国家领导人出席会议。`, kinds: ['same-pinyin', 'look-alike'] },
  { name: 'leaders in a list with 同志', forms: leaders, frame: (x, i) => `${leaders[(i + 1) % leaders.length]}同志、${x}同志出席会议。`, kinds: ['same-pinyin', 'look-alike'] },
  { name: 'heritage', forms: lexicon('heritage.txt'), frame: (x) => `代表团参观了${x}。` },
  { name: 'heritage: scenic areas, reserves', forms: lexicon('heritage.txt').filter((x) => /(风景名胜区|自然保护区)$/.test(x)), frame: (x) => `代表团参观了${x}。` },
];
const KINDS = ['same-pinyin', 'look-alike', 'dropped', 'swapped', 'doubled'];

/** One slip of `kind` at an inner position of `form` (never the first character; only the first with `first`), or undefined. */
function slip(form, kind, first = false) {
  for (let tries = 0; tries < 10; tries++) {
    const at = first ? 0 : 1 + Math.floor(random() * (form.length - 2 + (kind === 'swapped' ? 0 : 1)));
    if (kind === 'dropped') return at < form.length - 1 ? form.slice(0, at) + form.slice(at + 1) : undefined;
    if (kind === 'doubled') return at < form.length - 1 ? form.slice(0, at + 1) + form.slice(at) : undefined;
    if (kind === 'swapped') {
      if (at + 1 < form.length && form[at] !== form[at + 1]) return form.slice(0, at) + form[at + 1] + form[at] + form.slice(at + 2);
      continue;
    }
    const set = confusions.get(form[at])?.[kind] ?? '';
    if (set) return form.slice(0, at) + pick([...set]) + form.slice(at + 1);
  }
  return undefined;
}

const reported = (text) => proofread(text).issues.some((i) => i.severity !== 'info');
const pct = (n, d) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)} %`);
console.log(['lexicon', 'sampled', 'correct form silent', ...KINDS].join('\t'));
const show = process.argv.includes('--show');
const misses = [];
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
for (const set of SETS.filter((s) => !only || s.name.includes(only))) {
  const all = new Set(set.forms);
  const sample = shuffle(set.forms).slice(0, SAMPLE);
  let silent = 0;
  const found = Object.fromEntries(KINDS.map((k) => [k, [0, 0]]));
  sample.forEach((form, i) => {
    if (!reported(set.frame(form, i))) silent++;
    for (const kind of set.kinds ?? KINDS) {
      const written = slip(form, kind, set.first);
      if (!written || all.has(written)) continue;
      found[kind][1]++;
      if (reported(set.frame(written, i))) found[kind][0]++;
      else if (show) {
        let at = 0;
        while (at < form.length && form[at] === written[at]) at++;
        misses.push([set.name, kind, at, form, set.frame(written, i)].join('\t'));
      }
    }
  });
  console.log([set.name, sample.length, pct(silent, sample.length), ...KINDS.map((k) => `${pct(...found[k])} (${found[k][1]})`)].join('\t'));
}
if (show) for (const line of misses) console.log(`miss\t${line}`);
