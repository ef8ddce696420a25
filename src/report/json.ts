import { redact } from './redact.js';
import type { FileResult } from './types.js';

/** Machine-readable output: one object per file with its issues as the API returns them, privacy numbers masked. */
export function formatJson(results: FileResult[]): string {
  return `${JSON.stringify(results.map(({ file, issues }) => ({ file, issues: issues.map(redact) })), null, 2)}\n`;
}
