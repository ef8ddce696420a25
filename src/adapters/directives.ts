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

const DIRECTIVE = /^<!--\s*gongwen-(disable-next-line|disable|enable)\b([^]*?)-->$/;

/** The directive a comment holds, if any. `comment` is the comment's full source text. */
export function parseDirective(comment: string, start: number): Directive | undefined {
  const m = DIRECTIVE.exec(comment.trim());
  if (!m) return undefined;
  const rules = m[2]!.split(/[\s,]+/).filter(Boolean);
  return { kind: m[1] as Directive['kind'], rules, start, end: start + comment.length };
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
