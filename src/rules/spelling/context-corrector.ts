import { tokenize, type ContextModel } from '../../model/context-model.js';
import { FIRST_CHAR_ID } from '../../model/ngram-key.js';
import { lowerBound } from '../../compiled/sorted-keys.js';
import { CANDIDATE_CLASSES, LIKENESS } from './model-data.js';
import type { CandidateClass, SpellingModel } from './model.js';

/**
 * Typos by context: in one sentence, a character replaced by one it is often confused
 * with (confusion.tsv) when that raises the sentence's probability under the character
 * 4-gram model (src/model/) by more than its class's bar. A replacement changes the
 * probability of its own token and the three after it only, so each try costs four
 * look-up chains; tries are made only where the text itself is improbable (a suspect).
 */
export interface ContextSettings {
  /** ln P below which a token makes its position a suspect. */
  suspect: number;
  /**
   * ln P below which the token after a position makes the position a suspect too: a slip may
   * make a likely pair with the character before it and show only in the one after (水务总局
   * for 税务总局: 水务 is a word, 水务总 is not). At the suspect bar itself this found 0.2
   * points more F1 on the tune half for twice the time; a lower bar finds more for less.
   * A correction there needs `nextGain` more than its kind's bar, and the token itself must be
   * below `nextOwnSuspect` (a character very likely where it stands is tried no more: a fifth of
   * the tries on news text, none of the tune half's corrections).
   */
  nextSuspect: number;
  nextGain: number;
  nextOwnSuspect: number;
  /**
   * Gain in ln P of the sentence a replacement needs, by how alike the characters are: the
   * confusion classes, then the near sounds and shapes of spelling/confusion-near.tsv (Infinity:
   * not tried).
   */
  gain: Readonly<Record<CandidateClass, number>>;
  /**
   * ln P a replacement must gain on its own token, before the tokens after it are scored (a
   * bound that spares most look-ups). Slightly below 0: a slip may be a little likelier than the
   * right character after the ones before it and show only in the tokens after (规定已送 for 移送:
   * 已 0.3 nats likelier than 移 there, 送 8 less likely after it; 海洋飞弃物 for 废弃物).
   */
  ownGain: number;
  /** Extra gain a replacement needs when its own token loses (by up to -`ownGain`): the tokens after it alone speak for it. */
  ownLossGain: number;
  /**
   * ln P below `ownGain` the own token may lose still, each nat of it asked back on top of the
   * bar (强化与论引导 → 舆论: 舆 is less likely than 与 after 强化, 论 far likelier after 舆):
   * 0 cuts at `ownGain`.
   */
  ownLossRoom: number;
  /** Replacements per sentence at most: more typos than this in one sentence is not a slip. */
  maxCorrections: number;
  /** ln P below which the unigram detector (corrector.ts) may change a character (where it finds no suspect, it is not run). */
  unigramSuspect: number;
  /**
   * Gain a same-pinyin correction of the unigram detector needs from the context model to
   * stand; a sound- or shape-alike needs as much more as `gain` asks of one.
   */
  veto: number;
  /**
   * Gain a correction needs when the text as written is already a real word as long as the
   * one it makes (世行 → 实行, 低位 → 地位): newer and rarer words of recent text are improbable
   * to a model of older text, so a swap of two real words needs more than a slip does.
   */
  realWord: number;
  /** Gain from which a correction is an `error` rather than a `warning`: only very sure ones are. */
  sure: number;
  /**
   * Gain a correction needs inside a short quotation (“四粱八柱” → 梁) or at the character before a
   * figure (加块5G → 快): a quoted slogan or name is mostly meant as written, and the word before a
   * number mostly counts (约, 共); statistical-typo's test, not the detector's.
   */
  guarded: number;
  /**
   * Extra gain a same-pinyin character needs when it makes no known word with its neighbours
   * (发展改革萎 → 委: 改革委 is in no word list); tried only where the token's ln P is below
   * `noWordSuspect`, as each try costs a look-up per character of the set.
   */
  noWord: number;
  noWordSuspect: number;
  /**
   * Gain a character outside the confusion sets needs when it makes a known word with its
   * neighbours (人民去院 → 法院, 技木 → 技术: slips of another kind than sound or shape); of
   * each blank only the `unlistedPerBlank` likeliest words are tried. Never an error.
   */
  unlisted: number;
  unlistedPerBlank: number;
}

export interface ContextCorrection {
  /** Offset in the text. */
  offset: number;
  from: string;
  to: string;
  /** ln P gained beyond the bar; larger is surer. */
  margin: number;
  /** ln P the sentence gains. */
  gain: number;
  /** Whether the character is improbable where it stands and the new one is one the sets give for it and makes a known word there: only such a correction may be an error. */
  usual: boolean;
  /** Whether its own token loses more than `ownGain` (within `ownLossRoom`): the tokens after it alone speak for it. */
  ownLost: boolean;
}

const NONE: readonly ContextCorrection[] = Object.freeze([]);

/** Reused arrays: a sentence's tokens, their offsets and ln P. */
let ids = new Int32Array(256);
let offsets = new Int32Array(256);
let logPs = new Float64Array(256);

function room(length: number): void {
  if (ids.length > length + 1) return;
  const size = 2 * length + 2;
  ids = new Int32Array(size);
  offsets = new Int32Array(size);
  logPs = new Float64Array(size);
}

/** Gain a replacement needs beyond its bar for what its own token loses: `ownLossGain`, and each nat lost below `ownGain`. */
function ownLossBar(settings: ContextSettings, own: number): number {
  return own < 0 ? settings.ownLossGain + Math.max(0, settings.ownGain - own) : 0;
}

/** Whether token k of the scored sentence is tried: improbable itself, or a little so with the token after it improbable. */
function isSuspect(settings: ContextSettings, k: number, n: number): boolean {
  return logPs[k]! < settings.suspect || (k + 1 < n && logPs[k + 1]! < settings.nextSuspect && logPs[k]! < settings.nextOwnSuspect);
}

/** ln P of the three tokens after token k of the scored sentence (what a replacement at k may also change). */
function logPAfter(k: number, n: number): number {
  return (k + 1 < n ? logPs[k + 1]! : 0) + (k + 2 < n ? logPs[k + 2]! : 0) + (k + 3 < n ? logPs[k + 3]! : 0);
}

/** The gain a candidate of `kind` and `likeness` must clear at a token `likely` where it stands, its own token changing by `own`. */
function barOf(settings: ContextSettings, kind: number, likeness: CandidateClass, likely: boolean, own: number): number {
  return (kind === WORD ? settings.gain[likeness] : kind === NO_WORD ? settings.gain[likeness] + settings.noWord : settings.unlisted) + (likely ? settings.nextGain : 0) + ownLossBar(settings, own);
}

/** ln P of tokens [from, to) of the current sentence given ids. */
function sumLogP(model: ContextModel, n: number, from: number, to: number): number {
  let sum = 0;
  for (let k = from; k < to && k < n; k++) sum += model.logProb(ids, 0, k);
  return sum;
}

/**
 * A sentence scored by the context model, in arrays shared by all sentences: valid until
 * the next sentence is scored (or contextGain is called).
 */
export interface ScoredSentence {
  /** Whether a token of `text[from, to)` has ln P below `bar`. */
  improbableIn(from: number, to: number, bar: number): boolean;
  /** ln P of the token at `offset` (0 when whitespace). */
  logPAt(offset: number): number;
  /** The corrections of the sentence, in order; `mayChange(offset)` guards characters that must not be touched. */
  corrections(spelling: SpellingModel, settings: ContextSettings, mayChange: (offset: number) => boolean): readonly ContextCorrection[];
}

/** The sentence last scored. */
const scored = { model: undefined as ContextModel | undefined, text: '', start: 0, end: 0, n: 0 };

const SCORED: ScoredSentence = {
  improbableIn(from, to, bar) {
    for (let k = firstTokenFrom(from); k < scored.n && offsets[k]! < to; k++) if (logPs[k]! < bar) return true;
    return false;
  },
  logPAt(offset) {
    const k = firstTokenFrom(offset);
    return k < scored.n && offsets[k] === offset ? logPs[k]! : 0;
  },
  corrections(spelling, settings, mayChange) {
    const { model, text, start, end, n } = scored;
    return correctScored(model!, spelling, settings, text, start, end, n, mayChange);
  },
};

/** The first token of the scored sentence at or after `offset` (offsets rise with k; token 0 opens the sentence). */
function firstTokenFrom(offset: number): number {
  return lowerBound(offsets, offset, 1, scored.n);
}

/** Scores the sentence `text[start, end)`: each token's ln P given the ones before it. */
export function scoreSentence(model: ContextModel, text: string, start: number, end: number): ScoredSentence {
  room(end - start);
  const n = tokenize(model, text, start, end, ids, offsets);
  model.scoreAll(ids, n, logPs);
  scored.model = model;
  scored.text = text;
  scored.start = start;
  scored.end = end;
  scored.n = n;
  return SCORED;
}

/** The corrections of the scored sentence `text[start, end)` (n tokens), in order. */
function correctScored(
  model: ContextModel,
  spelling: SpellingModel,
  settings: ContextSettings,
  text: string,
  start: number,
  end: number,
  n: number,
  mayChange: (offset: number) => boolean,
): readonly ContextCorrection[] {
  let corrections: ContextCorrection[] | undefined;
  const lowestBar = Math.min(...Object.values(settings.gain));
  const near = settings.gain['near-sound'] < Infinity || settings.gain['near-shape'] < Infinity;
  for (let round = 0; round < settings.maxCorrections; round++) {
    let bestMargin = 0;
    let bestK = -1;
    let bestChar = 0;
    let bestBar = 0;
    let bestUsual = false;
    let bestOwnLost = false;
    for (let k = 1; k < n; k++) {
      if (!isSuspect(settings, k, n)) continue;
      const likely = !(logPs[k]! < settings.suspect);
      // No replacement gains more than the ln P the four tokens lose now (a ln P is at most 0).
      const after = logPAfter(k, n);
      if (-logPs[k]! - after - lowestBar <= bestMargin) continue;
      const offset = offsets[k]!;
      if (corrections?.some((c) => c.offset === offset) || !mayChange(offset) || spelling.isNameSuffix(text, offset)) continue;
      // Characters outside the sets only where even their high bar could be met (-logPs[k] - after bounds any gain).
      const bound = -logPs[k]! - after;
      const unlisted = bound - settings.unlisted > bestMargin ? settings.unlistedPerBlank : 0;
      const noWord = bound - settings.gain['same-pinyin'] - settings.noWord > bestMargin && logPs[k]! < settings.noWordSuspect;
      const count = candidatesAt(spelling, text, start, end, offset, unlisted, noWord, near);
      if (count === 0) continue;
      const original = ids[k]!;
      let known = 0;
      for (let c = 0; c < count; c++) {
        const id = model.token(candidateChars[c]!);
        if (id < FIRST_CHAR_ID) continue; // a character the model has not seen
        candidateChars[known] = candidateChars[c]!;
        candidateClasses[known] = candidateClasses[c]!;
        candidateKinds[known] = candidateKinds[c]!;
        candidateIds[known++] = id;
      }
      // Each candidate's own ln P first, its history looked up once: most tries stop there.
      model.logProbsAt(ids, k, candidateIds, known, candidateLogPs);
      for (let c = 0; c < known; c++) {
        const kind = candidateKinds[c]!;
        const likeness = CANDIDATE_CLASSES[candidateClasses[c]!]!;
        const own = candidateLogPs[c]! - logPs[k]!;
        const bar = barOf(settings, kind, likeness, likely, own);
        if (own < settings.ownGain - settings.ownLossRoom || own - after - bar <= bestMargin) continue;
        ids[k] = candidateIds[c]!;
        const margin = own + sumLogP(model, n, k + 1, k + 4) - after - bar;
        if (margin > bestMargin) {
          bestMargin = margin;
          bestK = k;
          bestChar = candidateChars[c]!;
          bestBar = bar;
          // A character likely where it stands (a suspect by the token after it only) is no sure slip, nor a near alike.
          bestUsual = kind === WORD && !likely && candidateClasses[c]! < LIKENESS.length;
          bestOwnLost = own < settings.ownGain;
        }
      }
      ids[k] = original;
    }
    if (bestK < 0) break;
    const offset = offsets[bestK]!;
    (corrections ??= []).push({ offset, from: text[offset]!, to: String.fromCharCode(bestChar), margin: bestMargin, gain: bestMargin + bestBar, usual: bestUsual, ownLost: bestOwnLost });
    ids[bestK] = model.token(bestChar);
    for (let k = bestK; k < Math.min(n, bestK + 4); k++) logPs[k] = model.logProb(ids, 0, k);
  }
  return corrections?.sort((a, b) => a.offset - b.offset) ?? NONE;
}

/**
 * ln P the sentence `text[start, end)` gains when the character at `offset` becomes `to`
 * (negative when it loses): the context model's word on a correction found otherwise.
 */
export function contextGain(model: ContextModel, text: string, start: number, end: number, offset: number, to: string): number {
  room(end - start);
  const n = tokenize(model, text, start, end, ids, offsets);
  let k = 1;
  while (k < n && offsets[k]! !== offset) k++;
  if (k === n) return 0;
  const before = sumLogP(model, n, k, k + 4);
  const original = ids[k]!;
  ids[k] = model.token(to.charCodeAt(0));
  const after = sumLogP(model, n, k, k + 4);
  ids[k] = original;
  return after - before;
}



/**
 * Longest word a candidate must make. Four-character words found no more on the tune
 * half than three-character ones, and cost four blanks more per suspect.
 */
const CANDIDATE_WORD = 3;

/** Room for the candidates of one position. */
const candidateChars = new Uint16Array(256);
const candidateClasses = new Uint8Array(256);
/** Per candidate: WORD (in the sets, makes a word), NO_WORD (in the sets only), UNLISTED (makes a word only). */
const candidateKinds = new Uint8Array(256);
const WORD = 0;
const NO_WORD = 1;
const UNLISTED = 2;
/** The class a character that makes no word may come from: same pinyin, the slip of pinyin input. */
const NO_WORD_CLASS = 0;
const candidateIds = new Int32Array(256);
const candidateLogPs = new Float64Array(256);

/** The current position's confusion set: class index + 1 by character code, 0 for the rest (set and cleared per position). */
const confusedClassOf = new Uint8Array(0x10000);

/**
 * The characters the one at `offset` may stand for, listed in candidateChars/Classes/Kinds
 * (returns how many): those of its confusion set that make a known word of two or three
 * characters with its neighbours (inside `text[start, end)`), WORD; the `unlistedPerBlank`
 * likeliest fillers of each blank outside the set, UNLISTED; with `noWord`, the rest of its
 * same-pinyin set, NO_WORD.
 */
function candidatesAt(spelling: SpellingModel, text: string, start: number, end: number, offset: number, unlistedPerBlank: number, noWord: boolean, near: boolean): number {
  const confusionFirst = spelling.confusionFirst(text, offset);
  const confusionEnd = spelling.confusionEnd(text, offset);
  for (let e = confusionFirst; e < confusionEnd; e++) confusedClassOf[spelling.confusedChar(e)] = spelling.confusedClassIndex(e) + 1;
  // The near alikes are listed apart from the confusion set (the model leaves the set's own out).
  const nearFirst = near ? spelling.nearFirst(text, offset) : 0;
  const nearEnd = near ? spelling.nearEnd(text, offset) : 0;
  for (let e = nearFirst; e < nearEnd; e++) confusedClassOf[spelling.nearChar(e)] = spelling.nearClassIndex(e) + 1;
  let count = 0;
  // The words that fill each blank, read in order (a blank beside 的 has thousands: a
  // sequential read and a table look-up each, far cheaper than a hash look-up per confusable character).
  // Outside the sets, only the likeliest words of each blank (the list is likeliest first): at most
  // a dozen, so the list never fills up before the confusable characters.
  const written = text.charCodeAt(offset);
  for (let from = Math.max(start, offset - CANDIDATE_WORD + 1); from <= offset; from++) {
    for (let to = Math.max(offset + 1, from + 2); to <= Math.min(end, from + CANDIDATE_WORD); to++) {
      const handle = spelling.fillings(text, from, offset, to);
      if (handle < 0) continue;
      const first = spelling.fillingFirst(handle);
      for (let e = first, last = spelling.fillingEnd(handle); e < last; e++) {
        const char = spelling.fillingChar(e);
        const cls = confusedClassOf[char]!;
        if (cls !== 0) count = addCandidate(count, char, cls - 1, WORD);
        else if (e < first + unlistedPerBlank && char !== written) count = addCandidate(count, char, 0, UNLISTED);
      }
    }
  }
  if (noWord) for (let e = confusionFirst; e < confusionEnd; e++) if (spelling.confusedClassIndex(e) === NO_WORD_CLASS) count = addCandidate(count, spelling.confusedChar(e), NO_WORD_CLASS, NO_WORD);
  for (let e = confusionFirst; e < confusionEnd; e++) confusedClassOf[spelling.confusedChar(e)] = 0;
  for (let e = nearFirst; e < nearEnd; e++) confusedClassOf[spelling.nearChar(e)] = 0;
  for (let c = 0; c < count; c++) isCandidate[candidateChars[c]!] = 0;
  return count;
}

/** Candidates of the current position by character code (set and cleared per position): no character is listed twice. */
const isCandidate = new Uint8Array(0x10000);

/** Adds a candidate unless listed (or the list is full); returns the new count. */
function addCandidate(count: number, char: number, likeness: number, kind: number): number {
  if (isCandidate[char] === 1 || count === candidateChars.length) return count;
  isCandidate[char] = 1;
  candidateChars[count] = char;
  candidateClasses[count] = likeness;
  candidateKinds[count] = kind;
  return count + 1;
}

/** Why the context detector does or does not change `text[offset]` to `to` (benchmarks/attrition.ts): the first of its tests that fails. */
export interface CorrectionTrace {
  stage: 'frozen' | 'not a token' | 'name suffix' | 'not a suspect' | 'no candidate' | 'own token' | 'bar' | 'lost the round' | 'other fix here' | 'found';
  /** The class of `to` for the written character: a confusion class, a near class, or 'unlisted'. */
  likeness: CandidateClass | 'unlisted';
  /** ln P the sentence gains, ln P its own token gains, and the bar the gain had to clear. */
  gain: number;
  own: number;
  bar: number;
}

/**
 * Traces one correction through correctScored's tests on the sentence `text[start, end)` (scores it
 * anew: a scored sentence is lost). For measuring only; the rule never calls it.
 */
export function traceCorrection(
  model: ContextModel,
  spelling: SpellingModel,
  settings: ContextSettings,
  text: string,
  start: number,
  end: number,
  offset: number,
  to: string,
  mayChange: (offset: number) => boolean,
): CorrectionTrace {
  const code = to.charCodeAt(0);
  let likeness: CandidateClass | 'unlisted' = 'unlisted';
  for (let e = spelling.confusionFirst(text, offset), last = spelling.confusionEnd(text, offset); e < last; e++) if (spelling.confusedChar(e) === code) likeness = CANDIDATE_CLASSES[spelling.confusedClassIndex(e)]!;
  if (likeness === 'unlisted') for (let e = spelling.nearFirst(text, offset), last = spelling.nearEnd(text, offset); e < last; e++) if (spelling.nearChar(e) === code) likeness = CANDIDATE_CLASSES[spelling.nearClassIndex(e)]!;
  const trace = (stage: CorrectionTrace['stage'], gain = NaN, own = NaN, bar = NaN): CorrectionTrace => ({ stage, likeness, gain, own, bar });
  scoreSentence(model, text, start, end);
  const n = scored.n;
  let k = 1;
  while (k < n && offsets[k] !== offset) k++;
  if (k === n) return trace('not a token');
  const id = model.token(code);
  const after = logPAfter(k, n);
  let own = NaN;
  let gain = NaN;
  if (id >= FIRST_CHAR_ID) {
    candidateIds[0] = id;
    model.logProbsAt(ids, k, candidateIds, 1, candidateLogPs);
    own = candidateLogPs[0]! - logPs[k]!;
    const original = ids[k]!;
    ids[k] = id;
    gain = own + sumLogP(model, n, k + 1, k + 4) - after;
    ids[k] = original;
  }
  const likely = !(logPs[k]! < settings.suspect);
  const near = settings.gain['near-sound'] < Infinity || settings.gain['near-shape'] < Infinity;
  const count = candidatesAt(spelling, text, start, end, offset, settings.unlistedPerBlank, logPs[k]! < settings.noWordSuspect, near);
  let kind = -1;
  for (let c = 0; c < count; c++) if (candidateChars[c] === code) kind = candidateKinds[c]!;
  // A character the sets do not hold is weighed as an unlisted one; one not among the candidates, as a word would be.
  const bar = likeness === 'unlisted' ? barOf(settings, UNLISTED, 'same-pinyin', likely, own) : barOf(settings, kind < 0 ? WORD : kind, likeness, likely, own);
  if (!mayChange(offset)) return trace('frozen', gain, own, bar);
  if (spelling.isNameSuffix(text, offset)) return trace('name suffix', gain, own, bar);
  if (!isSuspect(settings, k, n)) return trace('not a suspect', gain, own, bar);
  if (kind < 0 || id < FIRST_CHAR_ID) return trace('no candidate', gain, own, bar);
  if (own < settings.ownGain - settings.ownLossRoom) return trace('own token', gain, own, bar);
  if (gain - bar <= 0) return trace('bar', gain, own, bar);
  const found = SCORED.corrections(spelling, settings, mayChange);
  if (found.some((c) => c.offset === offset && c.to === to)) return trace('found', gain, own, bar);
  return trace(found.some((c) => c.offset === offset) ? 'other fix here' : 'lost the round', gain, own, bar);
}
