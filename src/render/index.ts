// The document with its findings highlighted in place: shared by the HTML report and the browser playground. No Node.js imports here.
export { renderHighlightedHtml } from './highlight.js';
export type { HighlightIssue, HighlightOptions } from './highlight.js';
export { HIGHLIGHT_CSS } from './highlight-css.js';
export { escapeHtml } from './escape-html.js';
