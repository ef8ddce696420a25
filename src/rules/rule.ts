import type { Document } from '../document/document.js';
import type { Severity } from '../types.js';
import type { MessageData } from './messages.js';

/** What a rule reports; the pipeline renders the message and adds line, column, text and the rule's id. */
export interface Finding {
  start: number;
  end: number;
  /** A key of the rule's `messages`. */
  messageId: string;
  /** The values of the template's `{{name}}` placeholders. */
  data?: MessageData;
  suggestions?: string[];
  /** Overrides the rule's default severity for this finding (a pack entry's own severity). */
  severity?: Severity;
}

export type Report = (finding: Finding) => void;

/**
 * A rule: metadata plus one `check` function, in the spirit of ESLint's
 * `{ meta, create }`. Rules only read the document; they never do I/O and
 * never see another rule's output.
 */
export interface Rule {
  id: string;
  category: string;
  severity: Severity;
  /** One line, Chinese, for rule listings. */
  description: string;
  /** Message templates by id, Chinese; `{{name}}` is filled from a finding's `data`. */
  messages: Readonly<Record<string, string>>;
  /** Its suggestions are statistical guesses: `--fix` leaves them for an editor to confirm. */
  guesses?: boolean;
  /** `false`: its suggestions are never applied unseen (privacy masks); its issues carry `autofix: false`. */
  autofix?: false;
  /**
   * Reads the text with its invisible characters (zero-width space, soft hyphen…). Every
   * other rule reads it without them, so that 针\u200b炙 is still 针炙 to it.
   */
  seesInvisible?: true;
  check(doc: Document, report: Report): void;
}

/**
 * How two characters are alike — the spelling family's confusion sets, which the registry
 * hands to the rules that weigh a slip (political/near-miss, lexicon/fixed-expression) —
 * or undefined when they are not confusable.
 */
export type CharLikeness = (a: string, b: string) => 'same-pinyin' | 'similar-sound' | 'similar-shape' | undefined;
