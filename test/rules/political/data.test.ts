import { describe, expect, it } from 'vitest';
import { createProofreader, DictionarySegmenter, verifyPack } from '../../../src/index.js';
import { loadPoliticalData, normalize, parsePoliticalPack, parsePoliticalYaml } from '../../../src/rules/political/data.js';
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

  it('keeps its wrong → right entries in rule packs that pass their examples and self-checks, each entry with its source', () => {
    expect([...new Set(data.packs.map((pack) => pack.rule))].sort()).toEqual(['political/admin-name', 'political/banned-expression', 'political/wrong-formulation']);
    for (const pack of data.packs) {
      expect(verifyPack(pack, new DictionarySegmenter()), pack.source).toEqual([]);
      // A citation written out (the pack's `sources` resolved), not a bare name such as 宪法.
      expect(pack.entries.filter((e) => (e.source ?? '').length < 8).map((e) => e.wrong[0])).toEqual([]);
    }
  });

  it('checks the other files against schemas/political-data.schema.json, naming file, place and reason', () => {
    const files = parsePoliticalYaml();
    expect(() => normalize(files)).not.toThrow();
    const broken = structuredClone(files) as { leaders: { leaders: { tenures: { from: string }[] }[] }; enumerations: { enumerations: Record<string, unknown>[] } };
    broken.leaders.leaders[0]!.tenures[0]!.from = '2012年';
    broken.enumerations.enumerations[1]!.order = ['x'];
    expect(() => normalize(broken)).toThrow(/leaders\.yaml: \/leaders\/0\/tenures\/0\/from: /);
    expect(() => normalize(broken)).toThrow(/enumerations\.yaml: \/enumerations\/1: 未知字段“order”/);
    const unknownPost = structuredClone(files) as { leaders: { leaders: { tenures: { post: string }[] }[] } };
    unknownPost.leaders.leaders[0]!.tenures[0]!.post = 'emperor';
    expect(() => normalize(unknownPost)).toThrow(/leaders\.yaml: .*未定义的职务“emperor”/);
  });

  it('refuses a political pack entry without a source, naming file, entry and reason', () => {
    const text = 'id: p\nname: p\nrule: political/banned-expression\ncategory: political\nentries:\n  - { wrong: 北朝鲜, right: 朝鲜 }\nexamples: { invalid: [{ text: 北朝鲜 }], valid: [朝鲜] }\n';
    expect(() => parsePoliticalPack(text, 'p.yaml')).toThrow(/p\.yaml: 第 1 条（“北朝鲜”）: 缺少字段“source”/);
  });

  it('every listed wrong form alone is flagged, and its fix is not', () => {
    const entries = data.packs.flatMap((p) => p.entries);
    expect(entries.length).toBeGreaterThan(80);
    for (const e of entries) {
      for (const wrong of e.wrong) expect(political(wrong), wrong).not.toEqual([]);
      for (const right of e.right) expect(political(right), right).toEqual([]);
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

  it('officials: tenures are ordered; each official beside every title of each post held is not flagged', () => {
    const checker = createProofreader({ builtinPacks: false, rules: onlyPolitical });
    const { officials, posts } = data.leaders.officials;
    expect(officials.length).toBeGreaterThan(200);
    for (const o of officials) {
      for (const t of o.tenures) {
        if (t.to) expect(t.from < t.to, `${o.name} ${t.post}`).toBe(true);
        for (const title of posts[t.post]!.titles) {
          for (const text of [`${title}${o.name}出席。`, `${o.name}${title}出席。`]) {
            const issues = checker.proofread(text, { documentDate: t.from }).issues.filter((i) => i.ruleId === 'political/leader-name').map((i) => i.text);
            expect(issues, text).toEqual([]);
          }
        }
      }
    }
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
    expect(kinds('中华民族')).toEqual([]);
    expect(kinds('华华人民共和国')).toEqual([]);
  });

  it('gives a long term with its last character replaced as a window, for the rule to weigh (中华人民共和区 it leaves alone)', () => {
    expect(kinds('中华人民共和区')).toEqual(['中华人民共和区:substitution']);
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
