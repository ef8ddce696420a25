import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createProofreader, PackError, parsePackText } from '../../src/index.js';
import { DEMO_PACK_YAML } from '../helpers/demo-pack.js';

const valid = DEMO_PACK_YAML;

/** The PackError a text raises, as its message lines. */
function problemsOf(yaml: string): string[] {
  try {
    parsePackText(yaml, 'my-pack.yaml');
  } catch (e) {
    expect(e).toBeInstanceOf(PackError);
    return (e as PackError).problems.map((p) => `${p.source}:${p.line ?? '?'} ${p.where ?? ''} ${p.reason}`);
  }
  throw new Error('pack was accepted');
}

describe('parsePackText', () => {
  it('fills in defaults', () => {
    const pack = parsePackText(valid, 'my-pack.yaml');
    expect(pack).toMatchObject({ id: 'demo', rule: 'lexicon/misused-word', category: 'typo', severity: 'error', source: 'my-pack.yaml' });
    expect(pack.entries[0]).toEqual({ wrong: ['针炙'], right: ['针灸'], unless: [], severity: 'error', boundary: 'none' });
  });

  it('reads the fields the political data needs: sources, source, unquoted, outdatedFrom, entries without right', () => {
    const yaml = [
      'id: facts',
      'name: 表述',
      'message: “{wrong}”不规范',
      'sources: { 报告: 党的二十大报告（2022年10月16日） }',
      'entries:',
      '  - { wrong: 中国化最新成果, right: 中国化时代化最新成果, source: 报告, outdatedFrom: 2022-10-16 }',
      '  - { wrong: 台独, right: “台独”, unquoted: true, source: 新华社禁用词 }',
      '  - { wrong: 两岸三地 }',
      'examples: { invalid: [{ text: 两岸三地 }], valid: [“台独”] }',
    ].join('\n');
    const [outdated, quoted, contextual] = parsePackText(yaml, 'p.yaml').entries;
    expect(outdated).toMatchObject({ source: '党的二十大报告（2022年10月16日）', outdatedFrom: '2022-10-16' });
    expect(quoted).toMatchObject({ source: '新华社禁用词', unquoted: true });
    expect(contextual!.right).toEqual([]);
    expect(problemsOf(yaml.replace('2022-10-16 }', '2022-02-30 }'))).toEqual([expect.stringMatching(/第 1 条（“中国化最新成果”） outdatedFrom“2022-02-30”不是有效日期/)]);
    expect(problemsOf(yaml.replace('2022-10-16 }', '20221016 }'))).toEqual([expect.stringMatching(/\/entries\/0\/outdatedFrom: /)]);
    expect(problemsOf(yaml.replace('message: “{wrong}”不规范\n', ''))).toEqual([expect.stringMatching(/第 3 条（“两岸三地”） 缺少字段“right”：本规则包的 message 用到 \{right\}/)]);
  });

  it.each([
    ['a YAML syntax error', 'id: [unclosed', /my-pack\.yaml:1 .*YAML 语法错误/],
    ['a missing field', valid.replace('    right: 针灸\n', ''), /my-pack\.yaml:5 第 1 条（“针炙”） .*缺少字段“right”/],
    ['an unknown field', valid.replace('    right: 针灸', '    right: 针灸\n    rihgt: 针灸'), /第 1 条（“针炙”） .*未知字段“rihgt”/],
    ['a bad severity', valid.replace('    right: 针灸', '    right: 针灸\n    severity: fatal'), /第 1 条.*error \| warning \| info/],
    ['a one-character wrong form', valid.replace('wrong: 针炙', 'wrong: 炙'), /第 1 条（“炙”） 错误词形“炙”少于 2 个字/],
    ['a wrong form equal to the right one', valid.replace('right: 针灸', 'right: [针灸, 针炙]'), /正确词形与错误词形相同/],
    ['a duplicated wrong form', valid.replace('examples:', '  - wrong: 针炙\n    right: 针灸\nexamples:'), /第 2 条（“针炙”） 错误词形“针炙”与第 1 条重复/],
    ['an unless that can never apply', valid.replace('    right: 针灸', '    right: 针灸\n    unless: [针灸科]'), /unless 中的“针灸科”不含任何错误词形/],
    ['a duplicated key', valid.replace('name: 示例', 'name: 示例\nname: 又一个'), /YAML 语法错误/],
    ['no examples', valid.slice(0, valid.indexOf('examples:')), /缺少字段“examples”/],
    ['an empty file', '', /文件为空/],
    ['an empty wrong list', valid.replace('wrong: 针炙', 'wrong: []'), /wrong: 至少需要 1 项/],
    ['a line break in a form', valid.replace('right: 针灸', 'right: "针\\n灸"'), /不能包含换行/],
    ['an unknown message placeholder', valid.replace('name: 示例', 'name: 示例\nmessage: "{wrong}→{bogus}"'), /未知占位符 \{bogus\}/],
  ])('refuses %s, naming file, line, entry and reason', (_, yaml, expected) => {
    expect(problemsOf(yaml).join('\n')).toMatch(expected);
  });
});

describe('createProofreader with user packs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gongwen-pack-'));
  const write = (name: string, text: string) => {
    const file = join(dir, name);
    writeFileSync(file, text);
    return file;
  };

  it('uses a valid pack, and its entries override bundled ones', () => {
    const file = write('ok.yaml', valid.replace('id: demo', 'id: demo\nseverity: warning').replace('right: 针灸', 'right: 针灸疗法').replace('output: 针灸科', 'output: 针灸疗法科'));
    const issues = createProofreader({ packs: [file] }).proofread('针炙科').issues;
    expect(issues.map((i) => [i.text, i.severity, i.suggestions[0]])).toEqual([['针炙', 'warning', '针灸疗法']]);
  });

  it('refuses a pack whose example fails, naming the file and example', () => {
    const file = write('bad-example.yaml', valid.replace('- 针灸科', '- 针炙科'));
    expect(() => createProofreader({ packs: [file] })).toThrow(/bad-example\.yaml: examples\.valid\[0\]: 不应标出却标出了“针炙”/);
  });

  it('refuses a pack whose right form would be flagged', () => {
    const file = write('self.yaml', valid.replace('examples:', '  - wrong: 灸科\n    right: 针灸科\nexamples:').replace('output: 针灸科', 'output: 针灸科'));
    expect(() => createProofreader({ packs: [file] })).toThrow(/self\.yaml: 第 2 条（“灸科”）: 正确词形“针灸科”会被标出/);
  });

  it('names a file it cannot read', () => {
    expect(() => createProofreader({ packs: [join(dir, 'missing.yaml')] })).toThrow(/missing\.yaml: 无法读取：ENOENT/);
  });

  it('accepts a pack given as an object', () => {
    const pack = { id: 'obj', name: '对象', entries: [{ wrong: '秸杆', right: '秸秆' }], examples: { invalid: [{ text: '秸杆' }], valid: ['秸秆'] } };
    expect(createProofreader({ packs: [pack], builtinPacks: false }).proofread('秸杆还田').issues).toHaveLength(1);
  });
});
