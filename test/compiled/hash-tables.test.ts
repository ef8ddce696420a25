import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeyFilter } from '../../src/compiled/key-filter.js';
import { NumberTable } from '../../src/compiled/number-table.js';

const key = fc.integer({ min: 0, max: 2 ** 52 - 1 });

describe('NumberTable', () => {
  it('finds exactly the keys claimed, with their values, like a Map', () => {
    fc.assert(
      fc.property(fc.uniqueArray(key, { maxLength: 300 }), fc.array(key, { maxLength: 100 }), (keys, others) => {
        const table = NumberTable.withRoom(keys.length);
        keys.forEach((k, i) => {
          const slot = table.claim(k);
          table.setInt(slot, i);
          table.setFloat(slot, -i / 4);
        });
        keys.forEach((k, i) => {
          const slot = table.find(k);
          expect(slot).toBeGreaterThanOrEqual(0);
          expect([table.int(slot), table.float(slot)]).toEqual([i, -i / 4]);
        });
        for (const k of others) if (!keys.includes(k)) expect(table.find(k)).toBe(-1);
      }),
    );
  });

  it('tells apart keys that share their low or high 32 bits', () => {
    const keys = [0, 2 ** 32, 2 ** 52 - 1, 2 ** 52 - 2 ** 32, 1, 2 ** 32 + 1];
    const table = NumberTable.withRoom(keys.length);
    keys.forEach((k, i) => table.setInt(table.claim(k), i + 1));
    expect(keys.map((k) => table.int(table.find(k)))).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('reads the same from its bare array (as a compiled model does)', () => {
    const table = NumberTable.withRoom(3);
    table.setFloat(table.claim(42), 1.5);
    const restored = new NumberTable(new Int32Array(table.slots));
    expect(restored.float(restored.find(42))).toBe(1.5);
    expect(restored.find(43)).toBe(-1);
  });
});

describe('KeyFilter', () => {
  it('never says no to a key it was given', () => {
    fc.assert(
      fc.property(fc.array(key, { maxLength: 500 }), (keys) => {
        const filter = new KeyFilter();
        for (const k of keys) filter.add(k);
        for (const k of keys) expect(filter.mayHave(k)).toBe(true);
      }),
    );
  });

  it('says no to most keys it was not given', () => {
    const filter = new KeyFilter();
    for (let k = 0; k < 10_000; k++) filter.add(k * 7919);
    let yes = 0;
    for (let k = 0; k < 10_000; k++) if (filter.mayHave(2 ** 40 + k * 104_729)) yes++;
    expect(yes).toBeLessThan(100);
  });
});
