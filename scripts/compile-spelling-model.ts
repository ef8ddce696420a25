// Compiles the spelling detector's model (src/rules/spelling/) from dictionaries/ into
// dist/spelling-model.bin, typed arrays the library maps without parsing. Run by
// `npm run build` after tsup.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildModelFromDictionaries, MODEL_FILE } from '../src/rules/spelling/model.js';
import { encodeModel } from '../src/rules/spelling/model-file.js';

const out = join(import.meta.dirname, '..', 'dist', MODEL_FILE);
const bytes = encodeModel(buildModelFromDictionaries());
writeFileSync(out, bytes);
console.log(`${out}: ${(bytes.length / 1048576).toFixed(1)} MiB`);
