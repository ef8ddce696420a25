import type { Severity } from '../types.js';

/** `word`: a match counts only if it starts and ends on a word boundary of the segmenter. */
export type Boundary = 'none' | 'word';

/** One piece of knowledge: wrong forms, their correct forms, and where the wrong form is right. */
export interface PackEntry {
  wrong: string[];
  /** Correct forms, best first; the first is the fix. Empty when the fix depends on the context: reported without a suggestion. */
  right: string[];
  note?: string;
  /** Literal contexts containing a wrong form in which it is correct. */
  unless: string[];
  severity: Severity;
  boundary: Boundary;
  /** Where the entry comes from, with a name of the pack's `sources` written out. */
  source?: string;
  /** Only outside quotation marks (台独 → “台独”). */
  unquoted?: boolean;
  /** An outdated wording from this day (YYYY-MM-DD) on: wrong only in documents dated then or later. */
  outdatedFrom?: string;
}

export interface PackExamples {
  /** Texts the pack must flag; `output`, when given, is the text after applying the fixes. */
  invalid: { text: string; output?: string }[];
  /** Texts the pack must leave alone. */
  valid: string[];
}

/** A rule pack after validation, with every default filled in. */
export interface RulePack {
  id: string;
  name: string;
  description?: string;
  /** ruleId of the issues this pack reports. */
  rule: string;
  category: string;
  severity: Severity;
  /** Message template with {wrong}, {right} and {note}. */
  message: string;
  entries: PackEntry[];
  examples: PackExamples;
  /** Where the pack was read from, for error messages. */
  source: string;
}

/** A pack without its entries and examples: what a rule needs to report a pack's match. */
export type PackInfo = Omit<RulePack, 'entries' | 'examples'>;
