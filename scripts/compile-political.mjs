#!/usr/bin/env node
// Build step: parses dictionaries/political/*.yaml and writes dist/political.json, which
// the political rules read at start-up instead of parsing YAML (see
// src/rules/political/data.ts). The data is validated when the rules load it; the test
// suite checks that the compiled file and the YAML agree.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'dictionaries', 'political');
const files = {};
for (const f of readdirSync(dir).filter((n) => n.endsWith('.yaml')).sort()) {
  try {
    files[f.replace(/\.yaml$/, '')] = parse(readFileSync(join(dir, f), 'utf8'));
  } catch (e) {
    console.error(`dictionaries/political/${f}: ${e.message}`);
    process.exit(1);
  }
}
writeFileSync(join(root, 'dist', 'political.json'), JSON.stringify(files));
console.log(`dist/political.json: ${Object.keys(files).length} files`);
