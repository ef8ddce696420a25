import { escapeHtml } from './escape-html.js';

/** What the renderer needs of an issue: an `Issue` (grouped or not) fits. */
export interface HighlightIssue {
  start: number;
  end: number;
  severity: string;
  /** Family (`typo`, `punctuation`, …): becomes the class `gw-cat-<category>`. */
  category?: string;
  ruleId?: string;
  /** Shown as the mark's tooltip (`title`) unless `titles: false`. */
  message?: string;
  /** A grouped finding's places: each is highlighted (instead of `start`–`end`), all with the group's `data-issue`. */
  related?: readonly { start: number; end: number; message?: string }[];
}

export interface HighlightOptions {
  /** Put each place's message in a `title` attribute (default true). */
  titles?: boolean;
}

interface Span {
  start: number;
  end: number;
  issue: number;
  /** Index into the issue's `related`, or -1 for the issue's own span. */
  related: number;
  open: string;
}

/**
 * `text`, HTML-escaped, with every issue's span wrapped in
 * `<mark class="gw-mark gw-<severity> gw-cat-<category>" data-issue="<index into issues>">`
 * (a grouped finding's places also carry `data-related="<index into related>"`).
 * Line breaks stay as they are: show the result inside an element with the class
 * `gw-text` (white-space: pre-wrap, see HIGHLIGHT_CSS). Overlapping spans nest: where
 * one starts inside another and ends outside it, it is split into several marks with
 * the same `data-issue`, so the markup is always well formed. Spans outside the text
 * or empty are ignored. Pure string work (no DOM), for Node and browsers alike.
 */
export function renderHighlightedHtml(text: string, issues: readonly HighlightIssue[], options: HighlightOptions = {}): string {
  const titles = options.titles !== false;
  const spans = collectSpans(text, issues, titles).sort(outerFirst);
  const bounds = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  let out = '';
  let open: Span[] = [];
  let next = 0;
  let active: Span[] = [];
  for (let b = 0; b < bounds.length - 1; b++) {
    const at = bounds[b]!;
    active = active.filter((s) => s.end > at);
    while (next < spans.length && spans[next]!.start === at) active.push(spans[next++]!);
    // Marks open from the outermost in; keep those already open that still lead the stack.
    const wanted = [...active].sort(outerFirst);
    let keep = 0;
    while (keep < open.length && keep < wanted.length && open[keep] === wanted[keep]) keep++;
    out += '</mark>'.repeat(open.length - keep);
    for (let i = keep; i < wanted.length; i++) out += wanted[i]!.open;
    open = wanted;
    out += escapeHtml(text.slice(at, bounds[b + 1]!));
  }
  return out + '</mark>'.repeat(open.length);
}

function collectSpans(text: string, issues: readonly HighlightIssue[], titles: boolean): Span[] {
  const spans: Span[] = [];
  issues.forEach((issue, index) => {
    const places = issue.related && issue.related.length > 0 ? issue.related : [issue];
    places.forEach((place, k) => {
      const { start, end } = place;
      if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) return;
      const related = places === issue.related ? k : -1;
      const message = place.message ?? issue.message;
      const attrs = [
        `class="${classesOf(issue)}"`,
        `data-issue="${index}"`,
        ...(related >= 0 ? [`data-related="${related}"`] : []),
        ...(issue.ruleId ? [`data-rule="${escapeHtml(issue.ruleId)}"`] : []),
        ...(titles && message ? [`title="${escapeHtml(message)}"`] : []),
      ];
      spans.push({ start, end, issue: index, related, open: `<mark ${attrs.join(' ')}>` });
    });
  });
  return spans;
}

/** Classes of an issue's marks: severity and family, reduced to characters safe in a class name. */
function classesOf(issue: HighlightIssue): string {
  const safe = (s: string) => s.toLowerCase().replace(/[^a-z0-9-]+/g, '-');
  return ['gw-mark', `gw-${safe(issue.severity)}`, ...(issue.category ? [`gw-cat-${safe(issue.category)}`] : [])].join(' ');
}

/** The enclosing span first: earlier start, then longer, then issue order. */
function outerFirst(a: Span, b: Span): number {
  return a.start - b.start || b.end - a.end || a.issue - b.issue || a.related - b.related;
}
