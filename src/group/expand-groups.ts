import type { Issue } from '../types.js';

/** Every place: a grouped finding's `related` issues instead of the finding, others as they are. */
export function expandGroups<T extends Pick<Issue, 'start'> & { related?: readonly T[] | undefined }>(issues: readonly T[]): T[] {
  if (!issues.some((i) => i.related)) return [...issues];
  return issues.flatMap((i) => (i.related && i.related.length > 0 ? i.related : [i]));
}
