// Derives dictionaries/hygiene/compatibility-chars.txt: characters that look like an
// ordinary Han character but are another code point (Kangxi radicals, CJK radicals
// supplement, CJK compatibility ideographs), each with the unified ideograph it stands for.
//
// Hand-run, not part of the build:
//   node scripts/data/make-compatibility-chars.mjs /path/to/EquivalentUnifiedIdeograph.txt
// The Unicode file comes from the Debian package unicode-data (15.0.0-1:
// /usr/share/unicode/EquivalentUnifiedIdeograph.txt); NFKC is Node's String.prototype.normalize.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const source = process.argv[2];
if (!source) throw new Error('usage: make-compatibility-chars.mjs EquivalentUnifiedIdeograph.txt');

const isUnified = (cp) => (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x20000 && cp <= 0x323af);

/** code point → [unified ideograph, block] */
const table = new Map();
const block = (cp) => (cp < 0x2f00 ? '部首补充' : cp < 0x2fe0 ? '康熙部首' : cp < 0x10000 ? '兼容汉字' : '兼容汉字补充');

// 1. NFKC: Kangxi radicals and compatibility ideographs (their canonical or compatibility decomposition).
for (const [from, to] of [[0x2e80, 0x2eff], [0x2f00, 0x2fdf], [0xf900, 0xfaff], [0x2f800, 0x2fa1f]]) {
  for (let cp = from; cp <= to; cp++) {
    const c = String.fromCodePoint(cp);
    const n = c.normalize('NFKC');
    if (n !== c && [...n].length === 1 && isUnified(n.codePointAt(0))) table.set(cp, [n, block(cp)]);
  }
}

// 2. Unicode's EquivalentUnifiedIdeograph.txt: radicals that NFKC leaves alone (⺌ → 小). Checked against NFKC where both speak.
let conflicts = 0;
for (const line of readFileSync(source, 'utf8').split('\n')) {
  const m = /^([0-9A-F]{4,5})(?:\.\.([0-9A-F]{4,5}))?\s*;\s*([0-9A-F]{4,5})/.exec(line);
  if (!m) continue;
  const first = parseInt(m[1], 16);
  const last = m[2] ? parseInt(m[2], 16) : first;
  const target = String.fromCodePoint(parseInt(m[3], 16));
  for (let cp = first; cp <= last; cp++) {
    if (cp < 0x2e80 || cp > 0x2fdf) continue; // radicals only; strokes (31C0…) are not characters of text
    const known = table.get(cp);
    if (known && known[0] !== target) conflicts++;
    if (!known) table.set(cp, [target, block(cp)]);
  }
}
if (conflicts) throw new Error(`${conflicts} radicals map differently under NFKC and EquivalentUnifiedIdeograph.txt`);

const header = [
  '# 形似汉字的部首字符和兼容汉字 → 对应的统一汉字（康熙部首 ⼈ U+2F08 → 人 U+4EBA）。',
  '# Used by: hygiene/compatibility-char. Each line: character<TAB>unified ideograph<TAB>block.',
  '# 由 scripts/data/make-compatibility-chars.mjs 生成，请勿手改：兼容汉字和康熙部首取 Unicode NFKC',
  `# （Node ${process.versions.node}，Unicode ${process.versions.unicode}），CJK 部首补充取 Unicode EquivalentUnifiedIdeograph.txt`,
  '# （Unicode 15.0.0，Debian 软件包 unicode-data 15.0.0-1）。许可：Unicode License v3，见 dictionaries/NOTICE。',
];
const rows = [...table.entries()].sort((a, b) => a[0] - b[0]).map(([cp, [to, b]]) => `${String.fromCodePoint(cp)}\t${to}\t${b}`);
const out = fileURLToPath(new URL('../../dictionaries/hygiene/compatibility-chars.txt', import.meta.url));
writeFileSync(out, `${header.join('\n')}\n${rows.join('\n')}\n`);
console.log(`${rows.length} characters → ${out}`);
