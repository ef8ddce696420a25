import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createProofreader } from '../../src/index.js';

// usage-collocations (issue 20): confusable real words flagged only in the collocations
// where one of them is certainly wrong. What an editor sees, with every other rule on.
const proofreader = createProofreader();
const misused = (text: string) => proofreader.proofread(text).issues.filter((i) => i.ruleId === 'lexicon/misused-word');

const invalid: { text: string; flagged: string; fix: string; severity?: 'error' | 'warning' }[] = [
  { text: '保障代表依法行驶职权。', flagged: '行驶职权', fix: '行使职权' },
  { text: '坚决反对形势主义、官僚主义。', flagged: '形势主义', fix: '形式主义' },
  { text: '报请上级主观部门批准。', flagged: '主观部门', fix: '主管部门' },
  { text: '健全部门间协调机智。', flagged: '协调机智', fix: '协调机制' },
  { text: '推动区域经纪发展。', flagged: '经纪发展', fix: '经济发展' },
  { text: '压实企业主题责任。', flagged: '主题责任', fix: '主体责任' },
  { text: '退回公安机关补充侦察。', flagged: '补充侦察', fix: '补充侦查' },
  { text: '可以依法申请行政附议。', flagged: '行政附议', fix: '行政复议' },
  { text: '扎实推动共同富余。', flagged: '共同富余', fix: '共同富裕' },
  { text: '上级领导亲自过问，统筹坚固各方利益。', flagged: '统筹坚固', fix: '统筹兼顾' },
  { text: '抓好中央决策部属的落实。', flagged: '决策部属', fix: '决策部署' },
  { text: '加快建设法制政府。', flagged: '法制政府', fix: '法治政府', severity: 'warning' },
  { text: '发现燃气泄露应立即报告。', flagged: '燃气泄露', fix: '燃气泄漏', severity: 'warning' },
  // typo-idioms: 倍受 is in no dictionary (备受 is), but common in news and work reports: a warning, not an error.
  { text: '全市上下倍受鼓舞、倍感振奋。', flagged: '倍受鼓舞', fix: '备受鼓舞', severity: 'warning' },
];

// The confusable words where they are right, and the wrong collocations' characters where
// other words meet (a match must start and end on word boundaries).
const valid = [
  '车辆在道路上行驶，代表依法行使职权。',
  '当前经济形势总体向好，反对形式主义。',
  '他主观上没有过错，主管部门依法处理。',
  '他机智地化解了矛盾，建立协调机制。',
  '取得证券经纪业务资格，推动经济发展。',
  '围绕主题教育开展活动，落实主体责任。',
  '侦察兵完成了侦察任务，公安机关依法侦查。',
  '会议讨论时有委员附议，当事人申请行政复议。',
  '安置富余劳动力，促进共同富裕。',
  '房屋结构坚固耐用，做到统筹兼顾。',
  '教育部部属高校，贯彻决策部署。',
  '健全社会主义法制，建设法治政府。',
  '这种物资十分必需，各单位必须按时报送。',
  '不得泄露国家秘密，防止燃气泄漏。',
  // 界限 as the abstract limit: breaking the limits of administrative regions.
  '四省区五市已打破行政区域界限，强化区域联防联治。',
];

describe('usage-collocations pack', () => {
  it.each(invalid.map((c) => [c.text, c] as const))('flags: %s', (_, c) => {
    const issues = misused(c.text);
    expect(issues.map((i) => i.text)).toEqual([c.flagged]);
    expect(issues[0]!.suggestions[0]).toBe(c.fix);
    expect(issues[0]!.severity).toBe(c.severity ?? 'error');
  });
  it.each(valid)('stays silent: %s', (text) => {
    expect(misused(text).map((i) => `${i.text}→${i.suggestions[0]}`)).toEqual([]);
  });
});

// The generated pack must stay what its generator and its two data files say.
const root = join(__dirname, '..', '..');
const pairs = readFileSync(join(root, 'dictionaries/spelling/confusable-words.tsv'), 'utf8')
  .split('\n')
  .filter((l) => l && !l.startsWith('#'))
  .map((l) => l.split('\t'));
const pack = parse(readFileSync(join(root, 'dictionaries/packs/usage-collocations.yaml'), 'utf8')) as {
  entries: { wrong: string; right: string; note: string; severity?: string }[];
};
const rejected = readFileSync(join(root, 'scripts/data/usage-collocations-rejected.tsv'), 'utf8')
  .split('\n')
  .filter((l) => l && !l.startsWith('#'))
  .map((l) => l.split('\t'));

describe('confusable-words.tsv and the generated pack', () => {
  it('lists each pair once, with directions, severity, distinction and source', () => {
    const bad = pairs.filter(
      ([a, b, directions, severity, note, source]) =>
        !a || !b || a === b || !/^(both|[ab][<>]?(,[ab][<>]?)*)$/.test(directions ?? '') || !['error', 'warning'].includes(severity ?? '') || !note || !source,
    );
    expect(bad.map((p) => p.join(' | '))).toEqual([]);
    const keys = pairs.map(([a, b]) => [a, b].sort().join('/'));
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  it('has in every entry one word of a pair swapped for the other, with that pair’s note and severity', () => {
    const unexplained = pack.entries.filter(({ wrong, right, note, severity }) => {
      return !pairs.some(([a, b, , pairSeverity, pairNote]) =>
        ([[a!, b!], [b!, a!]] as const).some(([good, bad]) => {
          for (let at = right.indexOf(good); at !== -1; at = right.indexOf(good, at + 1)) {
            if (right.slice(0, at) + bad + right.slice(at + good.length) === wrong) {
              return note === pairNote && (severity ?? 'error') === pairSeverity;
            }
          }
          return false;
        }),
      );
    });
    expect(unexplained.map((e) => `${e.wrong}→${e.right}`)).toEqual([]);
  });

  it('keeps no candidate rejected on reading, and every rejection says why', () => {
    expect(rejected.filter(([, reason]) => !reason).map(([w]) => w)).toEqual([]);
    const rejectedForms = new Set(rejected.map(([w]) => w));
    expect(pack.entries.filter((e) => rejectedForms.has(e.wrong)).map((e) => e.wrong)).toEqual([]);
  });
});
