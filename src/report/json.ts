import { redact } from './redact.js';
import type { FileResult } from './types.js';

/**
 * Machine-readable output: one object per file with its issues as the API returns them,
 * privacy numbers masked, and `unchecked` (the reason) for a file that was not checked.
 */
export function formatJson(results: FileResult[]): string {
  return `${JSON.stringify(results.map(({ file, issues, unchecked }) => ({ file, issues: issues.map(redact), ...(unchecked !== undefined && { unchecked }) })), null, 2)}\n`;
}
