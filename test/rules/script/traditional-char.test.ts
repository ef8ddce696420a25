import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyFixes, createProofreader, proofread } from '../../../src/index.js';
import { loadNonStandardChars } from '../../../src/rules/script/lexicon.js';
import { testRule } from '../../helpers/rule-tester.js';

const RULE = 'script/traditional-char';
const SHARED = join(__dirname, '..', '..', '..', '..', 'shared', 'data');
/** The 8,105 characters of 《通用规范汉字表》 (2013). */
const standardChars: string[] = JSON.parse(readFileSync(join(SHARED, 'lexicon', 'standard-chars-simplified-to-traditional.json'), 'utf8')).tgscc_list;

/** Official text in Hong Kong traditional script (converted from a corpus bulletin). */
const TRADITIONAL_PARAGRAPH =
  '2024年第一季度全區政府網站和政務新媒體整體運行狀況良好，未出現站點無法訪問、首頁不更新等問題，有效推進政民互動，優化政務服務。';
const TRADITIONAL_TEXT = `${TRADITIONAL_PARAGRAPH}\n根據重慶市人民政府辦公廳關於全市政府網站和政務新媒體檢查情況的通報以及日常檢查情況，現將我區第一季度政務公開工作情況通報如下。`;
const SIMPLIFIED_PARAGRAPH = '2024年第一季度全区政府网站和政务新媒体整体运行状况良好，未出现站点无法访问、首页不更新等问题，有效推进政民互动，优化政务服务。';

testRule(RULE, {
  valid: [
    SIMPLIFIED_PARAGRAPH,
    // Standard characters that are also traditional forms, or reserved for names.
    '乾隆年间，乾坤朗朗',
    '於姓、瞭望塔、慰藉、宫商角徵羽',
    '毕昇、赵孟𫖯、锺先生、堃、喆、淼',
    '二〇二四年',
    '著作权',
    // A character the division codes keep in place names, in a name ending with its generic: the place's own spelling.
    '三星堆、皮洛、濛溪河等遗址先后入选年度“全国十大考古新发现”。',
    '彭州市濛阳街道、宁海县深甽镇、番禺区石碁镇',
    // A village's spelling in the division codes (寀卢村 of 东阳市), before its generic.
    '在浙江东阳市寀卢村1200亩农田旁，电力员工正在巡检。',
  ],
  invalid: [
    { text: '國務院', flagged: ['國', '務'], messageIds: ['nonStandard', 'nonStandard'], fixes: ['国', '务'], severity: 'warning' },
    { text: '推动經濟發展', flagged: ['經', '濟', '發'], messageIds: ['nonStandard', 'nonStandard', 'nonStandard'], fixes: ['经', '济', '发'] },
    { text: '後來', flagged: ['後', '來'], messageIds: ['nonStandard', 'nonStandard'], fixes: ['后', '来'] },
    // …but not outside a name: no generic follows (细雨濛濛), or only after 的 (烟雨濛濛的江南); a character no place uses (鄉).
    { text: '细雨濛濛。', flagged: ['濛', '濛'], messageIds: ['nonStandard', 'nonStandard'], fixes: ['蒙', '蒙'] },
    { text: '烟雨濛濛的江南', flagged: ['濛', '濛'], messageIds: ['nonStandard', 'nonStandard'] },
    { text: '回到鄉镇工作', flagged: ['鄉'], messageIds: ['nonStandard'], fixes: ['乡'] },
    // Japanese 新字体, Hong Kong and Taiwan code points the table does not print.
    { text: '関係', flagged: ['関', '係'], messageIds: ['nonStandard', 'nonStandard'], fixes: ['关', '系'] },
    { text: '他說：衞生產品', flagged: ['說', '衞', '產'], messageIds: ['nonStandard', 'nonStandard', 'nonStandard'], fixes: ['说', '卫', '产'] },
    // Several standard forms: the everyday one first; names keep theirs as the second.
    { text: '鍾表', flagged: ['鍾'], messageIds: ['nonStandard'], fixes: ['钟'] },
    { text: '線路', flagged: ['線'], messageIds: ['nonStandard'], fixes: ['线'] },
    // An astral variant: the offsets cover both UTF-16 units.
    { text: '𠪱史', flagged: ['𠪱'], messageIds: ['nonStandard'], fixes: ['历'] },
    // Rows that tgscc.json shifts (鮋 would become 鲊).
    { text: '鮋鱼', flagged: ['鮋'], messageIds: ['nonStandard'], fixes: ['鲉'] },
    // Sporadic characters: each is reported, whatever their share of a short text.
    { text: '國務院辦公廳關於經濟發展', flagged: ['國', '務', '辦', '廳', '關', '經', '濟', '發'], messageIds: ['nonStandard', 'nonStandard', 'nonStandard', 'nonStandard', 'nonStandard', 'nonStandard', 'nonStandard', 'nonStandard'] },
    // A traditional paragraph quoted in a simplified text: one issue for the paragraph.
    { text: `${SIMPLIFIED_PARAGRAPH}\n${SIMPLIFIED_PARAGRAPH}\n${TRADITIONAL_PARAGRAPH}\n${SIMPLIFIED_PARAGRAPH}國務院`, flagged: ['區', '國', '務'], messageIds: ['traditionalScript', 'nonStandard', 'nonStandard'] },
    // A text in traditional script: one issue for the whole text.
    { text: TRADITIONAL_TEXT, flagged: ['區'], messageIds: ['traditionalScript'] },
  ],
  noCase: { inPackWord: '需要内置规则包（此表不加载），见下方“suggests the form of a word a pack corrects”' },
});

describe(`${RULE}: data and messages`, () => {
  const chars = loadNonStandardChars();
  const standard = new Set(standardChars);
  const only = (text: string, options?: Parameters<typeof proofread>[1]) => proofread(text, options).issues.filter((i) => i.ruleId === RULE);

  it('maps only characters outside the 8,105 of 《通用规范汉字表》, to characters inside it', () => {
    expect(standard.size).toBe(8105);
    expect(chars.size).toBeGreaterThan(4000);
    const wrong = chars.entries().filter((c) => standard.has(c.char) || c.standard.some((s) => !standard.has(s)));
    expect(wrong.map((c) => `${c.char} → ${c.standard.join('')}`)).toEqual([]);
  });

  it('never flags a standard character', () => {
    // In lines of 40, so no paragraph is long enough for a summary to hide a per-character finding.
    const lines = [];
    for (let i = 0; i < standardChars.length; i += 40) lines.push(standardChars.slice(i, i + 40).join(''));
    expect(only(lines.join('\n')).map((i) => i.text)).toEqual([]);
  });

  it('cites the table, and the table’s note for a character reserved for names', () => {
    expect(only('國')[0]!.message).toBe('“國”是繁体字，应改用规范汉字“国”（《通用规范汉字表》）。');
    expect(only('関')[0]!.message).toBe('“関”是异体字，应改用规范汉字“关”（《通用规范汉字表》）。');
    const [zhong] = only('鍾表');
    expect(zhong!.suggestions).toEqual(['钟', '锺']);
    expect(zhong!.message).toBe('“鍾”是繁体字，应改用规范汉字“钟”或“锺”（《通用规范汉字表》）。鍾：用于姓氏人名时可简化作“锺”。');
  });

  it('summarizes a text in traditional script in one issue without a fix', () => {
    const [issue, ...rest] = only(TRADITIONAL_TEXT);
    expect(rest).toEqual([]);
    expect(issue!.suggestions).toEqual([]);
    expect(issue!.message).toMatch(/^全文有 \d+ 个繁体字或异体字（占汉字的 \d+%），似为繁体文字，未逐字列出，首个“區”应作“区”。/);
    const quoted = only(`${SIMPLIFIED_PARAGRAPH.repeat(3)}\n${TRADITIONAL_PARAGRAPH}`);
    expect(quoted.map((i) => i.message.slice(0, 3))).toEqual(['本段有']);
  });

  it('suggests the form of a word a pack corrects (纨袴 → 纨绔, not 裤)', () => {
    const [issue] = only('纨袴子弟');
    expect(issue!.suggestions).toEqual(['绔', '裤']);
    expect(issue!.messageId).toBe('inPackWord');
    expect(issue!.message).toContain('“纨袴”应作“纨绔”。');
    expect(applyFixes('纨袴子弟', proofread('纨袴子弟').issues)).toBe('纨绔子弟');
    expect(only('患了痳疹')[0]!.suggestions).toEqual(['麻', '淋']);
  });

  it('leaves allowed names and code alone', () => {
    expect(only('香港中文大學與內地高校', { allow: ['香港中文大學'] }).map((i) => i.text)).toEqual(['與', '內']);
    expect(only('运行 `國務院` 命令', { format: 'markdown' })).toEqual([]);
    const off = createProofreader({ rules: { [RULE]: 'off' } });
    expect(off.proofread('國務院').issues.filter((i) => i.ruleId === RULE)).toEqual([]);
  });

  it('stays silent on the corrected ECSpell official-document sentences', () => {
    const corrected = readFileSync(join(SHARED, 'ecspell', 'odw.train.tsv'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((row) => row.split('\t')[2]!);
    expect(corrected.length).toBeGreaterThan(1700);
    expect(corrected.flatMap((s) => only(s).map((i) => `${i.text} in ${s}`))).toEqual([]);
  });
});
