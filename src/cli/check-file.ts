import { dirname } from 'node:path';
import { applyFixes, selectFixes } from '../fix/apply-fixes.js';
import { createProofreader, InputError, type Proofreader } from '../proofreader.js';
import type { Issue, RuleLevel } from '../types.js';
import { findConfigFile, readConfig, type Config } from './config.js';
import { formatOf, readInput } from './read-input.js';
import { writeFileAtomic } from './write-atomic.js';

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
  source: string;
  issues: Issue[];
  /** Fixes written to the file. */
  fixed: number;
  /** Something the user should know about this file (encoding, skipped fix). */
  notes: string[];
  /** The file could not be parsed in its format, so nothing in it was checked (counts as an error). */
  unchecked?: boolean;
}

const proofreaders = new Map<string, Proofreader>();
const MAX_FIX_PASSES = 10;

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
  const { text, encoding, bom } = readInput(file);
  const notes = encoding === 'gb18030' ? ['不是 UTF-8，已按 GB18030 读取'] : encoding === 'binary' ? ['不是文本文件，未检查'] : [];
  const configFile = settings.noConfig ? undefined : (settings.config ?? (file === '-' ? findConfigFile(process.cwd()) : findConfigFile(dirname(file))));
  const proofreader = proofreaderFor(settings, configFile);
  const format = settings.inputFormat ?? (file === '-' ? 'text' : formatOf(file));
  const options = { format, ...(settings.documentDate && { documentDate: settings.documentDate }) };
  const check = (input: string) => proofreader.proofread(input, options).issues;
  const guessing = new Set(proofreader.rules.filter((r) => r.guesses).map((r) => r.id));
  // A fix --fix applies on its own: exactly one suggestion, so no choice is made for the editor, and not a guess.
  const isUnambiguous = (issue: Issue) => issue.suggestions.length === 1 && !guessing.has(issue.ruleId);
  let source = text;
  let issues: Issue[];
  try {
    issues = check(source);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return { file: name, source, issues: [], fixed: 0, notes: [...notes, `未检查：${e.message}`], unchecked: true };
  }
  let fixed = 0;
  if (settings.fix && file !== '-' && issues.some(isUnambiguous)) {
    if (encoding !== 'utf-8') {
      notes.push('非 UTF-8 文件不自动修改（请先转存为 UTF-8）');
    } else {
      // Fix until nothing fixable is left (a fix skipped for overlapping another gets its turn), so a second --fix finds nothing to do.
      for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
        const fixable = issues.filter(isUnambiguous);
        if (fixable.length === 0) break;
        // Those skipped for overlapping another get their turn (and are counted) in a later pass.
        const applied = selectFixes(source, fixable);
        const next = applyFixes(source, applied);
        if (next === source) break;
        fixed += applied.length;
        source = next;
        issues = check(source);
      }
      if (source !== text) {
        try {
          writeFileAtomic(file, new TextEncoder().encode(bom ? `\uFEFF${source}` : source));
        } catch (e) {
          // The file is as it was: report what it holds, not what could not be written.
          notes.push(`无法写入修改，文件未改动：${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
          source = text;
          fixed = 0;
          issues = check(source);
        }
      }
    }
  }
  return { file: name, source, issues, fixed, notes };
}
