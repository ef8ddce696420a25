import type { Issue } from '../types.js';

/**
 * What a report may show of the flagged text. A privacy issue's suggestion is the
 * masked number (5108**********4215); reports show that instead of the number itself,
 * so a CI log or a review comment never republishes what it warns about. The API's
 * `issue.text` keeps the exact source slice.
 */
export function reportedText(issue: Issue): string {
  return issue.category === 'privacy' && issue.suggestions.length > 0 ? issue.suggestions[0]! : issue.text;
}

/** The issue as a report may print it (a grouped finding's places too). */
export function redact(issue: Issue): Issue {
  const text = reportedText(issue);
  const related = issue.related?.map(redact);
  if (text === issue.text && related?.every((r, i) => r === issue.related![i]) !== false) return issue;
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
