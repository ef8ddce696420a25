// Interpolated modified Kneser–Ney estimation of a character n-gram model over a token
// stream (Chen & Goodman 1998; adjusted counts as in KenLM), then count pruning with
// the back-off weights renormalised, so that the kept n-grams and their contexts' weights
// give the model in back-off form (ARPA-style): what a reader needs, nothing more.
// Counting sorts packed keys in typed arrays: ~20 M tokens need a few hundred MB, not GBs.
import { BOS, ID_LIMIT } from '../../src/model/ngram-key.js';

export const ORDER = 4;

export interface OrderModel {
  /** Kept n-grams as packed keys (ids in base ID_LIMIT, oldest first), sorted. */
  keys: Float64Array;
  /** ln P(last | the others), interpolated. */
  logProb: Float64Array;
  /** ln of the back-off weight when the n-gram is a context (0 when it is none). */
  logBackoff: Float64Array;
}

interface Counts {
  keys: Float64Array;
  raw: Float64Array;
}

const B = ID_LIMIT;

/** Every n-gram ending at a token (not crossing a sentence start) and its count. */
function countOrder(tokens: Uint16Array, n: number): Counts {
  let total = 0;
  const valid = (i: number) => {
    if (tokens[i] === BOS || i - n + 1 < 0) return false;
    for (let k = i - n + 2; k <= i; k++) if (tokens[k] === BOS) return false;
    return true;
  };
  for (let i = 0; i < tokens.length; i++) if (valid(i)) total++;
  const all = new Float64Array(total);
  let at = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (!valid(i)) continue;
    let key = 0;
    for (let k = i - n + 1; k <= i; k++) key = key * B + tokens[k]!;
    all[at++] = key;
  }
  all.sort();
  return runs(all);
}

/** Distinct values of a sorted array and how often each occurs. */
function runs(sorted: Float64Array): Counts {
  let distinct = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) distinct++;
  const keys = new Float64Array(distinct);
  const raw = new Float64Array(distinct);
  let j = -1;
  for (let i = 0; i < sorted.length; i++) {
    if (i === 0 || sorted[i] !== sorted[i - 1]) keys[++j] = sorted[i]!;
    raw[j]!++;
  }
  return { keys, raw };
}

/** Index of `key` in sorted `keys`, or -1. */
function indexOf(keys: Float64Array, key: number): number {
  let lo = 0;
  let hi = keys.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const k = keys[mid]!;
    if (k === key) return mid;
    if (k < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

const firstId = (key: number, n: number) => Math.floor(key / B ** (n - 1));

/**
 * Adjusted counts: the highest order's raw counts; below it, how many distinct tokens
 * precede the n-gram (its continuation count), except for n-grams at a sentence start.
 */
function adjustedCounts(order: Counts, n: number, above: Counts | undefined): Float64Array {
  if (!above) return order.raw;
  const suffixes = new Float64Array(above.keys.length);
  for (let i = 0; i < above.keys.length; i++) suffixes[i] = above.keys[i]! % B ** n;
  suffixes.sort();
  const continuation = runs(suffixes);
  const adjusted = new Float64Array(order.keys.length);
  let j = 0;
  for (let i = 0; i < order.keys.length; i++) {
    const key = order.keys[i]!;
    if (firstId(key, n) === BOS) {
      adjusted[i] = order.raw[i]!;
      continue;
    }
    while (j < continuation.keys.length && continuation.keys[j]! < key) j++;
    adjusted[i] = continuation.keys[j] === key ? continuation.raw[j]! : order.raw[i]!;
  }
  return adjusted;
}

/** Modified Kneser–Ney discounts D1, D2, D3+ from the counts of counts. */
function discounts(adjusted: Float64Array): [number, number, number] {
  const n = [0, 0, 0, 0, 0];
  for (const c of adjusted) if (c >= 1 && c <= 4) n[c]!++;
  const y = n[1]! / (n[1]! + 2 * n[2]!);
  const d = (k: number) => Math.max(0.05, Math.min(k, k - (k + 1) * y * (n[k + 1]! / n[k]!)));
  return [d(1), d(2), d(3)];
}

export interface KneserNeyModel {
  /** ln P of each id as a unigram, and its back-off weight as a context; by id. */
  unigramLogProb: Float64Array;
  unigramLogBackoff: Float64Array;
  /** Orders 2 … ORDER, index 0 = order 2. */
  orders: OrderModel[];
  /** For the build's report. */
  stats: { order: number; distinct: number; kept: number; discounts: number[] }[];
}

/**
 * The model of `tokens` (ids below `vocabulary`, BOS before each sentence). N-grams of
 * order ≥ 2 seen fewer than `minCount[n]` times are pruned.
 */
export function estimate(tokens: Uint16Array, vocabulary: number, minCount: Record<number, number>): KneserNeyModel {
  const counts: Counts[] = [];
  for (let n = 1; n <= ORDER; n++) counts[n] = countOrder(tokens, n);
  const adjusted: Float64Array[] = [];
  for (let n = 1; n <= ORDER; n++) adjusted[n] = adjustedCounts(counts[n]!, n, counts[n + 1]);
  const stats: KneserNeyModel['stats'] = [];

  // Unigrams: discounted, interpolated with the uniform distribution over the vocabulary.
  const [u1, u2, u3] = discounts(adjusted[1]!);
  let total = 0;
  let freed = 0;
  for (const c of adjusted[1]!) {
    total += c;
    freed += c >= 3 ? u3 : c === 2 ? u2 : u1;
  }
  // Uniform over the ids that can be predicted: not SKIP (0) or BOS (1).
  const unigramProb = new Float64Array(vocabulary).fill(freed / total / (vocabulary - 2));
  unigramProb[0] = 0;
  unigramProb[BOS] = 0;
  counts[1]!.keys.forEach((id, i) => {
    const c = adjusted[1]![i]!;
    unigramProb[id]! += (c - (c >= 3 ? u3 : c === 2 ? u2 : u1)) / total;
  });
  stats.push({ order: 1, distinct: counts[1]!.keys.length, kept: vocabulary, discounts: [u1, u2, u3] });

  // Full interpolated probabilities order by order; kept ones and context weights after pruning.
  let lowerKeys = counts[1]!.keys;
  let lowerProb = Float64Array.from(lowerKeys, (id) => unigramProb[id]!);
  const unigramLogBackoff = new Float64Array(vocabulary);
  const orders: OrderModel[] = [];
  for (let n = 2; n <= ORDER; n++) {
    const { keys, raw } = counts[n]!;
    const adj = adjusted[n]!;
    const [d1, d2, d3] = discounts(adj);
    const discount = (c: number) => (c >= 3 ? d3 : c === 2 ? d2 : d1);
    const prob = new Float64Array(keys.length);
    const keep = new Uint8Array(keys.length);
    const contextWeights: { context: number; logBackoff: number }[] = [];
    for (let start = 0; start < keys.length; ) {
      const context = Math.floor(keys[start]! / B);
      let end = start;
      let sum = 0;
      let freedMass = 0;
      while (end < keys.length && Math.floor(keys[end]! / B) === context) {
        sum += adj[end]!;
        freedMass += discount(adj[end]!);
        end++;
      }
      const gamma = freedMass / sum;
      let keptProb = 0;
      let keptLower = 0;
      for (let i = start; i < end; i++) {
        const lower = lowerProb[indexOf(lowerKeys, keys[i]! % B ** (n - 1))]!;
        prob[i] = (adj[i]! - discount(adj[i]!)) / sum + gamma * lower;
        if (raw[i]! >= (minCount[n] ?? 1)) {
          keep[i] = 1;
          keptProb += prob[i]!;
          keptLower += lower;
        }
      }
      if (keptProb > 0) contextWeights.push({ context, logBackoff: Math.log(Math.max(1e-12, 1 - keptProb) / Math.max(1e-12, 1 - keptLower)) });
      start = end;
    }
    let kept = 0;
    for (const k of keep) kept += k;
    const model: OrderModel = { keys: new Float64Array(kept), logProb: new Float64Array(kept), logBackoff: new Float64Array(kept) };
    for (let i = 0, j = 0; i < keys.length; i++) {
      if (!keep[i]) continue;
      model.keys[j] = keys[i]!;
      model.logProb[j++] = Math.log(prob[i]!);
    }
    // Each context's weight goes on the context itself, one order down.
    for (const { context, logBackoff } of contextWeights) {
      if (n === 2) unigramLogBackoff[context] = logBackoff;
      else {
        const below = orders[n - 3]!;
        const at = indexOf(below.keys, context);
        if (at < 0) throw new Error(`context model: context ${context} of order ${n - 1} was pruned`);
        below.logBackoff[at] = logBackoff;
      }
    }
    orders.push(model);
    stats.push({ order: n, distinct: keys.length, kept, discounts: [d1, d2, d3] });
    lowerKeys = keys;
    lowerProb = prob;
    counts[n] = { keys: new Float64Array(0), raw: new Float64Array(0) }; // free as we go
  }
  return { unigramLogProb: Float64Array.from(unigramProb, Math.log), unigramLogBackoff, orders, stats };
}
