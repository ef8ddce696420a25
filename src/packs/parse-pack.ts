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
      doc.errors.map((e) => ({ source, line: lineCounter.linePos(e.pos[0]).line, reason: `YAML 语法错误：${e.message.split('\n')[0]}` })),
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

/** `entry 12 (“按装”)`, 1-based as editors count. */
export function describeEntry(index: number, entry: { wrong: string[] }): string {
  return `entry ${index + 1} (“${entry.wrong.join('”/“')}”)`;
}

function toList(v: string | string[]): string[] {
  return typeof v === 'string' ? [v] : v;
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
    const detail =
      e.keyword === 'additionalProperties'
        ? `未知字段“${(e.params as { additionalProperty: string }).additionalProperty}”`
        : e.keyword === 'required'
          ? `缺少字段“${(e.params as { missingProperty: string }).missingProperty}”`
          : e.keyword === 'enum'
            ? `取值应为 ${(e.params as { allowedValues: unknown[] }).allowedValues.join(' | ')}`
            : e.message ?? e.keyword;
    const reason = `${field}: ${detail}`;
    problems.set(`${where}|${reason}`, { source, line: lineOf(path.slice(0, 2)), ...(where && { where }), reason });
  }
  return [...problems.values()];
}
