// Build step after tsup (run with tsx): computes every artefact of src/compiled/artefacts.ts
// from dictionaries/ — bundled packs parsed and validated, their matcher, the political
// data checked, its near-miss index, the word lists — and writes each to dist/ as JSON,
// which the built package reads at start-up instead of computing it.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTEFACTS } from '../src/compiled/artefacts.js';
import { PackError } from '../src/packs/pack-error.js';

const dist = join(import.meta.dirname, '..', 'dist');

/** Non-ASCII characters as \u escapes: node reads a file of plain ASCII fastest, and JSON.parse decodes only the strings that hold them. */
const asciiOnly = (json: string) => json.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
try {
  for (const artefact of ARTEFACTS) {
    const json = asciiOnly(JSON.stringify(artefact.store(artefact.compute())));
    writeFileSync(join(dist, artefact.file), json);
    console.log(`dist/${artefact.file}: ${Math.round(Buffer.byteLength(json) / 1024)} KB`);
  }
} catch (e) {
  console.error(e instanceof PackError ? e.message : e);
  process.exit(1);
}
