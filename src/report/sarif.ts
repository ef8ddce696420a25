import { LineIndex } from '../document/line-index.js';
import type { Issue, Severity } from '../types.js';
import { reportedText } from './redact.js';
import type { FileResult } from './types.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

export interface SarifOptions {
  version: string;
  /** Every rule that may appear, for the driver's rule list. */
  rules: readonly { id: string; description: string }[];
}

/**
 * SARIF 2.1.0, for code-scanning UIs. Columns count code points (`columnKind`
 * unicodeCodePoints), as `issue.column` does. Privacy findings carry the masked
 * number in their snippet, never the number. A grouped finding is one result whose
 * `relatedLocations` hold every place.
 */
export function formatSarif(results: FileResult[], { version, rules }: SarifOptions): string {
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'gongwen',
            version,
            informationUri: 'https://www.npmjs.com/package/gongwen',
            rules: rules.map((r) => ({ id: r.id, shortDescription: { text: r.description } })),
          },
        },
        columnKind: 'unicodeCodePoints',
        results: results.flatMap(({ file, source, issues }) => {
          const lines = new LineIndex(source);
          const location = (issue: Issue) => {
            const end = lines.position(issue.end);
            return {
              physicalLocation: {
                artifactLocation: { uri: toUri(file) },
                region: { startLine: issue.line, startColumn: issue.column, endLine: end.line, endColumn: end.column, snippet: { text: reportedText(issue) } },
              },
            };
          };
          return issues.map((issue) => ({
            ruleId: issue.ruleId,
            ...(ruleIndex.has(issue.ruleId) && { ruleIndex: ruleIndex.get(issue.ruleId) }),
            level: LEVEL[issue.severity],
            message: { text: issue.message },
            locations: [location(issue)],
            // A grouped finding: every place it stands for, each with its own message.
            ...(issue.related && { relatedLocations: issue.related.map((place, id) => ({ id, ...location(place), message: { text: place.message } })) }),
          }));
        }),
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}

function toUri(file: string): string {
  return file.split(/[\\/]/).map(encodeURIComponent).join('/');
}
