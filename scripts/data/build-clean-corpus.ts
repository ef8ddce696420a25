// Builds the clean corpus of the precision gate (issue 20): whole documents of formal
// official text that the context model (dictionaries/spelling/context-model.bin) was not
// trained on, split into a development half and a gate half. Hand-run, from the same
// fetched bare git repositories as scripts/data/build-context-model.ts:
//
//   npx tsx scripts/data/build-clean-corpus.ts <LawRefBook/Laws git dir> <aldohemsn/chinese-political-corpora git dir> <out dir> [<fork git dir>…]
//
// A fork is a later copy of LawRefBook in the same Markdown layout (qisehong/china-law-db:
// documents of 2025–2026); only its documents of 2023 or later are read, after LawRefBook's,
// so that its copies of LawRefBook documents are dropped as repeats.
// Writes to the out dir (outside every repository: the corpus is not committed):
//   dev.txt, gate.txt  unseen documents: those the model's build holds out (heldOutFromTraining
//                      in official-corpus.ts: every document of 2023 or later, and the gate
//                      half of those of 2014–2022) and LawRefBook's folders 其他 and 案例,
//                      which the model leaves out;
//   seen-dev.txt       the development half of 2014–2022, which the model WAS trained on: fair
//                      for every rule but spelling/statistical-typo, whose rate there is
//                      optimistic (reported apart, never as the gate).
// Each file starts with `## ` header lines (sources, commits, counts); each document starts
// with a `# name` line, followed by its text as an editor would paste it (title, headings,
// articles; no Markdown). The split is by a hash of the document name (40 % dev), fixed
// before any finding was looked at. Read it with benchmarks/clean-corpus.mjs.
// Deterministic: the same commits give the same bytes.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hashKey } from '../../src/compiled/number-table.js';
import { cleanCorpusHalf, DEV_PERCENT, documentYear, GATE_HALF_HELD_OUT_FROM, HELD_OUT_FROM, headCommit, heldOutFromTraining, lawDocuments, readTree, reportDocuments } from './official-corpus.js';

const root = join(import.meta.dirname, '..', '..');
const [lawsGit, reportsGit, outDir, ...forkGits] = process.argv.slice(2);
if (!lawsGit || !reportsGit || !outDir) {
  console.error('用法：tsx scripts/data/build-clean-corpus.ts <LawRefBook/Laws 的 git 目录> <aldohemsn/chinese-political-corpora 的 git 目录> <输出目录>');
  process.exit(2);
}

/** Overlap is measured on windows of this many characters, as the model build does for ECSpell. */
const WINDOW = 30;
/** One window in SAMPLE (chosen by its hash, so the same text is sampled alike everywhere) is indexed. */
const SAMPLE = 4;
/**
 * An unseen document is dropped when more than this share of its sampled windows occurs in
 * the training text: an amended law repeating its earlier version. Below it the shared
 * windows are boilerplate (根据有关法律、行政法规的规定，结合本市实际，制定本条例).
 */
const MAX_TRAINED_SHARE = 0.1;
/** A document repeating this share of a document kept before it is another version of it: dropped. */
const MAX_REPEATED_SHARE = 0.3;
/**
 * A document with this many ASCII marks against Chinese text (汉字,汉字 汉字(汉字) …) was
 * converted with its punctuation lost: not the text as published, dropped. Fewer are kept
 * as the slips of a published text.
 */
const MAX_ASCII_MARKS = 3;
const ASCII_MARK = /\p{Script=Han}[,;:?!(]|[,;:?!)]\p{Script=Han}/gu;
/** An item of an enumeration, （一） to （九十九）. */
const ITEM_MARKER = /^（([一二三四五六七八九十]{1,3})）/;
const ARTICLE_START = /^第[一二三四五六七八九十百千零〇0-9]+[编章节条]/;
const HAN_NUMBER: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
function itemNumber(marker: string): number {
  if (marker === '十') return 10;
  const [tens, ones] = marker.includes('十') ? marker.split('十') : ['', marker];
  return (marker.includes('十') ? (tens ? HAN_NUMBER[tens]! : 1) * 10 : 0) + (ones ? HAN_NUMBER[ones]! : 0);
}
/**
 * True when the conversion lost the 序号 of an enumeration's first items (LawRefBook renders
 * some web lists without them: the article lists bare lines, then （三）, （四）): an item
 * （N）, N ≥ 2, with no （N−1） before it in its article. Not the text as published.
 */
function lostItemMarkers(text: string): boolean {
  let seen = new Set<number>();
  for (const line of text.split('\n')) {
    if (ARTICLE_START.test(line)) seen = new Set();
    const m = ITEM_MARKER.exec(line);
    if (!m) continue;
    const n = itemNumber(m[1]!);
    if (n >= 2 && !seen.has(n - 1)) return true;
    seen.add(n);
  }
  return false;
}
/** Characters that show nothing: a line of only these is an empty line of the conversion. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;
/** A window is sampled by the FNV-1a half of its key (hashKey's low 32 bits), so the same text is sampled alike everywhere. */
const sampled = (key: number) => (key % 0x100000000) % SAMPLE === 0;

function sampledKeys(text: string): number[] {
  const keys: number[] = [];
  for (let i = 0; i + WINDOW <= text.length; i++) {
    const key = hashKey(text, i, WINDOW);
    if (sampled(key)) keys.push(key);
  }
  return keys;
}

/** A set of window keys as a sorted array (millions of keys: far smaller than a Set). */
function keyIndex(keys: number[]): (key: number) => boolean {
  const sorted = Float64Array.from(keys).sort();
  return (key) => {
    let lo = 0;
    let hi = sorted.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid]! === key) return true;
      if (sorted[mid]! < key) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  };
}

/** Prose of the model's training text, whitespace removed as the model build does. */
const squeeze = (text: string) => text.replace(/[\s\u3000\u00a0]+/g, '');

// The training text: every line of the trained documents (a superset of train.txt, which
// also drops the lines it shares with ECSpell).
const lawDocs = lawDocuments(lawsGit);
const trainedLines = [...lawDocs.filter((d) => !heldOutFromTraining(d.name, d.year)), ...reportDocuments(reportsGit)].flatMap((d) => d.lines);
const inTraining = keyIndex(trainedLines.flatMap((line) => sampledKeys(line)));
console.log(`training text: ${trainedLines.length} lines indexed`);

// ECSpell's development set stays unseen everywhere: every window of its sentences.
const ecspell = new Set<number>();
for (const row of readFileSync(join(root, '..', 'shared', 'data', 'ecspell', 'odw.train.tsv'), 'utf8').split('\n')) {
  for (const sentence of row.split('\t').slice(1, 3)) for (const key of sampledKeys(squeeze(sentence))) ecspell.add(key);
}

/** A document of LawRefBook as an editor would paste it: title, headings, articles; no Markdown. */
function documentText(markdown: string): string {
  const lines: string[] = [];
  const title = /^#\s+(.+)$/m.exec(markdown)?.[1]?.trim();
  if (title) lines.push(title);
  markdown = markdown.replace(/^---\n[\s\S]*?\n---\n/, ''); // YAML front matter of the fork
  const body = markdown.includes('<!-- INFO END -->') ? markdown.slice(markdown.indexOf('<!-- INFO END -->') + '<!-- INFO END -->'.length) : markdown.replace(/^#\s+.+$/m, '');
  for (const raw of body.split(/\r?\n/)) {
    let line = raw.trim();
    if (!line.replace(INVISIBLE, '').trim() || /^(\||<|!\[|-{3}|>)/.test(line)) continue;
    line = line.replace(/^#+\s*/, '').replace(/\*\*/g, '');
    // The Markdown writes an ASCII space where the printed text has an ideographic one
    // (第一条　…, 第一章　总则); other spaces inside Chinese text are kept as found.
    line = line.replace(/^(第[一二三四五六七八九十百千零〇0-9]+[编章节条](?:之[一二三四五六七八九十]+)?) +/, '$1\u3000');
    if (/^第[一二三四五六七八九十百千零〇0-9]+[编章节]\u3000/.test(line)) line = line.replace(/ +/g, '\u3000'); // 总 则 is printed 总　　则
    if (line) lines.push(line);
  }
  return lines.join('\n');
}

const unseenFolder = (path: string) => /(^|\/)(其他|案例)\//.test(path);
const isDocument = (path: string) => path.endsWith('.md') && path.includes('/') && !path.endsWith('_index.md') && !path.startsWith('.github/') && !path.startsWith('scripts/');
const forkName = (gitDir: string) => /([^/+]+)\+([^/]+)\/repo\/?$/.exec(gitDir)?.slice(1, 3).join('/') ?? gitDir;
const candidates = [
  ...readTree(lawsGit, (path) => isDocument(path) && (unseenFolder(path) || (documentYear(path) ?? 0) >= GATE_HALF_HELD_OUT_FROM)),
  ...forkGits.flatMap((gitDir) => readTree(gitDir, (path) => isDocument(path) && (documentYear(path) ?? 0) >= HELD_OUT_FROM).map(({ path, text }) => ({ path: `${forkName(gitDir)}:${path}`, text }))),
];


type Kept = { name: string; text: string };
const out = { unseen: { dev: [] as Kept[], gate: [] as Kept[] }, seen: { dev: [] as Kept[] } };
const dropped = { ecspell: 0, training: 0, duplicate: 0, short: 0, converted: 0, lostMarkers: 0 };
const keptKeys = new Set<number>();
for (const { path, text: markdown } of candidates) {
  const text = documentText(markdown);
  const keys = sampledKeys(squeeze(text));
  if (keys.length < 5) {
    dropped.short++;
    continue;
  }
  if ((text.match(ASCII_MARK)?.length ?? 0) >= MAX_ASCII_MARKS) {
    dropped.converted++;
    continue;
  }
  if (lostItemMarkers(text)) {
    dropped.lostMarkers++;
    continue;
  }
  if (keys.some((k) => ecspell.has(k))) {
    dropped.ecspell++;
    continue;
  }
  const unseen = unseenFolder(path) || heldOutFromTraining(path, documentYear(path));
  if (unseen && keys.filter(inTraining).length > MAX_TRAINED_SHARE * keys.length) {
    dropped.training++;
    continue;
  }
  if (keys.filter((k) => keptKeys.has(k)).length > MAX_REPEATED_SHARE * keys.length) {
    dropped.duplicate++;
    continue;
  }
  for (const k of keys) keptKeys.add(k);
  if (unseen) out.unseen[cleanCorpusHalf(path)].push({ name: path, text });
  else out.seen.dev.push({ name: path, text }); // trained on: only the development half of these years is
}

const lawsCommit = headCommit(lawsGit);
const reportsCommit = headCommit(reportsGit);
const chars = (docs: Kept[]) => docs.reduce((n, d) => n + d.text.length, 0);
mkdirSync(outDir, { recursive: true });
const files: [string, Kept[], string][] = [
  ['dev.txt', out.unseen.dev, 'unseen by the context model; development half (findings may be inspected)'],
  ['gate.txt', out.unseen.gate, 'unseen by the context model; gate half (counted only, never inspected line by line)'],
  ['seen-dev.txt', out.seen.dev, `development half of the documents of ${GATE_HALF_HELD_OUT_FROM}–${HELD_OUT_FROM - 1}, which the context model WAS trained on`],
];
for (const [file, docs, what] of files) {
  const header = [
    `## clean corpus of the precision gate (scripts/data/build-clean-corpus.ts): ${what}`,
    `## source: LawRefBook/Laws @ ${lawsCommit} (laws, regulations, local regulations, judicial interpretations, cases; outside copyright, 著作权法第五条)`,
    ...forkGits.map((gitDir) => `## source: ${forkName(gitDir)} @ ${headCommit(gitDir)} (a later copy of LawRefBook: its documents of ${HELD_OUT_FROM} or later)`),
    `## training text checked against: LawRefBook/Laws @ ${lawsCommit} but the documents held out, aldohemsn/chinese-political-corpora @ ${reportsCommit}`,
    `## dropped: documents sharing more than ${MAX_TRAINED_SHARE * 100} % of their ${WINDOW}-character windows with the training text (unseen files) or ${MAX_REPEATED_SHARE * 100} % with a document kept before (another version); any window with ECSpell odw.train.tsv; ${MAX_ASCII_MARKS} or more ASCII punctuation marks against Chinese text (a conversion that lost the punctuation); an item （N） with no （N−1） before it in its article (a conversion that lost the first items' 序号)`,
    `## ${docs.length} documents, ${chars(docs)} characters; split: FNV-1a of the document name mod 100 < ${DEV_PERCENT} is dev`,
  ];
  writeFileSync(join(outDir, file), header.join('\n') + '\n\n' + docs.map((d) => `# ${d.name}\n${d.text}\n`).join('\n'));
  console.log(`${file}: ${docs.length} documents, ${chars(docs)} characters`);
}
console.log(`dropped: ${dropped.training} sharing text with training, ${dropped.duplicate} repeating a kept document, ${dropped.ecspell} sharing a window with ECSpell, ${dropped.converted} converted with ASCII punctuation, ${dropped.lostMarkers} with lost item numbers, ${dropped.short} too short`);
