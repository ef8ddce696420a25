import { describe, expect, it } from 'vitest';
import { loadContextModel } from '../../src/model/context-model-file.js';
import { tokenize } from '../../src/model/context-model.js';
import { BOS, DIGIT, FIRST_CHAR_ID, LATIN, SKIP } from '../../src/model/ngram-key.js';

const model = loadContextModel();
const ids = new Int32Array(512);
const offsets = new Int32Array(512);
const logPs = new Float64Array(512);

function sentenceLogP(text: string): number {
  const n = tokenize(model, text, 0, text.length, ids, offsets);
  let sum = 0;
  for (let k = 1; k < n; k++) sum += model.logProb(ids, 0, k);
  return sum;
}

describe('the context model (dictionaries/spelling/context-model.bin)', () => {
  it('cuts text into tokens: BOS first, digits and Latin letters as classes, whitespace skipped', () => {
    const n = tokenize(model, '第2 条A', 0, 5, ids, offsets);
    expect(n).toBe(5);
    expect(ids[0]).toBe(BOS);
    expect(ids[1]).toBeGreaterThanOrEqual(FIRST_CHAR_ID);
    expect([ids[2], ids[4]]).toEqual([DIGIT, LATIN]);
    expect(Array.from(offsets.subarray(0, n))).toEqual([-1, 0, 1, 3, 4]);
    expect(model.token(0x20)).toBe(SKIP);
  });

  it.each([
    ['要深入贯彻落实党中央决策部署。', '要深入贯撤落实党中央决策部署。'],
    ['加快推进重点项目建设。', '加快推进重点项木建设。'],
    ['切实加强监督检查，确保各项措施落到实处。', '切实加强监督检察，确保各项措施落到实处。'],
    ['各地要认真落实各项惠民政策。', '各地要认真落时各项惠民政策。'],
  ])('finds %s likelier than its typo', (right, wrong) => {
    expect(sentenceLogP(right) - sentenceLogP(wrong)).toBeGreaterThan(5);
  });

  it('gives a proper distribution over the next character (back-off weights and quantisation within 10 %)', () => {
    for (const context of ['深入贯', '人民', '的', '依法']) {
      const n = tokenize(model, context + '一', 0, context.length + 1, ids, offsets);
      let total = 0;
      for (let code = 0; code < 0x10000; code++) {
        if (!model.knows(code)) continue;
        ids[n - 1] = model.token(code);
        total += Math.exp(model.logProb(ids, 0, n - 1));
      }
      expect(total).toBeGreaterThan(0.9);
      expect(total).toBeLessThan(1.1);
    }
  });

  it('scores a whole sentence in one pass exactly as token by token', () => {
    const text = '各级人民政府应当加强对安全生产工作的领导，支持、督促各有关部门依法履行安全生产监督管理职责，建立健全安全生产工作协调机制。GDP增长5.2%';
    const n = tokenize(model, text, 0, text.length, ids, offsets);
    model.scoreAll(ids, n, logPs);
    for (let k = 1; k < n; k++) expect(logPs[k]).toBe(model.logProb(ids, 0, k));
  });
});

describe('the context model, many candidates at one place', () => {
  it('gives each the ln P that logProb gives', () => {
    const text = '各级人民政府应当加强对安全生产工作的领导';
    const n = tokenize(model, text, 0, text.length, ids, offsets);
    const candidates = Int32Array.from('导展部督查一的', (c) => model.token(c.charCodeAt(0)));
    const out = new Float64Array(candidates.length);
    for (let at = 1; at < n; at++) {
      model.logProbsAt(ids, at, candidates, candidates.length, out);
      const original = ids[at]!;
      candidates.forEach((id, i) => {
        ids[at] = id;
        expect(out[i]).toBe(model.logProb(ids, 0, at));
      });
      ids[at] = original;
    }
  });
});
