import type { FileResult } from './types.js';

/** Machine-readable output: one object per file with its issues, exactly as the API returns them. */
export function formatJson(results: FileResult[]): string {
  return `${JSON.stringify(results.map(({ file, issues }) => ({ file, issues })), null, 2)}\n`;
}
