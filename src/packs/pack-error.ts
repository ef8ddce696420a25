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

/** A pack that cannot be used. The message lists every problem, each naming file, entry and reason. */
export class PackError extends Error {
  readonly problems: PackProblem[];

  constructor(problems: PackProblem[]) {
    const head = problems.length === 1 ? '规则包无效' : `规则包无效（${problems.length} 处问题）`;
    super(`${head}:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
    this.name = 'PackError';
    this.problems = problems;
  }
}
