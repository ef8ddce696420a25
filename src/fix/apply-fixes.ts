import { expandGroups } from '../group/expand-groups.js';
import type { Issue } from '../types.js';

/**
 * Applies each issue's first suggestion to `text`. Issues without a suggestion,
 * issues that overlap one already applied, and issues whose `text` no longer
 * matches the input (stale results) are skipped, so the output never garbles text.
 * A grouped finding is fixed at each of its `related` places.
 */
export function applyFixes(text: string, issues: readonly FixableIssue[]): string {
  let out = '';
  let at = 0;
  for (const issue of selectFixes(text, issues)) {
    out += text.slice(at, issue.start) + issue.suggestions[0];
    at = issue.end;
  }
  return out + text.slice(at);
}

type FixableIssue = Pick<Issue, 'start' | 'end' | 'text' | 'suggestions'> & { related?: readonly FixableIssue[] | undefined };

/** The issues `applyFixes` applies, in text order (a grouped finding's places, not the finding). */
export function selectFixes<T extends FixableIssue & { related?: readonly T[] | undefined }>(text: string, issues: readonly T[]): T[] {
  const fixable = expandGroups(issues)
    .filter((i) => i.suggestions.length > 0 && i.start >= 0 && i.end <= text.length && i.start <= i.end && text.slice(i.start, i.end) === i.text)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const applied: T[] = [];
  let at = 0;
  for (const issue of fixable) {
    if (issue.start < at) continue;
    applied.push(issue);
    at = issue.end;
  }
  return applied;
}
