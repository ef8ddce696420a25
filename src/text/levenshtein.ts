import { distance } from 'fastest-levenshtein';

/** Edit distance (fastest-levenshtein: small, imported with the core). */
export function editDistance(a: string, b: string): number {
  return distance(a, b);
}
