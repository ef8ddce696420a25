import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dictionaryDir } from '../dictionaries.js';
import { parsePackText } from './parse-pack.js';
import type { RulePack } from './types.js';

/** Paths of the bundled rule packs, in a stable order. */
export function builtinPackFiles(): string[] {
  const dir = dictionaryDir();
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
    .sort()
    .map((f) => join(dir, f));
}

/**
 * Written next to the built module by scripts/compile-packs.mjs: the bundled packs
 * already parsed and validated, so a start needs neither the YAML parser nor the
 * schema validator.
 */
export const COMPILED_PACKS = 'builtin-packs.json';

/** The bundled packs. Their examples are verified by the test suite, not at every start. */
export function loadBuiltinPacks(): RulePack[] {
  const compiled = join(dirname(fileURLToPath(import.meta.url)), COMPILED_PACKS);
  if (existsSync(compiled)) return JSON.parse(readFileSync(compiled, 'utf8')) as RulePack[];
  return parseBuiltinPacks();
}

/** Reads and validates dictionaries/*.yaml (what runs from src/, and what the build compiles). */
export function parseBuiltinPacks(): RulePack[] {
  return builtinPackFiles().map((file) => parsePackText(readFileSync(file, 'utf8'), relativeName(file)));
}

function relativeName(file: string): string {
  return `dictionaries/${file.slice(dictionaryDir().length + 1)}`;
}
