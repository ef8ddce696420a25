// jieba's full dictionary as @node-rs/jieba ships it (dict.txt, MIT, from fxsjy/jieba) and the
// segmenter's reduced list made from it: read by the generators that want the words the
// segmenter leaves out (make-rare-words.mjs, make-short-words.mjs).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const jiebaDir = dirname(createRequire(import.meta.url).resolve('@node-rs/jieba/package.json'));

/** `{ version, entries }`: the package's version and dict.txt's lines as `{ word, frequency }`, in file order. */
export function readJiebaDictionary() {
  const version = JSON.parse(readFileSync(join(jiebaDir, 'package.json'), 'utf8')).version;
  const entries = readFileSync(join(jiebaDir, 'dict.txt'), 'utf8')
    .split('\n')
    .map((line) => line.split(' '))
    .filter(([word]) => word)
    .map(([word, frequency]) => ({ word, frequency: Number(frequency), frequencyText: frequency }));
  return { version, entries };
}

/** The words of the segmenter's reduced list (dictionaries/segmenter/jieba-gongwen.txt). */
export function readSegmenterWords() {
  return new Set(
    readFileSync(join(root, 'dictionaries', 'segmenter', 'jieba-gongwen.txt'), 'utf8')
      .split('\n')
      .map((l) => l.split(' ')[0]),
  );
}
