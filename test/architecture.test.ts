import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The house rules of src/: a rule family is entered only through the registry, and the
// language (numerals, sentence and clause delimiters) is written down once, in src/text/.
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}
const files = sourceFiles(src).map((path) => ({ path: relative(root, path).replaceAll('\\', '/'), text: readFileSync(path, 'utf8') }));

/** Relative imports of a file, as paths from the repository root (`.js` written for `.ts`). */
function importsOf(file: { path: string; text: string }): string[] {
  const specifiers = [...file.text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|\bimport\s+)['"](\.[^'"]+)['"]/g)].map((m) => m[1]!);
  return specifiers.map((s) => relative(root, resolve(root, dirname(file.path), s)).replaceAll('\\', '/').replace(/\.js$/, '.ts'));
}

/** The family folder of a path under src/rules/ (`src/rules/date`), or undefined. */
function familyOf(path: string): string | undefined {
  return /^src\/rules\/[^/]+\//.exec(path)?.[0].slice(0, -1);
}

/** Code without comments: what a grep for tables must look at. */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

/** Runs of four or more numeral characters with four distinct ones: a table of numerals (一二三四, 〇零一二…). */
function numeralTables(code: string): string[] {
  return [...code.matchAll(/[〇零一二两三四五六七八九十百千万亿]{4,}/g)].map((m) => m[0]).filter((run) => new Set(run).size >= 4);
}

/** Bracket expressions and quoted strings without Han holding two distinct sentence or clause marks: a delimiter class (/[。；;！？]/, '。；;\n'). */
function delimiterClasses(code: string): string[] {
  return [...code.matchAll(/\[[^\]\n]*\]|'[^'\n]*'|"[^"\n]*"|`[^`\n$]*`/g)]
    .map((m) => m[0])
    .filter((run) => !/\p{Script=Han}/u.test(run) && new Set([...run].filter((ch) => '。！？；'.includes(ch))).size >= 2);
}

describe('architecture', () => {
  it('finds the source files and their imports', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(importsOf({ path: 'src/rules/date/weekday.ts', text: "import { x } from '../../text/dates/calendar.js';" })).toEqual(['src/text/dates/calendar.ts']);
  });

  it('imports a rule family only from inside the family or from the registry (src/rules/index.ts)', () => {
    const outsiders: string[] = [];
    for (const file of files) {
      for (const target of importsOf(file)) {
        const family = familyOf(target);
        if (family && familyOf(file.path) !== family && file.path !== 'src/rules/index.ts') outsiders.push(`${file.path} → ${target}`);
      }
    }
    expect(outsiders).toEqual([]);
  });

  it('spells out no numeral table outside src/text/', () => {
    const found = files.filter((f) => !f.path.startsWith('src/text/')).flatMap((f) => numeralTables(withoutComments(f.text)).map((run) => `${f.path}: ${run}`));
    expect(found).toEqual([]);
  });

  it('spells out no class of sentence or clause delimiters outside src/text/', () => {
    // The punctuation family checks the marks themselves (doubled 。。, paired marks), not where sentences end.
    const found = files.filter((f) => !f.path.startsWith('src/text/') && !f.path.startsWith('src/rules/punctuation/')).flatMap((f) => delimiterClasses(withoutComments(f.text)).map((run) => `${f.path}: ${run}`));
    expect(found).toEqual([]);
  });

  it('would catch a table or a class written in a rule', () => {
    expect(numeralTables("const CN = '一二三四五六七八九十';")).toEqual(['一二三四五六七八九十']);
    expect(numeralTables("const y = '二〇二四年';")).toEqual([]); // a year in a message is no table
    expect(delimiterClasses("const STOPS = /[。！？!?\\n]/;")).toHaveLength(1);
    expect(delimiterClasses("const STOPS = '。；;”）)';")).toHaveLength(1);
    expect(delimiterClasses('message: `应写作“X”。请核对；`')).toEqual([]);
    expect(delimiterClasses("`${name}：${parts.join('；')}。`")).toEqual([]);
    expect(familyOf('src/rules/date/calendar.ts')).toBe('src/rules/date');
    expect(familyOf('src/rules/index.ts')).toBeUndefined();
  });
});
