// Builds a readable supplement to the recent clean corpus of build-recent-corpus.ts (issue 20):
// official text of 2025–2026 that is in neither recent-*.txt nor reports-*.txt, all of it for
// development (findings may be read). Hand-run, from fetched bare git repositories:
//
//   npx tsx scripts/data/build-recent-extra-corpus.ts <aldohemsn/chinese-political-corpora git dir> <milaotou001/policy-funding-radar git dir> <out dir>
//
// Writes two files in the layout of benchmarks/clean-corpus.mjs:
// - recent-extra-dev.txt: text as the organ published it on a page (the State Council's 2025
//   government work report as 维基文库 transcribed it from the government's page);
// - recent-extra-pdf-dev.txt: text taken out of a PDF by the repository's owner (the "十五五" plan
//   outlines of 北京, approved 2026-01-29, and 苏州, April 2026). Its extraction breaks every
//   printed line, puts page numbers and a table of contents among the text and, in 北京's,
//   letter-spaces some lines; kept apart so that its findings are never counted as findings on
//   published text. The package unwraps broken lines itself (unwrapLines), so it is proofread
//   as extracted, less the table of contents and the page numbers.
// None of these documents is one of recent-gate.txt's (the 广州, 南京, 合肥, 深圳, 苏州 and
// 杭州 work reports, the 广州, 上海, 深圳, 杭州 and 南京 plan outlines, the national plan
// outline and the 2026 national work report) or a copy of one; the other files of
// milaotou001/policy-funding-radar are not read.
// Every blob is read at the commit pinned below, so the corpus is rebuilt byte for byte.
// Not committed: state organs' documents (著作权法 第五条), but the package ships statistics only.
// Cleaning takes nothing out of the text itself: 维基文库's licence footer goes, and blank lines.
import { mkdirSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { headCommit } from './official-corpus.js';

const [wikiDir, radarDir, outDir] = process.argv.slice(2);
if (!wikiDir || !radarDir || !outDir) {
  console.error(
    '用法：tsx scripts/data/build-recent-extra-corpus.ts <aldohemsn/chinese-political-corpora 的 git 目录> <milaotou001/policy-funding-radar 的 git 目录> <输出目录>',
  );
  process.exit(2);
}

const PINNED = {
  wiki: 'aldohemsn/chinese-political-corpora',
  radar: 'milaotou001/policy-funding-radar',
};
const COMMITS: Record<keyof typeof PINNED, string> = {
  wiki: '99bc4b01d11c2b884a83ecc8f966d97e17cd450e',
  radar: 'c7c79672faa217d6d68e14809182401ff7418998',
};

const show = (gitDir: string, commit: string, path: string) =>
  execFileSync('git', ['--git-dir', gitDir, 'show', `${commit}:${path}`], { encoding: 'utf8', maxBuffer: 1 << 28 });

/** 维基文库's footer: the licence notice that follows the document's last line. */
const WIKI_FOOTER = /^本作品是中华人民共和国的$/;

function wikiReport(year: number): string {
  const rows = show(wikiDir!, COMMITS.wiki, 'government_work_reports.jsonl')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { year: number | string; title: string; content: string });
  const row = rows.find((r) => String(r.year) === String(year));
  if (!row) throw new Error(`no ${year} report`);
  const lines = row.content.replace(/\r\n?/g, '\n').split('\n').map((l) => l.trim());
  const end = lines.findIndex((l) => WIKI_FOOTER.test(l));
  return (end >= 0 ? lines.slice(0, end) : lines).filter((l) => l !== '').join('\n');
}

/** A table of contents' line of a printed plan: a heading, dot leaders and a page number. */
const TOC_LINE = /(\.{4,}|…{2,}|·{4,})\s*[\dIVXivx]+\s*$|\s[\dIVX]{1,3}\s*$/;
/** A page number of a printed document: — 12 —, or a bare roman or arabic number. */
const PAGE_NUMBER = /^([—-]\s*\d{1,3}\s*[—-]|\d{1,3}|[IVX]{1,5})$/;

function pdfText(path: string): string {
  const lines = show(radarDir!, COMMITS.radar, path)
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0]+$/g, '').trim());
  return lines.filter((l) => l !== '' && !PAGE_NUMBER.test(l) && !TOC_LINE.test(l)).join('\n');
}

interface Doc {
  name: string;
  text: () => string;
}

const PAGE_DOCS: Doc[] = [{ name: '国务院 2025年政府工作报告', text: () => wikiReport(2025) }];
const PDF_DOCS: Doc[] = [
  { name: '北京市 “十五五”规划纲要（PDF 提取）', text: () => pdfText('data/reports/plans/bj-15th.txt') },
  { name: '苏州市 “十五五”规划纲要（PDF 提取）', text: () => pdfText('data/reports/plans/su-15th.txt') },
];

for (const [key, gitDir] of [['wiki', wikiDir], ['radar', radarDir]] as const) {
  const head = headCommit(gitDir);
  if (head !== COMMITS[key]) console.warn(`${PINNED[key]}: HEAD is ${head}; reading the pinned ${COMMITS[key]}`);
}
mkdirSync(outDir, { recursive: true });
for (const [file, docs, source] of [
  [
    'recent-extra-dev.txt',
    PAGE_DOCS,
    `## source: ${PINNED.wiki} @ ${COMMITS.wiki} (government_work_reports.jsonl: the State Council's work reports as 维基文库 transcribed them; outside copyright, 著作权法第五条)`,
  ],
  [
    'recent-extra-pdf-dev.txt',
    PDF_DOCS,
    `## source: ${PINNED.radar} @ ${COMMITS.radar} (data/reports/plans/bj-15th.txt, su-15th.txt: text extracted from the published PDFs; outside copyright, 著作权法第五条)`,
  ],
] as const) {
  const parts: string[] = [];
  let chars = 0;
  for (const doc of docs) {
    const text = doc.text();
    parts.push(`# ${doc.name}\n${text}\n`);
    chars += text.length;
    console.log(`${file}\t${text.length}\t${doc.name}`);
  }
  const header = [
    `## clean corpus of recent official text (scripts/data/build-recent-extra-corpus.ts): development only (findings may be inspected)`,
    source,
    `## documents: ${docs.length}, characters: ${chars}`,
  ];
  writeFileSync(join(outDir, file), `${header.join('\n')}\n${parts.join('')}`);
}
