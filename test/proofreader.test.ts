import { describe, expect, it } from 'vitest';
import { ConfigError, createProofreader, proofread } from '../src/index.js';

const FIELDS = ['ruleId', 'category', 'severity', 'message', 'messageId', 'start', 'end', 'line', 'column', 'text', 'suggestions'];

describe('proofread', () => {
  const text = '通知\n截止目前，东溪镇针炙科已按装设备。\n要再接再励。';

  it('returns issues with exactly the documented fields, sorted by start', () => {
    const { issues } = proofread(text);
    expect(issues.length).toBeGreaterThanOrEqual(4);
    for (const i of issues) {
      expect(Object.keys(i).sort()).toEqual([...FIELDS].sort());
      expect(i.text).toBe(text.slice(i.start, i.end));
      expect(/\p{Script=Han}/u.test(i.message)).toBe(true);
    }
    expect(issues.map((i) => i.start)).toEqual([...issues.map((i) => i.start)].sort((a, b) => a - b));
  });

  it('reports 1-based lines and code-point columns', () => {
    const issue = proofread('𠀀𠀀\n一二针炙').issues[0]!;
    expect([issue.line, issue.column, issue.start]).toEqual([2, 3, 7]);
  });

  it('is synchronous and stable across calls', () => {
    expect(proofread(text)).toEqual(proofread(text));
  });

  it('rejects a non-string with a clear TypeError', () => {
    expect(() => proofread(undefined as unknown as string)).toThrow(TypeError);
  });

  it('never reports inside URLs or e-mail addresses', () => {
    expect(proofread('详见 https://example.gov.cn/针炙/index.html 或 www.zhenzhi.cn/针炙。').issues).toEqual([]);
  });
});

describe('createProofreader', () => {
  it('drops issues inside or around allowed words', () => {
    const p = createProofreader({ allow: ['针炙科'] });
    expect(p.proofread('针炙科，针炙疗法').issues.map((i) => i.start)).toEqual([4]);
    expect(proofread('针炙科', { allow: ['针炙'] }).issues).toEqual([]);
  });

  it('sets or switches off rule levels', () => {
    const p = createProofreader({ rules: { 'lexicon/misused-word': 'warning', 'repetition/repeated-word': 'off' } });
    const issues = p.proofread('针炙科的的工作').issues;
    expect(issues.map((i) => [i.ruleId, i.severity])).toEqual([['lexicon/misused-word', 'warning']]);
    expect(proofread('针炙', { rules: { 'lexicon/misused-word': 'off' } }).issues).toEqual([]);
  });

  it('explains unknown rules and levels', () => {
    expect(() => createProofreader({ rules: { 'no/such-rule': 'off' } })).toThrow(ConfigError);
    expect(() => createProofreader({ rules: { 'no/such-rule': 'off' } })).toThrow(/未知规则“no\/such-rule”。可用规则：.*lexicon\/misused-word/);
    expect(() => createProofreader({ rules: { 'lexicon/misused-word': 'loud' as 'off' } })).toThrow(/级别“loud”无效/);
  });

  it('accepts a documentDate and explains a bad one', () => {
    expect(proofread('针炙', { documentDate: '2024-06-26' }).issues).toHaveLength(1);
    expect(proofread('针炙', { documentDate: new Date('2024-06-26') }).issues).toHaveLength(1);
    expect(() => proofread('针炙', { documentDate: '2024-02-30' })).toThrow(/documentDate“2024-02-30”无效/);
    expect(() => proofread('针炙', { documentDate: '6月26日' })).toThrow(ConfigError);
  });

  it('refuses misspelt or mistyped options instead of ignoring them', () => {
    expect(() => createProofreader({ allowed: ['x'] } as never)).toThrow(/未知选项“allowed”/);
    expect(() => createProofreader({ allow: '针炙' as never })).toThrow(/选项“allow”应为数组/);
    expect(() => createProofreader({ packs: 'x.yaml' as never })).toThrow(/选项“packs”应为数组/);
    expect(() => createProofreader({ rules: 'off' as never })).toThrow(/选项“rules”应为对象/);
    expect(() => proofread('针炙', { format: 'docx' as never })).toThrow(/format“docx”无效/);
  });

  it('refuses a user pack whose id a loaded pack already uses', () => {
    const pack = { id: 'typo-time', name: '重名', entries: [{ wrong: '苍溪县人名政府', right: '苍溪县人民政府' }], examples: { invalid: [{ text: '苍溪县人名政府' }], valid: ['苍溪县人民政府'] } };
    expect(() => createProofreader({ packs: [pack] })).toThrow(/规则包 id“typo-time”已被 dictionaries\/packs\/typo-time\.yaml 使用/);
  });

  it('can run without the bundled packs', () => {
    expect(createProofreader({ builtinPacks: false }).proofread('针炙').issues).toEqual([]);
  });
});

describe('pack messages', () => {
  it('keep a $ in a form or note as text, not a replacement pattern', () => {
    const pack = {
      id: 'dollar',
      name: '美元',
      entries: [{ wrong: '美元$&', right: '美元', note: '删去$&' }],
      examples: { invalid: [{ text: '共10美元$&。' }], valid: ['共10美元。'] },
    };
    const [issue] = createProofreader({ builtinPacks: false, packs: [pack] }).proofread('共10美元$&。').issues;
    expect(issue!.message).toBe('“美元$&”应为“美元”。删去$&。');
  });
});

describe('statistical guesses under knowledge', () => {
  const text = '中华人民共合国成立以来，各项事业取得历史性成就。';
  it('are dropped inside a span that a rule of knowledge reports', () => {
    expect(proofread(text).issues.map((i) => `${i.ruleId}:${i.text}`)).toEqual(['political/wrong-formulation:中华人民共合国']);
  });
  it('stand when that rule is off', () => {
    const alone = proofread(text, { rules: { 'political/wrong-formulation': 'off', 'political/near-miss': 'off' } }).issues;
    expect(alone.map((i) => `${i.ruleId}:${i.text}`)).toEqual(['spelling/statistical-typo:合']);
  });
});

describe('two rules on one slip', () => {
  // lexicon/fixed-expression reads 市检查院 as a slip of 市检察院; a pack lists 检查院 → 检察院.
  const text = '陕西省榆林市检查院召开会议。';
  it('give one issue when their fixes make the same text, the more severe', () => {
    expect(proofread(text).issues.map((i) => `${i.ruleId}:${i.severity}:${i.text}→${i.suggestions[0]}`)).toEqual(['lexicon/misused-word:error:检查院→检察院']);
  });
  it('give each its own issue when one is off', () => {
    const alone = proofread(text, { rules: { 'lexicon/misused-word': 'off' } }).issues;
    expect(alone.map((i) => `${i.ruleId}:${i.text}→${i.suggestions[0]}`)).toEqual(['lexicon/fixed-expression:市检查院→市检察院']);
  });
});
