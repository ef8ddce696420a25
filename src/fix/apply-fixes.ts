import { expandGroups } from '../group/expand-groups.js';
import type { Issue } from '../types.js';

/**
 * Applies each issue's first suggestion to `text`. Issues without a suggestion, issues
 * marked `autofix: false` (privacy masks), issues that overlap one already applied, and
 * issues whose `text` no longer matches the input (stale results) are skipped, so the
 * output never garbles text. A grouped finding is fixed at each of its `related` places.
 */
export function applyFixes(text: string, issues: readonly FixableIssue[]): string {
  if (typeof text !== 'string') throw new TypeError(`applyFixes: 第一个参数应为字符串（原文），收到 ${describe(text)}`);
  if (!Array.isArray(issues)) throw new TypeError(`applyFixes: 第二个参数应为问题数组（proofread 返回的 issues），收到 ${describe(issues)}`);
  let out = '';
  let at = 0;
  for (const issue of selectFixes(text, issues)) {
    out += text.slice(at, issue.start) + issue.suggestions[0];
    at = issue.end;
  }
  return out + text.slice(at);
}

type FixableIssue = Pick<Issue, 'start' | 'end' | 'text' | 'suggestions' | 'autofix'> & { related?: readonly FixableIssue[] | undefined };

function describe(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? '数组' : typeof value;
}

/** The issues `applyFixes` applies, in text order (a grouped finding's places, not the finding). */
export function selectFixes<T extends FixableIssue & { related?: readonly T[] | undefined }>(text: string, issues: readonly T[]): T[] {
  const fixable = expandGroups(issues.filter((i) => typeof i === 'object' && i !== null && Array.isArray(i.suggestions)))
    .filter((i) => i.suggestions.length > 0 && i.autofix !== false && i.start >= 0 && i.end <= text.length && i.start <= i.end && text.slice(i.start, i.end) === i.text)
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
