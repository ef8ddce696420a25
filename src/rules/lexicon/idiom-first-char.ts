import type { FormMatch } from '../../match/near-miss-index.js';
import { isHan } from '../../text/unicode.js';
import { lowerBound } from '../../compiled/sorted-keys.js';

/** Only four-character idioms (9 in 10 of the lexicon): one look-up per position. */
const IDIOM_LENGTH = 4;
/**
 * A tail shared by more idioms than this (一X当先, X然不同…) says little about the first
 * character: another one there is as often another idiom or phrase.
 */
const MAX_TAIL_SHARERS = 2;
const FILTER_BITS = 1 << 20;
const BASE = 0x01000193;

/** The four-character idioms by their last three characters, compiled by the build with the lexicons. */
export interface IdiomTails {
  /** Hashes of each idiom without its first character, ascending, and the form of each. */
  tailKeys: Uint32Array;
  tailForms: Int32Array;
  /** One bit per tail hash: nearly every position of a text costs one read. */
  filter: Uint32Array;
}

function hashOf(s: string, from = 0, to = s.length): number {
  let h = 0;
  for (let i = from; i < to; i++) h = (Math.imul(h, BASE) + s.charCodeAt(i)) >>> 0;
  return h;
}

function filterBit(hash: number): number {
  return Math.imul(hash, 0x9e3779b1) >>> 12;
}

/** `forms`: every form of the lexicons; `isIdiom(i)`: form i is in idioms.txt. */
export function buildIdiomTails(forms: readonly string[], isIdiom: (i: number) => boolean): IdiomTails {
  const pairs: [number, number][] = [];
  const filter = new Uint32Array(FILTER_BITS >>> 5);
  forms.forEach((f, i) => {
    if (!isIdiom(i) || f.length !== IDIOM_LENGTH) return;
    const h = hashOf(f, 1);
    pairs.push([h, i]);
    const bit = filterBit(h);
    filter[bit >>> 5]! |= 1 << (bit & 31);
  });
  pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return { tailKeys: Uint32Array.from(pairs, (p) => p[0]), tailForms: Int32Array.from(pairs, (p) => p[1]), filter };
}

/**
 * Four-character idioms whose first character is the slip (扑天盖地 for 铺天盖地): the
 * near-miss index never edits a form's first character, so these are looked up by the
 * other three. Evidence, before the rule's word and boundary tests:
 *
 * - the first character is a same sound or a look-alike of the idiom's (the confusion sets
 *   or lexicons/confusable-pairs.tsv), never a merely similar sound;
 * - few idioms share the last three characters (MAX_TAIL_SHARERS), and one alone fits;
 * - the written first character makes no word with the second (行迹可疑: 行迹 is a word, so
 *   the phrase is the writer's, not a slip for 形迹可疑).
 */
export function idiomFirstCharSlips(
  text: string,
  tails: IdiomTails,
  formOf: (i: number) => string,
  alike: (a: string, b: string) => string | undefined,
  isWord: (s: string) => boolean,
): FormMatch[] {
  const found: FormMatch[] = [];
  const { tailKeys, tailForms, filter } = tails;
  for (let p = 0; p + IDIOM_LENGTH <= text.length; p++) {
    const c = text.charCodeAt(p + 1);
    if (!isHan(c)) {
      p++;
      continue;
    }
    const h = hashOf(text, p + 1, p + IDIOM_LENGTH);
    const bit = filterBit(h);
    if ((filter[bit >>> 5]! & (1 << (bit & 31))) === 0 || !isHan(text.charCodeAt(p))) continue;
    let from = lowerBound(tailKeys, h);
    let to = from;
    while (to < tailKeys.length && tailKeys[to] === h) to++;
    if (to === from || to - from > MAX_TAIL_SHARERS) continue;
    let match: number | undefined;
    for (; from < to; from++) {
      const form = formOf(tailForms[from]!);
      if (form[0] === text[p] || !text.startsWith(form.slice(1), p + 1)) continue;
      const likeness = alike(form[0]!, text[p]!);
      if (likeness !== 'same-pinyin' && likeness !== 'similar-shape') continue;
      if (match !== undefined) {
        match = -1;
        break;
      }
      match = tailForms[from]!;
    }
    if (match !== undefined && match >= 0 && !isWord(text.slice(p, p + 2))) found.push({ start: p, end: p + IDIOM_LENGTH, form: match, kind: 'substitution', at: 0 });
  }
  return found;
}
