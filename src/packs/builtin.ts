import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dictionaryDir, readCompiled } from '../dictionaries.js';
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
  return readCompiled<RulePack[]>(COMPILED_PACKS) ?? parseBuiltinPacks();
}

/** Reads and validates dictionaries/*.yaml (what runs from src/, and what the build compiles). */
export function parseBuiltinPacks(): RulePack[] {
  return builtinPackFiles().map((file) => parsePackText(readFileSync(file, 'utf8'), relativeName(file)));
}

function relativeName(file: string): string {
  return `dictionaries/${file.slice(dictionaryDir().length + 1)}`;
}
