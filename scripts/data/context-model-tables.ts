// The estimated model packed for reading in place: each order's n-grams in one
// open-addressing table of uint32 slots (24-bit fingerprint, 8-bit quantised ln P), the
// back-off weights of orders 2 and 3 in a parallel byte array, each order with its own
// 256-value codebooks (quantiles of the values, each code the mean of its bin).
import { fingerprint, homeSlot, ID_LIMIT } from '../../src/model/ngram-key.js';
import type { ContextModelData, OrderTable } from '../../src/model/context-model-data.js';
import type { KneserNeyModel } from './kneser-ney.js';

/** Tables are this full at most: an absent n-gram then probes ~7 slots of 4 bytes, mostly one cache line. */
const LOAD = 0.72;

interface Codebook {
  codes: Float32Array;
  encode(value: number): number;
}

/** 256 codes for `values`: equal-count bins, each code its bin's mean; code 0 is exactly 0 when `zeroCode`. */
function codebook(values: Float64Array, zeroCode: boolean): Codebook {
  const sorted = Float64Array.from(zeroCode ? values.filter((v) => v !== 0) : values).sort();
  const bins = zeroCode ? 255 : 256;
  const codes = new Float32Array(256);
  const upper = new Float64Array(bins); // each bin's largest value
  for (let b = 0; b < bins; b++) {
    const from = Math.floor((b * sorted.length) / bins);
    const to = Math.max(from + 1, Math.floor(((b + 1) * sorted.length) / bins));
    let sum = 0;
    for (let i = from; i < to && i < sorted.length; i++) sum += sorted[i]!;
    codes[b + (zeroCode ? 1 : 0)] = sorted.length ? sum / Math.max(1, Math.min(to, sorted.length) - from) : 0;
    upper[b] = sorted[Math.min(to, sorted.length) - 1] ?? 0;
  }
  const encode = (value: number) => {
    if (zeroCode && value === 0) return 0;
    let lo = 0;
    let hi = bins - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (upper[mid]! < value) lo = mid + 1;
      else hi = mid;
    }
    return lo + (zeroCode ? 1 : 0);
  };
  return { codes, encode };
}

function idsOf(key: number, n: number): [number, number, number, number] {
  const ids = [-1, -1, -1, -1] as [number, number, number, number];
  for (let k = n - 1; k >= 0; k--) {
    ids[k] = key % ID_LIMIT;
    key = Math.floor(key / ID_LIMIT);
  }
  return ids;
}

export function packModel(model: KneserNeyModel, chars: Uint16Array): { data: ContextModelData; fingerprintClashes: number } {
  let fingerprintClashes = 0;
  const tables: OrderTable[] = model.orders.map((order, index) => {
    const n = index + 2;
    const size = Math.ceil(order.keys.length / LOAD) + 1;
    const slots = new Uint32Array(size);
    const hasBackoff = n < model.orders.length + 1;
    const backoff = new Uint8Array(hasBackoff ? size : 0);
    const probs = codebook(order.logProb, false);
    const backoffs = codebook(order.logBackoff, true);
    for (let i = 0; i < order.keys.length; i++) {
      const [a, b, c, d] = idsOf(order.keys[i]!, n);
      const print = fingerprint(a, b, c, d);
      let s = homeSlot(size, a, b, c, d);
      while (slots[s] !== 0) {
        if (slots[s]! >>> 8 === print) fingerprintClashes++; // a later key with this print is shadowed: counted, rare
        s = s + 1 === size ? 0 : s + 1;
      }
      slots[s] = ((print << 8) | probs.encode(order.logProb[i]!)) >>> 0;
      if (hasBackoff) backoff[s] = backoffs.encode(order.logBackoff[i]!);
    }
    return { slots, backoff, probCodes: probs.codes, backoffCodes: hasBackoff ? backoffs.codes : new Float32Array(0) };
  });
  return {
    data: {
      chars,
      unigramLogProb: Float32Array.from(model.unigramLogProb),
      unigramLogBackoff: Float32Array.from(model.unigramLogBackoff),
      tables,
    },
    fingerprintClashes,
  };
}
