import type { Issue } from '../types.js';

/**
 * What a report may show of the flagged text. A privacy issue's suggestion is the
 * masked number (5108**********4215); reports show that instead of the number itself,
 * so a CI log or a review comment never republishes what it warns about. The API's
 * `issue.text` keeps the exact source slice.
 */
export function reportedText(issue: Issue): string {
  // A grouped finding's own text is its first place's (its own suggestions are empty).
  const first = issue.related?.[0];
  if (first && first.text === issue.text) return reportedText(first);
  return issue.category === 'privacy' && issue.suggestions.length > 0 ? issue.suggestions[0]! : issue.text;
}

/** The issue as a report may print it (a grouped finding's places too). */
export function redact(issue: Issue): Issue {
  const text = reportedText(issue);
  const related = issue.related?.map(redact);
  const relatedChanged = related !== undefined && related.some((r, i) => r !== issue.related![i]);
  if (text === issue.text && !relatedChanged) return issue;
  return { ...issue, text, ...(related && { related }) };
}

/**
 * `source` with every privacy issue's span replaced by its masked form, for showing
 * context around other issues. Masks keep the length, so offsets stay valid.
 */
export function redactSource(source: string, issues: readonly Issue[]): string {
  let out = '';
  let at = 0;
  for (const issue of issues) {
    const text = reportedText(issue);
    if (text === issue.text || text.length !== issue.text.length || issue.start < at) continue;
    out += source.slice(at, issue.start) + text;
    at = issue.end;
  }
  return out + source.slice(at);
}
