import { dirname } from 'node:path';
import { applyFixes, selectFixes } from '../fix/apply-fixes.js';
import { createProofreader, InputError, type Proofreader } from '../proofreader.js';
import type { Issue, RuleLevel } from '../types.js';
import { findConfigFile, readConfig, type Config } from './config.js';
import { LineIndex } from '../document/line-index.js';
import type { DecodedText, DecodingError } from './decode.js';
import { formatOf, InputTooLargeError, readInput } from './read-input.js';
import { removeStaleTemps, writeFileAtomic, WriteRefusedError } from './write-atomic.js';
import { isUnambiguousFix } from '../fix/unambiguous.js';

/** What the command line asked for; plain data, so it can be sent to worker threads. */
export interface CheckSettings {
  packs: string[];
  allow: string[];
  rules: Record<string, RuleLevel>;
  /** Overrides the format implied by each file's extension. */
  inputFormat?: 'text' | 'markdown' | 'html';
  /** An explicit config file; otherwise the nearest one above each file, unless `noConfig`. */
  config?: string;
  noConfig: boolean;
  fix: boolean;
  /** The documents' date (YYYY-MM-DD), instead of the 成文日期 found in each. */
  documentDate?: string;
}

export interface CheckedFile {
  /** As given on the command line; `<stdin>` for standard input. */
  file: string;
  /** The file's text as decoded, a byte order mark included: issue offsets index it. */
  source: string;
  issues: Issue[];
  /** Fixes written to the file. */
  fixed: number;
  /** Something the user should know about this file (encoding, skipped fix). */
  notes: string[];
  /**
   * Why the file, or part of it, was not checked (not text, an unknown encoding, bytes
   * that are not UTF-8, an input beyond the limits). A run with such a file fails.
   */
  unchecked?: string;
}

const proofreaders = new Map<string, Proofreader>();
/** Passes of --fix before it gives up: a chain of fixes that each enable the next (甲乙乙…→乙…甲) settles within as many passes as it is long. */
const MAX_FIX_PASSES = 32;

/** The proofreader for a config (cached): the config's packs, allow list and levels, then the command line's on top. */
export function proofreaderFor(settings: CheckSettings, configFile: string | undefined): Proofreader {
  const key = configFile ?? '';
  let proofreader = proofreaders.get(key);
  if (!proofreader) {
    const config: Config = configFile ? readConfig(configFile) : { packs: [], allow: [], rules: {} };
    proofreader = createProofreader({
      packs: [...config.packs, ...settings.packs],
      ...(config.builtinPacks !== undefined && { builtinPacks: config.builtinPacks }),
      allow: [...config.allow, ...settings.allow],
      rules: { ...config.rules, ...settings.rules },
    });
    proofreaders.set(key, proofreader);
  }
  return proofreader;
}

/** Proofreads one file (or `-`), applying unambiguous fixes when asked. */
export function checkFile(file: string, settings: CheckSettings): CheckedFile {
  const name = file === '-' ? '<stdin>' : file;
  if (settings.fix && file !== '-') removeStaleTemps(file);
  let decoded: DecodedText;
  try {
    decoded = readInput(file);
  } catch (e) {
    const reason = e instanceof InputTooLargeError ? e.message : `无法读取（${(e as NodeJS.ErrnoException).code ?? (e as Error).message}）`;
    return notChecked(name, reason);
  }
  const { text, encoding, bom, errors } = decoded;
  if (encoding === 'binary') return notChecked(name, '含 NUL 字节，不是文本文件（或是没有字节顺序标记的 UTF-16）');
  if (encoding === 'unknown') return notChecked(name, '既不是 UTF-8 也不是 GB18030，无法识别编码');
  const notes = encoding === 'gb18030' ? ['不是 UTF-8，已按 GB18030 读取'] : encoding.startsWith('utf-16') && !bom ? [`没有字节顺序标记，已按 ${encoding.toUpperCase()} 读取`] : [];
  const configFile = settings.noConfig ? undefined : (settings.config ?? (file === '-' ? findConfigFile(process.cwd()) : findConfigFile(dirname(file))));
  const proofreader = proofreaderFor(settings, configFile);
  const format = settings.inputFormat ?? (file === '-' ? 'text' : formatOf(file));
  const options = { format, ...(settings.documentDate && { documentDate: settings.documentDate }) };
  // Lines holding bytes that are not UTF-8 are not checked: nothing is reported on text that could not be decoded.
  const undecodable = errors.length > 0 ? undecodableLines(text, errors) : undefined;
  const check = (input: string) => {
    const found = proofreader.proofread(input, options).issues;
    return undecodable ? found.filter((i) => !undecodable.has(undecodable.lines.lineOf(i.start)) && !undecodable.has(undecodable.lines.lineOf(i.end))) : found;
  };
  const result = (source: string, issues: Issue[], fixed: number, unchecked?: string): CheckedFile => ({
    file: name,
    // Offsets count the byte order mark as one unit, so that the file read as a string slices to each issue's text.
    source: bom ? `\uFEFF${source}` : source,
    issues: bom ? issues.map((i) => ({ ...i, start: i.start + 1, end: i.end + 1 })) : issues,
    fixed,
    notes,
    ...(unchecked !== undefined && { unchecked }),
  });
  const partly = undecodable && describeErrors(errors, undecodable.lines);
  let source = text;
  let issues: Issue[];
  try {
    issues = check(source);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return result(source, [], 0, e.message);
  }
  if (!settings.fix || file === '-') return result(source, issues, 0, partly);
  const guessing = proofreader.rules.filter((r) => r.guesses);
  const isUnambiguous = (issue: Issue) => isUnambiguousFix(issue, guessing);
  if (!issues.some(isUnambiguous)) return result(source, issues, 0, partly);
  if (encoding !== 'utf-8' || undecodable) {
    notes.push(undecodable ? '含无效字节的文件不自动修改（改写会丢失这些字节）' : '非 UTF-8 文件不自动修改（请先转存为 UTF-8）');
    return result(source, issues, 0, partly);
  }
  const fixedText = fixUntilStable(source, issues, isUnambiguous, check);
  if ('reason' in fixedText) {
    notes.push(fixedText.reason);
    return result(source, issues, 0);
  }
  if (fixedText.text === text) return result(source, issues, 0);
  try {
    writeFileAtomic(file, new TextEncoder().encode(bom ? `\uFEFF${fixedText.text}` : fixedText.text));
  } catch (e) {
    // The file is as it was: report what it holds, not what could not be written.
    const why = e instanceof WriteRefusedError ? e.message : `无法写入修改，文件未改动：${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`;
    notes.push(why);
    return result(source, issues, 0);
  }
  return result(fixedText.text, fixedText.issues, fixedText.fixed);
}

/** The result of a file that could not be checked, for the reason given (in Chinese). */
export function notChecked(file: string, reason: string): CheckedFile {
  return { file, source: '', issues: [], fixed: 0, notes: [], unchecked: reason };
}

/**
 * Applies unambiguous fixes pass after pass until none is left, so a second `--fix`
 * finds nothing to do. Fixes that undo each other (a pack with 甲乙→乙甲 and 乙甲→甲乙)
 * never settle: then nothing is changed and the reason says so.
 */
function fixUntilStable(
  text: string,
  firstIssues: Issue[],
  isUnambiguous: (issue: Issue) => boolean,
  check: (input: string) => Issue[],
): { text: string; issues: Issue[]; fixed: number } | { reason: string } {
  const seen = new Set([text]);
  let source = text;
  let issues = firstIssues;
  let fixed = 0;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const fixable = issues.filter(isUnambiguous);
    if (fixable.length === 0) return { text: source, issues, fixed };
    // Those skipped for overlapping another get their turn (and are counted) in a later pass.
    const applied = selectFixes(source, fixable);
    const next = applyFixes(source, applied);
    if (next === source) return { text: source, issues, fixed };
    if (seen.has(next)) break;
    seen.add(next);
    fixed += applied.length;
    source = next;
    issues = check(source);
  }
  return { reason: `自动修改不收敛（修改后又出现可修改的问题，可能是规则包中有互相替换的词条），未修改文件` };
}

interface UndecodableLines {
  lines: LineIndex;
  has(line: number): boolean;
}

function undecodableLines(text: string, errors: readonly DecodingError[]): UndecodableLines {
  const lines = new LineIndex(text);
  const set = new Set(errors.map((e) => lines.lineOf(e.offset)));
  return { lines, has: (line) => set.has(line) };
}

/** `第 3 行第 5 列（第 1234 字节）等 2 处`: where the bytes that are not UTF-8 are. */
function describeErrors(errors: readonly DecodingError[], lines: LineIndex): string {
  const shown = errors.slice(0, 3).map((e) => {
    const { line, column } = lines.position(e.offset);
    return `第 ${line} 行第 ${column} 列（第 ${e.byte + 1} 字节）`;
  });
  const more = errors.length > 3 ? `等 ${errors.length} 处` : '';
  return `${shown.join('、')}${more}不是有效的 UTF-8，所在的行未检查`;
}
