import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Ajv as AjvClass } from 'ajv';
import { optionalModule } from '../platform/platform.js';
import schema from '../../schemas/config.schema.json' with { type: 'json' };
import { ConfigError } from '../proofreader.js';
import type { RuleLevel } from '../types.js';
import { describeConfigErrors } from './config-errors.js';

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

/** `（第 2 行第 5 列）` from V8's "… at position 17", or nothing when it gives none. */
function whereJsonFails(text: string, message: string): string {
  const at = /at position (\d+)/.exec(message);
  if (!at) {
    if (text.trim() === '') return '（文件为空）';
    const token = /Unexpected token '(.+?)'/.exec(message);
    return token ? `（意外的“${token[1]}”）` : /end of JSON/.test(message) ? '（内容不完整）' : '';
  }
  const before = text.slice(0, Number(at[1]));
  const line = before.split('\n').length;
  return `（第 ${line} 行第 ${before.length - before.lastIndexOf('\n')} 列）`;
}

/** Reads and validates a config file; pack paths become absolute. Errors name the file and the field. */
export function readConfig(file: string): Config {
  let text: string;
  let data: unknown;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new ConfigError(`${file}: 无法读取配置（${(e as NodeJS.ErrnoException).code ?? (e as Error).message}）`);
  }
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new ConfigError(`${file}: 配置不是有效的 JSON${whereJsonFails(text, (e as Error).message)}`);
  }
  if (!validate) {
    const { Ajv } = optionalModule('ajv');
    validate = new Ajv({ allErrors: true, strict: true }).compile(schema);
  }
  if (!validate(data)) {
    throw new ConfigError(`${file}: 配置无效：${describeConfigErrors(validate.errors ?? [], Object.keys(schema.properties))}`);
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
