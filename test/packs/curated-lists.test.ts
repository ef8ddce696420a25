import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createProofreader, parsePackText } from '../../src/index.js';
import { readDictionaryFile } from '../../src/dictionaries.js';

// The packs compiled from published lists of common errors (issue 20): what an editor sees
// through the whole pipeline, with every other rule on.
const proofreader = createProofreader();
const misused = (text: string) => proofreader.proofread(text).issues.filter((i) => i.ruleId === 'lexicon/misused-word');

const invalid: { text: string; flagged: string; fix: string; message: string; severity?: 'error' | 'warning' }[] = [
  { text: '神州六号载人飞船顺利返回。', flagged: '神州六号', fix: '神舟六号', message: '“神州六号”应为“神舟六号”。载人飞船名“神舟”，“神州”是中国的代称。' },
  { text: '现发布招聘启示如下。', flagged: '招聘启示', fix: '招聘启事', message: '“招聘启示”应为“招聘启事”。“启事”是公开说明某事的告示；“启示”意为启发、开导。' },
  { text: '鼓励兴办非盈利组织。', flagged: '非盈利组织', fix: '非营利组织', message: '“非盈利组织”应为“非营利组织”。“营利”指谋求利润，“盈利”指获得的利润；组织性质用“非营利”。' },
  { text: '确保生活必须品供应。', flagged: '必须品', fix: '必需品', message: '“必须品”应为“必需品”。“必需”意为一定要有，修饰“品”；“必须”是副词。' },
  { text: '全市上下戳力奋发。', flagged: '戳力奋发', fix: '踔厉奋发', message: '“戳力奋发”应为“踔厉奋发”。“踔厉”形容精神奋发。' },
  { text: '这位罪犯表现良好。', flagged: '位罪犯', fix: '名罪犯', message: '“位罪犯”应为“名罪犯”。量词“位”含敬意，不用于罪犯。' },
  { text: '车辆停在侯车室外。', flagged: '侯车室', fix: '候车室', message: '“侯车室”应为“候车室”。“候”意为等待。' },
  { text: '坚持惩前必后、治病救人。', flagged: '惩前必后', fix: '惩前毖后', message: '“惩前必后”应为“惩前毖后”。“毖”意为谨慎、戒备。' },
  { text: '做到有章可寻。', flagged: '有章可寻', fix: '有章可循', message: '“有章可寻”应为“有章可循”。“循”意为遵循。' },
  { text: '设置一年的过度期。', flagged: '过度期', fix: '过渡期', message: '“过度期”应为“过渡期”。“过渡”指由一个阶段转入另一个阶段；“过度”意为超过限度。' },
  { text: '坚决遏制过渡包装。', flagged: '过渡包装', fix: '过度包装', message: '“过渡包装”应为“过度包装”。“过度”意为超过适当限度；“过渡”指由一个阶段转入另一个阶段。' },
  { text: '群众可以如实反应情况。', flagged: '如实反应', fix: '如实反映', message: '“如实反应”应为“如实反映”。把情况、意见告诉上级或有关部门用“反映”。' },
  { text: '要把自已摆进去。', flagged: '自已', fix: '自己', message: '“自已”应为“自己”。“己”指自身，“已”意为已经。' },
  // a seam's one-character side must stand alone as a word: 颠|复活 leaves 颠复 a slip
  { text: '组织颠复活动。', flagged: '颠复', fix: '颠覆', message: '“颠复”应为“颠覆”。“覆”意为翻倒。' },
  { text: '产品存在暇疵。', flagged: '暇疵', fix: '瑕疵', message: '“暇疵”应为“瑕疵”。“瑕”指玉上的斑点。' },
  // both readings occur in edited text: a warning (负作用 as 消极作用, 报道地点 as where a report is made)
  { text: '这种药没有负作用。', flagged: '负作用', fix: '副作用', severity: 'warning', message: '“负作用”应为“副作用”。“副作用”指随主要作用附带产生的作用。' },
  { text: '新生请按时到报道地点办理手续。', flagged: '报道地点', fix: '报到地点', severity: 'warning', message: '“报道地点”应为“报到地点”。到组织报告自己已经来到用“报到”。' },
  { text: '同舟共济，共度难关。', flagged: '共度难关', fix: '共渡难关', severity: 'warning', message: '“共度难关”应为“共渡难关”。《现代汉语词典》“渡”有“通过（难关）”义，度过时间用“度”；《咬文嚼字》2020年列为差错。' },
];

// Right forms, and wrong-looking strings in contexts where they are right.
const valid = [
  '神舟十八号载人飞船发射成功，神州大地一片欢腾。',
  '依法登记为非营利组织，鼓励兴办非营利性养老机构。',
  '对单位犯罪嫌疑人依法追究刑事责任，这名罪犯表现良好。',
  '请乘客自备口罩，乘车时全程戴口罩，并携带口罩备用。',
  '及时报告药品不良反应情况，群众可以如实反映情况。',
  '来自已经批准的项目，明知已经违法仍继续实施的，依法处理。',
  '同舟共济，共渡难关，平稳度过假期，设置一年的过渡期。',
  '坚持惩前毖后、治病救人，做到有章可循、有据可查。',
  // a wrong form read across the seam of two words (pack-rules.ts, isSeam): 减负|作用, 来自|已, 做|为民, 国家|极限, 公共服务|智能化
  '医保政策持续发挥兜底和减负作用。',
  '新增病例均来自已隔离观察的密切接触者。',
  '多做为民造福的实事好事，现在这样做为时过早。',
  '一些人执意向发展中国家极限施压。',
  '以数字化驱动公共服务智能化。',
  '京杭大运河泗阳段同时鸣响防空警报。', // 泗阳|段: a place name across the edge (阳段 → 阶段)
];

describe('packs from published lists of common errors', () => {
  it.each(invalid.map((c) => [c.text, c] as const))('flags: %s', (_, c) => {
    const issues = misused(c.text);
    expect(issues.map((i) => i.text)).toEqual([c.flagged]);
    expect(issues[0]!.suggestions[0]).toBe(c.fix);
    expect(issues[0]!.message).toBe(c.message);
    expect(issues[0]!.severity).toBe(c.severity ?? 'error');
  });

  it.each(valid)('leaves alone: %s', (text) => {
    expect(misused(text).map((i) => i.text)).toEqual([]);
  });

  it('gives every 《咬文嚼字》 yearly entry the year of its list and a source page', () => {
    const pack = parsePackText(readDictionaryFile('packs/yaowen-annual.yaml'), 'yaowen-annual.yaml');
    const bad = pack.entries.filter((e) => !/^《咬文嚼字》20\d\d年十大语文差错（.*https?:\/\//.test(e.source ?? ''));
    expect(bad.map((e) => e.wrong.join('、'))).toEqual([]);
    const years = new Set(pack.entries.map((e) => e.source!.slice(6, 10)));
    expect(years.size).toBeGreaterThanOrEqual(18);
  });
});

describe('scripts/data/check-pack-entries.mjs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gongwen-check-pack-'));
  const corpus = join(dir, 'clean.txt');
  writeFileSync(corpus, '各单位要按装修方案施工。商启示已发布。\n');
  const corpus2 = join(dir, 'clean2.txt');
  const run = (pack: string, clean = corpus) => {
    const file = join(dir, `${Math.random().toString(36).slice(2)}.yaml`);
    writeFileSync(file, pack);
    try {
      return { status: 0, out: execFileSync('node', ['scripts/data/check-pack-entries.mjs', file, '--corpus', clean], { encoding: 'utf8', stdio: 'pipe' }) };
    } catch (e) {
      const err = e as { status: number; stdout: string };
      return { status: err.status, out: err.stdout };
    }
  };
  const pack = (entries: string, flagged: string) => `id: t\nname: t\nentries:\n${entries}examples:\n  invalid:\n    - text: ${flagged}\n  valid: [丙]\n`;

  it('reports a wrong form found in clean text and fails', () => {
    const r = run(pack('  - wrong: 商启示已\n    right: 商启事已\n', '商启示已'));
    expect(r.status).toBe(1);
    expect(r.out).toContain('商启示已 → 商启事已（不在词表，语料 0 次）\t干净语料 1 次');
  });

  it('does not count a match inside an `unless` context', () => {
    const r = run(pack('  - wrong: 装修方\n    right: 装修\n    unless: [按装修方]\n', '装修方'));
    expect(r.status).toBe(0);
    expect(r.out).not.toContain('装修方');
  });

  it('refuses the gate half of the clean corpus, which is counted, never screened on', () => {
    const gate = join(dir, 'gate.txt');
    writeFileSync(gate, '## clean corpus of the precision gate: gate half (counted only)\n# 某条例\n商启示已发布。\n');
    const r = run(pack('  - wrong: 商启示已\n    right: 商启事已\n', '商启示已'), gate);
    expect(r.status).toBe(2);
  });

  it('reports a wrong form another bundled pack already lists', () => {
    const r = run(pack('  - wrong: 再接再励\n    right: 再接再厉\n', '再接再励'));
    expect(r.status).toBe(1);
    expect(r.out).toContain('另见 typo-idioms.yaml');
  });

  it('does not count a raw hit the pack does not report (a match that cuts a word)', () => {
    writeFileSync(corpus2, '各部门要按照规定执行。\n');
    const r = run(pack('  - wrong: 门要\n    right: 门耀\n    boundary: word\n', '门要'), corpus2);
    expect(r.status).toBe(0);
    expect(r.out).toContain('门要 → 门耀（不在词表，语料 0 次）\t干净语料 0 次（另有 1 处出现而不报告）');
    // Without boundary: word the rule still sees the seam of 部门 and 要 and stays silent; away from a seam the hit counts.
    expect(run(pack('  - wrong: 门要\n    right: 门耀\n', '门要'), corpus2).status).toBe(0);
    writeFileSync(corpus2, '门要关好。\n');
    expect(run(pack('  - wrong: 门要\n    right: 门耀\n', '门要'), corpus2).status).toBe(1);
  });

  it('passes a pack whose wrong forms are absent from clean text', () => {
    expect(run(pack('  - wrong: 甲乙丙丁戊\n    right: 己庚辛壬癸\n', '甲乙丙丁戊')).status).toBe(0);
  });
});
