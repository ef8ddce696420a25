import { Document } from '../document/document.js';
import { applyFixes } from '../fix/apply-fixes.js';
import { PackMatcher } from './pack-matcher.js';
import type { Segmenter } from '../segment/segmenter.js';
import type { PackProblem } from './pack-error.js';
import { describeEntry } from './parse-pack.js';
import type { RulePack } from './types.js';

/**
 * Runs a pack's examples and the self-check of each entry, on the pack alone:
 * every `invalid` example is flagged (and fixed into `output` when given), no
 * `valid` example is flagged, each wrong form on its own is flagged and each right
 * form on its own is not. Returns the failures; none means the pack is sound.
 */
export function verifyPack(pack: RulePack, segmenter: Segmenter): PackProblem[] {
  const matcher = PackMatcher.of([pack]);
  segmenter.addWords(matcher.wrongForms);
  const matches = (text: string) => matcher.find(new Document(text, segmenter));
  const problems: PackProblem[] = [];
  const fail = (where: string, reason: string) => problems.push({ source: pack.source, where, reason });

  pack.examples.invalid.forEach(({ text, output }, i) => {
    const found = matches(text);
    if (found.length === 0) return fail(`examples.invalid[${i}]`, `未被本规则包标出：${text}`);
    if (output !== undefined) {
      const fixed = applyFixes(text, found.map((m) => ({ start: m.start, end: m.end, text: m.wrong, suggestions: m.entry.right })));
      if (fixed !== output) fail(`examples.invalid[${i}]`, `修改结果不符：期望“${output}”，实际“${fixed}”`);
    }
  });
  pack.examples.valid.forEach((text, i) => {
    const found = matches(text);
    if (found.length > 0) fail(`examples.valid[${i}]`, `不应标出却标出了“${found.map((m) => m.wrong).join('”“')}”：${text}`);
  });
  pack.entries.forEach((entry, i) => {
    const where = describeEntry(i, entry);
    for (const wrong of entry.wrong) {
      if (!matches(wrong).some((m) => m.entry === entry)) fail(where, `单独出现的错误词形“${wrong}”未被标出（检查 unless 与 boundary）`);
    }
    for (const right of entry.right) {
      const found = matches(right);
      if (found.length > 0) fail(where, `正确词形“${right}”会被标出（命中“${found[0]!.wrong}”），修改后仍报错`);
    }
  });
  return problems;
}
