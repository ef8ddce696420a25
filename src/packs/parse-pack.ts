import { createRequire } from 'node:module';
import type { Ajv as AjvClass, ErrorObject } from 'ajv';
import type * as Yaml from 'yaml';
import schema from '../../schemas/rule-pack.schema.json' with { type: 'json' };
import { hasLoneSurrogate } from '../text/unicode.js';
import type { Severity } from '../types.js';
import { PackError, type PackProblem } from './pack-error.js';
import type { Boundary, PackEntry, RulePack } from './types.js';

/** Packs larger than this are refused before parsing: they are not hand-edited dictionaries. */
export const MAX_PACK_BYTES = 8 * 1024 * 1024;

const DEFAULT_RULE = 'lexicon/misused-word';
const DEFAULT_MESSAGE = '“{wrong}”应为“{right}”';

// The YAML parser and the schema validator take ~130 ms to load together, and the
// bundled packs arrive precompiled: load them only when a pack is actually parsed.
const require = createRequire(import.meta.url);
let validateSchema: ReturnType<AjvClass['compile']> | undefined;

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
  entries: {
    wrong: string | string[];
    right: string | string[];
    note?: string;
    unless?: string[];
    severity?: Severity;
    boundary?: Boundary;
  }[];
  examples: { invalid: { text: string; output?: string }[]; valid: string[] };
}

/** Parses and validates a YAML (or JSON) pack. Throws a PackError naming file, line, entry and reason. */
export function parsePackText(text: string, source: string): RulePack {
  if (text.length > MAX_PACK_BYTES) {
    throw new PackError([{ source, reason: `文件过大（${text.length} 字符，上限 ${MAX_PACK_BYTES}）` }]);
  }
  const { LineCounter, parseDocument, isNode } = require('yaml') as typeof Yaml;
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    throw new PackError(
      doc.errors.map((e) => ({ source, line: lineCounter.linePos(e.pos[0]).line, reason: `YAML 语法错误：${YAML_ERRORS[e.code] ?? e.message.split('\n')[0]}` })),
    );
  }
  const data: unknown = doc.toJS({ maxAliasCount: 100 });
  const lineOf = (path: (string | number)[]): number | undefined => {
    const node = doc.getIn(path, true);
    return isNode(node) && node.range ? lineCounter.linePos(node.range[0]).line : undefined;
  };
  return validatePack(data, source, lineOf);
}

/**
 * Validates pack data (already parsed) against the schema and the rules of
 * docs/pack-format.md, and fills in defaults.
 */
export function validatePack(data: unknown, source: string, lineOf: (path: (string | number)[]) => number | undefined = () => undefined): RulePack {
  if (!validateSchema) {
    const { Ajv } = require('ajv') as { Ajv: typeof AjvClass };
    validateSchema = new Ajv({ allErrors: true, strict: true }).compile(schema);
  }
  if (!validateSchema(data)) {
    throw new PackError(schemaProblems(validateSchema.errors ?? [], data, source, lineOf));
  }
  const input = data as RulePackInput;
  const packSeverity = input.severity ?? 'error';
  const packBoundary = input.boundary ?? 'none';
  const problems: PackProblem[] = [];
  for (const placeholder of (input.message ?? '').match(/\{[^}]*\}/g) ?? []) {
    if (!['{wrong}', '{right}', '{note}'].includes(placeholder)) problems.push({ source, line: lineOf(['message']), where: 'message', reason: `未知占位符 ${placeholder}，可用 {wrong} {right} {note}` });
  }
  const seen = new Map<string, number>();
  const entries: PackEntry[] = input.entries.map((raw, i) => {
    const entry: PackEntry = {
      wrong: toList(raw.wrong),
      right: toList(raw.right),
      unless: raw.unless ?? [],
      severity: raw.severity ?? packSeverity,
      boundary: raw.boundary ?? packBoundary,
      ...(raw.note !== undefined && { note: raw.note }),
    };
    const where = describeEntry(i, entry);
    const add = (reason: string) => problems.push({ source, line: lineOf(['entries', i]), where, reason });
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

/** `第 12 条（“按装”）`, 1-based as editors count. */
export function describeEntry(index: number, entry: { wrong: string[] }): string {
  return `第 ${index + 1} 条（“${entry.wrong.join('”/“')}”）`;
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
};

function toList(v: string | string[]): string[] {
  return typeof v === 'string' ? [v] : v;
}

/** Validator messages in Chinese, for editors. */
function schemaMessage(e: ErrorObject): string {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperties':
      return `未知字段“${String(p.additionalProperty)}”`;
    case 'required':
      return `缺少字段“${String(p.missingProperty)}”`;
    case 'enum':
      return `取值应为 ${(p.allowedValues as unknown[]).join(' | ')}`;
    case 'type':
      return `应为${({ array: '列表', string: '文字', object: '“字段: 值”映射', boolean: '布尔值', number: '数字' } as Record<string, string>)[String(p.type)] ?? String(p.type)}`;
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
  for (const e of errors) {
    // oneOf failures repeat what their branches said; the branch errors are clearer.
    if (e.keyword === 'oneOf') continue;
    const path = e.instancePath.split('/').slice(1).map((p) => (/^\d+$/.test(p) ? Number(p) : p));
    let where: string | undefined;
    if (path[0] === 'entries' && typeof path[1] === 'number') {
      const raw = (data as RulePackInput).entries[path[1]] as { wrong?: unknown } | undefined;
      const wrong = typeof raw?.wrong === 'string' ? [raw.wrong] : Array.isArray(raw?.wrong) ? raw.wrong.map(String) : [];
      where = describeEntry(path[1], { wrong });
    }
    const field = e.instancePath || '(根)';
    const reason = e.instancePath === '' && (data === null || typeof data !== 'object') ? '文件为空，或不是“字段: 值”形式的 YAML' : `${field}: ${schemaMessage(e)}`;
    problems.set(`${where}|${reason}`, { source, line: lineOf(path.slice(0, 2)), ...(where && { where }), reason });
  }
  return [...problems.values()];
}
