import { describe, expect, it } from 'vitest';
import { createProofreader } from '../../src/index.js';
import { familyLabel } from '../../src/report/families.js';

describe('rule families in reports', () => {
  it('names every family of the bundled rules and packs in Chinese', () => {
    const categories = new Set(createProofreader({ builtinPacks: true }).rules.map((r) => r.category));
    expect([...categories].filter((c) => familyLabel(c) === c)).toEqual([]);
  });
});
