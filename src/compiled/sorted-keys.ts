/** Look-ups in ascending arrays of numeric keys (hashes, code-unit pairs) that the build sorts. */

/** First index of `key` in the ascending `keys[lo, hi)`, or where it would go. */
export function lowerBound(keys: ArrayLike<number>, key: number, lo = 0, hi = keys.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether the ascending `keys` hold `key`. */
export function hasSortedKey(keys: ArrayLike<number>, key: number): boolean {
  const i = lowerBound(keys, key);
  return i < keys.length && keys[i] === key;
}
