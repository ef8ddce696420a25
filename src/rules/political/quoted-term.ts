import { AhoCorasick } from '../../match/aho-corasick.js';
import { HAN_NUMBER_CHARS } from '../../text/numerals.js';
import type { CharLikeness, Rule } from '../rule.js';
import type { Enumeration, FormulationsData } from './data.js';
import { FUNCTION_CHARS } from '../../text/function-chars.js';

/** Shortest and longest term checked: below three characters a quoted span is too often another word. */
const MIN_LENGTH = 3;
const MAX_LENGTH = 6;
/** A term quoted in the text: “两个维护”, ‘十四五’, 「一国两制」. */
const QUOTED = new RegExp(`[“‘「]([^“”‘’「」\\s]{${MIN_LENGTH},${MAX_LENGTH + 1}})[”’」]`, 'g');
const HAN = /^\p{Script=Han}+$/u;
const OPENING_QUOTES = '“‘「';
const CLOSING_QUOTES = '”’」';
/** The frame of a quoted part in a longer term: two to four Han characters right before its quotation marks, or right after them. */
const FRAME_BEFORE = /\p{Script=Han}{2,4}$/u;
const FRAME_AFTER = /^\p{Script=Han}{2,4}/u;
/** Numerals: 两个/三个, 十四五/十五五 name other terms, not slips. */
const NUMERALS = new Set(`${HAN_NUMBER_CHARS}两`);

const MESSAGES = {
  quotedTerm: `“{{found}}”疑为“{{term}}”之误（字有误）。规范表述为“{{term}}”（依据：{{source}}）。`,
  doubledInTerm: `“{{found}}”疑为“{{term}}”之误（多字）。规范表述为“{{term}}”（依据：{{source}}）。`,
  droppedFromTerm: `“{{found}}”疑为“{{term}}”之误（漏字）。规范表述为“{{term}}”（依据：{{source}}）。`,
};

interface ShortTerm {
  term: string;
  source: string;
}

/**
 * A short set term — a numbered formulation or a slogan of three to six characters
 * (两个维护, 四个意识, 十四五, 一带一路) — with one character replaced by a sound- or
 * shape-alike, where the text marks it as a set term: inside quotation marks (做到“两个唯护”,
 * “十四无”时期), or in its frame, unquoted: after its fixed verb (坚定四个自言), or beside the words
 * a longer term puts around it (十四无规划, 共建一带一陆). political/near-miss leaves terms
 * under six characters alone, since such a span is as often another phrase (四个意思); the
 * quotation marks or the fixed verb are the evidence it is meant as the term.
 *
 * The terms: those of formulations.yaml of three to six Han characters, and the quoted parts
 * of longer ones (“三个代表”重要思想 gives 三个代表). Never a numeral for a numeral (“十五五”
 * is another plan) nor a numeral for anything but its homophone (上海的“千园工程” is a program named
 * after 千万工程), never a function character, never a span that is itself a term or one word.
 * An error when the two characters sound the same or look alike (the spelling family's
 * confusion sets); a warning for a merely similar sound. Inside quotation marks, also a term
 * with one character written twice (“两个维维护”), an error, or one left out (“两个护”), a warning.
 */
export function createQuotedTermRule(formulations: FormulationsData, enumerations: readonly Enumeration[], likeness: CharLikeness): Rule {
  // Built on the first quoted span: most documents have none.
  let index: TermIndex | undefined;
  return {
    id: 'political/quoted-term',
    category: 'political',
    severity: 'error',
    description: '引号中或固定动词后的简短规范表述（“两个维护”“十四五”）的错字',
    messages: MESSAGES,
    check(doc, report) {
      const text = doc.text;
      // Each span and, beside a frame word, the terms it frames (any term inside quotation marks).
      const found: { start: number; end: number; labels?: readonly string[] }[] = [];
      for (const m of text.matchAll(QUOTED)) found.push({ start: m.index + 1, end: m.index + 1 + m[1]!.length });
      index ??= new TermIndex(formulations, enumerations);
      for (const v of index.frames.find(text)) found.push(v);
      for (const { start, end, labels } of found) {
        const span = text.slice(start, end);
        if (!HAN.test(span) || index.exact.has(span)) continue;
        // A character written twice inside quotation marks (“两个维维护”): the term with one copy.
        const undoubled = labels ? undefined : index.undoubled(span);
        if (undoubled) {
          report({ start, end, messageId: 'doubledInTerm', data: { found: span, term: undoubled.term, source: undoubled.source }, suggestions: [undoubled.term] });
          continue;
        }
        // An inner character of a four-character term left out inside quotation marks (“两个护”), unless the rest is a word of its own.
        const shortened = labels ? undefined : index.dropped(span);
        if (shortened && !doc.isOneWord(start, end)) {
          report({ start, end, messageId: 'droppedFromTerm', data: { found: span, term: shortened.term, source: shortened.source }, suggestions: [shortened.term], severity: 'warning' });
          continue;
        }
        const miss = index.nearest(span, likeness);
        if (!miss || (labels && !labels.includes(miss.term.term)) || doc.isOneWord(start, end)) continue;
        report({
          start,
          end,
          messageId: 'quotedTerm',
          data: { found: span, term: miss.term.term, source: miss.term.source },
          suggestions: [miss.term.term],
          ...(miss.sure ? {} : { severity: 'warning' as const }),
        });
      }
    },
  };
}

/** The short terms, by each form with one character blanked; the words that frame them. */
class TermIndex {
  readonly exact = new Set<string>();
  readonly #terms: ReadonlyMap<string, ShortTerm>;
  /** Each term of four characters with an inner character left out, and the term; null where two terms give the same form. */
  readonly #shortened = new Map<string, ShortTerm | null>();
  readonly #blanked = new Map<string, { term: ShortTerm; at: number }[]>();
  readonly frames: FrameFinder;

  constructor(formulations: FormulationsData, enumerations: readonly Enumeration[]) {
    const terms = new Map<string, ShortTerm>();
    const add = (term: string, source: string) => {
      if (term.length >= MIN_LENGTH && term.length <= MAX_LENGTH && HAN.test(term) && !terms.has(term)) terms.set(term, { term, source });
    };
    // The words a longer term puts right before or after a quoted part (共建“一带一路”, “十四五”规划).
    const frames: { term: string; head?: string; tail?: string }[] = [];
    for (const f of formulations.terms) {
      add(f.term, f.source);
      for (const m of f.term.matchAll(/“([^”]+)”/g)) {
        add(m[1]!, f.source);
        const head = FRAME_BEFORE.exec(f.term.slice(0, m.index))?.[0];
        const tail = FRAME_AFTER.exec(f.term.slice(m.index + m[0].length))?.[0];
        frames.push({ term: m[1]!, ...(head && { head }), ...(tail && { tail }) });
      }
      this.exact.add(f.term);
    }
    for (const e of enumerations) if (e.label !== undefined) add(e.label, e.source);
    for (const word of formulations.legitimate) this.exact.add(word);
    for (const t of terms.values()) {
      this.exact.add(t.term);
      for (let at = 0; at < t.term.length; at++) {
        const key = blank(t.term, at);
        this.#blanked.set(key, [...(this.#blanked.get(key) ?? []), { term: t, at }]);
      }
    }
    this.#terms = terms;
    // Only four-character terms and inner characters: a longer term or its last character left out is as
    // often a wording of its own (“两个不动摇”, “科学发展” in a list of names).
    for (const t of terms.values()) {
      if (t.term.length !== 4) continue;
      for (let at = 1; at < t.term.length - 1; at++) {
        const form = t.term.slice(0, at) + t.term.slice(at + 1);
        if (terms.has(form) || NUMERALS.has(t.term[at]!)) continue;
        const other = this.#shortened.get(form);
        this.#shortened.set(form, other === undefined || other === t ? t : null);
      }
    }
    this.frames = new FrameFinder(enumerations, frames.filter((f) => terms.has(f.term)), (label) => terms.has(label));
  }

  /** The one four-character term `span` is with an inner character (not a numeral) left out, if any. */
  dropped(span: string): ShortTerm | undefined {
    return this.#shortened.get(span) ?? undefined;
  }

  /** The term `span` is with one of its doubled characters written once (两个维维护 → 两个维护), if any. */
  undoubled(span: string): ShortTerm | undefined {
    for (let i = 0; i + 1 < span.length; i++) {
      if (span[i] !== span[i + 1]) continue;
      const term = this.#terms.get(span.slice(0, i) + span.slice(i + 1));
      if (term) return term;
    }
    return undefined;
  }

  /** The one term `span` is a slip of (a single replaced character, alike), and whether the likeness is sure; undefined when none or several. */
  nearest(span: string, likeness: CharLikeness): { term: ShortTerm; sure: boolean } | undefined {
    let best: { term: ShortTerm; sure: boolean } | undefined;
    for (let at = 0; at < span.length; at++) {
      for (const c of this.#blanked.get(blank(span, at)) ?? []) {
        const right = c.term.term[at]!;
        const wrong = span[at]!;
        if (right === wrong || FUNCTION_CHARS.has(wrong) || (NUMERALS.has(right) && NUMERALS.has(wrong))) continue;
        const alike = likeness(right, wrong);
        // A numeral of the term replaced by anything but its homophone names a program of its own after it (千园工程 after 千万工程).
        if (alike === undefined || (NUMERALS.has(right) && alike !== 'same-pinyin')) continue;
        if (best !== undefined && best.term !== c.term) return undefined; // two terms fit: no evidence for either
        best = { term: c.term, sure: alike !== 'similar-sound' };
      }
    }
    return best;
  }
}

function blank(s: string, at: number): string {
  return `${s.slice(0, at)}\u0000${s.slice(at + 1)}`;
}

/**
 * Where a numbered term's fixed verb (增强, 坚定, 做到, 深刻领悟 of enumerations.yaml), or the
 * words a longer term puts around its quoted part (共建“一带一路”, “十四五”规划), stand beside a span
 * of the term's length: the frame makes the span that term, quoted or not (坚定四个自言, 十四无规划).
 * The frame words are found in one pass (Aho–Corasick), built on the first document.
 */
class FrameFinder {
  /** Per frame word: whether the term follows it (a verb, 共建) or precedes it (规划, 时期), the term's length and the terms. */
  readonly #byWord = new Map<string, { after: boolean; length: number; labels: string[] }[]>();
  readonly #words: readonly string[];
  readonly #matcher: AhoCorasick;

  constructor(enumerations: readonly Enumeration[], frames: readonly { term: string; head?: string; tail?: string }[], isTerm: (label: string) => boolean) {
    const add = (word: string, after: boolean, label: string) => {
      const list = this.#byWord.get(word) ?? [];
      const same = list.find((f) => f.after === after && f.length === label.length);
      if (!same) this.#byWord.set(word, [...list, { after, length: label.length, labels: [label] }]);
      else if (!same.labels.includes(label)) same.labels.push(label);
    };
    for (const e of enumerations) {
      if (e.label === undefined || !isTerm(e.label) || !e.verbs) continue;
      for (const verb of e.verbs.takes) add(verb, true, e.label);
    }
    for (const f of frames) {
      if (f.head) add(f.head, true, f.term);
      if (f.tail) add(f.tail, false, f.term);
    }
    this.#words = [...this.#byWord.keys()];
    this.#matcher = new AhoCorasick(this.#words);
  }

  /** The span beside each frame word, with the terms it frames. */
  find(text: string): { start: number; end: number; labels: readonly string[] }[] {
    const found: { start: number; end: number; labels: readonly string[] }[] = [];
    for (const m of this.#matcher.findAll(text)) {
      for (const { after, length, labels } of this.#byWord.get(this.#words[m.pattern]!)!) {
        const start = after ? m.end : m.start - length;
        // A quoted term beside the word is found as quoted.
        if (start < 0 || start + length > text.length || OPENING_QUOTES.includes(text[start]!) || CLOSING_QUOTES.includes(text[start + length - 1]!)) continue;
        found.push({ start, end: start + length, labels });
      }
    }
    return found;
  }
}
