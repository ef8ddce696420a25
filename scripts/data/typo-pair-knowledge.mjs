// The knowledge the automatic review of wrong → right pairs reads (typo-pair-review.mjs):
// word lists, lexicons, confusion sets, what the packs already hold. Shared by the hand-run
// generators make-typo-pairs.mjs and make-official-typos.mjs.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { createReview, parseConfusion } from './typo-pair-review.mjs';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);

export const read = (file) => readFileSync(file, 'utf8');
export const lines = (file) => read(file).split('\n').map((l) => l.replace(/\s+#.*$/u, '').trim()).filter((l) => l && !l.startsWith('#'));

// The clean corpora of the zero-occurrence check: the context model's training text and the
// clean corpus's dev halves, never its gate half (the gate's count of the packs must stay
// independent: README, Precision on clean text).
export const CLEAN_CORPORA = [
  '/work/corpus-s3/train.txt',
  '/work/clean-corpus/dev.txt',
  '/work/clean-corpus/seen-dev.txt',
  join(root, 'test', 'fixtures', 'clean-sentences.txt'),
  ...['000_138312a856a89047', '001_05e5d552f9d7a5b2', '002_e602cac2ce9f3cda', '003_80f4e3af275babf5', '004_c46531162d7a927c'].map(
    (n) => join(root, '..', 'shared', 'corpus', `${n}.txt`),
  ),
];

/**
 * The wrong and right forms of the bundled packs (dictionaries/packs, dictionaries/political/packs).
 * @param {(file: string) => boolean} [skip] packs left out (the caller's own)
 */
export function packForms(skip = () => false) {
  const wrong = new Set();
  const right = new Set();
  for (const dir of ['dictionaries/packs', 'dictionaries/political/packs']) {
    for (const file of readdirSync(join(root, dir))) {
      if (!file.endsWith('.yaml') || skip(file)) continue;
      const pack = parse(read(join(root, dir, file)));
      for (const e of pack.entries ?? []) {
        for (const w of [e.wrong].flat()) wrong.add(w);
        for (const r of [e.right ?? []].flat()) right.add(r);
      }
    }
  }
  return { wrong, right };
}

/**
 * Loads the knowledge and returns the review (createReview) plus the word lists.
 * @param {(file: string) => boolean} ownPack packs the caller writes (not counted as existing)
 */
export function loadReview(ownPack) {
  const jiebaFull = read(join(dirname(require.resolve('@node-rs/jieba/package.json')), 'dict.txt'));
  const segmenterLines = lines(join(root, 'dictionaries', 'segmenter', 'jieba-gongwen.txt'));
  const segmenterWords = new Set(segmenterLines.map((l) => l.split(' ')[0]));
  const idiomTag = new Set(segmenterLines.filter((l) => / [il]$/u.test(l)).map((l) => l.split(' ')[0]));
  const lexicon = (name) => new Set(lines(join(root, 'dictionaries', 'lexicons', `${name}.txt`)));
  const idioms = lexicon('idioms');
  const officialWords = new Set(lines(join(root, 'dictionaries', 'spelling', 'official-words.txt')));

  // What the other packs already hold.
  const { wrong: packWrong, right: packRight } = packForms(ownPack);

  const shared = join(root, '..', 'shared', 'data', 'lexicon');
  // jieba's words from this frequency on are words a wrong form may not lie inside (合众国: 46).
  const COMMON_FREQUENCY = 10;
  const confusion = parseConfusion(read(join(root, 'dictionaries', 'spelling', 'confusion.tsv')));
  const standardChars = new Set(JSON.parse(read(join(shared, 'standard-chars-simplified-to-traditional.json'))).tgscc_list);
  const fullWords = new Set(jiebaFull.split('\n').map((l) => l.split(' ')[0]).filter(Boolean));
  const { review, needsBoundary } = createReview({
    segmenterWords,
    fullWords,
    commonWords: new Set(jiebaFull.split('\n').filter((l) => Number(l.split(' ')[1]) >= COMMON_FREQUENCY).map((l) => l.split(' ')[0])),
    // Person names and transliterations (尼斯 cut out of 厄尼思特): not words a pair may fix.
    personNames: new Set(jiebaFull.split('\n').filter((l) => / nr[a-z]*$/u.test(l)).map((l) => l.split(' ')[0])),
    // Person and place names, foreign ones too (拉法格, 拉法耶特): a name's start before 会 is no slip.
    names: new Set(jiebaFull.split('\n').filter((l) => / n[rs][a-z]*$/u.test(l)).map((l) => l.split(' ')[0])),
    lexiconWords: new Set(['idioms', 'places', 'law-titles', 'institutions', 'ethnic-groups'].flatMap((n) => [...lexicon(n)])),
    officialWords,
    confusion,
    // 通用规范汉字表: a wrong form with another character is a script matter (script/non-standard-char).
    standardChars,
    // 异形词 pairs are left to the variant packs.
    variantPairs: new Set(
      lines(join(shared, 'variant-pairs.txt')).flatMap((l) => {
        const [a, b] = l.split('-');
        return [`${a}\t${b}`, `${b}\t${a}`];
      }),
    ),
    packWrong,
    packRight,
    // Pairs rejected when the kept pairs were read by hand, with the reason.
    handRejected: new Map(
      read(join(root, 'scripts', 'data', 'typo-pairs-rejected.tsv'))
        .split('\n')
        .filter((l) => l && !l.startsWith('#'))
        .map((l) => l.split('\t'))
        .map(([wrong, right, why]) => [`${wrong}\t${right}`, why]),
    ),
  });
  return { review, needsBoundary, segmenterLines, segmenterWords, fullWords, idiomTag, idioms, officialWords, confusion, standardChars };
}

/** Counts every form of `forms` (Map form → count, updated) as raw substrings of `text`. */
export function countForms(forms, text) {
  const lengths = [...new Set([...forms.keys()].map((f) => f.length))];
  for (let i = 0; i < text.length; i++) {
    for (const n of lengths) {
      const count = forms.get(text.slice(i, i + n));
      if (count !== undefined) forms.set(text.slice(i, i + n), count + 1);
    }
  }
}

/**
 * The text of a generated rule pack: `header` (comment lines, without '# '), the kept pairs
 * `entries` ({ wrong, right, kind }) and the pairs its examples show (`sample`).
 */
export function packYaml({ header, id, name, description, entries, sample, needsBoundary, noteOf }) {
  const q = (s) => JSON.stringify(s);
  const body = entries
    .map((k) => {
      const out = [`  - wrong: ${q(k.wrong)}`, `    right: ${q(k.right)}`, `    note: ${q(noteOf(k.wrong, k.right, k.kind))}`];
      if (needsBoundary(k.wrong)) out.push('    boundary: word');
      return out.join('\n');
    })
    .join('\n');
  return `${header.map((l) => `# ${l}`).join('\n')}
id: ${id}
name: ${name}
description: ${description}
rule: lexicon/misused-word
category: typo
severity: error
boundary: none
entries:
${body}
examples:
  invalid:
${sample.map((k) => `    - text: ${q(`经核查，${k.wrong}。`)}\n      output: ${q(`经核查，${k.right}。`)}`).join('\n')}
  valid:
${sample.map((k) => `    - ${q(`经核查，${k.right}。`)}`).join('\n')}
`;
}
