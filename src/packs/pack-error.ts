/** Where in a pack something went wrong. */
export interface PackProblem {
  /** File name or label of the pack. */
  source: string;
  /** 1-based line in the file, when known. */
  line?: number;
  /** e.g. `entry 12 (“按装”)` or `examples.invalid[2]`. */
  where?: string;
  reason: string;
}

export function formatProblem(p: PackProblem): string {
  const at = p.line ? `${p.source}:${p.line}` : p.source;
  return `${at}: ${p.where ? `${p.where}: ` : ''}${p.reason}`;
}

/** At most this many problems are spelt out in a PackError's message (all are in `problems`). */
export const MAX_LISTED_PROBLEMS = 20;

/**
 * A pack that cannot be used. The message lists the problems (the first
 * MAX_LISTED_PROBLEMS of them), each naming file, entry and reason.
 */
export class PackError extends Error {
  readonly problems: PackProblem[];

  constructor(problems: PackProblem[]) {
    const head = problems.length === 1 ? '规则包无效' : `规则包无效（${problems.length} 处问题）`;
    const listed = problems.slice(0, MAX_LISTED_PROBLEMS).map((p) => `  ${formatProblem(p)}`);
    if (problems.length > MAX_LISTED_PROBLEMS) listed.push(`  ……另有 ${problems.length - MAX_LISTED_PROBLEMS} 处问题未列出（gongwen test-pack 列出全部）`);
    super(`${head}:\n${listed.join('\n')}`);
    this.name = 'PackError';
    this.problems = problems;
  }
}
