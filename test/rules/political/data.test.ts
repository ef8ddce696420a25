import { describe, expect, it } from 'vitest';
import { createProofreader } from '../../../src/index.js';
import { loadPoliticalData } from '../../../src/rules/political/data.js';
import { FuzzyTermIndex } from '../../../src/rules/political/fuzzy-index.js';

const data = loadPoliticalData();
const bare = createProofreader({ builtinPacks: false });
const onlyPolitical = Object.fromEntries(bare.rules.filter((r) => !r.id.startsWith('political/')).map((r) => [r.id, 'off' as const]));
const p = createProofreader({ builtinPacks: false, rules: onlyPolitical });
const political = (text: string) => p.proofread(text).issues.map((i) => `${i.ruleId}: ${i.text} → ${i.suggestions[0] ?? ''}`);

describe('dictionaries/political', () => {
  it('holds at least 200 canonical formulations, each with its source', () => {
    expect(data.formulations.terms.length).toBeGreaterThanOrEqual(200);
    for (const t of data.formulations.terms) expect(t.source.length, t.term).toBeGreaterThan(1);
  });

  it('every canonical formulation alone is not flagged', () => {
    const flagged = data.formulations.terms.flatMap((t) => political(t.term).map((f) => `${t.term}: ${f}`));
    expect(flagged).toEqual([]);
  });

  it('every legitimate look-alike alone is not flagged', () => {
    expect(data.formulations.legitimate.flatMap((t) => political(t))).toEqual([]);
  });

  it('every listed wrong form alone is flagged, and its fix is not', () => {
    const entries = [
      ...data.formulations.terms.flatMap((t) => t.wrong ?? []),
      ...data.banned.entries,
      ...data.admin.entries,
    ];
    for (const e of entries) {
      expect(political(e.wrong), e.wrong).not.toEqual([]);
      if (e.right) expect(political(e.right), e.right).toEqual([]);
    }
  });

  it('every enumeration in its canonical form is not flagged', () => {
    for (const e of data.enumerations) {
      const body = e.mode === 'text' ? e.full! : e.items.join('、');
      const text = e.label ? `“${e.label}”：${body}。` : `坚持以${body}为指导。`;
      expect(political(text), text).toEqual([]);
    }
  });

  it('leaders: tenures are ordered, committees hold known leaders', () => {
    const names = new Set(data.leaders.leaders.map((l) => l.name));
    for (const l of data.leaders.leaders) for (const t of l.tenures) if (t.to) expect(t.from < t.to, `${l.name} ${t.post}`).toBe(true);
    for (const c of data.leaders.committees) for (const n of c.order) expect(names.has(n), n).toBe(true);
  });

  it('each leader with a title of each post held is not flagged on a date inside the tenure', () => {
    const checker = createProofreader({ builtinPacks: false, rules: onlyPolitical });
    for (const l of data.leaders.leaders) {
      for (const t of l.tenures) {
        const title = data.leaders.posts[t.post]!.titles[0];
        if (!title) continue;
        const text = `${title}${l.name}出席。`;
        const issues = checker.proofread(text, { documentDate: t.from }).issues.map((i) => `${i.ruleId}: ${i.text}`);
        expect(issues, text).toEqual([]);
      }
    }
  });
});

describe('FuzzyTermIndex', () => {
  const index = new FuzzyTermIndex(['中华人民共和国', '进一步全面深化改革', '习近平新时代中国特色社会主义思想'], { equivalent: ['和与'], ignorable: '的' });
  const kinds = (text: string) => index.find(text).map((m) => `${text.slice(m.start, m.end)}:${m.kind}`);

  it('classifies each kind of near-miss', () => {
    expect(kinds('中华人民共合国')).toContain('中华人民共合国:substitution');
    expect(kinds('中华人民共国')).toContain('中华人民共国:deletion');
    expect(kinds('中华人民人共和国')).toContain('中华人民人共和国:insertion');
    expect(kinds('中华人民和共国')).toContain('中华人民和共国:transposition');
    expect(kinds('全面进一步深化改革')).toContain('全面进一步深化改革:swap');
    expect(kinds('习近平新时代中国特包社会主意思想')).toContain('习近平新时代中国特包社会主意思想:substitution');
  });

  it('leaves exact terms, edge changes and numerals alone', () => {
    expect(kinds('中华人民共和国')).toEqual([]);
    expect(kinds('中华人民共和区')).toEqual([]);
    expect(kinds('中华民族')).toEqual([]);
  });

  it('is linear: a hundred times the text costs about a hundred times the time', () => {
    const unit = '坚持以习近平新时代中国特色社会主义思想为指导，中华人民共合国成立，人民群众。'.repeat(50);
    const time = (text: string) => {
      const t0 = performance.now();
      for (let k = 0; k < 3; k++) index.find(text);
      return performance.now() - t0;
    };
    time(unit);
    const small = time(unit);
    const large = time(unit.repeat(100));
    expect(index.find(unit.repeat(100)).length).toBe(100 * 50);
    expect(large / Math.max(small, 0.5)).toBeLessThan(300);
  });
});
