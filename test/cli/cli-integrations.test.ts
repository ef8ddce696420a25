import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { proofread } from '../../src/index.js';

const ROOT = join(__dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');

function run(args: string[], options: { input?: string; cwd?: string } = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], { input: options.input ?? '', encoding: 'utf8', cwd: options.cwd ?? ROOT, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('gongwen CLI: formats, config, fixes, batches', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gongwen-int-'));
  const file = (name: string, text: string | Uint8Array) => {
    const path = join(dir, name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, text);
    return path;
  };

  it('reads .md and .html by their extension and skips code, scripts and attributes', () => {
    const md = file('a.md', '# 通知\n\n`针炙` 与代码：\n\n```\n截止目前\n```\n\n正文：针炙科。\n');
    const html = file('b.html', '<p title="针炙">再接再励</p><script>var s="截止目前";</script>');
    const [a, b] = JSON.parse(run(['--format', 'json', md, html]).out);
    expect(a.issues.map((i: { line: number; column: number; text: string }) => `${i.line}:${i.column} ${i.text}`)).toEqual(['9:4 针炙']);
    expect(b.issues.map((i: { text: string }) => i.text)).toEqual(['再接再励']);
  });

  it('lets --input-format override the extension and read standard input as Markdown', () => {
    const { out } = run(['--format', 'json', '--input-format', 'markdown', '-'], { input: '`针炙` 针炙' });
    expect(JSON.parse(out)[0].issues.map((i: { start: number }) => i.start)).toEqual([5]);
  });

  it('writes SARIF 2.1.0 with rules, levels, regions and masked snippets', () => {
    const path = file('sarif.txt', '截止目前，\n电话13812345678，研究研究。');
    const sarif = JSON.parse(run(['--format', 'sarif', path]).out);
    expect(sarif.version).toBe('2.1.0');
    const [runLog] = sarif.runs;
    expect(runLog.tool.driver.name).toBe('gongwen');
    expect(runLog.columnKind).toBe('unicodeCodePoints');
    const results = runLog.results.map((r: { ruleId: string; level: string; ruleIndex: number; locations: { physicalLocation: { region: Record<string, unknown> } }[] }) => ({
      rule: r.ruleId,
      level: r.level,
      known: runLog.tool.driver.rules[r.ruleIndex].id === r.ruleId,
      region: r.locations[0]!.physicalLocation.region,
    }));
    expect(results).toEqual([
      { rule: 'lexicon/misused-word', level: 'error', known: true, region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 5, snippet: { text: '截止目前' } } },
      { rule: 'privacy/mobile-number', level: 'error', known: true, region: { startLine: 2, startColumn: 3, endLine: 2, endColumn: 14, snippet: { text: '138****5678' } } },
      { rule: 'repetition/repeated-word', level: 'note', known: true, region: { startLine: 2, startColumn: 15, endLine: 2, endColumn: 19, snippet: { text: '研究研究' } } },
    ]);
  });

  describe('config files', () => {
    it('uses the nearest gongwen.config.json above each file, with packs relative to it', () => {
      file('proj/gongwen.config.json', JSON.stringify({ rules: { 'repetition/repeated-word': 'off' }, packs: ['packs/local.yaml'], allow: ['针炙科'] }));
      file('proj/packs/local.yaml', 'id: local\nname: 本地\nentries:\n  - { wrong: 苍溪县人名政府, right: 苍溪县人民政府 }\nexamples:\n  invalid: [{ text: 苍溪县人名政府 }]\n  valid: [苍溪县人民政府]\n');
      const inner = file('proj/sub/doc.txt', '截止目前，苍溪县人名政府针炙科的的');
      const { out } = run(['--format', 'json', inner]);
      expect(JSON.parse(out)[0].issues.map((i: { text: string }) => i.text)).toEqual(['截止目前', '苍溪县人名政府']);
      // Without the config, its pack is not loaded: the bundled usage-collocations pack finds 人名政府 (人名/人民) itself.
      expect(JSON.parse(run(['--format', 'json', '--no-config', inner]).out)[0].issues.map((i: { text: string }) => i.text)).toEqual(['截止目前', '人名政府', '针炙', '的的']);
    });

    it('refuses an invalid config with its file name and the field', () => {
      const bad = file('badcfg/.gongwenrc.json', JSON.stringify({ rule: {} }));
      const { code, err } = run([file('badcfg/doc.txt', '正文')]);
      expect(code).toBe(2);
      expect(err).toContain(bad);
      expect(err).toContain('rule');
    });
  });

  describe('--fix', () => {
    it('changes only the fixed spans, keeps BOM and CRLF, and a second run changes nothing', () => {
      // Two suggestions are a choice for the editor, not for --fix.
      const pack = file('two-rights.yaml', 'id: two\nname: 二选一\nentries:\n  - { wrong: 苍溪县人名政府, right: [苍溪县人民政府, 苍溪县人民政府办公室] }\nexamples:\n  invalid: [{ text: 苍溪县人名政府 }]\n  valid: [苍溪县人民政府]\n');
      const original = '\uFEFF通知\r\n截止目前，秸杆还田；联系电话13812345678。\r\n请研究研究。苍溪县人名政府\r\n';
      const path = file('fix.txt', original);
      const first = run(['--fix', '--pack', pack, path]);
      const after = readFileSync(path, 'utf8');
      // A published contact line is not a personal number; privacy masks are never applied unseen anyway.
      expect(after).toBe('\uFEFF通知\r\n截至目前，秸秆还田；联系电话13812345678。\r\n请研究。苍溪县人名政府\r\n');
      expect(first.code).toBe(1); // the two-way choice is left, as an error
      expect(first.err).toContain('已自动修改 3 处');
      const second = run(['--fix', '--pack', pack, path]);
      expect(readFileSync(path, 'utf8')).toBe(after);
      expect(second.err).not.toContain('已自动修改');
    });

    it('leaves statistical guesses to the editor', () => {
      const path = file('guess.txt', '加强对重点行业领域的安全检差。截止目前已完成。');
      const { out } = run(['--format', 'json', path]);
      expect(JSON.parse(out)[0].issues.map((i: { ruleId: string }) => i.ruleId)).toContain('spelling/statistical-typo');
      run(['--fix', path]);
      expect(readFileSync(path, 'utf8')).toBe('加强对重点行业领域的安全检差。截至目前已完成。');
    });

    it('fixes Markdown and HTML without touching markup or code', () => {
      const md = file('fix.md', '# 针炙\n\n**截止目前**，`针炙`。\n\n```\n针炙\n```\n');
      const html = file('fix.html', '<p class="针炙">针<b>炙</b>科，秸杆&nbsp;还田</p><pre>针炙</pre>');
      run(['--fix', md, html]);
      expect(readFileSync(md, 'utf8')).toBe('# 针灸\n\n**截至目前**，`针炙`。\n\n```\n针炙\n```\n');
      expect(readFileSync(html, 'utf8')).toBe('<p class="针炙">针<b>炙</b>科，秸秆&nbsp;还田</p><pre>针炙</pre>');
    });

    it('leaves no temporary file behind, and refuses standard input and non-UTF-8 files', () => {
      expect(readdirSync(dir).filter((f) => f.includes('.gongwen-'))).toEqual([]);
      expect(run(['--fix', '-'], { input: '针炙' }).code).toBe(2);
      const gbk = file('gbk-fix.txt', Buffer.from([0xd5, 0xeb, 0xd6, 0xcb])); // 针炙 in GBK
      const { code, err } = run(['--fix', gbk]);
      expect([code, readFileSync(gbk)]).toEqual([1, Buffer.from([0xd5, 0xeb, 0xd6, 0xcb])]);
      expect(err).toContain('非 UTF-8 文件不自动修改');
    });

    it('counts the replacements it made, not the overlapping ones it skipped', () => {
      const path = file('overlap.txt', '要做好值守值守值守工作。');
      const { err } = run(['--fix', path]);
      expect(readFileSync(path, 'utf8')).toBe('要做好值班值守工作。');
      expect(err).toContain('已自动修改 3 处');
    });
  });

  it('says which file it could not parse, and fails, instead of crashing', () => {
    const deep = file('deep.html', `${'<div>'.repeat(10_000)}针炙${'</div>'.repeat(10_000)}`);
    const fine = file('fine.txt', '无误。');
    const { code, out } = run([deep, fine]);
    expect(code).toBe(2);
    expect(out).toContain('未检查：HTML 元素嵌套超过 1000 层');
    expect(out).not.toContain('at ');
  });

  it('fails on too many warnings with --max-warnings', () => {
    const path = file('warn.txt', '加强安全安全管理。');
    expect(run([path]).code).toBe(0);
    expect(run(['--max-warnings', '1', path]).code).toBe(0);
    const over = run(['--max-warnings', '0', path]);
    expect(over.code).toBe(1);
    expect(over.err).toContain('超过 --max-warnings 0');
    expect(run(['--max-warnings', 'x', path]).code).toBe(2);
  });

  it('refuses to pass when nothing was checked', () => {
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    const { code, err } = run([empty]);
    expect(code).toBe(2);
    expect(err).toContain('没有可检查的文件');
    expect(run([]).code).toBe(2);
  });

  it('reads UTF-16 files, and fails on binary ones, which it cannot check', () => {
    const utf16 = file('u16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('截止目前', 'utf16le')]));
    expect(JSON.parse(run(['--format', 'json', utf16]).out)[0].issues[0].text).toBe('截止目前');
    const binary = file('bin.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xd5, 0xeb]));
    const { code, out } = run([binary]);
    expect([code, out.includes('未检查：含 NUL 字节，不是文本文件')]).toEqual([2, true]);
  });

  it('checks a large batch on worker threads, in order, with the same results as the API', () => {
    const batch = join(dir, 'batch');
    const texts = Array.from({ length: 45 }, (_, n) => (n % 3 === 0 ? `第${n}号：截止目前，针炙科。` : n % 3 === 1 ? `第${n}号：正文无误。` : `第${n}号：值守值守。`));
    texts.forEach((t, n) => file(`batch/${String(n).padStart(2, '0')}.txt`, t));
    const results = JSON.parse(run(['--format', 'json', batch]).out) as { file: string; issues: unknown[] }[];
    expect(results.map((r) => r.file)).toEqual(texts.map((_, n) => join(batch, `${String(n).padStart(2, '0')}.txt`)));
    expect(results.map((r) => r.issues)).toEqual(texts.map((t) => proofread(t).issues));
    expect(existsSync(join(ROOT, 'dist', 'cli-worker.js'))).toBe(true);
  });
});
