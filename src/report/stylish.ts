import pc from 'picocolors';
import type { Issue, Severity } from '../types.js';
import { splitsSurrogatePair } from '../text/unicode.js';
import { expandGroups } from '../group/expand-groups.js';
import { displayWidth } from './display-width.js';
import { countFamilies, formatFamilySummary } from './family-summary.js';
import { orderByImportance } from './order.js';
import { redactSource, reportedText } from './redact.js';
import { SEVERITY_LABEL } from './severity-label.js';
import type { FileResult } from './types.js';

/** Characters of context shown on each side of the flagged text. */
const CONTEXT = 16;
const LABEL = SEVERITY_LABEL;

export interface StylishOptions {
  color: boolean;
}

/** Issues counted by severity, for the closing summary line. */
export type SeverityCounts = Record<Severity, number>;

export function countSeverities(issues: readonly Issue[], into: SeverityCounts = { error: 0, warning: 0, info: 0 }): SeverityCounts {
  for (const issue of issues) into[issue.severity]++;
  return into;
}

/**
 * For people at a terminal: per file, each issue as file:line:column, severity,
 * message and rule, then the line around it with the flagged text marked, and the
 * suggested replacement. Printed file by file, then one summary line.
 */
export function formatStylish(results: FileResult[], options: StylishOptions): string {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const r of results) countSeverities(r.issues, counts);
  return results.map((r) => formatStylishFile(r, options)).join('') + formatStylishSummary(counts, results.length, options);
}

/**
 * One file's block ('' when it has no issue): errors first, political and privacy first
 * (orderByImportance); each single finding with its context, carets and suggestion, a
 * grouped finding as one line; then a line of findings per family.
 */
export function formatStylishFile({ file, source, issues }: FileResult, { color }: StylishOptions): string {
  if (issues.length === 0) return '';
  const c = pc.createColors(color);
  const paint: Record<Severity, (s: string) => string> = { error: c.red, warning: c.yellow, info: c.cyan };
  const out: string[] = [c.underline(file)];
  const shown = redactSource(source, expandGroups(issues).sort((a, b) => a.start - b.start));
  for (const issue of orderByImportance(issues)) {
    out.push(`  ${c.dim(`${file}:${issue.line}:${issue.column}`)}  ${paint[issue.severity](LABEL[issue.severity])}  ${issue.message}  ${c.dim(issue.ruleId)}`);
    // A grouped finding is its line (its places are in --fix, JSON, SARIF and HTML); carets are for single places.
    if (issue.related && issue.related.length > 0) continue;
    const { before, flagged, after } = context(shown, issue);
    out.push(`      ${c.dim(before)}${paint[issue.severity](c.bold(flagged))}${c.dim(after)}`);
    const fix = issue.suggestions.length > 0 ? `  建议：${issue.suggestions.map((s) => (s === '' ? '（删除）' : s)).join(' / ')}` : '';
    out.push(`      ${' '.repeat(displayWidth(before))}${paint[issue.severity]('^'.repeat(Math.max(1, displayWidth(flagged))))}${fix}`);
  }
  out.push(`  ${c.bold(formatFamilySummary(countFamilies(issues)))}`);
  return `${out.join('\n')}\n\n`;
}

/** The closing line: how many issues of each severity in how many files. */
export function formatStylishSummary(count: SeverityCounts, files: number, { color }: StylishOptions): string {
  const c = pc.createColors(color);
  const total = count.error + count.warning + count.info;
  if (total === 0) return `${c.green('✓')} 未发现问题（${files} 个文件）\n`;
  const parts = (['error', 'warning', 'info'] as const).filter((s) => count[s] > 0).map((s) => `${count[s]} 个${LABEL[s]}`);
  return `${(count.error > 0 ? c.red : c.yellow)('✖')} ${total} 个问题（${parts.join('，')}），共 ${files} 个文件\n`;
}

/**
 * The flagged text with some of its line on either side ("..." where the line goes on);
 * an issue at the very start of a line also shows the end of the line before, since
 * that is where a repeat across a line break begins. Line breaks show as ⏎.
 */
function context(source: string, issue: Issue): { before: string; flagged: string; after: string } {
  let from = issue.start;
  for (let n = 0; n < CONTEXT && from > 0 && !isBreak(source[from - 1]!); n++) from -= splitsSurrogatePair(source, from - 1) ? 2 : 1;
  if (from === issue.start && from > 0) {
    from -= source[from - 1] === '\n' && source[from - 2] === '\r' ? 2 : 1;
    for (let n = 0; n < CONTEXT && from > 0 && !isBreak(source[from - 1]!); n++) from -= splitsSurrogatePair(source, from - 1) ? 2 : 1;
  }
  let to = issue.end;
  for (let n = 0; n < CONTEXT && to < source.length && !isBreak(source[to]!); n++) to += splitsSurrogatePair(source, to + 1) ? 2 : 1;
  const clean = (s: string) => s.replace(/\r?\n|\r/g, '⏎').replace(/\t/g, ' ').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '�');
  const cutBefore = from > 0 && !isBreak(source[from - 1]!) ? '...' : '';
  const cutAfter = to < source.length && !isBreak(source[to]!) ? '...' : '';
  return { before: cutBefore + clean(source.slice(from, issue.start)), flagged: clean(reportedText(issue)), after: clean(source.slice(issue.end, to)) + cutAfter };
}

function isBreak(ch: string): boolean {
  return ch === '\n' || ch === '\r';
}
