import type { LineIndex } from '../document/line-index.js';

/**
 * An inline directive from a Markdown or HTML comment:
 * `gongwen-disable`, `gongwen-enable`, `gongwen-disable-next-line [ruleId...]`.
 */
export interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line';
  /** Rule ids it names; empty means every rule. */
  rules: string[];
  /** Source offsets of the comment. */
  start: number;
  end: number;
}

/** A comment that looks like a directive but cannot work: a misspelt keyword (gongwen-disable-line) or an unknown rule id. */
/** A comment meant as a directive that switches nothing off: a finding of the rule `directive/invalid`. */
export interface DirectiveProblem {
  messageId: 'unknownDirective' | 'unknownRule';
  data: { keyword: string } | { kind: string; id: string };
  start: number;
  end: number;
}

const KINDS: ReadonlySet<string> = new Set(['disable', 'enable', 'disable-next-line']);
/** Any comment starting with gongwen- is meant as a directive: the keyword is checked, not guessed. */
const DIRECTIVE = /^<!--\s*gongwen-([A-Za-z-]*)([^]*?)-->$/;

/**
 * The directive a comment holds, or the problem with it, or undefined for an ordinary
 * comment. `comment` is the comment's full source text.
 */
export function parseDirective(comment: string, start: number): Directive | DirectiveProblem | undefined {
  const m = DIRECTIVE.exec(comment.trim());
  if (!m) return undefined;
  const end = start + comment.length;
  if (!KINDS.has(m[1]!)) {
    return { messageId: 'unknownDirective', data: { keyword: m[1]! }, start, end };
  }
  const rules = m[2]!.split(/[\s,]+/).filter(Boolean);
  return { kind: m[1] as Directive['kind'], rules, start, end };
}

export function isDirectiveProblem(parsed: Directive | DirectiveProblem): parsed is DirectiveProblem {
  return 'messageId' in parsed;
}

/** Directives naming a rule that does not exist switch nothing off: each such name is a problem. */
export function unknownRuleProblems(directives: readonly Directive[], known: ReadonlySet<string>): DirectiveProblem[] {
  return directives.flatMap((d) =>
    d.rules.filter((id) => !known.has(id)).map((id) => ({ messageId: 'unknownRule' as const, data: { kind: d.kind, id }, start: d.start, end: d.end })),
  );
}

/**
 * Decides whether an issue of `ruleId` at source offset `offset` is switched off:
 * after a `gongwen-disable` (for all rules or that rule) until the matching
 * `gongwen-enable`, or on the line after a `gongwen-disable-next-line`.
 */
export function isDisabled(directives: readonly Directive[], lines: LineIndex, ruleId: string, offset: number): boolean {
  const applies = (d: Directive) => d.rules.length === 0 || d.rules.includes(ruleId);
  let disabled = false;
  for (const d of directives) {
    if (d.start > offset) break;
    if (!applies(d)) continue;
    if (d.kind === 'disable') disabled = true;
    else if (d.kind === 'enable') disabled = false;
    else if (lines.lineOf(offset) === lines.lineOf(d.end) + 1) return true;
  }
  return disabled;
}
