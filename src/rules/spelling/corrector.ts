import { isHighSurrogate, isLowSurrogate } from '../../text/unicode.js';
import { MAX_REPLACEMENT_WORD, MAX_WORD_LENGTH, type Likeness, type SpellingModel } from './model.js';

/**
 * Evidence (in nats of sentence probability) a replacement needs, by how alike the two
 * characters are. Chosen on the development set with benchmarks/spelling.mjs: the best
 * F1 among settings with at most 0.5 % false alarms on its error-free sentences and on its
 * corrected ones. Half of its sentences hold typos, far more than real documents do, so
 * a looser bar that scores better there would cry wolf in real text (README, "Spelling
 * accuracy").
 */
export const REQUIRED_GAIN: Readonly<Record<Likeness, number>> = { 'same-pinyin': 8, 'similar-sound': 10, 'similar-shape': 10 };
/**
 * A sentence whose corrections leave another spot this close to the bar is too garbled
 * to trust any of them: it gets no correction at all.
 */
export const DOUBT_MARGIN = 4;
const MIN_GAIN = Math.min(...Object.values(REQUIRED_GAIN));
/** Replacements tried per clause at most; more typos than this in one clause is not a slip. */
const MAX_CORRECTIONS = 6;

export interface Correction {
  /** Offset in the clause. */
  at: number;
  from: string;
  to: string;
  /** The word the replacement makes. */
  word: string;
  /** Gain beyond the required one; larger is surer. */
  margin: number;
}

export interface ClauseCorrections {
  corrections: readonly Correction[];
  /** Another spot came close to the bar: the text around it is too garbled to trust corrections near it. */
  doubtful: boolean;
}

/**
 * Corrections for one clause of Han characters: the replacement that raises the
 * probability of the clause's best segmentation the most, again and again while one
 * clears the bar. `mayChange(at)` guards characters that must not be touched.
 */
export function correctClause(model: SpellingModel, clause: string, mayChange: (at: number) => boolean): ClauseCorrections {
  let text = clause;
  const corrections: Correction[] = [];
  // Most clauses get no correction: the guard that spares corrected places waits for the first.
  let open = mayChange;
  for (let round = 0; ; round++) {
    const best = bestReplacement(model, text, open);
    if (!best || best.margin <= 0 || round === MAX_CORRECTIONS) {
      const doubtful = best !== undefined && best.margin > -DOUBT_MARGIN;
      return corrections.length === 0 && !doubtful ? UNCHANGED : { corrections, doubtful };
    }
    corrections.push(best);
    if (round === 0) open = (at) => !corrections.some((c) => c.at === at) && mayChange(at);
    text = text.slice(0, best.at) + best.to + text.slice(best.at + 1);
  }
}

const UNCHANGED: ClauseCorrections = Object.freeze({ corrections: Object.freeze([]), doubtful: false });

/** The replacement with the largest margin, if any comes within DOUBT_MARGIN of the bar. */
function bestReplacement(model: SpellingModel, text: string, mayChange: (at: number) => boolean): Correction | undefined {
  const windows = windowsWithFillings(model, text, mayChange);
  if (windows.length === 0) return undefined;
  const { prefix, suffix } = bestPaths(model, text);
  const base = prefix[text.length]!;
  let best: Window | undefined;
  let bestChar = 0;
  let bestMargin = -DOUBT_MARGIN;
  for (const w of windows) {
    const { at, start, end } = w;
    // Every segmentation of the new clause has exactly one word over `at`; the best
    // paths before and after it are those of the old clause.
    const around = prefix[start]! + suffix[end]! - base;
    const fillingFirst = model.fillingFirst(w.fillings);
    const fillingEnd = model.fillingEnd(w.fillings);
    if (around + model.fillingLogP(fillingFirst) - MIN_GAIN <= bestMargin) continue; // not even the likeliest word would do
    const confusionFirst = model.confusionFirst(text, at);
    const confusionEnd = model.confusionEnd(text, at);
    // Walk the shorter list: the words that fill the blank, or the confusable characters.
    if (end - start <= 3 && confusionEnd - confusionFirst < fillingEnd - fillingFirst) {
      for (let e = confusionFirst; e < confusionEnd; e++) {
        const logP = model.replacedWordLogP(text, start, at, end, model.confusedChar(e));
        if (logP === undefined || around + logP - REQUIRED_GAIN[model.confusedLikeness(e)] <= bestMargin) continue;
        bestMargin = around + logP - REQUIRED_GAIN[model.confusedLikeness(e)];
        best = w;
        bestChar = model.confusedChar(e);
      }
      continue;
    }
    for (let e = fillingFirst; e < fillingEnd; e++) {
      const logP = model.fillingLogP(e);
      if (around + logP - MIN_GAIN <= bestMargin) break; // the rest are less likely still
      const likeness = model.likeness(text, at, model.fillingChar(e));
      if (!likeness || around + logP - REQUIRED_GAIN[likeness] <= bestMargin) continue;
      bestMargin = around + logP - REQUIRED_GAIN[likeness];
      best = w;
      bestChar = model.fillingChar(e);
    }
  }
  if (!best) return undefined;
  const { at, start, end } = best;
  const to = String.fromCharCode(bestChar);
  return { at, from: text[at]!, to, word: text.slice(start, at) + to + text.slice(at + 1, end), margin: bestMargin };
}

/** A span around a suspect character that some word fills once that character is replaced. */
interface Window {
  at: number;
  start: number;
  end: number;
  /** Handle of the filling words in the model. */
  fillings: number;
}

/**
 * The windows worth scoring: around each character that forms a word with neither
 * neighbour (where typos hide), the 2- to 4-character spans some word fills. Names are
 * left alone: no window holds a name suffix or ends up to two characters before one, and
 * no suffix changes.
 */
function windowsWithFillings(model: SpellingModel, text: string, mayChange: (at: number) => boolean): Window[] {
  const windows: Window[] = [];
  // Whether text[pairAt] and text[pairAt + 1] are in a word: only characters that could
  // be suspects need the look-up, and neighbouring ones share it.
  let pairAt = -1;
  let paired = false;
  for (let at = 0; at < text.length; at++) {
    const unit = text.charCodeAt(at);
    if (!model.isConfusable(text, at) || isHighSurrogate(unit) || isLowSurrogate(unit) || model.isNameSuffix(text, at)) continue;
    if (at > 0) {
      if (pairAt !== at - 1) paired = model.pairsInWord(text, (pairAt = at - 1));
      if (paired) continue;
    }
    if (at + 1 < text.length) {
      paired = model.pairsInWord(text, (pairAt = at));
      if (paired) continue;
    }
    if (!mayChange(at)) continue;
    for (let start = Math.max(0, at - MAX_REPLACEMENT_WORD + 1); start <= at; start++) {
      for (let end = Math.max(at + 1, start + 2); end <= Math.min(text.length, start + MAX_REPLACEMENT_WORD); end++) {
        if (holdsNameSuffix(model, text, start, at, end) || nameSuffixFollows(model, text, end)) continue;
        const fillings = model.fillings(text, start, at, end);
        if (fillings >= 0) windows.push({ at, start, end, fillings });
      }
    }
  }
  return windows;
}

function holdsNameSuffix(model: SpellingModel, text: string, start: number, at: number, end: number): boolean {
  for (let k = start; k < end; k++) if (k !== at && model.isNameSuffix(text, k)) return true;
  return false;
}

/** Names run a few characters before their suffix (土默特右旗, 喀喇沁旗): a suffix within the next two. */
function nameSuffixFollows(model: SpellingModel, text: string, end: number): boolean {
  return (end < text.length && model.isNameSuffix(text, end)) || (end + 1 < text.length && model.isNameSuffix(text, end + 1));
}

/** Room for a clause of `size - 1` characters: its paths, and up to MAX_WORD_LENGTH words from each place. */
function newScratch(size: number) {
  return {
    prefix: new Float64Array(size),
    suffix: new Float64Array(size),
    firstOf: new Int32Array(size),
    ends: new Int32Array(size * MAX_WORD_LENGTH),
    logPs: new Float64Array(size * MAX_WORD_LENGTH),
  };
}
let scratch = newScratch(64);

interface BestPaths {
  /** prefix[i]: ln P of the best segmentation of text[0, i). */
  prefix: Float64Array;
  /** suffix[i]: ln P of the best segmentation of text[i, end). */
  suffix: Float64Array;
}

/**
 * The best paths of `text`, in arrays reused from call to call (clauses are checked one
 * at a time, and allocating two arrays per clause was a tenth of the detector's time).
 */
function bestPaths(model: SpellingModel, text: string): BestPaths {
  const n = text.length;
  if (scratch.prefix.length <= n) scratch = newScratch(2 * n + 2);
  const { prefix, suffix, firstOf } = scratch;
  prefix.fill(-Infinity, 0, n + 1);
  suffix.fill(-Infinity, 0, n + 1);
  prefix[0] = 0;
  suffix[n] = 0;
  // Words are found from each start; each word (start, end, logP) updates both passes'
  // arrays in order, so the words of each start are listed once and used twice.
  const { ends, logPs } = scratch;
  let count = 0;
  const add = (end: number, logP: number) => {
    ends[count] = end;
    logPs[count++] = logP;
  };
  for (let start = 0; start < n; start++) {
    firstOf[start] = count;
    add(start + 1, model.charLogP(text, start));
    if (start + 2 > n) continue;
    const pair = model.slot(text, start, 2);
    if (pair < 0) continue;
    if (!Number.isNaN(model.slotLogP(2, pair))) add(start + 2, model.slotLogP(2, pair));
    if (start + 3 > n || !model.slotContinues(2, pair)) continue;
    const triple = model.slot(text, start, 3);
    if (triple < 0) continue;
    if (!Number.isNaN(model.slotLogP(3, triple))) add(start + 3, model.slotLogP(3, triple));
    if (!model.slotContinues(3, triple)) continue;
    for (let length = 4; length <= Math.min(n - start, MAX_WORD_LENGTH); length++) {
      const logP = model.wordLogP(text, start, length);
      if (logP !== undefined) add(start + length, logP);
    }
  }
  firstOf[n] = count;
  for (let start = 0; start < n; start++) {
    for (let w = firstOf[start]!; w < firstOf[start + 1]!; w++) {
      const p = prefix[start]! + logPs[w]!;
      if (p > prefix[ends[w]!]!) prefix[ends[w]!] = p;
    }
  }
  for (let start = n - 1; start >= 0; start--) {
    for (let w = firstOf[start]!; w < firstOf[start + 1]!; w++) {
      const p = suffix[ends[w]!]! + logPs[w]!;
      if (p > suffix[start]!) suffix[start] = p;
    }
  }
  return { prefix, suffix };
}
