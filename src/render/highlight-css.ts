/**
 * The styles `renderHighlightedHtml`'s output needs: the text keeps its line breaks,
 * marks are coloured by severity (error red, warning amber, info blue) and stay
 * readable when nested. `.gw-selected` outlines the marks of a chosen finding.
 */
export const HIGHLIGHT_CSS = `.gw-text{white-space:pre-wrap;overflow-wrap:anywhere;line-height:1.9}
.gw-mark{color:inherit;border-radius:2px;padding:0 1px;cursor:pointer}
.gw-error{background:rgba(220,38,38,.16);border-bottom:2px solid #dc2626}
.gw-warning{background:rgba(217,119,6,.16);border-bottom:2px solid #d97706}
.gw-info{background:rgba(37,99,235,.12);border-bottom:2px dotted #2563eb}
.gw-mark .gw-mark{padding:0}
.gw-mark.gw-selected{outline:2px solid #111827;outline-offset:1px}
@media print{.gw-mark{print-color-adjust:exact;-webkit-print-color-adjust:exact}}
`;
