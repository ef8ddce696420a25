// The benchmark text: the shared corpus bulletins, joined and repeated (speed.mjs, compare.mjs).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const corpusDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared', 'corpus');

/** The corpus files (line breaks normalised) and their concatenation; exits with a message when the corpus is missing. */
export function readCorpus(script) {
  if (!existsSync(corpusDir)) {
    console.error(`benchmarks/${script}: corpus not found at ${corpusDir}`);
    process.exit(1);
  }
  const files = readdirSync(corpusDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, path: join(corpusDir, name), text: readFileSync(join(corpusDir, name), 'utf8').replace(/\r\n?/g, '\n') }));
  return { files, corpus: files.map((f) => f.text).join('\n') };
}

/** `corpus` repeated (joined by line breaks) until `enough(text)`. */
export function repeatCorpus(corpus, enough) {
  const parts = [];
  let text = '';
  while (!enough(text)) {
    parts.push(corpus);
    text = parts.join('\n');
  }
  return text;
}
