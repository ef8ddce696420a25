// Builds a third clean corpus for the precision gate (issue 20): official text of 2025–2026
// other than the provincial work reports of build-report-corpus.ts — the State Council's 2026
// government work report, the national "十五五" plan outline (March 2026), the 2026 work
// reports of five cities (广州, 南京, 深圳, 苏州, 合肥) and part 三 of 杭州's, the "十五五" plan outlines of five
// cities (广州, 上海, 深圳, 杭州, 南京) and the 合肥 party committee's plan proposal
// (December 2025). Province-level documents already in reports-*.txt (北京, 上海, 浙江 work
// reports) are left out. Hand-run, from two fetched bare git repositories that keep the pages
// or files as the organs (or the papers reprinting them) published them:
//
//   npx tsx scripts/data/build-recent-corpus.ts <milaotou001/policy-funding-radar git dir> <mase2003/POLICYanalyse git dir> <out dir>
//
// Writes recent-dev.txt (findings may be read) and recent-gate.txt (only counted) in the layout
// of benchmarks/clean-corpus.mjs, split by the hash of each document's name that splits the law
// corpus (cleanCorpusHalf); the names below were fixed before any finding was looked at.
// Every blob is read at the commit pinned below, so the corpus is rebuilt byte for byte.
// Not committed: state organs' documents (著作权法 第五条), but the package ships statistics only.
// Cleaning takes nothing out of the text itself: the paragraphs of a page (its <p> elements,
// entities decoded, runs of blanks made one space) from the document's first line to its last,
// less photo captions; a file's lines less its table of contents, page numbers and a last
// line cut off mid-sentence. Text taken out of a PDF is left out (the 北京 and 苏州 plan
// outlines): its extraction letter-spaces justified lines (现 代 化 教 育), breaks every line
// and, for 北京, turns the punctuation half-width, none of which the documents have.
import { mkdirSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { cleanCorpusHalf, headCommit } from './official-corpus.js';

const [radarDir, policyDir, outDir] = process.argv.slice(2);
if (!radarDir || !policyDir || !outDir) {
  console.error('用法：tsx scripts/data/build-recent-corpus.ts <milaotou001/policy-funding-radar 的 git 目录> <mase2003/POLICYanalyse 的 git 目录> <输出目录>');
  process.exit(2);
}

interface Doc {
  /** The document's name: what the half is drawn by. */
  name: string;
  path: string;
  /** html: the page's <p> paragraphs; text: the file's lines. */
  kind: 'html' | 'text';
  /** The document's first line (the first that matches); the first line when absent. */
  start?: RegExp;
  /** The line after the document's last (the first that matches after the start). */
  endBefore?: RegExp;
  /** The document's last line (the first that matches after the start). */
  endAt?: RegExp;
  /** The commit to read it at, when the repository's own commit no longer has it. */
  commit?: string;
}

interface Repo {
  name: string;
  commit: string;
  gitDir: string;
  what: string;
  docs: Doc[];
}

/** A table of contents' line: a heading followed by its page number, or dot leaders. */
const TOC_LINE = /^(第[一二三四五六七八九十百]+[篇章节]|[一二三四五六七八九十]+、|序\s*言|前\s*言|附\s*[录件]).*\s\d{1,3}\s*$|\.{6,}|…{3,}|·{6,}/;
/** A page number of a printed document: — 12 —. */
const PAGE_NUMBER = /^[—-]\s*\d{1,3}\s*[—-]$/;
/** A photo caption of a reprinting paper. */
const CAPTION = /(记者|摄影?)\s*\S{0,8}\s*摄$/;

const REPOS: Repo[] = [
  {
    name: 'milaotou001/policy-funding-radar',
    commit: 'c7c79672faa217d6d68e14809182401ff7418998',
    gitDir: radarDir,
    what: 'pages and files of 2026 work reports and "十五五" plans as the governments (or the papers reprinting them) published them',
    docs: [
      { name: '国务院 2026年政府工作报告', path: 'data/reports/2026-national-work-report.html', kind: 'html', start: /^政府工作报告$/, endBefore: /^Copyrights/ },
      { name: '广州市 2026年政府工作报告', path: 'data/reports/cities/2026-guangzhou.html', kind: 'html' },
      { name: '南京市 2026年政府工作报告', path: 'data/reports/cities/2026-nanjing.html', kind: 'html', start: /^南京市人民政府代市长/, endBefore: /^联系我们$/ },
      { name: '深圳市 2026年政府工作报告', path: 'data/reports/cities/2026-shenzhen.html', kind: 'html', start: /^政府工作报告$/ },
      { name: '苏州市 2026年政府工作报告', path: 'data/reports/cities/2026-suzhou.html', kind: 'html' },
      { name: '合肥市 2026年政府工作报告', path: 'data/reports/cities/2026-hefei-full.txt', kind: 'text' },
      // Part 三 of the report as 杭州网 published it (the repository later kept a copy with straight quotes only).
      {
        name: '杭州市 2026年政府工作报告',
        path: 'data/reports/cities/2026-hangzhou.html',
        kind: 'html',
        commit: '3d77aae6e3596897db4d0b773e7160b108532173',
        endBefore: /^增值电信业务经营许可证/,
      },
      { name: '广州市 “十五五”规划纲要', path: 'data/reports/plans/gz-15th.html', kind: 'html', start: /^穗府〔2026〕4号$/, endAt: /秘书处 2026年5月28日印发$/ },
      { name: '上海市 “十五五”规划纲要', path: 'data/reports/plans/sh-15th.html', kind: 'html', start: /^上海市国民经济和社会发展第十五个五年规划纲要$/ },
      { name: '深圳市 “十五五”规划纲要', path: 'data/reports/plans/sz-15th.html', kind: 'html', start: /^2026年5月$/, endBefore: /^编辑 / },
      { name: '杭州市 “十五五”规划纲要', path: 'data/reports/plans/hz-15th.txt', kind: 'text', start: /^杭州市国民经济和社会发展$/ },
      { name: '南京市 “十五五”规划纲要', path: 'data/reports/plans/nj-15th.txt', kind: 'text', endBefore: /^附图1$/ },
      { name: '合肥市委 “十五五”规划建议', path: 'data/reports/plans/hf-15th-suggestion.html', kind: 'html', endBefore: /^主办单位/ },
    ],
  },
  {
    name: 'mase2003/POLICYanalyse',
    commit: 'b9fb121388fcb28e920400230a34c24eaff4d9ad',
    gitDir: policyDir,
    what: 'the full text of the national "十五五" plan outline (the section 规划全文 of a saved encyclopedia page)',
    docs: [
      {
        name: '国家 “十五五”规划纲要',
        path: '中华人民共和国国民经济和社会发展第十五个五年规划纲要.txt',
        kind: 'text',
        start: /^中华人民共和国国民经济和社会发展第十五个五年（2026－2030年）规划纲要，/,
        endBefore: /^规划组成$/,
      },
    ],
  },
];

const ENTITIES: Record<string, string> = { nbsp: ' ', ensp: ' ', emsp: ' ', lt: '<', gt: '>', quot: '"', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', mdash: '—', hellip: '…', middot: '·', times: '×', amp: '&' };
const decode = (s: string) =>
  s
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&([a-z]+);/g, (m, e: string) => ENTITIES[e] ?? m);

/** The text of a page's <p> elements, one line each (a <br> starts another). */
function htmlLines(html: string): string[] {
  const body = html.replace(/<script[\s\S]*?<\/script>/gi, '').replace(/<style[\s\S]*?<\/style>/gi, '');
  return [...body.matchAll(/<p\b[^>]*>([\s\S]*?)<\/p>/gi)].flatMap((m) => decode(m[1]!.replace(/<br\s*\/?>/gi, '\n').replace(/<[^>]+>/g, '')).split('\n'));
}

const SENTENCE_END = /[。！？；：”’）」』…]$/;

function documentLines(repo: Repo, doc: Doc): string[] {
  const raw = execFileSync('git', ['--git-dir', repo.gitDir, 'show', `${doc.commit ?? repo.commit}:${doc.path}`], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const lines = (doc.kind === 'html' ? htmlLines(raw) : raw.replace(/\r\n?/g, '\n').split('\n'))
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((l) => l !== '' && !PAGE_NUMBER.test(l));
  const from = doc.start ? lines.findIndex((l) => doc.start!.test(l)) : 0;
  if (from < 0) throw new Error(`${doc.name}: no line matches ${doc.start}`);
  let to = lines.length;
  const before = doc.endBefore ? lines.findIndex((l, i) => i > from && doc.endBefore!.test(l)) : -1;
  const at = doc.endAt ? lines.findIndex((l, i) => i > from && doc.endAt!.test(l)) : -1;
  if (doc.endBefore && before < 0) throw new Error(`${doc.name}: no line matches ${doc.endBefore}`);
  if (doc.endAt && at < 0) throw new Error(`${doc.name}: no line matches ${doc.endAt}`);
  if (before >= 0) to = before;
  if (at >= 0) to = at + 1;
  const kept = lines.slice(from, to).filter((l) => !TOC_LINE.test(l) && !CAPTION.test(l));
  // A file saved from a page that was cut off ends inside a sentence.
  if (doc.kind !== 'html' && kept.length && !SENTENCE_END.test(kept.at(-1)!) && kept.at(-1)!.length > 40) kept.pop();
  return kept;
}

const halves = { dev: [] as string[], gate: [] as string[] };
const counts = { dev: 0, gate: 0 };
const sources: string[] = [];
for (const repo of REPOS) {
  const head = headCommit(repo.gitDir);
  if (head !== repo.commit) console.warn(`${repo.name}: HEAD is ${head}; reading the pinned ${repo.commit}`);
  const older = repo.docs.filter((d) => d.commit).map((d) => `${d.path} @ ${d.commit}`);
  sources.push(`## source: ${repo.name} @ ${repo.commit}${older.length ? ` (and ${older.join(', ')})` : ''} (${repo.what}; outside copyright, 著作权法第五条)`);
  for (const doc of repo.docs) {
    const text = documentLines(repo, doc).join('\n');
    const half = cleanCorpusHalf(doc.name);
    halves[half].push(`# ${doc.name}\n${text}\n`);
    counts[half] += text.length;
    console.log(`${half}\t${text.length}\t${doc.name}`);
  }
}
mkdirSync(outDir, { recursive: true });
for (const half of ['dev', 'gate'] as const) {
  const header = [
    `## clean corpus of recent official text (scripts/data/build-recent-corpus.ts): ${half === 'dev' ? 'development half (findings may be inspected)' : 'gate half (only counted, never inspected)'}`,
    ...sources,
    `## documents: ${halves[half].length}, characters: ${counts[half]}`,
  ];
  writeFileSync(join(outDir, `recent-${half}.txt`), `${header.join('\n')}\n${halves[half].join('')}`);
  console.log(`recent-${half}.txt: ${halves[half].length} documents, ${counts[half]} characters`);
}
