import { PackError, formatProblem, type PackProblem } from '../packs/pack-error.js';
import { loadPackFile } from '../packs/read-pack.js';
import { verifyPack } from '../packs/verify-pack.js';
import { DictionarySegmenter } from '../segment/dictionary-segmenter.js';

/**
 * `gongwen test-pack FILE...`: validates each pack and runs its examples and
 * self-checks. Prints one line per passing file and every problem of a failing one.
 * Returns the exit code: 0 when all pass, 1 otherwise.
 */
export function runTestPack(files: string[], write: (s: string) => void): number {
  const segmenter = new DictionarySegmenter();
  let failed = 0;
  for (const file of files) {
    let problems: PackProblem[];
    let summary = '';
    try {
      const pack = loadPackFile(file);
      problems = verifyPack(pack, segmenter);
      summary = `${pack.entries.length} 条，示例 ${pack.examples.invalid.length + pack.examples.valid.length} 个`;
    } catch (e) {
      if (e instanceof PackError) problems = e.problems;
      else problems = [{ source: file, reason: `无法读取：${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` }];
    }
    if (problems.length === 0) {
      write(`✓ ${file}（${summary}）\n`);
    } else {
      failed++;
      write(`✗ ${file}：${problems.length} 处问题\n${problems.map((p) => `  ${formatProblem(p)}\n`).join('')}`);
    }
  }
  if (files.length > 1) write(failed === 0 ? `全部 ${files.length} 个规则包通过\n` : `${failed}/${files.length} 个规则包未通过\n`);
  return failed === 0 ? 0 : 1;
}
