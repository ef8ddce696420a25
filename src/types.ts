/** How serious a finding is. `error` blocks publication (CLI exit 1). */
export type Severity = 'error' | 'warning' | 'info';

/** Most severe first: how findings of one span, and reports, are ordered. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };
/** A rule's configured level: a severity, or `off` to disable it. */
export type RuleLevel = Severity | 'off';

/** One finding. Offsets are UTF-16 indices into the input, `end` exclusive. */
export interface Issue {
  /** Stable id of the rule that found it, e.g. `lexicon/misused-word`. */
  ruleId: string;
  /** Rule family: `typo`, `repetition`, `script`, … */
  category: string;
  severity: Severity;
  /** Chinese, for an editor: what is wrong and why. */
  message: string;
  /**
   * Which of the rule's messages it is (stable, e.g. `unclosed`; a pack rule's is the pack
   * id), `message` being its template filled in; `grouped` for a grouped finding. Always set
   * by `proofread`; optional so that issues built by hand (for `applyFixes`, the reporters)
   * need not invent one.
   */
  messageId?: string;
  start: number;
  end: number;
  /** 1-based line in the input. */
  line: number;
  /** 1-based column in code points. */
  column: number;
  /** Always `input.slice(start, end)`. */
  text: string;
  /** Replacements for `[start, end)`, best first; `[]` when none. */
  suggestions: string[];
  /**
   * Only on a grouped finding — one convention broken throughout a document or paragraph,
   * such as half-width punctuation — which stands for many places: every one of them, each
   * a complete issue with its own span, message and suggestions, in text order. The
   * finding's own span and text are those of the first place; its own `suggestions` are
   * empty (each place has its own fix).
   * `applyFixes` and `--fix` fix each place; a CMS underlines each place.
   */
  related?: Issue[];
  /**
   * Present, and `false`, when the suggestion must not be applied without an editor
   * looking (privacy findings: the masked number is what to publish if the number is a
   * person's, but only the editor knows). `applyFixes` and `--fix` skip such issues.
   */
  autofix?: false;
}

export interface ProofreadResult {
  issues: Issue[];
}
