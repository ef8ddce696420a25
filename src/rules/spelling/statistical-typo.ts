import type { Document } from '../../document/document.js';
import { loadArtefact } from '../../compiled/artefact.js';
import { lazyModule } from '../../lazy-module.js';
import { AhoCorasick } from '../../match/aho-corasick.js';
import { spanContaining } from '../../text/span-search.js';
import { isDigitLike } from '../../text/unicode.js';
import { CLAUSE_ENDS } from '../../text/sentences.js';
import type { PackMatcher } from '../../packs/pack-matcher.js';
import type { Rule } from '../rule.js';
import { correctClause, type Correction } from './corrector.js';
import { SPELLING_MODEL } from './model.js';

/** Margin beyond the bar from which a correction is an error rather than a warning (on the development set ~96 % of those are right). */
const ERROR_MARGIN = 6;
const HAN_RUN = /\p{Script=Han}+/gu;
/** Corrections are trusted or doubted a sentence at a time. */
const SENTENCE_END = new RegExp(`[${CLAUSE_ENDS}]`, 'g');

const MESSAGES = {
  suspectedTypo: `“{{from}}”疑为“{{to}}”之误（{{word}}）`,
};

/**
 * Typos no dictionary lists: a character replaced by one that sounds or looks alike
 * (总休方案 → 总体方案). See corrector.ts for the model. Text that a pack already
 * reports, or that a pack's `unless` list says is right, is left alone.
 */
export function createStatisticalTypoRule(matcher: PackMatcher): Rule {
  const unlessContexts = lazyModule(() => contextsByChar(matcher.unlessContexts()));
  return {
    id: 'spelling/statistical-typo',
    category: 'typo',
    severity: 'warning',
    description: '统计模型发现的音近、形近错字',
    messages: MESSAGES,
    guesses: true,
    check(doc, report) {
      const text = doc.text;
      const model = loadArtefact(SPELLING_MODEL);
      const reported = packCoverage(doc, matcher);
      // Corrections wait for the end of their sentence: a doubtful clause anywhere in it cancels them all.
      let pending: { offset: number; corrections: readonly Correction[] }[] = [];
      let doubtful = false;
      let sentenceEnd = -1;
      const kept: { start: number; correction: Correction }[] = [];
      const settleSentence = () => {
        for (const { offset, corrections } of doubtful ? [] : pending) {
          for (const c of corrections) if (!insideContext(text, offset + c.at, unlessContexts().get(c.from))) kept.push({ start: offset + c.at, correction: c });
        }
        pending = [];
        doubtful = false;
      };
      for (const run of text.matchAll(HAN_RUN)) {
        const offset = run.index;
        if (offset > sentenceEnd) {
          settleSentence();
          SENTENCE_END.lastIndex = offset;
          sentenceEnd = SENTENCE_END.exec(text)?.index ?? text.length;
        }
        const end = offset + run[0].length;
        if (isShortQuote(text, offset, end) || DOC_NUMBER_OPEN.has(text.charCodeAt(end))) continue;
        // A unit after a figure (12000亿斤) is part of the number.
        const mayChange = (at: number) => !reported(offset + at) && !(at === 0 && isDigitLike(text.charCodeAt(offset - 1))) && !(offset + at === end - 1 && isDigitLike(text.charCodeAt(end)));
        const found = correctClause(model, run[0], mayChange);
        if (found.corrections.length > 0) pending.push({ offset, corrections: found.corrections });
        doubtful ||= found.doubtful;
      }
      settleSentence();
      const repeated = repeatedSpots(text, kept.map((k) => k.start));
      for (const { start, correction: c } of kept) {
        if (repeated.has(start)) continue;
        report({
          start,
          end: start + 1,
          messageId: 'suspectedTypo', data: { from: c.from, to: c.to, word: c.word },
          suggestions: [c.to],
          severity: c.margin >= ERROR_MARGIN ? 'error' : 'warning',
        });
      }
    },
  };
}

/** A 机关代字 before the year bracket of a 发文字号 (冀政呈〔2024〕) is a code, not prose: 〔, [, ［ by code unit. */
const DOC_NUMBER_OPEN = new Set([0x3014, 0x5b, 0xff3b]);

/** Quoted names, slogans and jargon (“干货”, “苍溪文旅体”) are meant as written. */
const SHORT_QUOTE = 8;
/** Opening quote → closing quote (“”, ‘’, 「」, ""), by code unit. */
const QUOTES = new Map([
  [0x201c, 0x201d],
  [0x2018, 0x2019],
  [0x300c, 0x300d],
  [0x22, 0x22],
]);

function isShortQuote(text: string, start: number, end: number): boolean {
  return end - start <= SHORT_QUOTE && start > 0 && QUOTES.get(text.charCodeAt(start - 1)) === text.charCodeAt(end);
}

/**
 * A typo is a slip, made once; the same characters written three times or more in one
 * document (a local name, a term of art) are meant.
 */
const MEANT_AFTER = 3;

/** Of the offsets, those whose character and its neighbours occur MEANT_AFTER times or more in the text: one pass, however many. */
function repeatedSpots(text: string, offsets: readonly number[]): Set<number> {
  if (offsets.length === 0) return new Set();
  const around = (at: number) => text.slice(Math.max(0, at - 1), at + 2);
  const automaton = new AhoCorasick([...new Set(offsets.map(around))]);
  const counts = new Map<string, number>();
  for (const m of automaton.findAll(text)) {
    const pattern = automaton.patterns[m.pattern]!;
    counts.set(pattern, (counts.get(pattern) ?? 0) + 1);
  }
  return new Set(offsets.filter((at) => counts.get(around(at))! >= MEANT_AFTER));
}

/** True for offsets inside a span a pack rule reports: that rule speaks for them. */
function packCoverage(doc: Document, matcher: PackMatcher): (offset: number) => boolean {
  const matches = matcher.find(doc);
  return (offset) => spanContaining(matches, offset) !== undefined;
}

interface Context {
  text: string;
  /** Where the character sits in it. */
  offset: number;
}

/** The packs' `unless` contexts, by each character in them. */
function contextsByChar(contexts: readonly string[]): Map<string, Context[]> {
  const byChar = new Map<string, Context[]>();
  for (const context of contexts) {
    for (let offset = 0; offset < context.length; offset++) {
      const list = byChar.get(context[offset]!) ?? [];
      list.push({ text: context, offset });
      byChar.set(context[offset]!, list);
    }
  }
  return byChar;
}

function insideContext(text: string, at: number, contexts: Context[] | undefined): boolean {
  return contexts?.some((c) => text.startsWith(c.text, at - c.offset)) ?? false;
}
