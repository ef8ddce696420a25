import { describe, expect, it } from 'vitest';
import type { Issue } from '../../src/index.js';
import { redact } from '../../src/report/redact.js';

const place = (start: number, text: string, category = 'privacy'): Issue => ({
  ruleId: 'privacy/mobile-number', category, severity: 'error', message: '', start, end: start + text.length, line: 1, column: start + 1, text, suggestions: ['138****5678'],
});

describe('redact', () => {
  it("masks the places of a grouped finding too, and leaves an issue with nothing to mask as it is", () => {
    const group = { ...place(0, '13812345678'), suggestions: [], related: [place(0, '13812345678'), place(20, '13812345678')] };
    const shown = redact(group);
    expect(shown.related!.map((p) => p.text)).toEqual(['138****5678', '138****5678']);
    expect(JSON.stringify(shown)).not.toContain('13812345678');
    const plain = { ...place(0, '，', 'punctuation'), related: [place(0, '，', 'punctuation')] };
    plain.related[0]!.suggestions = [];
    expect(redact(plain)).toBe(plain);
  });
});
