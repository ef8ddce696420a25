import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createProofreader, PackError, parsePackText, validatePack } from '../../src/index.js';
import { MAX_LISTED_PROBLEMS } from '../../src/packs/pack-error.js';
import { MAX_PACK_ALIASES, MAX_PACK_BYTES } from '../../src/packs/parse-pack.js';
import { loadPackFile, readPackFile } from '../../src/packs/read-pack.js';
import { DEMO_PACK_YAML } from '../helpers/demo-pack.js';

const valid = DEMO_PACK_YAML;

/** The pack as data, for limits that would take a large YAML text to reach. */
const data = () => ({ id: 'demo', name: '示例', entries: [{ wrong: '针炙', right: '针灸' }] as object[], examples: { invalid: [{ text: '针炙科' }] as object[], valid: ['针灸科'] } });

/** The PackError `f` throws. */
function packError(f: () => unknown): PackError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(PackError);
    return e as PackError;
  }
  throw new Error('pack was accepted');
}

/** The problems a YAML text raises, one line each: `file:line where reason`. */
function problemsOf(yaml: string): string[] {
  return packError(() => parsePackText(yaml, 'my-pack.yaml')).problems.map((p) => `${p.source}:${p.line ?? '?'} ${p.where ? `${p.where} ` : ''}${p.reason}`);
}

/** The 9 × 9 × … “billion laughs”: each level refers nine times to the one before. */
function billionLaughs(levels: number): string {
  const lines = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let i = 1; i <= levels; i++) lines.push(`a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(', ')}]`);
  return `${lines.join('\n')}\n`;
}

describe('pack limits', () => {
  it('refuses a file over 10 MB, counted in UTF-8 bytes, before parsing it', () => {
    expect(MAX_PACK_BYTES).toBe(10 * 1024 * 1024);
    expect(problemsOf(`# ${'a'.repeat(MAX_PACK_BYTES)}\n${valid}`)).toEqual(['my-pack.yaml:? 文件过大（10 MB，上限 10 MB），请拆分为多个规则包']);
    // 3.6 million characters, but 10.8 MB of UTF-8.
    const chinese = `# ${'针'.repeat(3_600_000)}\n${valid}`;
    expect(chinese.length).toBeLessThan(MAX_PACK_BYTES);
    expect(problemsOf(chinese).join('\n')).toMatch(/文件过大（10\.3 MB，上限 10 MB）/);
  });

  it('refuses more than 100,000 entries', () => {
    const pack = data();
    pack.entries = Array.from({ length: 100_001 }, (_, i) => ({ wrong: `错误${i}`, right: `正确${i}` }));
    expect(packError(() => validatePack(pack, 'big.yaml')).message).toMatch(/big\.yaml: \/entries: 最多 100000 项/);
  });

  it.each([
    ['a wrong form over 100 characters', valid.replace('wrong: 针炙', `wrong: ${'针'.repeat(101)}`), `第 1 条（“${'针'.repeat(20)}…”） /entries/0/wrong: 最多 100 个字符`],
    ['a wrong form over 100 characters in a list', valid.replace('wrong: 针炙', `wrong: [针炙, ${'针'.repeat(101)}]`), /第 1 条（“针炙”\/“针{20}…”） \/entries\/0\/wrong\/1: 最多 100 个字符$/],
    ['a right form over 100 characters', valid.replace('right: 针灸', `right: ${'灸'.repeat(101)}`), /第 1 条（“针炙”） \/entries\/0\/right: 最多 100 个字符$/],
    ['more than 50 wrong forms in an entry', valid.replace('wrong: 针炙', `wrong: [${Array.from({ length: 51 }, (_, i) => `针炙${i}`).join(', ')}]`), /第 1 条（“针炙0”\/“针炙1”\/“针炙2” 等） \/entries\/0\/wrong: 最多 50 项$/],
    ['an unless string over 200 characters', valid.replace('    right: 针灸', `    right: 针灸\n    unless: [针炙${'科'.repeat(199)}]`), /第 1 条（“针炙”） \/entries\/0\/unless\/0: 最多 200 个字符$/],
    ['a note over 500 characters', valid.replace('    right: 针灸', `    right: 针灸\n    note: ${'注'.repeat(501)}`), /\/entries\/0\/note: 最多 500 个字符$/],
    ['an example over 2,000 characters', valid.replace('- 针灸科', `- ${'针灸科'.repeat(667)}`), /^my-pack\.yaml:11 \/examples\/valid\/0: 最多 2000 个字符$/],
    ['a wrong form that is a number', valid.replace('wrong: 针炙', 'wrong: 12'), /第 1 条（“”） \/entries\/0\/wrong: 应为文字或列表$/],
  ])('refuses %s, with one clear reason', (_, yaml, expected) => {
    const problems = problemsOf(yaml);
    expect(problems).toHaveLength(1);
    if (typeof expected === 'string') expect(problems[0]).toBe(`my-pack.yaml:5 ${expected}`);
    else expect(problems[0]).toMatch(expected);
  });

  it('accepts forms and contexts right at the limits', () => {
    const atLimit = valid
      .replace('wrong: 针炙', `wrong: [针炙, 针${'炙'.repeat(99)}]`)
      .replace('    right: 针灸', `    right: 针灸\n    unless: [针炙${'科'.repeat(198)}]`);
    expect(parsePackText(atLimit, 'my-pack.yaml').entries[0]!.unless[0]).toHaveLength(200);
  });

  it('reports 100,000 bad entries, one problem each (validated entry by entry, so in linear time)', () => {
    const pack = data();
    pack.entries = Array.from({ length: 100_000 }, (_, i) => ({ wrong: 12, right: `正确${i}` }));
    const error = packError(() => validatePack(pack, 'p.yaml'));
    expect(error.problems).toHaveLength(100_000);
    expect(error.problems[99_999]).toEqual({ source: 'p.yaml', where: '第 100000 条（“”）', reason: '/entries/99999/wrong: 应为文字或列表' });
    expect(error.message.split('\n')).toHaveLength(1 + MAX_LISTED_PROBLEMS + 1);
  });

  it('refuses more than 1,000 examples of a kind', () => {
    const pack = data();
    pack.examples.invalid = Array.from({ length: 1001 }, () => ({ text: '针炙科' }));
    expect(packError(() => validatePack(pack, 'p.yaml')).message).toMatch(/\/examples\/invalid: 最多 1000 项/);
  });

  it('lists the first 20 of many problems in the message, and keeps them all', () => {
    const bad = valid.replace('entries:\n', `entries:\n${Array.from({ length: 30 }, (_, i) => `  - { wrong: ${String.fromCharCode(0x4e00 + i)}, right: 好 }\n`).join('')}`);
    const error = packError(() => parsePackText(bad, 'many.yaml'));
    expect(error.problems).toHaveLength(30);
    const lines = error.message.split('\n');
    expect(lines[0]).toBe('规则包无效（30 处问题）:');
    expect(lines).toHaveLength(1 + MAX_LISTED_PROBLEMS + 1);
    expect(lines.at(-1)).toMatch(/另有 10 处问题未列出/);
  });
});

describe('hostile and malformed pack files', () => {
  it('refuses a YAML bomb (billion laughs) without expanding it', () => {
    expect(MAX_PACK_ALIASES).toBe(100);
    // Nine levels expand to 9^10 ≈ 3.5 billion strings; refused after ~100 alias resolutions.
    expect(problemsOf(billionLaughs(9))).toEqual([`my-pack.yaml:? YAML 别名（*名称）展开次数超过上限 100，疑似“YAML 炸弹”，拒绝解析`]);
    // The same, hidden in a field of an otherwise valid pack.
    const hidden = billionLaughs(9).replace(/^/gm, '  ');
    expect(problemsOf(valid.replace('name: 示例', `name: 示例\ndescription:\n${hidden}`)).join('\n')).toMatch(/YAML 炸弹/);
  });

  it('accepts a few ordinary aliases', () => {
    const yaml = valid
      .replace('    right: 针灸', '    right: 针灸\n    severity: &level warning')
      .replace('examples:', '  - wrong: 秸杆\n    right: 秸秆\n    severity: *level\nexamples:');
    expect(parsePackText(yaml, 'my-pack.yaml').entries.map((e) => e.severity)).toEqual(['warning', 'warning']);
  });

  it.each([
    ['100,000 nested flow lists', `id: ${'['.repeat(100_000)}`],
    ['20,000 nested, closed flow lists', `id: ${'['.repeat(20_000)}${']'.repeat(20_000)}`],
    ['20,000 nested flow maps', `id: ${'{a: '.repeat(20_000)}1${'}'.repeat(20_000)}`],
  ])('refuses %s with one reason instead of overflowing the stack', (_, yaml) => {
    expect(problemsOf(yaml)).toEqual(['my-pack.yaml:1 嵌套层数过多，无法解析（规则包只需要几层缩进）']);
  });

  it('refuses binary content, naming the line', () => {
    expect(problemsOf(`id: demo\nname: \u0000\u0001\u0002`)).toEqual(['my-pack.yaml:2 含有二进制内容（NUL 字符），不是文本文件']);
    // A PNG header and random-looking bytes, read as UTF-8 the way a pack file is.
    const garbage = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...Array.from({ length: 512 }, (_, i) => (i * 73 + 41) % 256)]).toString('utf8');
    expect(problemsOf(garbage)).toHaveLength(1);
    expect(problemsOf(garbage)[0]).toMatch(/^my-pack\.yaml:1 含有(二进制内容|无法解码的字节)/);
  });

  it('refuses a GBK file read as UTF-8, asking for UTF-8', () => {
    // “名称：针炙” in GBK; UTF-8 decoding turns the bytes into U+FFFD.
    const gbk = Buffer.concat([Buffer.from('id: demo\nname: '), Buffer.from([0xc3, 0xfb, 0xb3, 0xc6, 0xa3, 0xba, 0xd5, 0xeb, 0xf0, 0xc4])]).toString('utf8');
    expect(problemsOf(gbk)).toEqual(['my-pack.yaml:2 含有无法解码的字节：规则包应为 UTF-8 编码（GBK/GB18030 文件请先另存为 UTF-8）']);
  });

  it('accepts a JSON pack (JSON is YAML)', () => {
    const json = JSON.stringify({ id: 'demo', name: '示例', entries: [{ wrong: '针炙', right: '针灸' }], examples: { invalid: [{ text: '针炙科', output: '针灸科' }], valid: ['针灸科'] } }, null, 2);
    expect(parsePackText(json, 'my-pack.json')).toMatchObject({ id: 'demo', entries: [{ wrong: ['针炙'], right: ['针灸'] }] });
  });

  it.each([
    ['a JSON pack with an unclosed brace', '{\n  "id": "demo",\n  "name": "示例"\n', /^my-pack\.yaml:\d+ YAML 语法错误：缺少配对的符号/],
    ['a JSON pack with a value missing', '{"id": "demo", "name": }', /^my-pack\.yaml:1 \/name: 应为文字$/m],
    ['an empty file', '', /^my-pack\.yaml:\? 文件为空/],
    ['a file of blank lines', '\n\n   \n', /^my-pack\.yaml:\? 文件为空/],
    ['a file of comments only', '# 规则包\n# 待补充\n', /^my-pack\.yaml:\? 文件为空/],
    ['a bare word', '针炙', /^my-pack\.yaml:1 文件为空，或不是“字段: 值”形式的 YAML$/],
    ['a list instead of a map', '- wrong: 针炙\n  right: 针灸\n', /^my-pack\.yaml:1 文件的顶层是列表，规则包应为“字段: 值”映射（id、name、entries、examples）$/],
    ['two packs in one file', `${valid}---\n${valid}`, /^my-pack\.yaml:12 YAML 语法错误：一个文件只能有一个规则包/],
    ['an alias without an anchor', valid.replace('name: 示例', 'name: *missing'), /^my-pack\.yaml:3 YAML 语法错误：别名（\*名称）前面没有对应的锚点（&名称）（\*missing）$/],
  ])('refuses %s, naming file, line and reason', (_, yaml, expected) => {
    expect(problemsOf(yaml).join('\n')).toMatch(expected);
  });
});

describe('readPackFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gongwen-pack-limits-'));

  it('refuses a file over 10 MB before reading it', () => {
    const file = join(dir, 'huge.yaml');
    writeFileSync(file, '');
    truncateSync(file, MAX_PACK_BYTES + 1); // sparse: costs no disk
    expect(packError(() => readPackFile(file)).message).toMatch(/huge\.yaml: 文件过大（10 MB，上限 10 MB）/);
  });

  it('refuses a file that is not UTF-8, and one it cannot read', () => {
    const file = join(dir, 'gbk.yaml');
    writeFileSync(file, Buffer.from([0x69, 0x64, 0x3a, 0x20, 0xd5, 0xeb, 0xf0, 0xc4]));
    expect(packError(() => readPackFile(file)).message).toMatch(/gbk\.yaml: 含有无法解码的字节：规则包应为 UTF-8 编码/);
    expect(packError(() => readPackFile(join(dir, 'missing.yaml'))).message).toMatch(/missing\.yaml: 无法读取：ENOENT/);
    expect(packError(() => readPackFile(dir)).message).toMatch(/无法读取：EISDIR/);
  });

  it('loads a valid pack file, BOM and all', () => {
    const file = join(dir, 'ok.yaml');
    writeFileSync(file, `\uFEFF${valid}`);
    expect(loadPackFile(file)).toMatchObject({ id: 'demo', source: file });
  });

  it('createProofreader refuses a YAML bomb and binary files as PackErrors naming the file', () => {
    const bomb = join(dir, 'bomb.yaml');
    writeFileSync(bomb, billionLaughs(9));
    expect(() => createProofreader({ packs: [bomb] })).toThrow(PackError);
    expect(() => createProofreader({ packs: [bomb] })).toThrow(/bomb\.yaml: YAML 别名/);
    const binary = join(dir, 'image.yaml');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0xff, 0xfe]));
    expect(() => createProofreader({ packs: [binary] })).toThrow(/image\.yaml:1: 含有/);
  });
});
