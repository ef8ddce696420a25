import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandGroups, type Issue } from '../../src/index.js';
import { CORPUS, runCli } from '../helpers/run-cli.js';

const bulletin = (n: string) => join(CORPUS, readdirSync(CORPUS).find((f) => f.startsWith(`${n}_`))!);
const findingLines = (out: string) => out.split('\n').filter((l) => /^ {2}\S+:\d+:\d+ {2}(错误|警告|提示) /.test(l));
const span = (i: Issue) => `${i.ruleId} ${i.start}-${i.end} ${i.text} → ${i.suggestions[0] ?? ''}`;

describe('reports an editor reads (corpus through the CLI)', () => {
  it('bulletin 004: its three real errors first, its 122 half-width marks as one finding, in at most 10 lines', () => {
    const { code, out } = runCli([bulletin('004')]);
    expect(code).toBe(1);
    const findings = findingLines(out);
    expect(findings).toHaveLength(4);
    expect(findings.slice(0, 3).map((l) => /“(.+?)”应为/.exec(l)?.[1])).toEqual(['截止目前', '值守值守', '针炙']);
    expect(findings[3]).toMatch(/警告 {2}全文 122 处中文中使用半角标点：“,”→“，” 64 处.*punctuation\/half-width$/);
    // From the first finding to the last caret line: 3 errors × (finding, context, carets with the suggestion) + 1 grouped line.
    const lines = out.split('\n');
    const block = lines.slice(lines.indexOf(findings[0]!), lines.indexOf(findings[3]!) + 1);
    expect(block.length).toBeLessThanOrEqual(10);
    expect(block.filter((l) => /^\s+\^+ {2}建议：/.test(l))).toHaveLength(3);
    expect(out).toContain('  错别字 3 · 标点 1（共 122 处）\n');
    expect(out).toContain('✖ 125 个问题（3 个错误，122 个警告），共 1 个文件');
  });

  it('--no-group lists every place again', () => {
    expect(findingLines(runCli(['--no-group', bulletin('004')]).out)).toHaveLength(125);
  });

  it('--quiet prints errors only (the exit code still counts everything)', () => {
    const quiet = runCli(['--quiet', CORPUS]);
    const all = runCli([CORPUS]);
    expect(quiet.code).toBe(all.code);
    const lines = findingLines(quiet.out);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((l) => l.includes('  错误  '))).toBe(true);
    expect(lines).toEqual(findingLines(all.out).filter((l) => l.includes('  错误  ')));
  });

  it('orders errors first, political and privacy first', () => {
    const { out } = runCli(['-'], '要把这项工作办好,做到,统一,规范,有序,高效。截止目前已完成。电话13812345678。北朝鲜代表团来访。中华人民共合国成立。');
    const rules = findingLines(out).map((l) => l.split(/\s+/).pop());
    expect(rules).toEqual(['political/banned-expression', 'political/wrong-formulation', 'privacy/mobile-number', 'lexicon/misused-word', 'punctuation/half-width']);
  });

  it('JSON keeps every place: the grouped findings expand to exactly the issues of --no-group', () => {
    const grouped = JSON.parse(runCli(['--format', 'json', CORPUS]).out) as { file: string; issues: Issue[] }[];
    const flat = JSON.parse(runCli(['--format', 'json', '--no-group', CORPUS]).out) as { file: string; issues: Issue[] }[];
    expect(grouped.map((r) => r.file)).toEqual(flat.map((r) => r.file));
    grouped.forEach((r, f) => expect(expandGroups(r.issues).map(span).sort()).toEqual(flat[f]!.issues.map(span).sort()));
    expect(grouped.reduce((n, r) => n + r.issues.length, 0)).toBeLessThan(30);
    expect(flat.reduce((n, r) => n + r.issues.length, 0)).toBeGreaterThan(230);
  });

  it('SARIF keeps every place of a grouped finding in relatedLocations', () => {
    const sarif = JSON.parse(runCli(['--format', 'sarif', bulletin('004')]).out);
    const [result] = sarif.runs[0].results.filter((r: { ruleId: string }) => r.ruleId === 'punctuation/half-width');
    expect(sarif.runs[0].results).toHaveLength(4);
    expect(result.relatedLocations).toHaveLength(122);
    expect(result.relatedLocations[0]).toMatchObject({ id: 0, physicalLocation: { region: { startLine: 5, startColumn: 5, snippet: { text: ':' } } }, message: { text: expect.stringContaining('半角“:”') } });
  });

  it('--fix writes exactly the same bytes grouped as listed one by one', () => {
    const copies = ['grouped', 'flat'].map((name) => {
      const dir = join(mkdtempSync(join(tmpdir(), `gongwen-fix-${name}-`)), 'corpus');
      cpSync(CORPUS, dir, { recursive: true });
      return dir;
    });
    const grouped = runCli(['--fix', copies[0]!]);
    const flat = runCli(['--fix', '--no-group', copies[1]!]);
    expect(grouped.err).toMatch(/已自动修改 \d+ 处/);
    expect(grouped.err).toBe(flat.err.replaceAll(copies[1]!, copies[0]!));
    let changed = 0;
    for (const f of readdirSync(CORPUS)) {
      const [a, b] = copies.map((d) => readFileSync(join(d, f)));
      expect(a!.equals(b!)).toBe(true);
      if (!a!.equals(readFileSync(join(CORPUS, f)))) changed++;
    }
    expect(changed).toBeGreaterThanOrEqual(2);
  });
});
