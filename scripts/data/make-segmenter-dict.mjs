#!/usr/bin/env node
// Regenerates dictionaries/segmenter/jieba-gongwen.txt from the jieba dictionary that
// @node-rs/jieba ships: every word with frequency >= MIN_FREQUENCY, plus the rarer
// jieba words that the official-document word list (ECSpell 公文写作) contains, plus
// idioms, set phrases and words with a doubled character down to RARE_KEPT (the
// repeated-word rule must see 不了了之 and 井井有条 whole). Loading it takes about a
// tenth of the full dictionary's time; see README there.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const MIN_FREQUENCY = 100;
const RARE_KEPT = 10;
const doubled = (word) => /(.)\1/u.test(word) || /(..)\1/u.test(word);
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
const full = readFileSync(join(dirname(require.resolve('@node-rs/jieba/package.json')), 'dict.txt'), 'utf8');
const lexiconFile = process.argv[2] ?? join(root, '..', 'shared', 'data', 'lexicon', 'gongwen-words.tsv');
const official = new Set(readFileSync(lexiconFile, 'utf8').split('\n').map((l) => l.split('\t')[0].trim()).filter(Boolean));

const kept = full.split('\n').filter((line) => {
  const [word, frequency, tag] = line.split(' ');
  if (!word) return false;
  const f = Number(frequency);
  return f >= MIN_FREQUENCY || official.has(word) || (f >= RARE_KEPT && (tag === 'i' || tag === 'l' || doubled(word)));
});
const out = join(root, 'dictionaries', 'segmenter', 'jieba-gongwen.txt');
writeFileSync(out, `${kept.join('\n')}\n`);
console.log(`${out}: ${kept.length} words`);
