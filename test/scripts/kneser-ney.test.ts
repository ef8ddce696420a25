import { describe, expect, it } from 'vitest';
import { estimate, type KneserNeyModel } from '../../scripts/data/kneser-ney.js';
import { BOS, FIRST_CHAR_ID, ID_LIMIT } from '../../src/model/ngram-key.js';

/** Tokens of short sentences over a small alphabet, BOS before each. */
function corpus(sentences: string[]): { tokens: Uint16Array; vocabulary: number } {
  const alphabet = [...new Set(sentences.join(''))].sort();
  const tokens: number[] = [];
  for (const s of sentences) tokens.push(BOS, ...[...s].map((c) => FIRST_CHAR_ID + alphabet.indexOf(c)));
  return { tokens: Uint16Array.from(tokens), vocabulary: FIRST_CHAR_ID + alphabet.length };
}

/** ln P(w | history) from the model in back-off form, as a reader computes it. */
function logProb(model: KneserNeyModel, history: number[], w: number): number {
  let backoff = 0;
  for (let n = Math.min(history.length + 1, 4); n >= 2; n--) {
    const context = history.slice(history.length - (n - 1));
    const key = [...context, w].reduce((k, id) => k * ID_LIMIT + id, 0);
    const order = model.orders[n - 2]!;
    const at = order.keys.indexOf(key);
    if (at >= 0) return backoff + order.logProb[at]!;
    if (n - 1 === 1) backoff += model.unigramLogBackoff[context[0]!]!;
    else {
      const below = model.orders[n - 3]!;
      const ctx = below.keys.indexOf(context.reduce((k, id) => k * ID_LIMIT + id, 0));
      if (ctx >= 0) backoff += below.logBackoff[ctx]!;
    }
  }
  return backoff + model.unigramLogProb[w]!;
}

describe('interpolated Kneser–Ney estimation (scripts/data/kneser-ney.ts)', () => {
  const { tokens, vocabulary } = corpus(['甲乙丙丁', '甲乙丙戊', '乙丙丁甲', '甲乙丁丙', '丙丁甲乙', '甲乙丙丁', '丁丙乙甲', '乙丙丁戊']);

  it.each([
    ['unpruned', { 2: 1, 3: 1, 4: 1 }],
    ['pruned', { 2: 2, 3: 2, 4: 3 }],
  ])('gives every history a distribution summing to 1 (%s)', (_, minCount) => {
    const model = estimate(tokens, vocabulary, minCount);
    const words = Array.from({ length: vocabulary - FIRST_CHAR_ID }, (_, i) => FIRST_CHAR_ID + i);
    for (const history of [[BOS], [BOS, 5], [5, 6], [5, 6, 7], [6, 7, 8], [9, 9, 9], [BOS, 8, 7]]) {
      const total = [...words, 0, 2, 3, 4].reduce((sum, w) => sum + Math.exp(logProb(model, history, w)), 0);
      expect([history, total]).toEqual([history, expect.closeTo(1, 6)]);
    }
  });

  it('prefers what the corpus says: 甲乙 → 丙 over 甲乙 → 戊', () => {
    const model = estimate(tokens, vocabulary, { 2: 1, 3: 1, 4: 1 });
    const id = (c: string) => FIRST_CHAR_ID + ['丁', '丙', '乙', '甲', '戊'].sort().indexOf(c);
    expect(logProb(model, [BOS, id('甲'), id('乙')], id('丙'))).toBeGreaterThan(logProb(model, [BOS, id('甲'), id('乙')], id('戊')));
  });

  it('prunes rare n-grams', () => {
    const full = estimate(tokens, vocabulary, { 2: 1, 3: 1, 4: 1 });
    const pruned = estimate(tokens, vocabulary, { 2: 2, 3: 2, 4: 3 });
    expect(pruned.orders[2]!.keys.length).toBeLessThan(full.orders[2]!.keys.length);
    expect(pruned.orders[2]!.keys.length).toBeGreaterThan(0);
  });
});
