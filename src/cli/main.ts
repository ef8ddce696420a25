#!/usr/bin/env node
import { Command, CommanderError, Option } from 'commander';
import { PackError } from '../packs/pack-error.js';
import { ConfigError, createProofreader } from '../proofreader.js';
import { formatJson } from '../report/json.js';
import { formatStylish } from '../report/stylish.js';
import type { FileResult } from '../report/types.js';
import type { RuleLevel } from '../types.js';
import { expandPaths, readInput, UsageError } from './read-input.js';
import { runTestPack } from './test-pack.js';

/** Exit codes: 0 clean, 1 at least one `error` issue (or a failing pack), 2 usage or configuration error. */
const EXIT_USAGE = 2;

/** Replaced with package.json's version at build time. */
declare const __GONGWEN_VERSION__: string | undefined;

const collect = (value: string, previous: string[]) => [...previous, value];

function buildProgram(): Command {
  const program = new Command('gongwen')
    .description('公文校对：错别字、词语重复等。检查文件、目录（.txt .md）或标准输入（-）。')
    .version(typeof __GONGWEN_VERSION__ === 'string' ? __GONGWEN_VERSION__ : 'dev', '-v, --version')
    .argument('[paths...]', '文件、目录，或 - 表示标准输入')
    .addOption(new Option('-f, --format <format>', '输出格式').choices(['stylish', 'json']).default('stylish'))
    .option('--pack <file>', '加载规则包（YAML），可重复', collect, [])
    .option('--allow <words>', '不报告的词，逗号分隔，可重复', collect, [])
    .option('--rule <id=level>', '设置规则级别，如 lexicon/variant-word=off，可重复', collect, [])
    .option('--no-color', '不使用颜色')
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .action((paths: string[], opts: CheckOptions) => {
      process.exitCode = check(paths, opts);
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

interface CheckOptions {
  format: 'stylish' | 'json';
  pack: string[];
  allow: string[];
  rule: string[];
  color: boolean;
}

function check(paths: string[], opts: CheckOptions): number {
  if (paths.length === 0) {
    if (process.stdin.isTTY) throw new UsageError('请指定要检查的文件或目录（或用 - 读取标准输入）。gongwen --help 查看用法');
    paths = ['-'];
  }
  const proofreader = createProofreader({
    packs: opts.pack,
    allow: opts.allow.flatMap((a) => a.split(/[,，]/)).map((w) => w.trim()).filter(Boolean),
    rules: parseRuleLevels(opts.rule),
  });
  const results: FileResult[] = [];
  for (const file of expandPaths(paths)) {
    const { text, encoding } = readInput(file);
    const name = file === '-' ? '<stdin>' : file;
    if (encoding !== 'utf-8') process.stderr.write(`gongwen: ${name} 不是 UTF-8，已按 GB18030 读取\n`);
    results.push({ file: name, source: text, issues: proofreader.proofread(text).issues });
  }
  const color = opts.color && opts.format === 'stylish' && Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
  process.stdout.write(opts.format === 'json' ? formatJson(results) : formatStylish(results, { color }));
  return results.some((r) => r.issues.some((i) => i.severity === 'error')) ? 1 : 0;
}

function parseRuleLevels(specs: string[]): Record<string, RuleLevel> {
  const levels: Record<string, RuleLevel> = {};
  for (const spec of specs) {
    const m = /^([^=]+)=(off|info|warning|error)$/.exec(spec.trim());
    if (!m) throw new UsageError(`--rule 的格式应为 规则=级别（off|info|warning|error），收到“${spec}”`);
    levels[m[1]!] = m[2] as RuleLevel;
  }
  return levels;
}

export function main(argv: string[]): void {
  try {
    buildProgram().parse(argv);
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

main(process.argv);
