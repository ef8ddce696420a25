/**
 * Sentences and clauses: the one definition of where they end. No other file spells out
 * a class of sentence delimiters (checked by test/architecture.test.ts).
 *
 * - A sentence ends at 。！？ (or their half-width forms) and at a line break: a sentence
 *   never crosses a line, so tables and one-item-per-line lists are never joined.
 * - A clause (分句) ends where its sentence does, and at a semicolon ；;.
 * - Inside a clause, ，and 、 separate its phrases (the number rules' unit).
 */

/** Marks that end a sentence: 。！？, and their half-width forms. */
export const FULL_WIDTH_SENTENCE_END_MARKS = '。！？';
export const SENTENCE_END_MARKS = `${FULL_WIDTH_SENTENCE_END_MARKS}!?`;
export const LINE_BREAKS = '\n\r';
export const SEMICOLONS = '；;';
/** Marks between the phrases of a clause. */
export const PHRASE_MARKS = '，、';
/** The 间隔号 · and the dots typed for it: they join the parts of a foreign name (玛依努尔·尼牙孜) or of a slogan. */
export const INTERPUNCTS = '·•‧・･';

/** Punctuation inside running text: a line holding one is a sentence, not a name, title or signature line. */
export const RUNNING_TEXT_MARKS = `${SENTENCE_END_MARKS}${SEMICOLONS}${PHRASE_MARKS}：:“”《》`;

/** Any character that ends a sentence, as a (non-global) regular expression. */
export const SENTENCE_ENDS = new RegExp(`[${SENTENCE_END_MARKS}${LINE_BREAKS}]`);
/** Any character that ends a clause. */
export const CLAUSE_ENDS = `${SENTENCE_END_MARKS}${SEMICOLONS}${LINE_BREAKS}`;

/** A stretch of the text, `end` exclusive. */
export interface TextSpan {
  start: number;
  end: number;
}

const SENTENCE_END = 1;
const SEMICOLON = 2;
const PHRASE_MARK = 4;
/** Class of each UTF-16 code unit: one array read per character. */
const DELIMITER_CLASS = new Uint8Array(0x10000);
for (const c of SENTENCE_END_MARKS + LINE_BREAKS) DELIMITER_CLASS[c.charCodeAt(0)] = SENTENCE_END;
for (const c of SEMICOLONS) DELIMITER_CLASS[c.charCodeAt(0)] = SEMICOLON;
for (const c of PHRASE_MARKS) DELIMITER_CLASS[c.charCodeAt(0)] = PHRASE_MARK;

export function isSentenceEnd(unit: number): boolean {
  return DELIMITER_CLASS[unit] === SENTENCE_END;
}

export function isClauseEnd(unit: number): boolean {
  return (DELIMITER_CLASS[unit]! & (SENTENCE_END | SEMICOLON)) !== 0;
}

/** A semicolon, ， or 、: what separates the phrases of a clause and the clauses of a sentence. */
export function isPhraseSeparator(unit: number): boolean {
  return (DELIMITER_CLASS[unit]! & (SEMICOLON | PHRASE_MARK)) !== 0;
}

/** The non-empty stretches between characters for which `isEnd` holds (the ends left out). */
function spansBetween(text: string, isEnd: (unit: number) => boolean): TextSpan[] {
  const spans: TextSpan[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isEnd(text.charCodeAt(i))) continue;
    if (i > start) spans.push({ start, end: i });
    start = i + 1;
  }
  if (text.length > start) spans.push({ start, end: text.length });
  return spans;
}

/** The sentences of `text`, without their end marks; empty ones left out. */
export function findSentences(text: string): TextSpan[] {
  return spansBetween(text, isSentenceEnd);
}

/** The clauses of `text`, without their end marks; empty ones left out. */
export function findClauses(text: string): TextSpan[] {
  return spansBetween(text, isClauseEnd);
}

/** The clause around [start, end), at most `reach` characters each way. */
export function clauseAround(text: string, start: number, end: number, reach = 80): TextSpan {
  let s = start;
  while (s > 0 && start - s < reach && !isClauseEnd(text.charCodeAt(s - 1))) s--;
  let e = end;
  while (e < text.length && e - end < reach && !isClauseEnd(text.charCodeAt(e))) e++;
  return { start: s, end: e };
}

/** The rest of the clause from `from`, at most `reach` characters. */
export function clauseAfter(text: string, from: number, reach = 120): string {
  const end = Math.min(text.length, from + reach);
  let i = from;
  while (i < end && !isClauseEnd(text.charCodeAt(i))) i++;
  return text.slice(from, i);
}
