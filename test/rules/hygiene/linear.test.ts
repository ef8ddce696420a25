import { testStaysLinear } from '../../helpers/linear.js';

// Worst cases for the scans of the hygiene rules and lexicon/fixed-expression.

/** Inputs that would take minutes with a quadratic scan; each must finish well under a few seconds. */
const inputs: [string, string][] = [
  ['200k direction marks on one line', '中\u200E'.repeat(200_000)],
  ['200k zero-width joiners between Han', '人\u200D'.repeat(200_000)],
  ['100k stray spaces inside words', '要加强管 理工作，'.repeat(100_000)],
  ['100k Kangxi radicals', '⼈'.repeat(100_000)],
  ['one 500k-character Han run', '中华人民共和国枪支管里法实事求事苍溪县东西镇'.repeat(22_000)],
];

testStaysLinear('hygiene and fixed-expression rules stay linear', (id) => id.startsWith('hygiene/') || id === 'lexicon/fixed-expression', inputs, 8000);
