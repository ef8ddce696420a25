import { testStaysLinear } from '../../helpers/linear.js';

/** Inputs that would take minutes with a quadratic scan; each must finish in well under a few seconds. */
const inputs: [string, string][] = [
  ['100k unclosed （', '（'.repeat(100_000)],
  ['100k unopened ）', '）'.repeat(100_000)],
  ['100k crossing 《“', '《“'.repeat(50_000) + '》'.repeat(50_000)],
  ['50k-deep 《《…》》', '《'.repeat(50_000) + '》'.repeat(50_000)],
  ['50k-deep “…” with a cut in the middle', '“'.repeat(50_000) + '》' + '”'.repeat(50_000)],
  ['100k half-width ( on one line', '中('.repeat(100_000)],
  ['1 MB line of half-width marks', '会议强调,要落实.详见(附件)!'.repeat(62_500).slice(0, 1_000_000)],
  ['1 MB line of dashes, dots and 顿号', '三、四天—新任务……等...'.repeat(70_000).slice(0, 1_000_000)],
  ['100k lines each carrying an open mark', '区财政局《办法\n'.repeat(100_000)],
];

testStaysLinear('punctuation rules stay linear', (id) => id.startsWith('punctuation/'), inputs, 5000);
