// The split rule of test/fixtures/real-errors/errors.tsv: a row is `test` when the FNV-1a
// 32-bit hash of the UTF-8 bytes of its `right` column is 0 mod 3, `tune` otherwise. Hashing
// the corrected text keeps the part fixed before any tuning and puts rows with the same
// correction in the same part. Reproduces all 72 rows the set was started with.
//   node scripts/data/real-errors-split.mjs          check every row, exit 1 on a mismatch
//   node scripts/data/real-errors-split.mjs --write  fill in the split column of every row
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ERRORS_TSV = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'test', 'fixtures', 'real-errors', 'errors.tsv');

export function fnv1a32(text) {
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(text, 'utf8')) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return hash;
}

export function splitOf(right) {
  return fnv1a32(right) % 3 === 0 ? 'test' : 'tune';
}

/** Rows whose split column disagrees with the rule, as { line, split, expected, right }. */
export function splitMismatches(tsv) {
  const mismatches = [];
  tsv.split('\n').forEach((line, index) => {
    if (!line || line.startsWith('#')) return;
    const [split, , , right] = line.split('\t');
    const expected = splitOf(right ?? '');
    if (split !== expected) mismatches.push({ line: index + 1, split, expected, right });
  });
  return mismatches;
}

function writeSplits(tsv) {
  return tsv
    .split('\n')
    .map((line) => {
      if (!line || line.startsWith('#')) return line;
      const columns = line.split('\t');
      columns[0] = splitOf(columns[3] ?? '');
      return columns.join('\t');
    })
    .join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const tsv = readFileSync(ERRORS_TSV, 'utf8');
  if (process.argv.includes('--write')) {
    writeFileSync(ERRORS_TSV, writeSplits(tsv));
  } else {
    const mismatches = splitMismatches(tsv);
    for (const m of mismatches) console.error(`errors.tsv:${m.line}: split ${m.split}, the rule says ${m.expected} (${m.right})`);
    process.exitCode = mismatches.length ? 1 : 0;
  }
}
