// Build step after tsup (run with tsx): computes every artefact of src/compiled/artefacts.ts
// from dictionaries/ — bundled packs parsed and validated, their matcher, the political
// data checked, its near-miss index, the word lists — and writes each to dist/ (format:
// src/compiled/artefact-file.ts), which the built package reads at start-up instead of
// computing it.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeArtefactFile } from '../src/compiled/artefact-file.js';
import { ARTEFACTS } from '../src/compiled/artefacts.js';
import { PackError } from '../src/packs/pack-error.js';

const dist = join(import.meta.dirname, '..', 'dist');
try {
  for (const artefact of ARTEFACTS) {
    const bytes = writeArtefactFile(artefact.file, artefact.store(artefact.compute()));
    writeFileSync(join(dist, artefact.file), bytes);
    console.log(`dist/${artefact.file}: ${Math.round(bytes.length / 1024)} KB`);
  }
} catch (e) {
  console.error(e instanceof PackError ? e.message : e);
  process.exit(1);
}
