import type { Document } from '../../document/document.js';
import { ARABIC_MULTIPLIER_WORDS } from '../../text/numerals.js';
import { LINE_BREAKS, PHRASE_MARKS, SEMICOLONS, SENTENCE_END_MARKS } from '../../text/sentences.js';
import { isAsciiDigit, isAsciiLetter } from '../../text/unicode.js';
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
 * A clause: the stretch of a sentence between separators (，、； and their half-width
 * forms) outside brackets. `outer` is its text with bracketed parts （…）《…》 left out,
 * so a note in brackets neither splits the clause nor adds numbers to it.
 */
export interface Clause {
  start: number;
  end: number;
  outer: string;
  /** Document offset of the character at `index` of `outer`. */
  docOffset(index: number): number;
  quantities: Quantity[];
  percents: Percent[];
}

export interface Sentence {
  start: number;
  end: number;
  clauses: Clause[];
}

// Character classes, looked up by UTF-16 code unit (a table is much faster than Set lookups per character).
const END = 1; // 。！？!? and line breaks end a sentence
const SEPARATOR = 2; // ，、；; split clauses; colons do not (合格率：95%, 其中：A 3个 stay one clause)
const OPENER = 4; // brackets whose content is left out of a clause: （ ( 《 〈 【 [
const CLOSER = 8;
const CLASS = new Uint8Array(0x10000);
for (const c of SENTENCE_END_MARKS + LINE_BREAKS) CLASS[c.charCodeAt(0)] = END;
for (const c of SEMICOLONS + PHRASE_MARKS) CLASS[c.charCodeAt(0)] = SEPARATOR;
for (const c of '（(《〈【[') CLASS[c.charCodeAt(0)] = OPENER;
for (const c of '）)》〉】]') CLASS[c.charCodeAt(0)] = CLOSER;
// What follows a number that is not a count: a date, a serial number, a decimal point, a time or a code.
const NOT_A_COUNT = new Uint8Array(0x10000);
for (const c of '年月日号时.:-/') NOT_A_COUNT[c.charCodeAt(0)] = 1;
const COMMA = 0x2c;
const PERCENT = 0x25;
const FULL_PERCENT = 0xff05;
const POINT = 0x2e;

const MEMO = Symbol('number/sentences');

/**
 * Sentences with at least two numbers that may be counts, or a percentage (what every
 * arithmetic rule needs), with their clauses and counts; computed once per document and
 * shared by the arithmetic rules. A sentence never runs over a line break, so a table
 * with one cell per line yields no sentence at all.
 */
export function sentencesWithNumbers(doc: Document, lexicon: NumberLexicon): Sentence[] {
  return doc.memo(MEMO, () => {
    const text = doc.text;
    const sentences: Sentence[] = [];
    for (const { start, end } of doc.sentences) {
      let i = start;
      while (i < end && !isAsciiDigit(text.charCodeAt(i))) i++;
      // Every rule needs two counts or a percentage in the sentence; count the numbers that may
      // be counts (not 2024年, 6月, 26日, 5号) from its first digit on.
      let counts = 0;
      let percent = false;
      for (; i < end; i++) {
        const c = text.charCodeAt(i);
        if (c === PERCENT || c === FULL_PERCENT) percent = true;
        else if (isAsciiDigit(c) && !isAsciiDigit(text.charCodeAt(i + 1)) && !NOT_A_COUNT[text.charCodeAt(i + 1)]) counts++;
      }
      if (counts > 1 || percent) sentences.push(scanSentence(text, start, end, lexicon));
    }
    return sentences;
  });
}

function scanSentence(text: string, start: number, end: number, lexicon: NumberLexicon): Sentence {
  const clauses: Clause[] = [];
  let clause = new ClauseBuilder(text, start);
  let depth = 0;
  let run = start;
  const finish = (at: number) => {
    const built = clause.build(at);
    if (built.end > built.start) clauses.push(built);
  };
  for (let i = start; i < end; ) {
    const c = text.charCodeAt(i);
    const kind = CLASS[c]!;
    if (kind === OPENER) {
      if (depth === 0) clause.add(run, i);
      depth++;
      i++;
    } else if (kind === CLOSER) {
      if (depth > 0 && --depth === 0) run = i + 1;
      i++;
    } else if (depth > 0) {
      i++;
    } else if (kind === SEPARATOR || (c === COMMA && !(isAsciiDigit(text.charCodeAt(i - 1)) && isAsciiDigit(text.charCodeAt(i + 1))))) {
      // A half-width comma splits clauses too (some bulletins use it), except inside 1,000.
      clause.add(run, i);
      finish(i);
      clause = new ClauseBuilder(text, i + 1);
      run = ++i;
    } else if (isAsciiDigit(c) && !isAsciiDigit(text.charCodeAt(i - 1)) && text.charCodeAt(i - 1) !== POINT && !isAsciiLetter(text.charCodeAt(i - 1))) {
      const token = readNumber(text, i, end, lexicon);
      if (token) {
        clause.add(run, i);
        clause.addToken(i, token);
        run = i = token.end;
      } else {
        i++;
        while (i < end && isAsciiDigit(text.charCodeAt(i))) i++;
      }
    } else {
      i++;
    }
  }
  if (depth === 0) clause.add(run, end);
  finish(end);
  return { start, end, clauses };
}

type Token = { kind: 'percent'; end: number; value: number; decimals: number } | { kind: 'count'; end: number; value: number; unit: string; approximate: boolean };

/** A clause's text outside brackets, gathered as slices of the document. */
class ClauseBuilder {
  readonly #text: string;
  readonly #start: number;
  readonly #parts: string[] = [];
  /** For each slice: its offset in `outer`, then its offset in the document. */
  readonly #map: number[] = [];
  #length = 0;
  readonly #quantities: Quantity[] = [];
  readonly #percents: Percent[] = [];

  constructor(text: string, start: number) {
    this.#text = text;
    this.#start = start;
  }

  add(from: number, to: number): void {
    if (to <= from) return;
    this.#map.push(this.#length, from);
    this.#parts.push(this.#text.slice(from, to));
    this.#length += to - from;
  }

  addToken(from: number, token: Token): void {
    const at = this.#length;
    this.add(from, token.end);
    if (token.kind === 'percent') {
      this.#percents.push({ start: from, end: token.end, value: token.value, decimals: token.decimals, outerStart: at });
    } else {
      const { value, unit, approximate } = token;
      this.#quantities.push({ start: from, end: token.end, value, unit, approximate, outerStart: at, outerEnd: this.#length });
    }
  }

  build(end: number): Clause {
    const map = this.#map;
    return {
      start: this.#start,
      end,
      outer: this.#parts.join(''),
      docOffset(index) {
        let k = 0;
        while (k + 2 < map.length && map[k + 2]! <= index) k += 2;
        return map[k + 1]! + (index - map[k]!);
      },
      quantities: this.#quantities,
      percents: this.#percents,
    };
  }
}

/** The count or percentage written at `i`, or undefined when the number there is neither. */
function readNumber(text: string, i: number, end: number, lexicon: NumberLexicon): Token | undefined {
  let j = i;
  while (j < end && isAsciiDigit(text.charCodeAt(j))) j++;
  // 1,059 (thousands separators): three digits after each comma.
  while (
    text.charCodeAt(j) === COMMA &&
    isAsciiDigit(text.charCodeAt(j + 1)) &&
    isAsciiDigit(text.charCodeAt(j + 2)) &&
    isAsciiDigit(text.charCodeAt(j + 3)) &&
    !isAsciiDigit(text.charCodeAt(j + 4))
  )
    j += 4;
  if (text.charCodeAt(j) === POINT && isAsciiDigit(text.charCodeAt(j + 1))) {
    j++;
    while (j < end && isAsciiDigit(text.charCodeAt(j))) j++;
  }
  const digits = text.slice(i, j).replace(/,/g, '');
  if (text[j] === '%' || text[j] === '％') {
    const dot = digits.indexOf('.');
    return { kind: 'percent', end: j + 1, value: Number(digits), decimals: dot === -1 ? 0 : digits.length - dot - 1 };
  }
  let value = Number(digits);
  let k = j;
  for (const [word, factor] of ARABIC_MULTIPLIER_WORDS) {
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
  if (!unit || text[i - 1] === '第') return undefined;
  k += unit.length;
  if (lexicon.approximateAfter.some((w) => text.startsWith(w, k))) approximate = true;
  if (lexicon.approximateBefore.some((w) => text.endsWith(w, i))) approximate = true;
  return { kind: 'count', end: k, value, unit, approximate };
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

/** Equal within floating-point noise. */
export const nearlyEqual = (a: number, b: number) => Math.abs(a - b) < 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
