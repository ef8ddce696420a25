import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Ajv as AjvClass } from 'ajv';
import { optionalModule } from '../platform/platform.js';
import schema from '../../schemas/config.schema.json' with { type: 'json' };
import { ConfigError } from '../proofreader.js';
import type { RuleLevel } from '../types.js';

/** File names looked for, nearest directory first, in this order within a directory. */
export const CONFIG_FILES = ['gongwen.config.json', '.gongwenrc.json'];

export interface Config {
  /** The file it came from, or undefined for no config. */
  file?: string;
  packs: string[];
  builtinPacks?: boolean;
  allow: string[];
  rules: Record<string, RuleLevel>;
}

let validate: ReturnType<AjvClass['compile']> | undefined;
const foundIn = new Map<string, string | undefined>();

/** The nearest config file at or above `dir`, or undefined. Cached per directory. */
export function findConfigFile(dir: string): string | undefined {
  const start = resolve(dir);
  if (foundIn.has(start)) return foundIn.get(start);
  let found: string | undefined;
  for (const name of CONFIG_FILES) if (existsSync(join(start, name))) found ??= join(start, name);
  const parent = dirname(start);
  if (!found && parent !== start) found = findConfigFile(parent);
  foundIn.set(start, found);
  return found;
}

/** Reads and validates a config file; pack paths become absolute. Errors name the file and the field. */
export function readConfig(file: string): Config {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new ConfigError(`${file}: 无法读取配置：${(e as Error).message}`);
  }
  if (!validate) {
    const { Ajv } = optionalModule('ajv');
    validate = new Ajv({ allErrors: true, strict: true }).compile(schema);
  }
  if (!validate(data)) {
    const problems = (validate.errors ?? []).map((e) => `${e.instancePath || '(根)'} ${e.message ?? e.keyword}${e.keyword === 'additionalProperties' ? `：${(e.params as { additionalProperty: string }).additionalProperty}` : ''}`);
    throw new ConfigError(`${file}: 配置无效：${problems.join('；')}`);
  }
  const config = data as Omit<Config, 'file'>;
  return {
    file,
    packs: (config.packs ?? []).map((p) => resolve(dirname(file), p)),
    ...(config.builtinPacks !== undefined && { builtinPacks: config.builtinPacks }),
    allow: config.allow ?? [],
    rules: config.rules ?? {},
  };
}
