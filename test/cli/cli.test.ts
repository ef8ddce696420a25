import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { input: input ?? '', encoding: 'utf8', cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('gongwen CLI (built dist/cli.js)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gongwen-cli-'));
  const file = (name: string, text: string | Buffer) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  beforeAll(() => {
    if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` first (npm test does it in pretest)');
  });

  it('exits 1 and shows file:line:column, context, message and suggestion for an error', () => {
    const path = file('bad.txt', '通知\n截止目前，针炙科已完成。\n');
    const { code, out } = run([path]);
    expect(code).toBe(1);
    expect(out).toContain(`${path}:2:1`);
    expect(out).toContain('“截止目前”应为“截至目前”');
    expect(out).toContain('截止目前，针炙科已完成。');
    expect(out).toContain('建议：截至目前');
    expect(out).toMatch(/✖ 2 个问题（2 个错误）/);
  });

  it('exits 0 on clean text', () => {
    const { code, out } = run([file('good.txt', '截至目前，针灸科已完成整改。\n')]);
    expect([code, out.trim()]).toEqual([0, '✓ 未发现问题（1 个文件）']);
  });

  it('reads standard input with - and prints JSON', () => {
    const { code, out } = run(['--format', 'json', '-'], '要再接再励。');
    expect(code).toBe(1);
    const [result] = JSON.parse(out);
    expect(result.file).toBe('<stdin>');
    expect(result.issues.map((i: { text: string; suggestions: string[] }) => [i.text, i.suggestions[0]])).toEqual([['再接再励', '再接再厉']]);
  });

  it('walks directories for .txt and .md files', () => {
    const sub = mkdtempSync(join(dir, 'tree-'));
    writeFileSync(join(sub, 'a.md'), '针炙');
    writeFileSync(join(sub, 'b.txt'), '针灸');
    writeFileSync(join(sub, 'c.bin'), '针炙');
    const [result1, result2, extra] = JSON.parse(run(['--format', 'json', sub]).out);
    expect([result1.file.endsWith('a.md'), result2.file.endsWith('b.txt'), extra]).toEqual([true, true, undefined]);
  });

  it('honours --allow and --rule', () => {
    const path = file('allow.txt', '针炙科的的工作');
    expect(run(['--allow', '针炙科', '--rule', 'repetition/repeated-word=off', path]).code).toBe(0);
    expect(run(['--rule', 'lexicon/misused-word=warning', '--rule', 'repetition/repeated-word=off', path]).code).toBe(0);
  });

  it('takes the document date from --document-date, and refuses a bad one', () => {
    // Flagged against the file's own 成文日期 (2024), silent for a document of 2010.
    const path = file('dated.txt', '国务院总理温家宝主持会议。\n\n某某县人民政府\n2024年6月26日\n');
    const ruleIds = (args: string[]) => JSON.parse(run(['--format', 'json', ...args, path]).out)[0].issues.map((i: { ruleId: string }) => i.ruleId);
    expect(ruleIds([])).toEqual(['political/leader-title']);
    expect(ruleIds(['--document-date', '2010-03-01'])).toEqual([]);
    for (const bad of ['2015-02-30', '2015/3/1']) {
      const { code, err } = run(['--document-date', bad, path]);
      expect(code).toBe(2);
      expect(err).toContain(bad);
    }
  });

  it('never prints a full personal number, in any format', () => {
    const path = file('privacy.txt', '张某某，身份证号510824199003154212，联系电话13812345678。');
    for (const format of ['stylish', 'json']) {
      const { code, out } = run(['--format', format, path]);
      expect(code).toBe(1);
      expect(out).not.toMatch(/510824199003154212|13812345678/);
      expect(out).toContain('5108**********4212');
      expect(out).toContain('138****5678');
    }
  });

  it('reads GB18030 files and says so', () => {
    const gbk = Buffer.from([0xd5, 0xeb, 0xd6, 0xcb]); // 针炙 in GBK
    const { code, err } = run([file('gbk.txt', gbk)]);
    expect(code).toBe(1);
    expect(err).toContain('GB18030');
  });

  it.each([
    [['--format', 'xml', 'x'], /^gongwen: 选项“-f, --format <format>”的值“xml”无效，可选：stylish、json、sarif、html\n$/],
    [['--bogus'], /^gongwen: 未知选项“--bogus”。gongwen --help 查看用法\n$/],
    [['--format'], /^gongwen: 选项“-f, --format <format>”缺少参数值\n$/],
    [[join(dir, 'missing.txt')], /找不到文件或目录/],
    [['--rule', 'nope'], /--rule 的格式/],
    [['--rule', 'no/such=off', '-'], /未知规则/],
    [['--pack', join(dir, 'missing.yaml'), '-'], /missing\.yaml: 无法读取/],
  ])('exits 2 with a clear message on usage errors: %j', (args, message) => {
    const { code, err } = run(args);
    expect(code).toBe(2);
    expect(err).toMatch(message);
  });

  describe('test-pack', () => {
    const good = `id: t\nname: t\nentries:\n  - { wrong: 针炙, right: 针灸 }\nexamples:\n  invalid: [{ text: 针炙科, output: 针灸科 }]\n  valid: [针灸科]\n`;

    it('passes a sound pack', () => {
      const { code, out } = run(['test-pack', file('good.yaml', good)]);
      expect(code).toBe(0);
      expect(out).toMatch(/✓ .*good\.yaml（1 条，示例 2 个）/);
    });

    it('fails with the file name and the reason', () => {
      const path = file('broken.yaml', good.replace('valid: [针灸科]', 'valid: [针炙科]'));
      const { code, out } = run(['test-pack', path]);
      expect(code).toBe(1);
      expect(out).toContain(`✗ ${path}`);
      expect(out).toContain('examples.valid[0]');
    });
  });
});
