// The ECSpell development set (../shared/data/ecspell/odw.train.tsv) in two fixed halves,
// grouped by target sentence so that a sentence and its corrupted copies stay together:
// thresholds are tuned on `tune` only, and `test` says how well they carry over.
// The rule: FNV-1a (32-bit) of the target's UTF-16 code units, even → tune, odd → test.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DEV_FILE = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared', 'data', 'ecspell', 'odw.train.tsv');

export function splitOf(target) {
  let h = 0x811c9dc5;
  for (let i = 0; i < target.length; i++) h = Math.imul(h ^ target.charCodeAt(i), 0x01000193);
  return (h >>> 0) % 2 === 0 ? 'tune' : 'test';
}

/** Rows { source, target, split } with source and target of equal length, as scored. */
export function readDevSet(file = DEV_FILE) {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.split('\t'))
    .filter((r) => r.length >= 3 && r[1].length === r[2].length)
    .map(([, source, target]) => ({ source, target, split: splitOf(target) }));
}
