import type { ErrorObject } from 'ajv';
import { createRequire } from 'node:module';

const TYPES: Record<string, string> = { array: '数组', object: '对象', string: '字符串', boolean: '布尔值（true 或 false）', number: '数字', integer: '整数' };

/**
 * A config file's schema errors, in Chinese, each naming the key (`rules.foo`, `packs[0]`):
 * the common ones written out, the rest localised by ajv-i18n.
 */
export function describeConfigErrors(errors: readonly ErrorObject[], known: readonly string[]): string {
  // Only for the rarer schema errors: loaded then, not at start-up (the CLI is Node-only).
  const localize = createRequire(import.meta.url)('ajv-i18n/localize/zh') as (errors: ErrorObject[]) => void;
  const copies = errors.map((e) => ({ ...e }));
  localize(copies);
  return copies.map((e) => describe(e, known)).join('；');
}

function describe(e: ErrorObject, known: readonly string[]): string {
  const key = keyOf(e.instancePath);
  switch (e.keyword) {
    case 'additionalProperties': {
      const extra = (e.params as { additionalProperty: string }).additionalProperty;
      return key ? `“${key}”中不能有“${extra}”` : `未知的配置项“${extra}”（可用：${known.join('、')}）`;
    }
    case 'type':
      return `“${key || '(根)'}”应为${TYPES[(e.params as { type: string }).type] ?? (e.params as { type: string }).type}`;
    case 'enum':
      return `“${key}”的值无效，应为 ${(e.params as { allowedValues: unknown[] }).allowedValues.join(' | ')}`;
    case 'minLength':
      return `“${key}”不能为空字符串`;
    default:
      return `“${key || '(根)'}”${e.message ?? e.keyword}`;
  }
}

/** `/rules/lexicon~1misused-word` → `rules.lexicon/misused-word`, `/packs/0` → `packs[0]`. */
function keyOf(instancePath: string): string {
  return instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part, i) => (/^\d+$/.test(part) ? `[${part}]` : i === 0 ? part : `.${part}`))
    .join('');
}
