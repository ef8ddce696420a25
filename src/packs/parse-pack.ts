import type { ErrorObject, ValidateFunction } from 'ajv';
import type * as Yaml from 'yaml';
import schema from '../../schemas/rule-pack.schema.json' with { type: 'json' };
import { hasLoneSurrogate } from '../text/unicode.js';
import type { Severity } from '../types.js';
import { PackError, type PackProblem } from './pack-error.js';
import type { Boundary, PackEntry, RulePack } from './types.js';
import { optionalModule } from '../platform/platform.js';

/**
 * Limits on a pack file (docs/pack-format.md, “Limits”); the per-field ones (number of
 * entries, length of a form …) are in schemas/rule-pack.schema.json. Packs are
 * hand-edited dictionaries: anything beyond these is a mistake or an attack, refused
 * before it can cost time or memory.
 */
export const MAX_PACK_BYTES = 10 * 1024 * 1024;
/** YAML aliases (`*name`) resolve at most this often (the `yaml` package's `maxAliasCount`): no “billion laughs”. */
export const MAX_PACK_ALIASES = 100;

const DEFAULT_RULE = 'lexicon/misused-word';
const DEFAULT_MESSAGE = '“{wrong}”应为“{right}”';

// The YAML parser and the schema validator take ~130 ms to load together, and the
// bundled packs arrive precompiled: load them only when a pack is actually parsed.
let validators: { pack: ValidateFunction; entry: ValidateFunction } | undefined;

/** The raw shape a pack has in YAML or JSON, before defaults are filled in. */
export interface RulePackInput {
  id: string;
  name: string;
  description?: string;
  rule?: string;
  category?: string;
  severity?: Severity;
  boundary?: Boundary;
  message?: string;
  /** Citations by short name, for the entries' `source`. */
  sources?: Record<string, string>;
  entries: {
    wrong: string | string[];
    /** Absent when the fix depends on the context: the entry is reported without a suggestion. */
    right?: string | string[];
    note?: string;
    unless?: string[];
    severity?: Severity;
    boundary?: Boundary;
    source?: string;
    unquoted?: boolean;
    outdatedFrom?: string;
  }[];
  examples: { invalid: { text: string; output?: string }[]; valid: string[] };
}

/** Parses and validates a YAML (or JSON) pack. Throws a PackError naming file, line, entry and reason. */
export function parsePackText(text: string, source: string): RulePack {
  const bytes = utf8Length(text);
  if (bytes > MAX_PACK_BYTES) {
    throw new PackError([{ source, reason: tooLarge(bytes) }]);
  }
  const binary = /[\u0000\uFFFD]/.exec(text);
  if (binary) {
    const line = lineAt(text, binary.index);
    throw new PackError([
      binary[0] === '\u0000'
        ? { source, line, reason: '含有二进制内容（NUL 字符），不是文本文件' }
        : { source, line, reason: '含有无法解码的字节：规则包应为 UTF-8 编码（GBK/GB18030 文件请先另存为 UTF-8）' },
    ]);
  }
  const { LineCounter, parseDocument, isNode, isAlias, visit } = optionalModule('yaml');
  const lineCounter = new LineCounter();
  let doc: Yaml.Document.Parsed;
  try {
    doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  } catch (e) {
    throw new PackError([{ source, reason: hostileInput(e) }]);
  }
  if (doc.errors.length > 0) {
    // A stack overflow while composing leaves a trail of follow-up errors: the first says it all.
    const overflow = doc.errors.find((e) => e.code === 'RESOURCE_EXHAUSTION');
    throw new PackError(
      (overflow ? [overflow] : doc.errors).map((e) => ({
        source,
        line: lineCounter.linePos(e.pos[0]).line,
        reason: e === overflow ? TOO_DEEP : `YAML 语法错误：${YAML_ERRORS[e.code] ?? e.message.split('\n')[0]}`,
      })),
    );
  }
  // An alias before its anchor: found here, with its line (toJS would only say that it failed).
  const anchors = new Set<string>();
  let unresolved: Yaml.Alias | undefined;
  visit(doc, {
    Node(_, node) {
      if (isAlias(node) && !anchors.has(node.source)) {
        unresolved = node;
        return visit.BREAK;
      }
      if (!isAlias(node) && node.anchor) anchors.add(node.anchor);
      return undefined;
    },
  });
  if (unresolved) {
    const line = unresolved.range ? lineCounter.linePos(unresolved.range[0]).line : undefined;
    throw new PackError([{ source, ...(line && { line }), reason: `YAML 语法错误：${YAML_ERRORS.BAD_ALIAS}（*${unresolved.source}）` }]);
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_PACK_ALIASES });
  } catch (e) {
    throw new PackError([{ source, reason: hostileInput(e) }]);
  }
  const lineOf = (path: (string | number)[]): number | undefined => {
    const node = doc.getIn(path, true);
    return isNode(node) && node.range ? lineCounter.linePos(node.range[0]).line : undefined;
  };
  return validatePack(data, source, lineOf);
}

const TOO_DEEP = '嵌套层数过多，无法解析（规则包只需要几层缩进）';

/** The reason for what the YAML parser throws on hostile input; anything else is a bug, rethrown. */
function hostileInput(e: unknown): string {
  if (e instanceof ReferenceError && /^Excessive alias count/.test(e.message)) {
    return `YAML 别名（*名称）展开次数超过上限 ${MAX_PACK_ALIASES}，疑似“YAML 炸弹”，拒绝解析`;
  }
  if (e instanceof RangeError) return TOO_DEEP;
  throw e;
}

/** Why a pack of `bytes` bytes is refused. */
export function tooLarge(bytes: number): string {
  return `文件过大（${megabytes(bytes)}，上限 ${megabytes(MAX_PACK_BYTES)}），请拆分为多个规则包`;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`;
}

/** 1-based line of `offset`. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * Validates pack data (already parsed) against the schema and the rules of
 * docs/pack-format.md, and fills in defaults.
 */
export function validatePack(data: unknown, source: string, lineOf: (path: (string | number)[]) => number | undefined = () => undefined): RulePack {
  const errors = schemaErrors(data);
  if (errors.length > 0) throw new PackError(schemaProblems(errors, data, source, lineOf));
  const input = data as RulePackInput;
  const packSeverity = input.severity ?? 'error';
  const packBoundary = input.boundary ?? 'none';
  const problems: PackProblem[] = [];
  for (const placeholder of (input.message ?? '').match(/\{[^}]*\}/g) ?? []) {
    if (!['{wrong}', '{right}', '{note}'].includes(placeholder)) problems.push({ source, line: lineOf(['message']), where: 'message', reason: `未知占位符 ${placeholder}，可用 {wrong} {right} {note}` });
  }
  const usesRight = (input.message ?? DEFAULT_MESSAGE).includes('{right}');
  const seen = new Map<string, number>();
  const entries: PackEntry[] = input.entries.map((raw, i) => {
    const entry: PackEntry = {
      wrong: toList(raw.wrong),
      right: raw.right === undefined ? [] : toList(raw.right),
      unless: raw.unless ?? [],
      severity: raw.severity ?? packSeverity,
      boundary: raw.boundary ?? packBoundary,
      ...(raw.note !== undefined && { note: raw.note }),
      ...(raw.source !== undefined && { source: input.sources?.[raw.source] ?? raw.source }),
      ...(raw.unquoted === true && { unquoted: true }),
      ...(raw.outdatedFrom !== undefined && { outdatedFrom: raw.outdatedFrom }),
    };
    const where = describeEntry(i, entry);
    const add = (reason: string) => problems.push({ source, line: lineOf(['entries', i]), where, reason });
    if (entry.right.length === 0 && usesRight) add('缺少字段“right”：本规则包的 message 用到 {right}（不给修改建议的条目只能用于不含 {right} 的 message）');
    if (entry.outdatedFrom !== undefined && !isCalendarDate(entry.outdatedFrom)) add(`outdatedFrom“${entry.outdatedFrom}”不是有效日期`);
    for (const w of entry.wrong) {
      if (Array.from(w).length < 2) add(`错误词形“${w}”少于 2 个字，单字匹配误报太多`);
      if (hasLoneSurrogate(w)) add(`错误词形“${w}”含有不成对的代理字符`);
      if (entry.right.includes(w)) add(`正确词形与错误词形相同：“${w}”`);
      const first = seen.get(w);
      if (first !== undefined) add(`错误词形“${w}”与第 ${first + 1} 条重复`);
      else seen.set(w, i);
    }
    for (const u of entry.unless) {
      if (!entry.wrong.some((w) => u.includes(w))) add(`unless 中的“${u}”不含任何错误词形，永远不会生效`);
    }
    return entry;
  });
  if (problems.length > 0) throw new PackError(problems);
  return {
    id: input.id,
    name: input.name,
    ...(input.description !== undefined && { description: input.description }),
    rule: input.rule ?? DEFAULT_RULE,
    category: input.category ?? 'typo',
    severity: packSeverity,
    message: input.message ?? DEFAULT_MESSAGE,
    entries,
    examples: { invalid: input.examples.invalid, valid: input.examples.valid },
    source,
  };
}

/**
 * The schema's complaints about `data`. The pack is validated without its entries,
 * then entry by entry: Ajv collects all errors of one run by concatenating arrays, which
 * takes quadratic time when 100,000 entries are each wrong; entry by entry it is linear.
 */
function schemaErrors(data: unknown): ErrorObject[] {
  if (!validators) {
    const { Ajv } = optionalModule('ajv');
    const ajv = new Ajv({ allErrors: true, strict: true });
    ajv.addSchema(schema);
    const { $id, ...packOnly } = structuredClone(schema);
    delete (packOnly.properties.entries as { items?: unknown }).items;
    validators = { pack: ajv.compile(packOnly), entry: ajv.compile({ $ref: `${$id}#/properties/entries/items` }) };
  }
  const { pack, entry } = validators;
  const errors = pack(data) ? [] : [...(pack.errors ?? [])];
  const entries = (data as { entries?: unknown } | null)?.entries;
  if (Array.isArray(entries) && entries.length <= schema.properties.entries.maxItems) {
    entries.forEach((item, i) => {
      if (!entry(item)) errors.push(...(entry.errors ?? []).map((e) => ({ ...e, instancePath: `/entries/${i}${e.instancePath}` })));
    });
  }
  return errors;
}

/** `第 12 条（“按装”）`, 1-based as editors count. */
export function describeEntry(index: number, entry: { wrong: string[] }): string {
  const shown = entry.wrong.slice(0, 3).map((w) => clip(w, 20));
  return `第 ${index + 1} 条（“${shown.join('”/“')}”${entry.wrong.length > 3 ? ' 等' : ''}）`;
}

/** `text` cut to `max` characters, so an overlong value does not flood the message. */
function clip(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
}

/** The YAML parser's messages that editors meet, in Chinese; others pass through. */
const YAML_ERRORS: Record<string, string> = {
  DUPLICATE_KEY: '同一层级的字段名重复',
  BAD_INDENT: '缩进不对',
  TAB_AS_INDENT: '不能用制表符缩进，请用空格',
  MISSING_CHAR: '缺少配对的符号（引号或括号未闭合）',
  BLOCK_AS_IMPLICIT_KEY: '字段名写法不对（冒号后缺空格或缩进有误）',
  MULTILINE_IMPLICIT_KEY: '字段名不能跨行',
  UNEXPECTED_TOKEN: '出现意外的符号',
  MULTIPLE_DOCS: '一个文件只能有一个规则包（发现了以 --- 分隔的多个 YAML 文档）',
  BAD_ALIAS: '别名（*名称）前面没有对应的锚点（&名称）',
};

/** YYYY-MM-DD naming a day that exists. */
function isCalendarDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function toList(v: string | string[]): string[] {
  return typeof v === 'string' ? [v] : v;
}

/** Validator messages in Chinese, for editors (also for the political data's schema). */
export function schemaMessage(e: ErrorObject): string {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperties':
      return `未知字段“${String(p.additionalProperty)}”`;
    case 'required':
      return `缺少字段“${String(p.missingProperty)}”`;
    case 'enum':
      return `取值应为 ${(p.allowedValues as unknown[]).join(' | ')}`;
    case 'type':
      return `应为${typeName(String(p.type))}`;
    case 'minItems':
      return `至少需要 ${String(p.limit)} 项`;
    case 'maxItems':
      return `最多 ${String(p.limit)} 项`;
    case 'minLength':
      return '不能为空';
    case 'maxLength':
      return `最多 ${String(p.limit)} 个字符`;
    case 'pattern':
      return /\^\[\^\\r\\n\]/.test(String(p.pattern)) ? '不能包含换行' : '只能包含小写字母、数字、- 和 /';
    default:
      return e.message ?? e.keyword;
  }
}

function schemaProblems(errors: ErrorObject[], data: unknown, source: string, lineOf: (path: (string | number)[]) => number | undefined): PackProblem[] {
  const problems = new Map<string, PackProblem>();
  for (const { error: e, message } of explainErrors(errors)) {
    const path = e.instancePath.split('/').slice(1).map((p) => (/^\d+$/.test(p) ? Number(p) : p));
    let where: string | undefined;
    if (path[0] === 'entries' && typeof path[1] === 'number') {
      const raw = (data as RulePackInput).entries[path[1]] as { wrong?: unknown } | undefined;
      const wrong = typeof raw?.wrong === 'string' ? [raw.wrong] : Array.isArray(raw?.wrong) ? raw.wrong.map(String) : [];
      where = describeEntry(path[1], { wrong });
    }
    const field = e.instancePath || '(根)';
    const reason =
      e.instancePath === '' && Array.isArray(data)
        ? '文件的顶层是列表，规则包应为“字段: 值”映射（id、name、entries、examples）'
        : e.instancePath === '' && (data === null || typeof data !== 'object')
          ? '文件为空，或不是“字段: 值”形式的 YAML'
          : `${field}: ${message}`;
    problems.set(`${where}|${reason}`, { source, line: lineOf(path.slice(0, 2)), ...(where && { where }), reason });
  }
  return [...problems.values()];
}

/**
 * The validator's errors worth showing, in order, each with its message. A `oneOf` (a
 * string or a list of strings) fails in every branch: the branch that fits the value's
 * type says what is wrong (“最多 100 个字符”), so the other branch's type complaint
 * (“应为列表”) is dropped; when no branch fits, the complaints merge (“应为文字或列表”).
 */
function explainErrors(errors: ErrorObject[]): { error: ErrorObject; message: string }[] {
  // oneOf failures repeat what their branches said; the branch errors are clearer.
  const shown = errors.filter((e) => e.keyword !== 'oneOf');
  // Every path at or above an error other than a type error (a set: a pack may have 100,000 errors).
  const explained = new Set<string>();
  for (const e of shown) {
    if (e.keyword === 'type') continue;
    for (let path = e.instancePath; !explained.has(path); path = path.slice(0, Math.max(0, path.lastIndexOf('/')))) {
      explained.add(path);
      if (path === '') break;
    }
  }
  const out: { error: ErrorObject; message: string }[] = [];
  const typesAt = new Map<string, { error: ErrorObject; message: string; names: string[] }>();
  for (const e of shown) {
    if (e.keyword !== 'type') {
      out.push({ error: e, message: schemaMessage(e) });
      continue;
    }
    if (explained.has(e.instancePath)) continue;
    const name = typeName(String((e.params as { type: unknown }).type));
    const merged = typesAt.get(e.instancePath);
    if (!merged) {
      const entry = { error: e, message: `应为${name}`, names: [name] };
      typesAt.set(e.instancePath, entry);
      out.push(entry);
    } else if (!merged.names.includes(name)) {
      merged.names.push(name);
      merged.message = `应为${merged.names.join('或')}`;
    }
  }
  return out;
}

function typeName(type: string): string {
  return ({ array: '列表', string: '文字', object: '“字段: 值”映射', boolean: '布尔值', number: '数字' } as Record<string, string>)[type] ?? type;
}

/** The UTF-8 size of `text`, without encoding it (a lone surrogate counts 3 bytes, as its U+FFFD replacement). */
function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) bytes += 1;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 2;
      i++;
    } else bytes += 2;
  }
  return bytes;
}
