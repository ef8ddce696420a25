import { lazyModule } from '../lazy-module.js';

/** Edit distance (fastest-levenshtein), loaded on first use. */
const load = lazyModule(() => (lazyModule.require('fastest-levenshtein') as typeof import('fastest-levenshtein')).distance);

export function editDistance(a: string, b: string): number {
  return load()(a, b);
}
