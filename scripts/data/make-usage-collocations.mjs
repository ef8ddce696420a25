#!/usr/bin/env node
// Writes dictionaries/packs/usage-collocations.yaml: confusable real words (过渡/过度,
// 检察/检查, 行使/行驶…) in the collocations where one of them is certainly wrong.
// Hand-run, not part of the build or CI: it reads clean corpora kept outside the repository.
//
//   node scripts/data/make-usage-collocations.mjs --mine FILE... [--screen FILE]...
//        [--list FILE] [--no-write]
//
// For each pair of dictionaries/spelling/confusable-words.tsv (A right in a context, B
// wrong there) it segments the mining corpora and counts the collocations of A: the word
// after A or before it (two to four Han characters), or the rest of a word that starts or
// ends with A (过渡期, 检察院). A candidate `B+ctx → A+ctx` is kept when
//   - A+ctx occurs at least MIN_RIGHT times in the mining corpora,
//   - B+ctx occurs nowhere in the mining and the screening corpora,
//   - B+ctx is not itself a word of jieba's dictionary, and no word of it crosses the seam
//     between B and ctx (then B+ctx could be other words that happen to meet),
//   - no pack of dictionaries/ lists B+ctx already or a wrong form inside it, and the new
//     entries do not flag each other's (or another pack's) right forms.
// Every candidate was then read; the ones rejected on reading are in
// scripts/data/usage-collocations-rejected.tsv (wrong form, reason) and left out.
// --list FILE writes every candidate with its counts (the reading list); --no-write
// leaves the pack alone. No corpus is assumed: the bundled pack was made with
//   --mine /work/corpus-s3/train.txt --mine /work/clean-corpus/seen-dev.txt
//   --screen /work/clean-corpus/dev.txt
// (the context model's training text and the dev halves of the clean corpus). A file whose
// header marks the clean corpus's gate half is refused: it is counted, never mined or screened on.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const valuesOf = (flag) => args.flatMap((a, i) => (args[i - 1] === flag ? [a] : []));
const listFile = valuesOf('--list')[0];
const write = !args.includes('--no-write');
const mineFiles = valuesOf('--mine');
const screenFiles = [...mineFiles, ...valuesOf('--screen')];
if (mineFiles.length === 0) {
  console.error('用法：node scripts/data/make-usage-collocations.mjs --mine 语料文件… [--screen 语料文件…] [--list 文件] [--no-write]（必须给出挖掘用的干净语料）');
  process.exit(2);
}

const MIN_RIGHT = 5; // A+ctx at least this often in the mining corpora
const MAX_PER_SIDE = 12; // most frequent contexts per word and side: the collocations that matter, and a list one can read
const HAN = /^[\u4e00-\u9fff]+$/;

const { readCleanText } = await import(pathToFileURL(join(root, 'benchmarks', 'clean-corpus.mjs')).href);
const { DictionarySegmenter } = await import(pathToFileURL(join(root, 'dist', 'index.js')).href);

function readCorpus(file) {
  if (!existsSync(file)) {
    console.error(`找不到语料文件：${file}`);
    process.exit(2);
  }
  // The gate half says so in its header (## … gate half …), as check-pack-entries.mjs reads it.
  if (/^## .*\bgate half\b/m.test(readFileSync(file, 'utf8').slice(0, 2000))) {
    console.error(`拒绝读取 ${file}：这是干净语料的门槛部分（gate half），只用于计数，不能用来筛选词条。`);
    process.exit(2);
  }
  return readCleanText(file).texts.map((t) => t.text);
}

// --- the pairs --------------------------------------------------------------------
const pairs = readFileSync(join(root, 'dictionaries/spelling/confusable-words.tsv'), 'utf8')
  .split('\n')
  .filter((l) => l && !l.startsWith('#'))
  .map((l) => {
    const [a, b, directions, severity, note, source] = l.split('\t');
    return { a, b, directions, severity, note, source };
  });
// Mining jobs: the right word, the wrong word, the pair, the sides to mine. Directions:
// `both` (= a,b), or a comma list of a / b, each optionally followed by > (only the contexts
// after the word) or < (only those before it): `a<,b>` for 一致/一直.
const jobs = pairs.flatMap((p) =>
  (p.directions === 'both' ? 'a,b' : p.directions).split(',').map((d) => {
    const right = d[0] === 'a' ? p.a : p.b;
    const sides = d.length > 1 ? [...d.slice(1)] : ['>', '<'];
    return { right, wrong: right === p.a ? p.b : p.a, pair: p, sides };
  }),
);
const rightWords = new Set(jobs.map((j) => j.right));

// Neighbouring words that carry no collocation: jieba's function-word tags (conjunctions,
// prepositions, adverbs, pronouns, numerals, particles…) and a few verbs of grammar.
const FUNCTION_TAGS = new Set(['c', 'p', 'd', 'r', 'u', 'm', 'q', 'f', 'y', 'e', 'o', 'x', 't', 'tg', 'ad', 'df', 'dg', 'mq', 'rr', 'rz', 'rg', 'k', 'h', 'uj', 'ul', 'ud', 'ug', 'uv', 'uz', 'zg']);
const FUNCTION_WORDS = new Set(['应当', '有关', '进行', '相关', '其他', '其它', '以上', '以下', '之后', '之前', '以后', '以来', '不得', '应该', '需要', '能够', '可能', '没有', '已经', '包括', '通过', '作为', '成为', '属于', '具有', '予以', '给予', '并且', '或者', '以及', '之间', '方面', '工作']);
const tagOf = new Map();
for (const file of [join(root, 'node_modules/@node-rs/jieba/dict.txt'), join(root, 'dictionaries/segmenter/jieba-gongwen.txt')]) {
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [word, , tag] = line.split(' ');
    if (word && tag) tagOf.set(word, tag);
  }
}
const isContentWord = (w) => w.length >= 2 && w.length <= 4 && HAN.test(w) && !FUNCTION_WORDS.has(w) && !FUNCTION_TAGS.has(tagOf.get(w));

// --- collocations of the right words ----------------------------------------------
const segmenter = new DictionarySegmenter();
const mined = new Map(); // `${word}\t${side}\t${ctx}` → count
const bump = (key) => mined.set(key, (mined.get(key) ?? 0) + 1);
const mineTexts = mineFiles.flatMap(readCorpus);
for (const text of mineTexts) {
  const tokens = segmenter.cut(text);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (rightWords.has(token)) {
      const next = tokens[i + 1];
      const prev = tokens[i - 1];
      if (next && isContentWord(next)) bump(`${token}\t>\t${next}`);
      if (prev && isContentWord(prev)) bump(`${token}\t<\t${prev}`);
      continue;
    }
    if (token.length < 3 || !HAN.test(token)) continue;
    // A word that starts or ends with a right word: 过渡期, 检察院, 形式主义, 综合征.
    for (let n = 2; n < token.length && n <= 4; n++) {
      if (rightWords.has(token.slice(0, n))) bump(`${token.slice(0, n)}\t>\t${token.slice(n)}`);
      if (rightWords.has(token.slice(token.length - n))) bump(`${token.slice(token.length - n)}\t<\t${token.slice(0, token.length - n)}`);
    }
  }
}

// --- screening ----------------------------------------------------------------------
const screenText = [...mineTexts, ...screenFiles.filter((f) => !mineFiles.includes(f)).flatMap(readCorpus)].join('\n');
const jiebaWords = new Set();
for (const line of readFileSync(join(root, 'node_modules/@node-rs/jieba/dict.txt'), 'utf8').split('\n')) {
  const word = line.split(' ')[0];
  if (word.length >= 2) jiebaWords.add(word);
}
for (const line of readFileSync(join(root, 'dictionaries/segmenter/jieba-gongwen.txt'), 'utf8').split('\n')) {
  const word = line.split(' ')[0];
  if (word.length >= 2) jiebaWords.add(word);
}
/** A word of jieba's dictionary that begins before `seam` and ends after it, inside `form`. */
function wordAcross(form, seam) {
  for (let start = 0; start < seam; start++) {
    for (let end = seam + 1; end <= form.length; end++) {
      if (end - start < form.length && jiebaWords.has(form.slice(start, end))) return form.slice(start, end);
    }
  }
  return undefined;
}

const packEntries = [];
for (const dir of ['dictionaries/packs', 'dictionaries/political/packs']) {
  for (const f of readdirSync(join(root, dir)).filter((n) => n.endsWith('.yaml') && n !== 'usage-collocations.yaml')) {
    for (const entry of parse(readFileSync(join(root, dir, f), 'utf8')).entries ?? []) {
      const list = (v) => (v == null ? [] : Array.isArray(v) ? v.map(String) : [String(v)]);
      packEntries.push({ file: f, wrong: list(entry.wrong), right: list(entry.right) });
    }
  }
}
const otherWrongs = packEntries.flatMap((e) => e.wrong.map((w) => ({ w, file: e.file })));
const otherRights = packEntries.flatMap((e) => e.right);

const rejectedOnReading = new Map(
  readFileSync(join(root, 'scripts/data/usage-collocations-rejected.tsv'), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split('\t'))
    .map(([wrong, reason]) => [wrong, reason]),
);

const candidates = [];
const dropped = new Map(); // reason → count
const drop = (reason) => dropped.set(reason, (dropped.get(reason) ?? 0) + 1);
const occurrences = (form) => {
  let n = 0;
  for (let at = screenText.indexOf(form); at !== -1; at = screenText.indexOf(form, at + 1)) n++;
  return n;
};
for (const job of jobs) {
  for (const side of job.sides) {
    const contexts = [...mined]
      .filter(([key, n]) => n >= MIN_RIGHT && key.startsWith(`${job.right}\t${side}\t`))
      .map(([key, n]) => ({ ctx: key.split('\t')[2], n }))
      .sort((x, y) => y.n - x.n || (x.ctx < y.ctx ? -1 : 1))
      .slice(0, MAX_PER_SIDE);
    for (const { ctx, n } of contexts) {
      const wrong = side === '>' ? job.wrong + ctx : ctx + job.wrong;
      const right = side === '>' ? job.right + ctx : ctx + job.right;
      const seam = side === '>' ? job.wrong.length : ctx.length;
      if (jiebaWords.has(wrong)) { drop('wrong form is a word'); continue; }
      if (occurrences(wrong) > 0) { drop('wrong form in clean text'); continue; }
      if (wordAcross(wrong, seam)) { drop('a word across the seam'); continue; }
      if (otherWrongs.some(({ w }) => wrong.includes(w))) { drop('another pack flags it'); continue; }
      if (otherRights.some((r) => r.includes(wrong))) { drop("inside another pack's right form"); continue; }
      candidates.push({ wrong, right, n, pair: job.pair, side });
    }
  }
}
// One entry per wrong form (the more frequent right form wins); none may flag another's fix.
const byWrong = new Map();
for (const c of candidates.sort((x, y) => y.n - x.n)) if (!byWrong.has(c.wrong)) byWrong.set(c.wrong, c);
const unique = [...byWrong.values()];
const selfConflict = (c) => unique.some((o) => o !== c && o.right.includes(c.wrong));
const screened = unique.filter((c) => (selfConflict(c) ? (drop('flags another entry’s right form'), false) : true));

if (listFile) {
  const rows = screened
    .sort((x, y) => (x.pair.a + x.pair.b).localeCompare(y.pair.a + y.pair.b) || y.n - x.n)
    .map((c) => [c.wrong, c.right, c.n, `${c.pair.a}/${c.pair.b}`, c.pair.severity, rejectedOnReading.get(c.wrong) ?? ''].join('\t'));
  writeFileSync(listFile, `wrong\tright\trightCount\tpair\tseverity\trejected\n${rows.join('\n')}\n`);
}

const kept = screened.filter((c) => !rejectedOnReading.has(c.wrong));
const unknownRejections = [...rejectedOnReading.keys()].filter((w) => !screened.some((c) => c.wrong === w));
console.error(`pairs ${pairs.length}, candidates ${screened.length}, rejected on reading ${screened.length - kept.length}, kept ${kept.length}`);
for (const [reason, n] of dropped) console.error(`  screened out (${reason}): ${n}`);
if (unknownRejections.length) console.error(`  rejected list entries that are no candidate (stale): ${unknownRejections.join(' ')}`);

// --- the pack -------------------------------------------------------------------------
const quote = (s) => JSON.stringify(s);
/** A short clause of the mining text that holds `form`, for the pack's examples. */
function clauseWith(form) {
  for (let at = screenText.indexOf(form); at !== -1; at = screenText.indexOf(form, at + 1)) {
    const before = screenText.slice(Math.max(0, at - 30), at).split(/[，。；：、！？\n（）“”《》]/).at(-1);
    const after = screenText.slice(at + form.length, at + form.length + 30).split(/[，。；：、！？\n（）“”《》]/)[0];
    const clause = before + form + after;
    if (clause.length >= form.length + 4 && clause.length <= 30 && HAN.test(clause)) return clause;
  }
  return undefined;
}
if (write) {
  kept.sort((x, y) => (x.pair.a + x.pair.b).localeCompare(y.pair.a + y.pair.b) || y.n - x.n || (x.wrong < y.wrong ? -1 : 1));
  // Examples: one entry of every few pairs (error severity), its right form in a clause of
  // the clean text (invalid with the wrong form, valid as written), and a clause where the
  // confusable word stands correctly in its own sense (valid: the pack must stay silent).
  const firstOfPair = new Map();
  for (const c of kept) if (c.pair.severity === 'error' && !firstOfPair.has(c.pair)) firstOfPair.set(c.pair, c);
  const step = Math.max(1, Math.ceil(firstOfPair.size / 25));
  const invalid = [];
  const valid = new Set();
  [...firstOfPair.values()].forEach((c, i) => {
    if (i % step !== 0) return;
    const clause = clauseWith(c.right);
    if (!clause) return;
    invalid.push(`    - { text: ${quote(clause.replace(c.right, c.wrong) + '。')}, output: ${quote(clause + '。')} }`);
    valid.add(`    - ${quote(clause + '。')}`);
    const other = c.pair.a === c.right.slice(0, c.pair.a.length) || c.right.endsWith(c.pair.a) ? c.pair.b : c.pair.a;
    const own = clauseWith(other);
    if (own && !kept.some((k) => own.includes(k.wrong))) valid.add(`    - ${quote(own + '。')}`);
  });
  const warnings = kept.filter((c) => c.pair.severity === 'warning').length;
  const lines = [
    '# usage-collocations: 易混词语（两个都是词）在能确定用错的搭配中的误用。由 scripts/data/make-usage-collocations.mjs 生成，不要手改：',
    '# 要去掉一条，把错误形式和理由写进 scripts/data/usage-collocations-rejected.tsv 后重跑脚本；要改辨析，改 dictionaries/spelling/confusable-words.tsv。',
    `# 做法：对 dictionaries/spelling/confusable-words.tsv 的 ${pairs.length} 对易混词（辨析依据《现代汉语词典》《现代汉语规范词典》、全国科学技术名词审定委员会规范名词、《咬文嚼字》），`,
    `# 在干净语料（上下文模型的训练文本和干净语料的开发部分，约 1,440 万字）中分词，取正确一方最常见的前后搭配（出现 ≥ ${MIN_RIGHT} 次），`,
    '# 换成另一方后在这些语料中一次也没有出现、本身不是词、拼接处不跨词、其他规则包没有收的，作为候选。',
    `# 审核：${screened.length} 条候选逐条阅读，${screened.length - kept.length} 条因可能在正确文本中出现而剔除（理由见 rejected 表），保留 ${kept.length} 条；`,
    `# 其中 ${warnings} 条所在词对词典与实际用法有分歧（如通信/通讯、暴发/爆发、检测/监测），定为 warning。`,
    '# 只在词边界上报告（boundary: word），以免“过度期望”里的“过度期”之类拼接被误报。说明文字为本项目自拟；来源见 dictionaries/NOTICE。',
    'id: usage-collocations',
    'name: 易混词语的常见搭配',
    'description: 两个都是词、单独出现不能判错的易混词语，在能确定用错的常见搭配中报告，如主观部门→主管部门、行驶职权→行使职权、形势主义→形式主义、补充侦察→补充侦查。',
    'rule: lexicon/misused-word',
    'category: typo',
    'severity: error',
    'boundary: word',
    'entries:',
  ];
  for (const c of kept) {
    lines.push(`  - wrong: ${quote(c.wrong)}`, `    right: ${quote(c.right)}`, `    note: ${quote(c.pair.note)}`);
    if (c.pair.severity !== 'error') lines.push(`    severity: ${c.pair.severity}`);
  }
  lines.push('examples:', '  invalid:', ...invalid, '  valid:', ...valid, '');
  writeFileSync(join(root, 'dictionaries/packs/usage-collocations.yaml'), lines.join('\n'));
  console.error(`wrote dictionaries/packs/usage-collocations.yaml (${kept.length} entries)`);
}
