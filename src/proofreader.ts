import { isDisabled, unknownRuleProblems, type Directive, type DirectiveProblem } from './adapters/directives.js';
import { DIRECTIVE_RULE } from './adapters/directive-rule.js';
import { markupLimitProblem } from './adapters/markup-limits.js';
import { projectHtml } from './adapters/html.js';
import { projectMarkdown } from './adapters/markdown.js';
import { toSource, withoutInvisible, type Projection } from './adapters/projection.js';
import { unwrapLines } from './adapters/wrapped-lines.js';
import { loadArtefact } from './compiled/artefact.js';
import { MAX_INPUT_CHARS, MAX_MILLISECONDS } from './limits.js';
import { Document } from './document/document.js';
import { LineIndex } from './document/line-index.js';
import { overlapsAny } from './document/skipped-spans.js';
import { AhoCorasick } from './match/aho-corasick.js';
import { BUILTIN_PACK_MATCHER, BUILTIN_SEGMENTER_WORDS, loadBuiltinPacks } from './packs/builtin.js';
import { PackError } from './packs/pack-error.js';
import { parsePackText, validatePack, type RulePackInput } from './packs/parse-pack.js';
import type { PackInfo, RulePack } from './packs/types.js';
import { verifyPack } from './packs/verify-pack.js';
import { PackMatcher } from './packs/pack-matcher.js';
import { createBuiltinRules, createPackRules } from './rules/index.js';
import { renderMessage } from './rules/messages.js';
import type { Finding, Rule } from './rules/rule.js';
import { groupIssues } from './group/group-issues.js';
import { DictionarySegmenter } from './segment/dictionary-segmenter.js';
import { splitsSurrogatePair } from './text/unicode.js';
import { platform } from './platform/platform.js';
import type { Segmenter } from './segment/segmenter.js';
import { SEVERITY_RANK, type Issue, type ProofreadResult, type RuleLevel, type Severity } from './types.js';

/** A pack to load: a path to a YAML/JSON file, or the pack itself as an object. */
export type PackInput = string | RulePackInput;

export interface ProofreaderOptions {
  /** Extra rule packs, loaded after the bundled ones (a later entry for the same wrong form wins). */
  packs?: PackInput[];
  /** Load the packs in `dictionaries/` (default true). */
  builtinPacks?: boolean;
  /** Words never to flag: an issue inside such a word, or covering one, is dropped. */
  allow?: string[];
  /** Per-rule level by ruleId: `off`, or a severity that replaces the rule's own. */
  rules?: Record<string, RuleLevel>;
  /** Word segmenter (default: DictionarySegmenter, jieba's segmentation in TypeScript). */
  segmenter?: Segmenter;
}

/** Options of a single call; they add to the proofreader's own. */
export interface ProofreadOptions {
  allow?: string[];
  rules?: Record<string, RuleLevel>;
  /** The document's date (`2024-06-26` or a Date); otherwise rules use its 成文日期, then today. */
  documentDate?: string | Date;
  /** How to read the input (default `text`). Markdown and HTML are parsed; only their prose is checked, and offsets point into the source. */
  format?: InputFormat;
  /**
   * Group the findings of a convention broken throughout (half-width punctuation,
   * full-width digits, a dash style…) into one per document or paragraph, each place
   * kept in the finding's `related` (default false: one issue per place).
   */
  group?: boolean;
}

export type InputFormat = 'text' | 'markdown' | 'html';

/** Thrown for options that cannot work (unknown option or rule, bad level or date). Invalid packs throw PackError. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

const LEVELS: ReadonlySet<string> = new Set(['off', 'error', 'warning', 'info']);

/** Thrown for an input that cannot be parsed in the format asked for (nesting too deep for the Markdown or HTML parser). */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

export class Proofreader {
  /** Every rule this proofreader knows, including those switched off. */
  readonly rules: readonly Rule[];
  readonly #segmenter: Segmenter;
  readonly #builtinPacks: boolean;
  readonly #userPacks: readonly RulePack[];
  #packs: readonly RulePack[] | undefined;
  readonly #levels: Record<string, RuleLevel>;
  readonly #allow: string[];
  readonly #allowMatcher: AhoCorasick;

  constructor(options: ProofreaderOptions = {}) {
    checkOptions('createProofreader', options, { packs: 'array', builtinPacks: 'boolean', allow: 'array', rules: 'object', segmenter: 'object' });
    const userPacks = (options.packs ?? []).map((p, i) => loadPack(p, i));
    this.#builtinPacks = options.builtinPacks !== false;
    this.#userPacks = userPacks;
    // The bundled packs alone come with the matcher, and the default segmenter's words for it, that the build compiled.
    const builtinOnly = this.#builtinPacks && userPacks.length === 0;
    const matcher = builtinOnly ? loadArtefact(BUILTIN_PACK_MATCHER) : PackMatcher.of(this.packs);
    checkPackIds(matcher.packs);
    if (builtinOnly && !options.segmenter) {
      this.#segmenter = new DictionarySegmenter(undefined, loadArtefact(BUILTIN_SEGMENTER_WORDS));
    } else {
      this.#segmenter = options.segmenter ?? new DictionarySegmenter();
      this.#segmenter.addWords(matcher.wrongForms);
    }
    this.rules = [...createPackRules(matcher), ...createBuiltinRules(matcher), DIRECTIVE_RULE];
    // A user pack is checked against its own examples before it is trusted.
    for (const pack of userPacks) {
      const failures = verifyPack(pack, this.#segmenter);
      if (failures.length > 0) throw new PackError(failures);
    }
    this.#levels = this.#checkLevels(options.rules ?? {});
    this.#allow = checkAllow(options.allow ?? []);
    this.#allowMatcher = new AhoCorasick(this.#allow);
  }

  /** The loaded packs, bundled ones first (read in full when first asked for: matching does not need them). */
  get packs(): readonly RulePack[] {
    return (this.#packs ??= [...(this.#builtinPacks ? loadBuiltinPacks() : []), ...this.#userPacks]);
  }

  proofread(input: string, options: ProofreadOptions = {}): ProofreadResult {
    if (typeof input !== 'string') throw new TypeError(`proofread: 需要字符串，收到 ${input === null ? 'null' : typeof input}`);
    checkOptions('proofread', options, { allow: 'array', rules: 'object', documentDate: 'any', format: 'string', group: 'boolean' });
    const levels = options.rules ? { ...this.#levels, ...this.#checkLevels(options.rules) } : this.#levels;
    const allowMatcher = options.allow?.length ? new AhoCorasick([...this.#allow, ...checkAllow(options.allow)]) : this.#allowMatcher;
    const documentDate = options.documentDate === undefined ? undefined : parseDocumentDate(options.documentDate);
    if (input.length > MAX_INPUT_CHARS) throw new InputError(`输入有 ${input.length} 个字符，超过 ${MAX_INPUT_CHARS} 个的上限`);
    const deadline = Date.now() + MAX_MILLISECONDS;
    const { text, projection, directives, directiveProblems, withInvisible } = project(input, options.format ?? 'text');
    const docOptions = { today: new Date(), ...(documentDate && { documentDate }) };
    const doc = new Document(text, this.#segmenter, docOptions);
    const found: Found[] = [];
    // Rules about invisible characters read the text before they were taken out, when any were.
    const foundWithInvisible: Found[] = [];
    let docWithInvisible: Document | undefined;
    for (const rule of this.rules) {
      if (Date.now() > deadline) throw new InputError(`检查超过 ${MAX_MILLISECONDS / 1000} 秒的时限，未完成`);
      const level = levels[rule.id];
      if (level === 'off') continue;
      const raw = rule.seesInvisible && withInvisible;
      const ruleDoc = raw ? (docWithInvisible ??= new Document(withInvisible.text, this.#segmenter, docOptions)) : doc;
      rule.check(ruleDoc, (finding) => {
        if (!isValidSpan(ruleDoc.text, finding.start, finding.end)) return;
        (raw ? foundWithInvisible : found).push({ rule, finding, severity: level ?? finding.severity ?? rule.severity });
      });
    }
    if (Date.now() > deadline) throw new InputError(`检查超过 ${MAX_MILLISECONDS / 1000} 秒的时限，未完成`);
    const allowed = found.length > 0 ? allowedSpans(allowMatcher, text) : { spans: [], longest: 0 };
    const kept = withoutCoveredGuesses(found.filter(({ finding: f }) => !overlapsAny(doc.skippedSpans, f.start, f.end) && !isAllowed(allowed, f.start, f.end)));
    const located = projection ? kept.flatMap((f) => toSourceFinding(f, projection, input)) : kept;
    if (withInvisible && docWithInvisible) {
      const { projection: rawProjection } = withInvisible;
      const rawKept = foundWithInvisible.filter(({ finding: f }) => !overlapsAny(docWithInvisible!.skippedSpans, f.start, f.end));
      for (const f of rawProjection ? rawKept.flatMap((f) => toSourceFinding(f, rawProjection, input)) : rawKept) located.push(f);
    }
    const directiveLevel = levels[DIRECTIVE_RULE.id] ?? DIRECTIVE_RULE.severity;
    if (directiveLevel !== 'off') {
      const problems = [...directiveProblems, ...unknownRuleProblems(directives, new Set(this.rules.map((r) => r.id)))];
      for (const p of problems) located.push({ rule: DIRECTIVE_RULE, finding: p, severity: directiveLevel });
    }
    const sourceLines = projection ? new LineIndex(input) : doc.lines;
    const enabled = directives.length > 0 ? located.filter((f) => !isDisabled(directives, sourceLines, f.rule.id, f.finding.start)) : located;
    enabled.sort((a, b) => a.finding.start - b.finding.start || a.finding.end - b.finding.end || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
    const issues: Issue[] = [];
    for (const { rule, finding, severity } of enabled) {
      const last = issues[issues.length - 1];
      // One issue per span: the most severe finding (the sort put it first) speaks for it.
      if (last && last.start === finding.start && last.end === finding.end) continue;
      // One issue per slip: an overlapping finding whose fix gives the same text (a pack's
      // 检查院 → 检察院 inside the near-miss's 市检查院 → 市检察院) repeats the one before;
      // the more severe of the two stays.
      const repeatsLast = last !== undefined && finding.start < last.end && sameFix(input, last, finding);
      if (repeatsLast && SEVERITY_RANK[severity] >= SEVERITY_RANK[last.severity]) continue;
      if (repeatsLast) issues.pop();
      const { line, column } = sourceLines.position(finding.start);
      issues.push({
        ruleId: rule.id,
        category: rule.category,
        severity,
        message: renderMessage(rule.messages[finding.messageId] ?? unknownMessage(rule, finding.messageId), finding.data),
        messageId: finding.messageId,
        start: finding.start,
        end: finding.end,
        line,
        column,
        text: input.slice(finding.start, finding.end),
        suggestions: finding.suggestions ?? [],
        ...(rule.autofix === false && { autofix: false as const }),
      });
    }
    return { issues: options.group ? groupIssues(issues, { rules: this.rules }) : issues };
  }

  #checkLevels(levels: Record<string, RuleLevel>): Record<string, RuleLevel> {
    const known = new Set(this.rules.map((r) => r.id));
    for (const [id, level] of Object.entries(levels)) {
      if (!known.has(id)) throw new ConfigError(`未知规则“${id}”。可用规则：${[...known].join('、')}`);
      if (!LEVELS.has(level)) throw new ConfigError(`规则“${id}”的级别“${String(level)}”无效，应为 off | info | warning | error`);
    }
    return levels;
  }
}

interface Found {
  rule: Rule;
  finding: Finding;
  severity: Severity;
}

interface Projected {
  text: string;
  projection?: Projection;
  directives: Directive[];
  directiveProblems: DirectiveProblem[];
  /** The prose before its invisible characters were taken out, when it had any. */
  withInvisible?: { text: string; projection?: Projection };
}

/**
 * Plain text is checked as it is, Markdown and HTML through their prose projection;
 * either without invisible characters (针\u200b炙 reads 针炙), mapped back to the source.
 */
function project(input: string, format: InputFormat): Projected {
  const formatted = projectFormat(input, format);
  // Plain text copied out of a PDF: its sentences joined across the page's line breaks.
  const unwrapped = format === 'text' ? unwrapLines(formatted.text) : undefined;
  const projected = unwrapped ? { ...formatted, text: unwrapped.text, projection: unwrapped } : formatted;
  const visible = withoutInvisible(projected.text, projected.projection);
  if (!visible) return projected;
  const withInvisible = { text: projected.text, ...(projected.projection && { projection: projected.projection }) };
  return { ...projected, text: visible.text, projection: visible, withInvisible };
}

function projectFormat(input: string, format: InputFormat): Projected {
  if (format === 'text') return { text: input, directives: [], directiveProblems: [] };
  if (format !== 'markdown' && format !== 'html') throw new ConfigError(`format“${String(format)}”无效，应为 text | markdown | html`);
  const problem = markupLimitProblem(input, format);
  if (problem) throw new InputError(`${format === 'markdown' ? 'Markdown' : 'HTML'} ${problem}，解析器无法在有限时间内处理（可减少嵌套，或改用纯文本格式检查）`);
  try {
    const { projection, directives, directiveProblems } = format === 'markdown' ? projectMarkdown(input) : projectHtml(input);
    return { text: projection.text, projection, directives, directiveProblems };
  } catch (e) {
    // The unified parsers recurse per nesting level: thousands of nested elements exhaust the stack.
    if (e instanceof RangeError && /call stack/i.test(e.message)) {
      throw new InputError(`${format === 'markdown' ? 'Markdown' : 'HTML'} 嵌套层数过深，解析器无法处理（可改用纯文本格式检查，或减少嵌套）`);
    }
    throw e;
  }
}

/**
 * A finding on the projected prose, moved to the source. A replacement stays only
 * when the source span reads exactly like the prose (no markup or entity inside), so
 * applying it can never damage the markup.
 */
function toSourceFinding(found: Found, projection: Projection, source: string): Found[] {
  const { start, end, exact } = toSource(projection, source, found.finding.start, found.finding.end);
  if (!isValidSpan(source, start, end)) return [];
  const suggestions = exact ? found.finding.suggestions : [];
  return [{ ...found, finding: { ...found.finding, start, end, ...(suggestions && { suggestions }) } }];
}

function loadPack(input: PackInput, index: number): RulePack {
  if (typeof input === 'string') {
    const read = platform().readPackFile;
    if (!read) throw new PackError([{ source: input, reason: '此环境不能按路径读取规则包：请以对象传入（浏览器中可先 fetch 再用 parsePackText 解析）' }]);
    return parsePackText(read(input), input);
  }
  return validatePack(input, `packs[${index}]${typeof input?.id === 'string' ? ` (${input.id})` : ''}`);
}

type OptionKind = 'array' | 'boolean' | 'object' | 'string' | 'any';

/** Options are checked by hand-written code: a misspelt key or a wrong type says so instead of being ignored. */
function checkOptions(where: string, options: object, known: Record<string, OptionKind>): void {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) throw new ConfigError(`${where}: 选项应为对象`);
  for (const [key, value] of Object.entries(options)) {
    const kind = known[key];
    if (!kind) throw new ConfigError(`${where}: 未知选项“${key}”。可用选项：${Object.keys(known).join('、')}`);
    if (value === undefined || kind === 'any') continue;
    const ok = kind === 'array' ? Array.isArray(value) : kind === 'object' ? typeof value === 'object' && value !== null && !Array.isArray(value) : typeof value === kind;
    if (!ok) throw new ConfigError(`${where}: 选项“${key}”应为${{ array: '数组', boolean: '布尔值', object: '对象', string: '字符串' }[kind]}，收到 ${JSON.stringify(value)}`);
  }
}

/** Pack ids name packs in messages and listings: two loaded packs may not share one. */
function checkPackIds(packs: readonly PackInfo[]): void {
  const seen = new Map<string, string>();
  for (const pack of packs) {
    const other = seen.get(pack.id);
    if (other) throw new PackError([{ source: pack.source, reason: `规则包 id“${pack.id}”已被 ${other} 使用，请换一个 id` }]);
    seen.set(pack.id, pack.source);
  }
}

function parseDocumentDate(value: string | Date): Date {
  const m = typeof value === 'string' ? /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value.trim()) : null;
  const date = value instanceof Date ? value : m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
  const valid = date && !Number.isNaN(date.getTime()) && (!m || date.getUTCDate() === Number(m[3]));
  if (!valid) throw new ConfigError(`documentDate“${String(value)}”无效，应为 YYYY-MM-DD 形式的日期或 Date 对象`);
  return date;
}

function checkAllow(words: unknown[]): string[] {
  for (const w of words) {
    if (typeof w !== 'string' || w.length === 0) throw new ConfigError(`allow 列表只能包含非空字符串，收到 ${JSON.stringify(w)}`);
  }
  return words as string[];
}

interface AllowedSpans {
  spans: { start: number; end: number }[];
  longest: number;
}

function allowedSpans(matcher: AhoCorasick, text: string): AllowedSpans {
  const spans = matcher.findAll(text).sort((a, b) => a.start - b.start);
  let longest = 0;
  for (const p of matcher.patterns) if (p.length > longest) longest = p.length;
  return { spans, longest };
}

/** An allowed word inside the issue, or the issue inside an allowed word. */
function isAllowed({ spans, longest }: AllowedSpans, start: number, end: number): boolean {
  if (spans.length === 0) return false;
  // Only occurrences starting in [start - longest, end) can contain the span or lie inside it.
  let lo = 0;
  let hi = spans.length;
  const from = start - longest;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < spans.length && spans[i]!.start < end; i++) {
    const o = spans[i]!;
    if ((o.start <= start && end <= o.end) || (start <= o.start && o.end <= end)) return true;
  }
  return false;
}

/** Rules report UTF-16 offsets; a span must be non-empty, inside the text, and not split a surrogate pair. */
function isValidSpan(text: string, start: number, end: number): boolean {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) return false;
  return !splitsSurrogatePair(text, start) && !splitsSurrogatePair(text, end);
}

let defaultProofreader: Proofreader | undefined;

/** The proofreader `proofread()` uses: bundled packs, default levels, created on first use. */
export function getDefaultProofreader(): Proofreader {
  return (defaultProofreader ??= new Proofreader());
}

export function createProofreader(options: ProofreaderOptions = {}): Proofreader {
  return new Proofreader(options);
}

/** Proofreads `text` with the bundled rules. Synchronous; the first call loads the dictionaries. */
export function proofread(text: string, options?: ProofreadOptions): ProofreadResult {
  return getDefaultProofreader().proofread(text, options);
}

function unknownMessage(rule: Rule, messageId: string): never {
  throw new Error(`gongwen: 规则 ${rule.id} 报告了未定义的消息 ${messageId}`);
}

/**
 * A statistical guess (a rule with `guesses`) inside a span that a rule of knowledge
 * reports (中华人民共合国 as a whole) says the same thing twice: the knowledge speaks for it.
 */
/** Whether two overlapping findings' first suggestions make the same text of the span they cover together. */
function sameFix(input: string, a: { start: number; end: number; suggestions: readonly string[] }, b: Finding): boolean {
  const fixA = a.suggestions[0];
  const fixB = b.suggestions?.[0];
  if (fixA === undefined || fixB === undefined) return false;
  const start = Math.min(a.start, b.start);
  const end = Math.max(a.end, b.end);
  const fixed = (f: { start: number; end: number }, fix: string) => input.slice(start, f.start) + fix + input.slice(f.end, end);
  return fixed(a, fixA) === fixed(b, fixB);
}

function withoutCoveredGuesses<F extends { rule: Rule; finding: Finding }>(found: F[]): F[] {
  const guesses = found.filter((f) => f.rule.guesses);
  if (guesses.length === 0) return found;
  const known = found.filter((f) => !f.rule.guesses);
  const covered = new Set(guesses.filter(({ finding: g }) => known.some(({ finding: k }) => k.start <= g.start && g.end <= k.end)));
  return covered.size === 0 ? found : found.filter((f) => !covered.has(f));
}

