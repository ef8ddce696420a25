import { expandGroups } from '../group/expand-groups.js';
import { escapeHtml, HIGHLIGHT_CSS, renderHighlightedHtml, type HighlightIssue } from '../render/index.js';
import type { Issue, Severity } from '../types.js';
import { citationOf } from './citation.js';
import { countFamilies, formatFamilySummary } from './family-summary.js';
import { familyLabel, familyRank } from './families.js';
import { REPORT_CSS, REPORT_SCRIPT } from './html-assets.js';
import { orderByImportance } from './order.js';
import { redact, redactSource } from './redact.js';
import { SEVERITY_LABEL } from './severity-label.js';
import type { FileResult } from './types.js';

const LABEL = SEVERITY_LABEL;
/** Nothing may load: no network, no external assets, only the inline style and script. */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

/** Replaced with package.json's version at build time. */
declare const __GONGWEN_VERSION__: string | undefined;

export interface HtmlOptions {
  /** The version named in the report (default: this package's). */
  version?: string;
  /** When the check ran (shown in the header; omitted when undefined, e.g. in tests). */
  checkedAt?: Date;
}

/** A file's result, with what the command line knows beyond its issues. */
export type HtmlFileResult = FileResult & { notes?: string[]; unchecked?: boolean };

/**
 * One self-contained HTML page for the whole run (what an office attaches to an e-mail
 * or archives as proof of the check): per file, the text with every finding highlighted
 * in place (renderHighlightedHtml, coloured by severity; message, source and suggestion
 * on hover, and on click in the list beside it), a table of contents by family, and the
 * counts. Privacy numbers appear only masked, in the text too.
 */
export function formatHtml(results: HtmlFileResult[], { version = typeof __GONGWEN_VERSION__ === 'string' ? __GONGWEN_VERSION__ : 'dev', checkedAt }: HtmlOptions = {}): string {
  const severities: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const r of results) for (const i of r.issues) severities[i.severity]++;
  const families = new Map();
  for (const r of results) countFamilies(r.issues, families);
  const total = results.reduce((n, r) => n + r.issues.length, 0);
  const places = results.reduce((n, r) => n + expandGroups(r.issues).length, 0);
  const meta = [`gongwen ${version}`, ...(checkedAt ? [`检查时间 ${formatTime(checkedAt)}`] : []), `${results.length} 个文件`];
  const counts =
    total === 0
      ? '未发现问题'
      : `${total} 条问题（${(['error', 'warning', 'info'] as const).filter((s) => severities[s] > 0).map((s) => `${LABEL[s]} ${severities[s]}`).join('，')}）${places > total ? `，涉及 ${places} 处` : ''}`;
  const unchecked = results.filter((r) => r.unchecked).length;
  const status = unchecked > 0 ? `${counts}；${unchecked} 个文件未检查` : counts;
  const fileList = results.map((r, f) => `<li>${fileEntry(r, f)}</li>`).join('');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="gongwen ${escapeHtml(version)}">
<title>公文校对报告</title>
<style>
${HIGHLIGHT_CSS}${REPORT_CSS}</style>
</head>
<body>
<header class="gw-head">
<h1>公文校对报告</h1>
<p class="gw-meta">${escapeHtml(meta.join(' · '))}</p>
<p class="gw-counts">${escapeHtml(status)}</p>
${families.size > 0 ? `<p class="gw-meta">${escapeHtml(formatFamilySummary(families))}</p>\n` : ''}<ol class="gw-files">${fileList}</ol>
</header>
<main>
${results.map((r, f) => fileSection(r, f)).join('\n')}
</main>
<script>${REPORT_SCRIPT}</script>
</body>
</html>
`;
}

function fileEntry(r: HtmlFileResult, f: number): string {
  const name = escapeHtml(r.file);
  if (r.unchecked) return `<span class="gw-unchecked">${name}：未检查</span>`;
  if (r.issues.length === 0) return `<span class="gw-clean">${name}：✓ 未发现问题</span>`;
  return `<a href="#file-${f}">${name}</a>：${escapeHtml(formatFamilySummary(countFamilies(r.issues)))}`;
}

/** A file with findings: heading, family contents, the highlighted text and the findings by family. */
function fileSection(r: HtmlFileResult, f: number): string {
  const notes = r.notes && r.notes.length > 0 ? `<p class="gw-notes">${r.notes.map(escapeHtml).join('<br>')}</p>` : '';
  if (r.issues.length === 0) return notes ? `<section class="gw-file" id="file-${f}"><h2>${escapeHtml(r.file)}</h2>${notes}</section>` : '';
  const issues = orderByImportance(r.issues).map(redact);
  const byFamily = new Map<string, number[]>();
  issues.forEach((issue, i) => byFamily.set(issue.category, [...(byFamily.get(issue.category) ?? []), i]));
  const families = [...byFamily].sort(([a], [b]) => familyRank(a) - familyRank(b));
  const anchor = (category: string) => `f${f}-${category.replace(/[^A-Za-z0-9-]+/g, '-')}`;
  const toc = families.map(([category, list]) => `<a href="#${anchor(category)}">${escapeHtml(familyLabel(category))} ${list.length}</a>`).join('');
  const text = renderHighlightedHtml(redactSource(r.source, expandGroups(r.issues).sort((a, b) => a.start - b.start)), issues.map(withTooltip));
  const lists = families
    .map(([category, list]) => `<h3 id="${anchor(category)}">${escapeHtml(familyLabel(category))}（${list.length}）</h3>\n<ol>${list.map((i) => findingItem(issues[i]!, i, f)).join('')}</ol>`)
    .join('\n');
  return `<section class="gw-file" id="file-${f}">
<h2>${escapeHtml(r.file)}</h2>
<p class="gw-meta">${escapeHtml(formatFamilySummary(countFamilies(r.issues)))}</p>
${notes}<nav class="gw-toc">${toc}</nav>
<div class="gw-layout">
<div class="gw-doc gw-text">${text}</div>
<aside class="gw-findings">
${lists}
</aside>
</div>
</section>`;
}

function findingItem(issue: Issue, i: number, f: number): string {
  const source = citationOf(issue.message);
  const lines = [
    `<span class="gw-sev">${LABEL[issue.severity]}</span>${escapeHtml(issue.message)}`,
    `<div class="gw-where">第 ${issue.line} 行第 ${issue.column} 列${issue.related ? `起，共 ${issue.related.length} 处` : `：“${escapeHtml(issue.text)}”`}</div>`,
    ...(issue.suggestions.length > 0 ? [`<div class="gw-fix">建议：${issue.suggestions.map((s) => `<b>${escapeHtml(s === '' ? '（删除）' : s)}</b>`).join(' / ')}</div>`] : []),
    `<div class="gw-source">规则 ${escapeHtml(issue.ruleId)}${source ? ` · 依据 ${escapeHtml(source.replace(/^依据：/, ''))}` : ''}</div>`,
    ...(issue.related ? [placesList(issue.related)] : []),
  ];
  return `<li class="gw-finding gw-${issue.severity}" id="f${f}-i${i}" data-issue="${i}">${lines.join('')}</li>`;
}

function placesList(related: readonly Issue[]): string {
  const items = related.map((p) => `<li>${p.line}:${p.column} “${escapeHtml(p.text)}”${p.suggestions.length > 0 ? ` → “${escapeHtml(p.suggestions[0]!)}”` : ''}</li>`);
  return `<details class="gw-places"><summary>全部 ${related.length} 处</summary><ol>${items.join('')}</ol></details>`;
}

/** The mark's tooltip: the message and the suggestion (each place of a grouped finding its own). */
function withTooltip(issue: Issue): HighlightIssue {
  const tip = (i: Issue) => (i.suggestions.length > 0 ? `${i.message}\n建议：${i.suggestions.join(' / ')}` : i.message);
  return { ...issue, message: tip(issue), ...(issue.related && { related: issue.related.map((p) => ({ start: p.start, end: p.end, message: tip(p) })) }) };
}

function formatTime(d: Date): string {
  return `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
