#!/usr/bin/env node
// Build step after tsup: parses and validates dictionaries/*.yaml with the built
// parser and writes dist/builtin-packs.json, which the package loads at start-up
// instead of parsing YAML (see src/packs/builtin.ts).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePackText } from '../dist/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const files = readdirSync(join(root, 'dictionaries')).filter((f) => f.endsWith('.yaml') || f.endsWith('.yml')).sort();
let packs;
try {
  packs = files.map((f) => parsePackText(readFileSync(join(root, 'dictionaries', f), 'utf8'), `dictionaries/${f}`));
} catch (e) {
  console.error(e.name === 'PackError' ? e.message : e);
  process.exit(1);
}
writeFileSync(join(root, 'dist', 'builtin-packs.json'), JSON.stringify(packs));
const entries = packs.reduce((n, p) => n + p.entries.length, 0);
console.log(`dist/builtin-packs.json: ${packs.length} packs, ${entries} entries`);
