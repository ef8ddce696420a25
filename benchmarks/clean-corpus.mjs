// Reads clean text for the precision benchmarks. Two layouts:
// - a corpus of documents (scripts/data/build-clean-corpus.ts, or the held-out text of
//   scripts/data/build-context-model.ts): `## ` header lines first, then each document starts
//   with a `# name` line; the name is not part of the text;
// - any other text: paragraphs split by blank lines, each proofread as one text.
// Callers proofread one text at a time, so a corpus of many megabytes costs no more memory
// than its largest document.
import { readFileSync } from 'node:fs';

/** True when the file's first line that is not a `## ` header starts a `# name` document. */
function isDocumentCorpus(lines) {
  for (const line of lines) {
    if (line.startsWith('## ') || line.trim() === '') continue;
    return line.startsWith('# ');
  }
  return false;
}

/** `{ header, texts }`: the header lines and the texts to proofread, each `{ name, text }`. */
export function readCleanText(file) {
  const content = readFileSync(file, 'utf8');
  const lines = content.split('\n');
  if (!isDocumentCorpus(lines)) {
    const texts = content
      .split(/\n\s*\n/)
      .filter((block) => block.trim())
      .map((text, i) => ({ name: `${file} ¶${i + 1}`, text }));
    return { header: [], texts };
  }
  const header = [];
  const texts = [];
  let current;
  for (const line of lines) {
    if (line.startsWith('# ')) {
      current = { name: line.slice(2), lines: [] };
      texts.push(current);
    } else if (!current) {
      if (line.startsWith('## ')) header.push(line.slice(3));
    } else current.lines.push(line);
  }
  return {
    header,
    texts: texts.map((d) => {
      while (d.lines.length && d.lines.at(-1).trim() === '') d.lines.pop();
      return { name: d.name, text: d.lines.join('\n') };
    }),
  };
}
