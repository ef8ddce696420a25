// Builds a second clean corpus for the precision gate (issue 20): the 2026 government work
// reports of the 31 provinces, regions and municipalities — recent official text of another
// kind than the laws of build-clean-corpus.ts (speeches with targets, slogans, places and
// names), published in January–February 2026, after every source the package was built from.
// Hand-run, from the fetched bare git repository johncodes404/china-provincial-gov-reports-2026
// (one CSV a province, the report's full text as 人民数据 and the provincial papers printed it):
//
//   npx tsx scripts/data/build-report-corpus.ts <its git dir> <out dir>
//
// Writes reports-dev.txt (40 %, findings may be read) and reports-gate.txt (60 %, only counted)
// in the layout of benchmarks/clean-corpus.mjs, split by the hash of the province's name that
// splits the law corpus (cleanCorpusHalf), fixed before any finding was looked at.
// Not committed: the reports are state organs' documents (著作权法 第五条), but the package
// ships statistics only; this script and the commit rebuild the corpus byte for byte.
// The web page's chrome is dropped (下载 打印 … before the title, a date stamp and buttons
// between the title and the subtitle, 来源：/时间： lines, the trailing 相关报道： and
// 【打印本页】【关闭窗口】), nothing of
// the text itself.
import { mkdirSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { cleanCorpusHalf, headCommit } from './official-corpus.js';

const [gitDir, outDir] = process.argv.slice(2);
if (!gitDir || !outDir) {
  console.error('用法：tsx scripts/data/build-report-corpus.ts <johncodes404/china-provincial-gov-reports-2026 的 git 目录> <输出目录>');
  process.exit(2);
}
const FOLDER = 'output/2026_raw_text/';
const git = (...args: string[]) => execFileSync('git', ['--git-dir', gitDir, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
const files = git('ls-tree', '-r', '--name-only', '-z', 'HEAD', FOLDER).split('\0').filter((f) => /_政府工作报告\.csv$/.test(f)).sort();
const WEB_LINE = /^(来源|时间)[:：]|^相关报道[:：]?$/;
/** The page's buttons and date stamp, wherever they sit in its first lines; PAGE_END_LINE anywhere. */
const CHROME_LINE = /^(下载|打印|全屏|收藏|加大|还原|减小|大|中|小|】|分享[:：]?|【字[号体][:：]?)$|^\d{4}年\d{2}月\d{2}日 \d{2}[时:]\d{2}/;
const PAGE_END_LINE = /^(【|】|打印本页|关闭窗口|扫一扫在手机打开当前页)$/;
const SUBTITLE = /人民代表大会.*会议上/;

const halves = { dev: [] as string[], gate: [] as string[] };
const counts = { dev: 0, gate: 0 };
for (const file of files) {
  const [record] = parse(git('show', `HEAD:${file}`), { bom: true, columns: true, relax_quotes: true }) as Record<string, string>[];
  const { province, title, full_text: fullText } = record!;
  const lines = fullText!.replace(/\r\n?/g, '\n').split('\n').map((l) => l.trim());
  // The page's chrome ends at the title line; a text without chrome starts with its title or subtitle.
  const titleAt = lines.findIndex((l) => l === title || l.endsWith('政府工作报告'));
  const start = titleAt >= 0 && titleAt < 20 ? titleAt : 0;
  // Between the title and the subtitle (——2026年2月3日在…人民代表大会…会议上) some pages put
  // their date stamp, source and font-size buttons.
  const subtitleAt = lines.findIndex((l, i) => i > start && i < start + 15 && SUBTITLE.test(l));
  const kept = subtitleAt > start ? [lines[start]!, ...lines.slice(subtitleAt)] : lines.slice(start);
  const body = kept.filter((l, i) => l !== '' && !WEB_LINE.test(l) && !(i < 40 && CHROME_LINE.test(l)) && !PAGE_END_LINE.test(l));
  const text = body.join('\n');
  const half = cleanCorpusHalf(province!);
  halves[half].push(`# ${province} 2026年政府工作报告\n${text}\n`);
  counts[half] += text.length;
}
const commit = headCommit(gitDir);
mkdirSync(outDir, { recursive: true });
for (const half of ['dev', 'gate'] as const) {
  const header = [
    `## clean corpus of recent official text (scripts/data/build-report-corpus.ts): ${half === 'dev' ? 'development half (findings may be inspected)' : 'gate half (only counted, never inspected)'}`,
    `## source: johncodes404/china-provincial-gov-reports-2026 @ ${commit} (2026 provincial government work reports; outside copyright, 著作权法第五条)`,
    `## documents: ${halves[half].length}, characters: ${counts[half]}`,
  ];
  writeFileSync(join(outDir, `reports-${half}.txt`), `${header.join('\n')}\n${halves[half].join('')}`);
  console.log(`reports-${half}.txt: ${halves[half].length} documents, ${counts[half]} characters`);
}
