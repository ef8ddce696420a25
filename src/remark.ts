// The remark plugin's entry (Node.js): the Node back end first.
import './platform/node.js';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { LineIndex } from './document/line-index.js';
import { createProofreader, getDefaultProofreader, type ProofreaderOptions, type ProofreadOptions } from './proofreader.js';
import { reportedText } from './report/redact.js';

/** Options of the remark plugin: those of `createProofreader`, plus `documentDate`. */
export interface RemarkGongwenOptions extends ProofreaderOptions {
  documentDate?: ProofreadOptions['documentDate'];
}

/**
 * unified/remark plugin: proofreads the Markdown file and adds each issue as a vfile
 * message with its position, rule id (`source` is `gongwen`), `fatal` true for errors,
 * false for warnings and unset for info — as remark-lint does, so `remark` and
 * `unified-engine` report them with no further set-up. `expected` holds the suggestions;
 * `actual` the flagged text (masked for personal numbers).
 *
 * ```ts
 * import { remark } from 'remark';
 * import remarkGongwen from 'gongwen/remark';
 * const file = await remark().use(remarkGongwen).process('截止目前，……');
 * ```
 */
export default function remarkGongwen(options: RemarkGongwenOptions = {}) {
  const { documentDate, ...proofreaderOptions } = options;
  const proofreader = Object.keys(proofreaderOptions).length > 0 ? createProofreader(proofreaderOptions) : getDefaultProofreader();
  return (_tree: Root, file: VFile): void => {
    const source = String(file.value ?? '');
    const lines = new LineIndex(source);
    // unist columns count UTF-16 units from the start of the line.
    const point = (offset: number) => {
      const line = lines.lineOf(offset);
      return { line: line + 1, column: offset - lines.lineStarts[line]! + 1, offset };
    };
    const { issues } = proofreader.proofread(source, { format: 'markdown', ...(documentDate !== undefined && { documentDate }) });
    for (const issue of issues) {
      const message = file.message(issue.message, { place: { start: point(issue.start), end: point(issue.end) }, ruleId: issue.ruleId, source: 'gongwen' });
      message.fatal = issue.severity === 'error' ? true : issue.severity === 'warning' ? false : undefined;
      message.actual = reportedText(issue);
      message.expected = issue.suggestions;
    }
  };
}
