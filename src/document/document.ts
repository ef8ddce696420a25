import type { Segmenter } from '../segment/segmenter.js';
import { findDocumentFacts, type DocumentFacts } from './facts.js';
import { findClauses, findSentences, type TextSpan } from '../text/sentences.js';
import { spanContaining } from '../text/span-search.js';
import { LineIndex } from './line-index.js';
import { findSkippedSpans, type Span } from './skipped-spans.js';

/** A word from the segmenter, with its UTF-16 offsets in the document. */
export interface Word {
  text: string;
  start: number;
  end: number;
}

/** What the caller told us about the document, and the clock. */
export interface DocumentSettings {
  /** The document's date when the caller gives it (`documentDate`); rules fall back to the 成文日期 they find, then to `today`. */
  documentDate?: Date;
  /** The present, for rules that compare with it (a birth date in the future). */
  today: Date;
}

/**
 * The text under check, with everything rules share computed at most once and only
 * when asked for: line index, words per line, spans to skip, and per-document memos
 * (for passes such as pack matching that feed several rules).
 */
export class Document {
  readonly text: string;
  readonly lines: LineIndex;
  readonly settings: DocumentSettings;
  readonly #segmenter: Segmenter;
  readonly #wordsByLine = new Map<number, Word[]>();
  readonly #memo = new Map<unknown, unknown>();
  #skipped: Span[] | undefined;

  constructor(text: string, segmenter: Segmenter, settings: DocumentSettings = { today: new Date() }) {
    this.text = text;
    this.lines = new LineIndex(text);
    this.settings = settings;
    this.#segmenter = segmenter;
  }

  get segmenter(): Segmenter {
    return this.#segmenter;
  }

  /** Words of line `index` (0-based). Segmenting a line alone gives what the whole text would: jieba cuts at punctuation and breaks anyway. */
  wordsOfLine(index: number): Word[] {
    let words = this.#wordsByLine.get(index);
    if (!words) {
      const start = this.lines.lineStarts[index]!;
      const lineText = this.text.slice(start, this.lines.lineEnd(index));
      words = [];
      let at = start;
      for (const w of this.#segmenter.cut(lineText)) {
        words.push({ text: w, start: at, end: at + w.length });
        at += w.length;
      }
      this.#wordsByLine.set(index, words);
    }
    return words;
  }

  /** The word that contains `offset`, or undefined at a line break. */
  wordAt(offset: number): Word | undefined {
    return spanContaining(this.wordsOfLine(this.lines.lineOf(offset)), offset);
  }

  /** True when no word spans across `offset` (the start or end of the text or of a line counts). */
  isWordBoundary(offset: number): boolean {
    if (offset <= 0 || offset >= this.text.length) return true;
    const w = this.wordAt(offset);
    return w === undefined || w.start === offset;
  }

  /** True when `[start, end)` is exactly one word of the segmenter (a span that is a word of its own, not a slip). */
  isOneWord(start: number, end: number): boolean {
    const w = this.wordAt(start);
    return w !== undefined && w.start === start && w.end === end;
  }

  /** True when the character at `offset` is a word of one character, or in none: a fragment, not part of a word. */
  standsAlone(offset: number): boolean {
    const w = this.wordAt(offset);
    return w === undefined || w.end - w.start <= 1;
  }

  /** URLs, e-mail addresses and similar spans that are not prose. */
  get skippedSpans(): Span[] {
    return (this.#skipped ??= findSkippedSpans(this.text));
  }

  /** The sentences (up to 。！？ or a line break, src/text/sentences.ts), found once when first asked for. */
  get sentences(): readonly TextSpan[] {
    return this.memo(findSentences, () => findSentences(this.text));
  }

  /** The clauses (分句: sentences split at ；), found once when first asked for. */
  get clauses(): readonly TextSpan[] {
    return this.memo(findClauses, () => findClauses(this.text));
  }

  /** The document's own dates (成文日期, header fields, 印发) and 发文字号; found once, when first asked for. */
  get facts(): DocumentFacts {
    return this.memo(findDocumentFacts, () => findDocumentFacts(this.text));
  }

  /** Computes `compute()` once per document for `key`; lets several rules share one pass. */
  memo<T>(key: unknown, compute: () => T): T {
    if (!this.#memo.has(key)) this.#memo.set(key, compute());
    return this.#memo.get(key) as T;
  }
}
