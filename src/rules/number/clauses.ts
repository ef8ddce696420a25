import type { Document } from '../../document/document.js';
import type { NumberLexicon } from './lexicon.js';

/** A count: an Arabic number with its measure word (49家, 1.2万人, 7000余条). Offsets into the document. */
export interface Quantity {
  start: number;
  end: number;
  value: number;
  unit: string;
  /** 约/近/超过… before it or 余/多/左右… after it: not an exact count. */
  approximate: boolean;
  /** Offsets of the quantity in its clause's `outer` text. */
  outerStart: number;
  outerEnd: number;
}

/** A percentage (81.25%), with the number of decimals printed. */
export interface Percent {
  start: number;
  end: number;
  value: number;
  decimals: number;
  outerStart: number;
}

/**
 * A clause: the stretch of a sentence between separators (，、；： and their half-width
 * forms) outside brackets. `outer` is its text with bracketed parts （…）《…》 left out,
 * so a note in brackets neither splits the clause nor adds numbers to it.
 */
export interface Clause {
  start: number;
  end: number;
  outer: string;
  /** Document offset of each character of `outer`. */
  outerOffsets: number[];
  quantities: Quantity[];
  percents: Percent[];
}

export interface Sentence {
  start: number;
  end: number;
  clauses: Clause[];
}

const OPENERS = '（(《〈【[';
const CLOSERS = '）)》〉】]';
const SENTENCE_END = '。！？!?';
const SEPARATORS = '，、；：;';
const MULTIPLIERS: [string, number][] = [
  ['万亿', 1e12],
  ['亿', 1e8],
  ['万', 1e4],
];

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isLatin = (c: string | undefined) => c !== undefined && /[A-Za-z]/.test(c);

const MEMO = Symbol('number/sentences');

/**
 * Sentences with their clauses and counts, for every line that has an Arabic digit;
 * computed once per document and shared by the arithmetic rules. A line is never
 * joined to the next: a table with one cell per line yields one-number "sentences"
 * that no arithmetic rule can use.
 */
export function sentencesWithNumbers(doc: Document, lexicon: NumberLexicon): Sentence[] {
  return doc.memo(MEMO, () => {
    const text = doc.text;
    const sentences: Sentence[] = [];
    const { lineStarts } = doc.lines;
    for (let line = 0; line < lineStarts.length; line++) {
      const start = lineStarts[line]!;
      const end = doc.lines.lineEnd(line);
      if (!/[0-9]/.test(text.slice(start, end))) continue;
      let from = start;
      for (let i = start; i <= end; i++) {
        if (i === end || SENTENCE_END.includes(text[i]!)) {
          if (i > from) sentences.push(scanSentence(text, from, i, lexicon));
          from = i + 1;
        }
      }
    }
    return sentences;
  });
}

function scanSentence(text: string, start: number, end: number, lexicon: NumberLexicon): Sentence {
  const clauses: Clause[] = [];
  let clause = newClause(start);
  let depth = 0;
  const close = (at: number) => {
    clause.end = at;
    if (clause.end > clause.start) clauses.push(clause);
    clause = newClause(at + 1);
  };
  for (let i = start; i < end; ) {
    const c = text[i]!;
    if (OPENERS.includes(c)) {
      depth++;
      i++;
      continue;
    }
    if (CLOSERS.includes(c)) {
      if (depth > 0) depth--;
      i++;
      continue;
    }
    if (depth > 0) {
      i++;
      continue;
    }
    // Half-width , and : split clauses too (some bulletins use them), except inside 1,000 or 8:30.
    if (SEPARATORS.includes(c) || ((c === ',' || c === ':') && !(isDigit(text[i - 1]) && isDigit(text[i + 1])))) {
      close(i);
      i++;
      continue;
    }
    if (isDigit(c) && !isDigit(text[i - 1]) && text[i - 1] !== '.' && !isLatin(text[i - 1])) {
      const next = readNumber(text, i, end, clause, lexicon);
      if (next > i) {
        i = next;
        continue;
      }
    }
    clause.outer += c;
    clause.outerOffsets.push(i);
    i++;
  }
  close(end);
  return { start, end, clauses };
}

function newClause(start: number): Clause {
  return { start, end: start, outer: '', outerOffsets: [], quantities: [], percents: [] };
}

/** Reads the number at `i`; appends it to the clause and returns the offset after it, or `i` when it is not a count or a percentage. */
function readNumber(text: string, i: number, end: number, clause: Clause, lexicon: NumberLexicon): number {
  let j = i;
  while (j < end && isDigit(text[j])) j++;
  // 1,059 (thousands separators): three digits after each comma.
  while (text[j] === ',' && isDigit(text[j + 1]) && isDigit(text[j + 2]) && isDigit(text[j + 3]) && !isDigit(text[j + 4])) j += 4;
  if (text[j] === '.' && isDigit(text[j + 1])) {
    j++;
    while (j < end && isDigit(text[j])) j++;
  }
  const digits = text.slice(i, j).replace(/,/g, '');
  if (text[j] === '%' || text[j] === '％') {
    const dot = digits.indexOf('.');
    clause.percents.push({ start: i, end: j + 1, value: Number(digits), decimals: dot === -1 ? 0 : digits.length - dot - 1, outerStart: clause.outer.length });
    append(clause, text, i, j + 1);
    return j + 1;
  }
  let value = Number(digits);
  let k = j;
  for (const [word, factor] of MULTIPLIERS) {
    if (text.startsWith(word, k)) {
      value *= factor;
      k += word.length;
      break;
    }
  }
  let approximate = false;
  // 7000余条, 10多家: the approximation mark sits between the number and its unit.
  const inner = lexicon.approximateAfter.find((w) => w.length === 1 && text.startsWith(w, k));
  if (inner) {
    approximate = true;
    k += inner.length;
  }
  const unit = matchUnit(text, k, end, lexicon);
  if (!unit) return i;
  k += unit.length;
  if (text[i - 1] === '第') return i;
  if (lexicon.approximateAfter.some((w) => text.startsWith(w, k))) approximate = true;
  if (lexicon.approximateBefore.some((w) => text.endsWith(w, i))) approximate = true;
  const outerStart = clause.outer.length;
  append(clause, text, i, k);
  clause.quantities.push({ start: i, end: k, value, unit, approximate, outerStart, outerEnd: clause.outer.length });
  return k;
}

function append(clause: Clause, text: string, from: number, to: number): void {
  for (let p = from; p < to; p++) {
    clause.outer += text[p]!;
    clause.outerOffsets.push(p);
  }
}

function matchUnit(text: string, at: number, end: number, lexicon: NumberLexicon): string | undefined {
  for (let len = Math.min(lexicon.maxUnitLength, end - at); len >= 1; len--) {
    const candidate = text.slice(at, at + len);
    if (lexicon.units.has(candidate)) return candidate;
  }
  return undefined;
}

/** Offset in `clause.outer` of the first of `words` that occurs in it, with the word found. */
export function findWord(clause: Clause, words: readonly string[], from = 0): { at: number; word: string } | undefined {
  let best: { at: number; word: string } | undefined;
  for (const word of words) {
    const at = clause.outer.indexOf(word, from);
    if (at !== -1 && (!best || at < best.at || (at === best.at && word.length > best.word.length))) best = { at, word };
  }
  return best;
}

export const includesAny = (s: string, words: readonly string[]) => words.some((w) => s.includes(w));

/** Exact counts of a clause (approximate ones left out). */
export const exactQuantities = (clause: Clause) => clause.quantities.filter((q) => !q.approximate);

/** Formats a computed value for a message: integers plain, others with up to 4 decimals. */
export function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(4)));
}

/** Unit of a quantity as written after its number (万 kept: 1.2万人 stays 人 with value 12000). */
export const sameUnit = (a: Quantity, b: Quantity) => a.unit === b.unit;

/** Equal within floating-point noise. */
export const nearlyEqual = (a: number, b: number) => Math.abs(a - b) < 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
