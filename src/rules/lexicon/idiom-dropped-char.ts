import type { Document } from '../../document/document.js';
import type { FormMatch } from '../../match/near-miss-index.js';
import { loadContextModel } from '../../model/context-model-file.js';
import { textLogP } from '../../model/context-model.js';
import { isClauseEnd, isPhraseSeparator } from '../../text/sentences.js';
import { twoCharWordCount, type ShortWords } from './fixed-expressions.js';

/** Characters of context on each side that the model reads. */
const REACH = 4;
/**
 * ln P the text around a four-character idiom with a character dropped (一丝苟, 与时进) must gain,
 * under the context model of official text, when the character is put back: the slips measured
 * gain 9–15, text that merely holds three of an idiom's characters (办实事是…, 与时进行) 1–4.
 */
const MIN_GAIN = 9;
/** Function characters: one left out is wording, not a slip (and they are the idioms' least telling characters). */
const FUNCTION_CHARS = new Set('的之而以于与其者也乃');

/**
 * A four-character idiom with one inner or last character dropped, leaving three (他做事一丝苟,
 * 坚持与时进): three characters are as often another phrase, so the context model must find the
 * text far likelier with the character back, and the three must not be one word.
 */
export function idiomCharDropped(doc: Document, m: FormMatch, form: string, words: ShortWords): boolean {
  const dropped = form[m.at]!;
  if (form.length !== 4 || FUNCTION_CHARS.has(dropped)) return false;
  if (doc.isOneWord(m.start, m.end)) return false;
  // The three characters cut no word of the text (清|廉奉公, 有的矢|志, 长久安|澜: the end of one word and the start of the next).
  if (!doc.isWordBoundary(m.start) || !doc.isWordBoundary(m.end)) return false;
  const text = doc.text;
  // Nor does an edge character make a word with its neighbour outside, which the segmenter's reduced list may lack (有的矢|志, 长久安|澜, 清|波粼粼).
  if (m.end < text.length && twoCharWordCount(words, text.charCodeAt(m.end - 1), text.charCodeAt(m.end)) > 0) return false;
  if (m.start > 0 && twoCharWordCount(words, text.charCodeAt(m.start - 1), text.charCodeAt(m.start)) > 0) return false;
  // A line of verse (春满神州千里秀，祖国大地万象新): five or seven characters beside a line as long; verse leaves characters out by design.
  if (inCouplet(text, m.start)) return false;
  const from = Math.max(0, m.start - REACH);
  const to = Math.min(text.length, m.end + REACH);
  const written = text.slice(from, to);
  const restored = text.slice(from, m.start + m.at) + dropped + text.slice(m.start + m.at, to);
  const model = loadContextModel();
  return textLogP(model, restored) - textLogP(model, written) >= MIN_GAIN;
}

/** The phrase holding `at` and the one before or after it are five or seven characters each, a couplet's lines. */
function inCouplet(text: string, at: number): boolean {
  const ends = (unit: number) => isClauseEnd(unit) || isPhraseSeparator(unit);
  let start = at;
  while (start > 0 && !ends(text.charCodeAt(start - 1))) start--;
  let end = at;
  while (end < text.length && !ends(text.charCodeAt(end))) end++;
  const length = end - start;
  if (length !== 5 && length !== 7) return false;
  const lengthOf = (from: number, step: 1 | -1) => {
    let k = from;
    while (k >= 0 && k < text.length && !ends(text.charCodeAt(k))) k += step;
    return Math.abs(k - from);
  };
  return (start > 1 && lengthOf(start - 2, -1) === length) || (end + 1 < text.length && lengthOf(end + 1, 1) === length);
}
