#!/usr/bin/env node
// Regenerates dictionaries/script/non-standard-chars.txt: every traditional (繁体) or
// variant (异体) character that is not one of the 8,105 characters of 《通用规范汉字表》
// (2013), with the standard characters to write instead. Read by src/rules/script/.
// Sources and licences: dictionaries/NOTICE.
//
//   node scripts/data/make-non-standard-chars.mjs [--lexicon DIR] [--opencc DIR]
//
// --lexicon: the shared lexicon folder (default ../shared/data/lexicon).
// --opencc: an unpacked opencc-js 1.4.2 package (default: resolved from node_modules;
//           otherwise `npm pack opencc-js@1.4.2 && tar xzf opencc-js-1.4.2.tgz`, then
//           --opencc package). Only this script reads it; it is no dependency of gongwen.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';

const OPENCC_VERSION = '1.4.2';
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { values: args } = parseArgs({ options: { lexicon: { type: 'string' }, opencc: { type: 'string' } } });
const lexicon = args.lexicon ?? join(root, '..', 'shared', 'data', 'lexicon');
const opencc = args.opencc ?? findOpencc();
const readJson = (name) => JSON.parse(readFileSync(join(lexicon, name), 'utf8'));
const table = readJson('standard-chars-simplified-to-traditional.json'); // Fusyong tgscc.json
const dict7 = readJson('variant-words-xiandai7.json'); // Fusyong dict7.json

const standard = new Set(table.tgscc_list);
if (standard.size !== 8105) throw new Error(`tgscc_list has ${standard.size} characters, expected 8105`);

/**
 * tgscc.json's traditional column is shifted by one row at 序号 7557–7568 (鲉 … 觟, rare fish
 * names) and swapped at 7376–7377 (铽, 𨱇). The right pairs, as 《通用规范汉字表》 prints
 * them and dict7.json and OpenCC agree.
 */
const CORRECTED_TRADITIONAL = {
  膢: ['𦝼'],
  鮋: ['鲉'],
  鮓: ['鲊'],
  鮊: ['鲌'],
  鮣: ['䲟'],
  鮈: ['𬶋'],
  鮀: ['𬶍'],
  鮍: ['鲏'],
  颸: ['飔'],
  銶: ['𨱇'],
  鋱: ['铽'],
};

const TRADITIONAL = '繁';
const VARIANT = '异';
const isOneHan = (s) => /^\p{Script=Han}$/u.test(s);
/** dict7 values are strings, several forms separated by ；, some marked with a leading >. */
const forms = (value) => (Array.isArray(value) ? value : value.split('；')).map((f) => f.replace(/^>/, '').trim()).filter(Boolean);

// The table's own appendix (规范字与繁体字、异体字对照表) first, then 现代汉语词典 第7版's lists
// for characters the appendix does not cover. Targets outside the 8,105 are dropped: 表外字
// are not simplified by analogy, so such a suggestion would itself be non-standard.
const sources = [
  { kind: TRADITIONAL, map: { ...table.traditional_to_simplified, ...CORRECTED_TRADITIONAL } },
  { kind: VARIANT, map: table.variant_to_simplified },
  { kind: TRADITIONAL, map: dict7.single_char_traditional_to_standard },
  { kind: VARIANT, map: dict7.single_char_yitihuabiao_to_standard },
  { kind: VARIANT, map: dict7.single_char_yiti_other_to_standard },
];

/** The table's notes (瞭、乾、鍾 …), without their number and cross-reference. */
const notes = new Map(
  Object.entries(table.notes).map(([char, note]) => [char, note.replace(/^\d+/, '').replace(/（参见本表序号\d+）/g, '')]),
);

const entries = new Map();
/** Records the standard `targets` of a non-standard `char` (a first source decides its kind). */
function add(char, kind, targets) {
  if (!isOneHan(char) || standard.has(char)) return;
  const kept = targets.filter((t) => t !== char && standard.has(t));
  if (kept.length === 0) return;
  const entry = entries.get(char) ?? { kind, targets: [] };
  for (const t of kept) if (!entry.targets.includes(t)) entry.targets.push(t);
  entries.set(char, entry);
}

for (const { kind, map } of sources) {
  for (const [char, value] of Object.entries(map)) add(char, kind, forms(value));
}

// A note that reserves the traditional character's own simplification for names or terms
// (線 → 缐 “可用于姓氏人名”) makes the variant's target the everyday one: 線 → 线 first.
for (const [char, entry] of entries) {
  const reserved = table.traditional_to_simplified[char];
  const everyday = table.variant_to_simplified[char];
  if (notes.has(char) && reserved && everyday) {
    entry.targets = [...everyday, ...entry.targets.filter((t) => !everyday.includes(t))];
  }
}

// OpenCC, only for characters the tables above leave out: the table prints 説 産 緑 where
// Taiwan and Hong Kong text has 說 產 綠, and has no traditional 內 戶 黃 at all; Hong Kong
// forms (衞) and Japanese 新字体 (関 経 発) reach documents too. Variant forms go through
// their traditional form to the standard one.
const tableAndDict7 = entries.size;
const standardOf = (char) => (standard.has(char) ? [char] : (entries.get(char)?.targets ?? []));
const openccTraditional = await readOpencc('TSCharacters');
const openccSources = [
  { kind: TRADITIONAL, pairs: openccTraditional },
  { kind: VARIANT, pairs: await readOpencc('TWVariantsRev') },
  { kind: VARIANT, pairs: await readOpencc('HKVariantsRev') },
  { kind: VARIANT, pairs: await readOpencc('JPShinjitaiCharacters') },
];
for (const { kind, pairs } of openccSources) {
  for (const [char, ...conversions] of pairs) {
    if (!entries.has(char)) add(char, kind, conversions.flatMap(standardOf));
  }
}
// Text in traditional script writes 為, which 现代汉语词典 lists as a variant of the table's
// 爲: what OpenCC converts as traditional is a 繁体字 unless the table itself calls it 异体.
for (const [char] of openccTraditional) {
  const entry = entries.get(char);
  if (entry && !(char in table.variant_to_simplified)) entry.kind = TRADITIONAL;
}

const lines = [...entries]
  .sort(([a], [b]) => a.codePointAt(0) - b.codePointAt(0))
  .map(([char, { kind, targets }]) => [char, targets.join(''), kind, notes.get(char) ?? ''].join('\t').trimEnd());
const out = join(root, 'dictionaries', 'script', 'non-standard-chars.txt');
writeFileSync(
  out,
  [
    '# 非规范字（繁体字、异体字）→ 规范字，依据《通用规范汉字表》（2013）。',
    '# 由 scripts/data/make-non-standard-chars.mjs 生成，请勿手改；来源与许可见 dictionaries/NOTICE。',
    '# 每行：非规范字<TAB>规范字（可有多个，常用者在前）<TAB>繁（繁体字）或 异（异体字）[<TAB>字表的说明]',
    ...lines,
    '',
  ].join('\n'),
);
const fromOpencc = lines.length - tableAndDict7;
console.log(`${out}: ${lines.length} characters (${tableAndDict7} from the table and dict7, ${fromOpencc} from OpenCC)`);

function findOpencc() {
  try {
    return dirname(createRequire(import.meta.url).resolve('opencc-js/package.json'));
  } catch {
    throw new Error(`opencc-js not found: npm pack opencc-js@${OPENCC_VERSION} && tar xzf opencc-js-${OPENCC_VERSION}.tgz, then pass --opencc package`);
  }
}

/** One of opencc-js's character dictionaries, as [character, ...its conversions]. */
async function readOpencc(name) {
  const { version } = JSON.parse(readFileSync(join(opencc, 'package.json'), 'utf8'));
  if (version !== OPENCC_VERSION) throw new Error(`opencc-js ${version} at ${opencc}, expected ${OPENCC_VERSION}`);
  const file = join(opencc, 'dist', 'esm-lib', 'dict', `${name}.js`);
  if (!existsSync(file)) throw new Error(`${file} missing`);
  const { default: pairs } = await import(pathToFileURL(file).href);
  return pairs.split('|').map((pair) => pair.split(' '));
}
