import { SEVERITY_RANK, type Issue } from '../types.js';
import { familyRank } from './families.js';


/** Issues in the order an editor should read them: errors first, then by family (political and privacy first), then by position. */
export function orderByImportance<T extends Pick<Issue, 'severity' | 'category' | 'start' | 'end'>>(issues: readonly T[]): T[] {
  return [...issues].sort(
    (a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || familyRank(a.category) - familyRank(b.category) || a.start - b.start || a.end - b.end,
  );
}
