import { chmodSync, chownSync, linkSync, lstatSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { proofread } from '../../src/index.js';
import { ROOT, runCli as run, scratch } from '../helpers/run-cli.js';

/**
 * Issue 21: a pre-publish hook says "clean" only when it checked, and --fix never harms
 * a file. One block per item of the issue.
 */
const { dir, file } = scratch('gongwen-trust-');
const BULLETIN = readFileSync(join(ROOT, 'examples', '02-gov-affairs-inspection-bulletin.txt'));
const json = (out: string) => JSON.parse(out) as { file: string; issues: { ruleId: string; text: string; start: number; end: number; suggestions: string[] }[]; unchecked?: string }[];

describe('1. a file not checked never passes as clean', () => {
  it('fails a folder of binary files and a UTF-16 file without BOM that is not text, in every format', () => {
    file('bin/a.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]));
    file('bin/b.md', Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x9c]));
    const folder = join(dir, 'bin');
    const stylish = run([folder]);
    expect(stylish.code).toBe(2);
    expect(stylish.out).not.toContain('✓');
    expect(stylish.out).toContain('未检查：含 NUL 字节');
    expect(stylish.out).toContain('✖ 2 个文件未检查');
    const results = json(run(['--format', 'json', folder]).out);
    expect(results.map((r) => typeof r.unchecked)).toEqual(['string', 'string']);
    const sarif = JSON.parse(run(['--format', 'sarif', folder]).out);
    const invocation = sarif.runs[0].invocations[0];
    expect(invocation.executionSuccessful).toBe(false);
    expect(invocation.toolExecutionNotifications.map((n: { level: string; message: { text: string } }) => [n.level, n.message.text.startsWith('未检查')])).toEqual([
      ['error', true],
      ['error', true],
    ]);
  });

  it('lets the user opt out with --allow-unchecked, still listing the file', () => {
    const bin = file('optout.txt', Buffer.from([0x00, 0x00, 0xde, 0xad]));
    const { code, out } = run(['--allow-unchecked', '--format', 'json', bin]);
    expect(code).toBe(0);
    expect(json(out)[0]!.unchecked).toContain('NUL');
  });

  it('says in SARIF that a fully checked run succeeded', () => {
    const sarif = JSON.parse(run(['--format', 'sarif', file('ok.txt', '截至目前。')]).out);
    expect(sarif.runs[0].invocations[0]).toEqual({ executionSuccessful: true });
  });
});

describe('2. one bad byte does not hide a document', () => {
  it('keeps a UTF-8 bulletin with one 0xFF as UTF-8: its real mistakes are found, the bad line is reported as not checked', () => {
    const at = BULLETIN.indexOf(Buffer.from('\n')) + 1; // on line 2
    const damaged = Buffer.concat([BULLETIN.subarray(0, at), Buffer.from([0xff]), BULLETIN.subarray(at)]);
    const path = file('damaged.txt', damaged);
    const { code, out, err } = run(['--format', 'json', path]);
    expect(code).toBe(2);
    expect(err).not.toContain('GB18030');
    const [result] = json(out);
    expect(result!.unchecked).toBe(`第 2 行第 1 列（第 ${at + 1} 字节）不是有效的 UTF-8，所在的行未检查`);
    const clean = proofread(BULLETIN.toString('utf8')).issues.map((i) => i.text);
    expect(result!.issues.map((i) => i.text)).toEqual(clean);
    expect(clean).toContain('再接再励');
  });

  it('fails a small file with three invalid bytes and reports nothing on them', () => {
    const path = file('three.txt', Buffer.concat([Buffer.from('针炙'), Buffer.from([0xc3]), Buffer.from('\n正文\xfe'), Buffer.from([0x80])]));
    const { code, out } = run(['--format', 'json', path]);
    expect(code).toBe(2);
    expect(json(out)[0]!.issues).toEqual([]);
    expect(json(out)[0]!.unchecked).toContain('不是有效的 UTF-8');
  });

  it('reads a real GB18030 file as GB18030', () => {
    const gb = new Uint8Array([0xbd, 0xd8, 0xd6, 0xb9, 0xc4, 0xbf, 0xc7, 0xb0, 0xa3, 0xac, 0xd5, 0xeb, 0xd6, 0xcb, 0xbf, 0xc6, 0xa1, 0xa3]); // 截止目前，针炙科。
    const { code, out, err } = run(['--format', 'json', file('gb.txt', gb)]);
    expect(code).toBe(1);
    expect(err).toContain('已按 GB18030 读取');
    expect(json(out)[0]!.issues.map((i) => i.text)).toEqual(['截止目前', '针炙']);
  });
});

describe('3. --fix and links, permissions, owners, leftovers', () => {
  const original = '截止目前，针炙科已完成。\n';
  const fixed = '截至目前，针灸科已完成。\n';

  it('fixes the target of a symlink and keeps the link', () => {
    const target = file('links/target.txt', original);
    const link = join(dir, 'links', 'link.txt');
    symlinkSync(target, link);
    run(['--fix', link]);
    expect(readFileSync(target, 'utf8')).toBe(fixed);
    expect(readdirSync(join(dir, 'links')).sort()).toEqual(['link.txt', 'target.txt']);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
  });

  it('refuses a file with hard links, which a rename would split', () => {
    const a = file('hard/a.txt', original);
    const b = join(dir, 'hard', 'b.txt');
    linkSync(a, b);
    const { err } = run(['--fix', a]);
    expect(err).toContain('硬链接');
    expect(statSync(a).ino).toBe(statSync(b).ino);
    expect(readFileSync(a, 'utf8')).toBe(original);
  });

  it('refuses a read-only file, and keeps mode and owner of a file it rewrites', () => {
    const ro = file('perm/ro.txt', original);
    chmodSync(ro, 0o444);
    const { err } = run(['--fix', ro]);
    expect(err).toContain('只读');
    expect(readFileSync(ro, 'utf8')).toBe(original);
    const owned = file('perm/owned.txt', original);
    chmodSync(owned, 0o640);
    const canChown = process.getuid?.() === 0;
    if (canChown) chownSync(owned, 1234, 5678);
    run(['--fix', owned]);
    const after = statSync(owned);
    expect(readFileSync(owned, 'utf8')).toBe(fixed);
    expect(after.mode & 0o777).toBe(0o640);
    if (canChown) expect([after.uid, after.gid]).toEqual([1234, 5678]);
  });

  it('removes the temporary file a killed --fix left behind on the next run', () => {
    const path = file('stale/doc.txt', original);
    const stale = join(dir, 'stale', '.doc.txt.gongwen-999999-abc123.tmp'); // no such process
    writeFileSync(stale, 'half a file');
    run(['--fix', path]);
    expect(readdirSync(join(dir, 'stale'))).toEqual(['doc.txt']);
    expect(readFileSync(path, 'utf8')).toBe(fixed);
  });
});

describe('4. --fix only does what an editor would accept unseen', () => {
  it('never masks a number, and leaves published contact lines alone', () => {
    const text = '举报电话：13812345678。联系人：张凌鸿，手机13912345678。截止目前已完成。\n';
    const path = file('privacy-fix.txt', text);
    const { out } = run(['--format', 'json', path]);
    const issues = json(out)[0]!.issues;
    expect(issues.map((i) => [i.ruleId, i.text, i.suggestions[0]])).toEqual([
      ['privacy/mobile-number', '139****5678', '139****5678'],
      ['lexicon/misused-word', '截止目前', '截至目前'],
    ]);
    run(['--fix', path]);
    expect(readFileSync(path, 'utf8')).toBe('举报电话：13812345678。联系人：张凌鸿，手机13912345678。截至目前已完成。\n');
  });

  it('reaches a real fixed point on a chain of fixes, or stops with a message and changes nothing', () => {
    const pack = file('swap.yaml', 'id: swap\nname: 互换\nentries:\n  - { wrong: 甲乙, right: 乙甲 }\nexamples:\n  invalid: [{ text: 甲乙, output: 乙甲 }]\n  valid: [乙甲]\n');
    const chain = file('chain.txt', `甲${'乙'.repeat(15)}。\n`);
    run(['--fix', '--pack', pack, chain]);
    expect(readFileSync(chain, 'utf8')).toBe(`${'乙'.repeat(15)}甲。\n`);
    const second = run(['--fix', '--pack', pack, chain]);
    expect([second.code, second.err]).toEqual([0, '']);
    const endless = file('endless.txt', `甲${'乙'.repeat(60)}。\n`);
    const { err } = run(['--fix', '--pack', pack, endless]);
    expect(err).toContain('自动修改不收敛');
    expect(readFileSync(endless, 'utf8')).toBe(`甲${'乙'.repeat(60)}。\n`);
  });
});

describe('5. Markdown that is really a file of the site', () => {
  it('leaves YAML and TOML front matter alone, also under --fix', () => {
    const yaml = file('front.md', '---\nurl: /news/按装\ntags:\n  - 针炙\n---\n\n正文按装。\n');
    const toml = file('front-toml.md', '+++\ntitle = "针炙"\n+++\n\n正文。\n');
    const [a, b] = json(run(['--format', 'json', yaml, toml]).out);
    expect(a!.issues.map((i) => i.start)).toEqual([38]); // 正文按装 only
    expect(b!.issues).toEqual([]);
    run(['--fix', yaml]);
    expect(readFileSync(yaml, 'utf8')).toBe('---\nurl: /news/按装\ntags:\n  - 针炙\n---\n\n正文安装。\n');
  });
});

describe('6. pathological input has limits', () => {
  it('stops reading /dev/zero at the size limit and reports it as not checked', () => {
    const { code, out } = run(['--format', 'json', '/dev/zero']);
    expect(code).toBe(2);
    expect(json(out)[0]!.unchecked).toContain('超过 32 MB 的输入上限');
  });

  it('refuses 40 KB of * around a word in bounded time, with the same answer on worker threads', () => {
    const stars = '*'.repeat(20_000);
    const path = file('stars.md', `${stars}针炙${stars}\n`);
    const started = Date.now();
    const alone = json(run(['--format', 'json', path]).out)[0]!;
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(alone.unchecked).toContain('连续 100 个以上的强调符号');
    // 40 files go to worker threads: the deep file gets the same result there.
    const many = Array.from({ length: 40 }, (_, n) => file(`pool/${String(n).padStart(2, '0')}.md`, n === 7 ? `${'>'.repeat(3000)} 针炙\n` : `第${n}号：针炙。\n`));
    const pooled = json(run(['--format', 'json', ...many]).out);
    const single = json(run(['--format', 'json', many[7]!]).out);
    expect(pooled[7]).toEqual(single[0]);
    expect(single[0]!.unchecked).toContain('嵌套超过 100 层');
  });

  it('reports a file a worker thread runs out of memory on as not checked, and checks the others, without a stack trace', { timeout: 60_000 }, () => {
    // Workers get a 48 MB heap (test/helpers/worker-heap.mjs): 2 M characters overflow it, each small file and the dictionaries fit.
    // A run that hangs is killed (signal set, no exit code) instead of blocking the suite.
    const heap = { nodeArgs: ['--import', join(ROOT, 'test', 'helpers', 'worker-heap.mjs')], env: { GONGWEN_TEST_WORKER_HEAP_MB: '48' }, timeout: 30_000 };
    const line = '截止目前，东溪镇针炙科已完成设备按装。\n';
    const many = Array.from({ length: 40 }, (_, n) => file(`oom/${String(n).padStart(2, '0')}.txt`, n === 5 ? line.repeat(Math.ceil(2_000_000 / line.length)) : `第${n}号：针炙。\n`));
    const { code, signal, out, err } = run(['--format', 'json', ...many], heap);
    expect([code, signal]).toEqual([2, null]);
    expect(err).toBe(`gongwen: ${many[5]}：未检查：检查时内存超过工作线程的上限（48 MB），在新的工作线程中重试仍然如此\n`);
    const results = json(out);
    expect(results.map((r) => r.file)).toEqual(many);
    expect(results[5]).toEqual({ file: many[5], issues: [], unchecked: expect.stringContaining('内存') });
    const others = results.filter((_, n) => n !== 5);
    expect(others.map((r) => [r.unchecked, r.issues.map((i) => i.text)])).toEqual(others.map(() => [undefined, ['针炙']]));
    expect(others[0]).toEqual(json(run(['--format', 'json', many[0]!]).out)[0]);
    // The same path as every file not checked: the stylish report names it, --allow-unchecked lets the run exit on its findings.
    const stylish = run(['--allow-unchecked', ...many], heap);
    expect(stylish.code).toBe(1);
    expect(stylish.out).toContain('未检查：检查时内存超过工作线程的上限');
    expect(stylish.err).not.toMatch(/\bat |ERR_WORKER_OUT_OF_MEMORY/);
  });
});

describe('7. offsets and messages', () => {
  it('counts the BOM in JSON offsets, so the file read as a string slices to each issue', () => {
    const path = file('bom.txt', '\uFEFF截止目前，针炙科。\n');
    const source = readFileSync(path, 'utf8');
    const issues = json(run(['--format', 'json', path]).out)[0]!.issues;
    expect(issues.map((i) => source.slice(i.start, i.end))).toEqual(issues.map((i) => i.text));
    expect(issues.map((i) => i.text)).toEqual(['截止目前', '针炙']);
  });

  it('matches across a zero-width space and reports on the original text', () => {
    const path = file('zw.txt', '东溪镇针\u200b炙科。\n');
    const source = readFileSync(path, 'utf8');
    const [issue] = json(run(['--format', 'json', path]).out)[0]!.issues;
    expect([issue!.text, source.slice(issue!.start, issue!.end), issue!.suggestions]).toEqual(['针\u200b炙', '针\u200b炙', ['针灸']]);
  });

  it('reports misspelt directives and unknown rule ids', () => {
    const path = file('directives.md', '<!-- gongwen-disable-line -->\n\n<!-- gongwen-disable-next-line lexicon/misused-wrd -->\n针炙\n');
    const issues = json(run(['--format', 'json', path]).out)[0]!.issues;
    expect(issues.map((i) => i.ruleId)).toEqual(['directive/invalid', 'directive/invalid', 'lexicon/misused-word']);
  });

  it('prints one Chinese line naming the file and the key for a bad config, and no help for a bad option', () => {
    const config = file('cfg/gongwen.config.json', JSON.stringify({ rules: {}, allows: ['x'] }));
    const { code, err } = run([file('cfg/doc.txt', '正文。')]);
    expect(code).toBe(2);
    expect(err).toBe(`gongwen: ${config}: 配置无效：未知的配置项“allows”（可用：$schema、packs、builtinPacks、allow、rules）\n`);
    const bad = run(['--max-warnigs', '3', 'x']);
    expect([bad.code, bad.err]).toEqual([2, 'gongwen: 未知选项“--max-warnigs”。gongwen --help 查看用法\n']);
  });
});
