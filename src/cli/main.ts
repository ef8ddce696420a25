#!/usr/bin/env node
import { Command, CommanderError, Option } from 'commander';
import { PackError } from '../packs/pack-error.js';
import { ConfigError } from '../proofreader.js';
import { groupIssues } from '../group/group-issues.js';
import { formatHtml } from '../report/html.js';
import { formatJson } from '../report/json.js';
import { formatSarif } from '../report/sarif.js';
import { countSeverities, formatStylishFile, formatStylishSummary } from '../report/stylish.js';
import type { FileResult } from '../report/types.js';
import type { Issue, RuleLevel } from '../types.js';
import { proofreaderFor, type CheckSettings } from './check-file.js';
import { checkFiles } from './check-files.js';
import { createProgress } from './progress.js';
import { expandPaths, UsageError } from './read-input.js';
import { runTestPack } from './test-pack.js';

/** Exit codes: 0 clean, 1 at least one `error` issue (or too many warnings, or a failing pack), 2 usage or configuration error. */
const EXIT_USAGE = 2;

/** Replaced with package.json's version at build time. */
declare const __GONGWEN_VERSION__: string | undefined;
const VERSION = typeof __GONGWEN_VERSION__ === 'string' ? __GONGWEN_VERSION__ : 'dev';

const collect = (value: string, previous: string[]) => [...previous, value];

interface CliOptions {
  format: 'stylish' | 'json' | 'sarif' | 'html';
  inputFormat?: 'text' | 'markdown' | 'html';
  pack: string[];
  allow: string[];
  rule: string[];
  /** A path, or false for --no-config. */
  config?: string | false;
  fix: boolean;
  maxWarnings?: string;
  documentDate?: string;
  color: boolean;
  quiet: boolean;
  group: boolean;
}

function buildProgram(): Command {
  const program = new Command('gongwen')
    .description('公文校对：错别字、词语重复、政治表述、日期与数字、公文格式、标点、隐私信息。检查文件、目录（.txt .md .html）或标准输入（-）。')
    .version(VERSION, '-v, --version')
    .argument('[paths...]', '文件、目录，或 - 表示标准输入')
    .addOption(new Option('-f, --format <format>', '输出格式').choices(['stylish', 'json', 'sarif', 'html']).default('stylish'))
    .addOption(new Option('--input-format <format>', '输入格式（默认按扩展名：.md Markdown，.html HTML，其他纯文本）').choices(['text', 'markdown', 'html']))
    .option('--pack <file>', '加载规则包（YAML），可重复', collect, [])
    .option('--allow <words>', '不报告的词，逗号分隔，可重复', collect, [])
    .option('--rule <id=level>', '设置规则级别，如 lexicon/variant-word=off，可重复', collect, [])
    .option('-c, --config <file>', '配置文件（默认从文件所在目录向上查找 gongwen.config.json 或 .gongwenrc.json）')
    .option('--no-config', '不读取配置文件')
    .option('--fix', '自动改正只有唯一建议的问题（原子写入，其余字节不变）', false)
    .option('--max-warnings <n>', '警告超过 n 个时以 1 退出')
    .option('--document-date <YYYY-MM-DD>', '文档日期（默认取各文件落款的成文日期）：用于核对截至、时限、领导人职务等')
    .option('--no-color', '不使用颜色')
    .option('--quiet', '只报告错误，不显示警告和提示（退出码与 --max-warnings 照常计算）', false)
    .option('--no-group', '不合并同类问题：通篇半角标点、全角数字等逐处报告')
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .action(async (paths: string[], opts: CliOptions) => {
      process.exitCode = await check(paths, opts);
    });
  program
    .command('test-pack')
    .description('检查规则包：格式、示例与每个词条的自检')
    .argument('<files...>', '规则包文件')
    .action((files: string[]) => {
      process.exitCode = runTestPack(files, (s) => process.stdout.write(s));
    });
  return program;
}

async function check(paths: string[], opts: CliOptions): Promise<number> {
  const maxWarnings = opts.maxWarnings === undefined ? Infinity : Number(opts.maxWarnings);
  if ((!Number.isInteger(maxWarnings) && maxWarnings !== Infinity) || maxWarnings < 0) throw new UsageError(`--max-warnings 需要非负整数，收到“${opts.maxWarnings}”`);
  if (opts.fix && paths.includes('-')) throw new UsageError('--fix 不能用于标准输入');
  const settings: CheckSettings = {
    packs: opts.pack,
    allow: opts.allow.flatMap((a) => a.split(/[,，]/)).map((w) => w.trim()).filter(Boolean),
    rules: parseRuleLevels(opts.rule),
    ...(opts.inputFormat && { inputFormat: opts.inputFormat }),
    ...(typeof opts.config === 'string' && { config: opts.config }),
    noConfig: opts.config === false,
    fix: opts.fix,
    ...(opts.documentDate !== undefined && { documentDate: opts.documentDate }),
  };
  if (paths.length === 0) throw new UsageError('请指定要检查的文件或目录（或用 - 读取标准输入）。gongwen --help 查看用法');
  const files = expandPaths(paths);
  // Fail on bad options and packs before any file is read.
  const proofreader = proofreaderFor(settings, settings.config);
  if (settings.documentDate !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(settings.documentDate)) {
    throw new UsageError(`--document-date 应为 YYYY-MM-DD 形式的日期，收到“${settings.documentDate}”`);
  }
  if (settings.documentDate !== undefined) proofreader.proofread('', { documentDate: settings.documentDate }); // an impossible date (2月30日) stops here, once
  const color = opts.color && opts.format === 'stylish' && Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
  const counts = { error: 0, warning: 0, info: 0 };
  const collected: FileResult[] = [];
  const progress = createProgress(files.length);
  let fixed = 0;
  let unchecked = 0;
  await checkFiles(files, settings, (result) => {
    progress.tick();
    if (result.unchecked) unchecked++;
    countSeverities(result.issues, counts);
    fixed += result.fixed;
    for (const note of result.notes) process.stderr.write(`gongwen: ${result.file}：${note}\n`);
    const report = { ...result, issues: shownIssues(result.issues, opts, proofreader.rules) };
    if (opts.format === 'stylish') {
      const block = formatStylishFile(report, { color });
      if (block) {
        progress.done();
        process.stdout.write(block);
      }
    } else collected.push(report);
  });
  progress.done();
  if (opts.format === 'json') process.stdout.write(formatJson(collected));
  else if (opts.format === 'sarif') process.stdout.write(formatSarif(collected, { version: VERSION, rules: proofreader.rules }));
  else if (opts.format === 'html') process.stdout.write(formatHtml(collected, { version: VERSION, checkedAt: new Date() }));
  else process.stdout.write(formatStylishSummary(counts, files.length, { color }));
  if (fixed > 0) process.stderr.write(`gongwen: 已自动修改 ${fixed} 处\n`);
  if (counts.error > 0 || unchecked > 0) return 1;
  if (counts.warning > maxWarnings) {
    process.stderr.write(`gongwen: 警告 ${counts.warning} 个，超过 --max-warnings ${maxWarnings}\n`);
    return 1;
  }
  return 0;
}

/** What the report shows of a file's issues: convention findings grouped (unless --no-group), errors only with --quiet. Counts and exit codes use every issue. */
function shownIssues(issues: Issue[], opts: CliOptions, rules: readonly { id: string; description: string }[]): Issue[] {
  const kept = opts.quiet ? issues.filter((i) => i.severity === 'error') : issues;
  return opts.group ? groupIssues(kept, { rules }) : kept;
}

function parseRuleLevels(specs: string[]): Record<string, RuleLevel> {
  const levels: Record<string, RuleLevel> = {};
  for (const spec of specs) {
    const m = /^([^=]+)=(.*)$/.exec(spec.trim());
    if (!m) throw new UsageError(`--rule 的格式应为 规则=级别，收到“${spec}”`);
    if (!['off', 'info', 'warning', 'error'].includes(m[2]!)) throw new UsageError(`--rule ${m[1]} 的级别“${m[2]}”无效，应为 off | info | warning | error`);
    levels[m[1]!] = m[2] as RuleLevel;
  }
  return levels;
}

export async function main(argv: string[]): Promise<void> {
  // `gongwen … | head` closes the pipe early: stop quietly, as other command-line tools do.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  try {
    await buildProgram().parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      process.exitCode = e.exitCode === 0 ? 0 : EXIT_USAGE;
    } else if (e instanceof UsageError || e instanceof ConfigError || e instanceof PackError) {
      process.stderr.write(`gongwen: ${e.message}\n`);
      process.exitCode = EXIT_USAGE;
    } else {
      throw e;
    }
  }
}

await main(process.argv);
