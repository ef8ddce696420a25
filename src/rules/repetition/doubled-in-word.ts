import type { Document } from '../../document/document.js';
import { loadContextModel } from '../../model/context-model-file.js';
import { textLogP } from '../../model/context-model.js';
import { HAN_NUMBER_CHARS } from '../../text/numerals.js';
import { isHan } from '../../text/unicode.js';
import type { Rule } from '../rule.js';

/** Characters on each side of the doubled one that the segmenter sees once it is written once. */
const REACH = 4;
/** Shortest word a doubled character may sit inside: a two-character word with a character doubled reads as two words too often (人民|民主). */
const MIN_WORD = 3;
const NUMERALS = new Set(`${HAN_NUMBER_CHARS}两`);
/**
 * ln P the text around the copies must gain, under the context model of official text, when one
 * copy goes: a slip (委员员会, 人民政政府) gains 15–24, two words that share a character at their
 * seam (发电|电量, 高科|科技, 独立国|国家元首, 管理|理论) gain 10 at most.
 */
const MIN_GAIN = 12;

const MESSAGES = {
  doubledInWord: `“{{written}}”中“{{unit}}”多写了一个，疑为“{{word}}”。`,
};

/**
 * A character written twice inside a word (委员员会, 人民政政府, 中国共产产党): written once, it
 * makes a word of three characters or more around it, with characters of that word on both
 * sides; or a word of three characters or more has its last character written again, the copy
 * standing alone (党中央央, 人民群众众); and the context model finds the text far likelier so (MIN_GAIN). repetition/repeated-word finds a unit repeated as words of their own (值守值守, 的的);
 * a slip inside a word leaves no such words. Left alone: a word that is itself a reduplication
 * (天天, 常常: the segmenter keeps it whole), two words meeting on the same character that
 * make no longer word (人民|民主, 管理|理论) or merge into one (大学|学生会 is 大学生会 too), and
 * numerals (一一, 十十).
 */
export function createDoubledInWordRule(): Rule {
  return {
    id: 'repetition/doubled-in-word',
    category: 'repetition',
    severity: 'error',
    description: '词语中的字多写了一个（委员员会、人民政政府）',
    messages: MESSAGES,
    check(doc, report) {
      const text = doc.text;
      for (let i = 0; i + 1 < text.length; i++) {
        // Cheap test first: most characters are not followed by themselves.
        if (text.charCodeAt(i) !== text.charCodeAt(i + 1) || !isHan(text.charCodeAt(i)) || NUMERALS.has(text[i]!)) continue;
        const found = wordWrittenOnce(doc, i);
        if (!found) continue;
        report({
          start: found.start,
          end: found.end,
          messageId: 'doubledInWord',
          data: { written: text.slice(found.start, found.end), unit: text[i]!, word: found.word },
          suggestions: [found.word],
        });
        i = found.end - 1;
      }
    },
  };
}

/**
 * The word that the doubled character at `at` (and `at + 1`) makes when written once, with
 * its span in the text (holding both copies); undefined when the text reads as words already.
 */
function wordWrittenOnce(doc: Document, at: number): { start: number; end: number; word: string } | undefined {
  const text = doc.text;
  const first = doc.wordAt(at);
  const second = doc.wordAt(at + 1);
  if (!first || !second) return undefined;
  // One word holds both copies (天天).
  if (first.end > at + 1) return undefined;
  // One word ends on the first copy and another begins on the second (大学|学生会): the word written once may be just the two merged (大学生).
  const meeting = first.end - first.start >= 2 && second.end - second.start >= 2 && second.start === at + 1;
  const line = doc.lines.lineOf(at);
  const from = Math.max(doc.lines.lineStarts[line]!, at - REACH);
  const to = Math.min(doc.lines.lineEnd(line), at + 2 + REACH);
  const once = text.slice(from, at + 1) + text.slice(at + 2, to);
  // The model is read on the first doubled character that gets this far: the costliest test, so the last.
  const likelierOnce = () => {
    const model = loadContextModel();
    return textLogP(model, once) - textLogP(model, text.slice(from, to)) >= MIN_GAIN;
  };
  // A word's last character written again after it, standing alone (党中央央, 人民群众众): a second copy
  // that begins a word is the next word's (委员会|会议, 研究生|生活).
  if (first.end - first.start >= MIN_WORD && second.start === at + 1 && second.end === at + 2) {
    return likelierOnce() ? { start: first.start, end: at + 2, word: first.text } : undefined;
  }
  const p = at - from;
  let offset = 0;
  for (const word of doc.segmenter.cut(once)) {
    const start = offset;
    offset += word.length;
    if (start > p) break;
    // The character inside the word, with the word's own characters on both sides.
    if (offset <= p + 1 || start >= p || word.length < MIN_WORD) continue;
    const span = { start: from + start, end: from + offset + 1, word };
    // Only a word reaching past the two (人民政府 over 民政|政府) is more than their merger.
    if (meeting && span.start >= first.start && span.end <= second.end) return undefined;
    return likelierOnce() ? span : undefined;
  }
  return undefined;
}
