// Builds dictionaries/spelling/context-model.bin, the character 4-gram model of official
// Chinese used by spelling/statistical-typo, from fetched bare git repositories:
//
//   npx tsx scripts/data/build-context-model.ts <LawRefBook/Laws git dir> <aldohemsn/chinese-political-corpora git dir> <work dir>
//     [--news <china-data/xwlb git dir>] [--exclude <clean text file>]…
//
// --news adds the 新闻联播 transcripts from NEWS_FROM on (recent vocabulary and formulations,
// which the laws of before HELD_OUT_FROM lack); --exclude drops every training line that
// shares a window with a clean corpus measured elsewhere (the 2026 work reports), so that
// corpus stays text no model was trained on.
// Writes the cleaned training text (train.txt) and the held-out recent text (heldout.txt:
// every document of 2023 or later and the gate half of those of 2014–2022: heldOutFromTraining
// in official-corpus.ts; never trained on) to the
// work dir, which must be outside the repository: the corpus is not committed. Updates the
// model's section of dictionaries/NOTICE with each source's repository, commit and licence.
// Deterministic: the same commits give the same bytes.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeArtefactFile } from '../../src/compiled/artefact-file.js';
import { BOS, FIRST_CHAR_ID, ID_LIMIT, SKIP, UNKNOWN } from '../../src/model/ngram-key.js';
import { endsSentence, tokenOf, charIdsOf } from '../../src/model/tokens.js';
import { packModel } from './context-model-tables.js';
import { estimate } from './kneser-ney.js';
import { GATE_HALF_HELD_OUT_FROM, HELD_OUT_FROM, headCommit, heldOutFromTraining, lawDocuments, newsDocuments, newsHeldOut, NEWS_HELD_OUT_FROM, reportDocuments, type Document, type Source } from './official-corpus.js';

const root = join(import.meta.dirname, '..', '..');
const { values, positionals } = parseArgs({ allowPositionals: true, options: { news: { type: 'string' }, exclude: { type: 'string', multiple: true } } });
const [lawsGit, reportsGit, workDir] = positionals;
const newsGit = values.news;
const excludeFiles = values.exclude ?? [];
if (!lawsGit || !reportsGit || !workDir) {
  console.error('用法：tsx scripts/data/build-context-model.ts <LawRefBook/Laws 的 git 目录> <aldohemsn/chinese-political-corpora 的 git 目录> <工作目录> [--news <china-data/xwlb 的 git 目录>] [--exclude <清洁语料文件>]…');
  process.exit(2);
}
/** The first year of 新闻联播 taken: recent enough for today's wording, long enough for its counts. */
const NEWS_FROM = 2019;
/** A training line sharing a window this long with the ECSpell development set is dropped. */
const ECSPELL_WINDOW = 30;
/** Pruning: n-grams of order 2, 3, 4 seen fewer times than this are dropped. */
const MIN_COUNT = { 2: 2, 3: 3, 4: 5 };
/** A character seen fewer times is UNKNOWN. */
const MIN_CHAR_COUNT = 2;

const sources: Source[] = [
  {
    repo: 'LawRefBook/Laws',
    commit: headCommit(lawsGit),
    licence: 'no licence of its own; the texts are laws, regulations and judicial interpretations, outside copyright (著作权法第五条). Only statistics are shipped.',
    taken: 'every Markdown document except the folders 其他 and 案例',
  },
  {
    repo: 'aldohemsn/chinese-political-corpora',
    commit: headCommit(reportsGit),
    licence: 'no licence of its own; the texts (from Wikisource) are state organs\' documents, outside copyright (著作权法第五条). Only statistics are shipped.',
    taken: 'government_work_reports.jsonl (国务院政府工作报告 1954–2025) and cpc_congress_reports.jsonl (党的全国代表大会报告)',
  },
];

const news = newsGit ? newsDocuments(newsGit, NEWS_FROM) : [];
if (newsGit) {
  sources.push({
    repo: 'china-data/xwlb',
    commit: headCommit(newsGit),
    licence: 'MIT for the repository\'s code; the transcripts are CCTV\'s (新闻联播, tv.cctv.com). Only n-gram statistics are derived and shipped, no text.',
    taken: `assets/${NEWS_FROM}–${news.reduce((y, d) => Math.max(y, d.year ?? 0), 0)}: the text of every item, once`,
  });
}
const lawsAndReports: Document[] = [...lawDocuments(lawsGit), ...reportDocuments(reportsGit)];
const documents: Document[] = [...lawsAndReports, ...news];

// The ECSpell development set must stay unseen (its 30-character windows, source and target),
// and so must the clean text named by --exclude.
const windowsOf = (texts: Iterable<string>) => {
  const set = new Set<string>();
  for (const text of texts) {
    const s = text.replace(/\s+/g, '');
    for (let i = 0; i + ECSPELL_WINDOW <= s.length; i++) set.add(s.slice(i, i + ECSPELL_WINDOW));
  }
  return set;
};
const ecspellRows = readFileSync(join(root, '..', 'shared', 'data', 'ecspell', 'odw.train.tsv'), 'utf8').split('\n');
const windows = windowsOf(ecspellRows.flatMap((row) => row.split('\t').slice(1, 3)));
const excluded = windowsOf(excludeFiles.flatMap((file) => readFileSync(file, 'utf8').split('\n')));
const sharesWindow = (line: string, set: Set<string>) => {
  for (let i = 0; i + ECSPELL_WINDOW <= line.length; i++) if (set.has(line.slice(i, i + ECSPELL_WINDOW))) return true;
  return false;
};

const train: string[] = [];
const heldOutDocs: { name: string; lines: string[] }[] = [];
const heldOutNews: { name: string; lines: string[] }[] = [];
let droppedForEcspell = 0;
let droppedAsExcluded = 0;
const outsideEcspell = (doc: Document) => doc.lines.filter((line) => !sharesWindow(line, windows) || (droppedForEcspell++, false));
const trainable = (lines: string[]) => lines.filter((line) => !sharesWindow(line, excluded) || (droppedAsExcluded++, false));
for (const doc of lawsAndReports) {
  const lines = outsideEcspell(doc);
  if (heldOutFromTraining(doc.name, doc.year)) heldOutDocs.push({ name: doc.name, lines });
  else train.push(...trainable(lines));
}
// News is training text whatever its year, but for its held-out days; a line the transcripts repeat counts once.
const newsLines = new Set<string>();
for (const doc of news) {
  const lines = outsideEcspell(doc);
  if (newsHeldOut(doc)) {
    heldOutNews.push({ name: doc.name, lines });
    continue;
  }
  for (const line of trainable(lines)) {
    if (newsLines.has(line)) continue;
    newsLines.add(line);
    train.push(line);
  }
}
// A held-out line also found in the training text (boilerplate such as 本办法自公布之日起施行) is not unseen text.
const trained = new Set(train);
let heldOutDuplicates = 0;
for (const doc of [...heldOutDocs, ...heldOutNews]) doc.lines = doc.lines.filter((line) => !trained.has(line) || (heldOutDuplicates++, false));
writeFileSync(join(workDir, 'train.txt'), train.join('\n') + '\n');
writeFileSync(join(workDir, 'heldout.txt'), heldOutDocs.map((d) => `# ${d.name}\n${d.lines.join('\n')}\n`).join('\n'));
if (heldOutNews.length) writeFileSync(join(workDir, 'news-heldout.txt'), heldOutNews.map((d) => `# ${d.name}\n${d.lines.join('\n')}\n`).join('\n'));
const chars = (lines: string[]) => lines.reduce((n, l) => n + l.length, 0);
console.log(`documents: ${documents.length - heldOutDocs.length - heldOutNews.length} for training (${train.length} lines, ${chars(train)} chars), ${heldOutDocs.length} held out (${chars(heldOutDocs.flatMap((d) => d.lines))} chars; ${heldOutDuplicates} lines dropped as also in training)`);
if (heldOutNews.length) console.log(`news: ${heldOutNews.length} days held out (${chars(heldOutNews.flatMap((d) => d.lines))} chars, news-heldout.txt)`);
console.log(`lines dropped for sharing a ${ECSPELL_WINDOW}-character window with the ECSpell development set: ${droppedForEcspell}; with the --exclude files: ${droppedAsExcluded}`);

// Vocabulary: characters by count, commonest first (ties by code), within the id space.
const charCounts = new Map<number, number>();
for (const line of train) for (let i = 0; i < line.length; i++) charCounts.set(line.charCodeAt(i), (charCounts.get(line.charCodeAt(i)) ?? 0) + 1);
const noIds = new Uint16Array(0x10000);
const vocabulary = [...charCounts]
  .filter(([code, count]) => count >= MIN_CHAR_COUNT && tokenOf(noIds, code) === UNKNOWN /* an ordinary character */ && (code < 0xd800 || code > 0xdfff))
  .sort((a, b) => b[1] - a[1] || a[0] - b[0])
  .slice(0, ID_LIMIT - FIRST_CHAR_ID)
  .map(([code]) => code);
const vocabChars = Uint16Array.from(vocabulary);
const charIds = charIdsOf(vocabChars, FIRST_CHAR_ID);

// The token stream: BOS before each sentence.
let length = 0;
for (const line of train) length += 2 * line.length + 1; // a BOS may follow each character
const tokens = new Uint16Array(length);
let n = 0;
for (const line of train) {
  tokens[n++] = BOS;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    const token = tokenOf(charIds, code);
    if (token === SKIP) continue;
    tokens[n++] = token;
    if (endsSentence(code) && i + 1 < line.length) tokens[n++] = BOS;
  }
}
const model = estimate(tokens.subarray(0, n), FIRST_CHAR_ID + vocabulary.length, MIN_COUNT);
for (const s of model.stats) console.log(`order ${s.order}: ${s.distinct} distinct, ${s.kept} kept; discounts ${s.discounts.map((d) => d.toFixed(3)).join(' ')}`);
const { data, fingerprintClashes } = packModel(model, vocabChars);
const bytes = writeArtefactFile('context-model.bin', data);
const out = join(root, 'dictionaries', 'spelling', 'context-model.bin');
writeFileSync(out, bytes);
console.log(`${n} tokens, vocabulary ${vocabulary.length} characters; fingerprint clashes ${fingerprintClashes}; dictionaries/spelling/context-model.bin ${(bytes.length / 1e6).toFixed(2)} MB`);

// dictionaries/NOTICE: the model's section, between its markers.
const BEGIN = '---- context-model: generated by scripts/data/build-context-model.ts ----';
const END = '---- end of context-model ----';
const section = [
  BEGIN,
  'spelling/context-model.bin — character 4-gram model of official Chinese',
  'Built by scripts/data/build-context-model.ts (interpolated modified Kneser–Ney;',
  `pruned: n-grams of order 2, 3, 4 seen fewer than ${MIN_COUNT[2]}, ${MIN_COUNT[3]}, ${MIN_COUNT[4]} times; 8-bit quantised)`,
  `from ${chars(train)} characters of training text:`,
  ...sources.flatMap((s) => [`Source:   ${s.repo} @ ${s.commit}`, `          ${s.taken}`, `Licence:  ${s.licence}`]),
  `Held out: documents of ${HELD_OUT_FROM} or later, and the gate half (FNV-1a of the name) of those of ${GATE_HALF_HELD_OUT_FROM}–${HELD_OUT_FROM - 1}`,
  '          (never trained on; the clean corpus of the precision gate, scripts/data/build-clean-corpus.ts)',
  ...(heldOutNews.length ? [`          and one day of news in four from ${NEWS_HELD_OUT_FROM} on (FNV-1a of the path; recent text to read).`] : []),
  `Removed:  ${droppedForEcspell} lines sharing a ${ECSPELL_WINDOW}-character window with the ECSpell development set` +
    (excludeFiles.length ? `,\n          ${droppedAsExcluded} sharing one with the clean text kept unseen (${excludeFiles.map((f) => basename(f)).join(', ')}).` : '.'),
  'Taken:    n-gram statistics only; no text of the sources is shipped.',
  END,
].join('\n');
const noticeFile = join(root, 'dictionaries', 'NOTICE');
const notice = readFileSync(noticeFile, 'utf8');
const begin = notice.indexOf(BEGIN);
writeFileSync(noticeFile, begin >= 0 ? notice.slice(0, begin) + section + notice.slice(notice.indexOf(END) + END.length) : notice.trimEnd() + '\n\n' + section + '\n');
