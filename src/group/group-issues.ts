import { citationOf } from '../report/citation.js';
import type { Issue } from '../types.js';
import { CONVENTION_RULES, DOCUMENT_GROUP_MIN, PARAGRAPH_GROUP_MIN } from './conventions.js';

export interface GroupOptions {
  /** Rule descriptions for the grouped message (a proofreader's `rules`); without one the message starts from the rule id. */
  rules?: readonly { id: string; description: string }[];
}

/**
 * Findings of a convention rule (half-width punctuation, full-width digits, …) that
 * recur through a document become one finding for the document, or for a paragraph
 * (a line) where they cluster; the few elsewhere stay single. A grouped finding keeps
 * every place in `related` (each the complete issue), so nothing is lost for fixing or
 * underlining. Returns the issues sorted by `start`, as `proofread` does; issues
 * already grouped pass through.
 */
export function groupIssues(issues: readonly Issue[], options: GroupOptions = {}): Issue[] {
  const byRule = new Map<string, Issue[]>();
  for (const issue of issues) {
    if (!CONVENTION_RULES.has(issue.ruleId) || issue.related) continue;
    const key = `${issue.ruleId}\u0000${issue.severity}`;
    const list = byRule.get(key);
    if (list) list.push(issue);
    else byRule.set(key, [issue]);
  }
  const grouped = new Set<Issue>();
  const out: Issue[] = [];
  const describe = (id: string) => options.rules?.find((r) => r.id === id)?.description;
  for (const places of byRule.values()) {
    if (places.length >= DOCUMENT_GROUP_MIN) {
      out.push(groupOf(places, '全文', describe(places[0]!.ruleId)));
      for (const p of places) grouped.add(p);
      continue;
    }
    const byLine = new Map<number, Issue[]>();
    for (const p of places) byLine.set(p.line, [...(byLine.get(p.line) ?? []), p]);
    for (const [line, inLine] of byLine) {
      if (inLine.length < PARAGRAPH_GROUP_MIN) continue;
      out.push(groupOf(inLine, `第 ${line} 行（段）`, describe(inLine[0]!.ruleId)));
      for (const p of inLine) grouped.add(p);
    }
  }
  if (grouped.size === 0) return [...issues];
  for (const issue of issues) if (!grouped.has(issue)) out.push(issue);
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** One finding standing for `places` (same rule and severity, in text order). */
function groupOf(places: Issue[], scope: string, description: string | undefined): Issue {
  const sorted = [...places].sort((a, b) => a.start - b.start || a.end - b.end);
  const first = sorted[0]!;
  const kinds = new Map<string, number>();
  for (const p of sorted) {
    const kind = p.suggestions.length > 0 ? `“${p.text}”→“${p.suggestions[0]}”` : `“${p.text}”`;
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  }
  const listed = [...kinds].sort((a, b) => b[1] - a[1]);
  const shown = listed.slice(0, 6).map(([kind, n]) => `${kind} ${n} 处`);
  if (listed.length > 6) shown.push(`另 ${listed.length - 6} 种`);
  const source = citationOf(first.message);
  // The description's own list of examples (（, . : ; …）) gives way to the counted list.
  const what = description ? description.replace(/（[^（）]*）$/, '') : `同类问题（${first.ruleId}）`;
  const message = `${scope} ${sorted.length} 处${what}：${shown.join('，')}。请统一改正${source ? `（${source}）` : ''}。`;
  return { ...first, message, messageId: 'grouped', suggestions: [], related: sorted };
}
