// The tiny consumers that test/bundlers/bundlers.test.ts bundles: what a CMS's server
// code or web front end would write. Each prints (or shows) the findings on SAMPLE.

export const SAMPLE = '截止目前，东溪镇针炙科已完成设备按装，全区要学习党的20大精神。';

/** An issue as the consumers report it. */
export type Finding = [ruleId: string, start: number, end: number, suggestion: string | undefined];

const REPORT = `const findings = (issues) => issues.map((i) => [i.ruleId, i.start, i.end, i.suggestions[0]]);`;

export const NODE_ESM = `import { proofread, ConfigError } from 'gongwen';
import remarkGongwen from 'gongwen/remark';
${REPORT}
let sameErrorClass = false;
try { proofread('x', { nope: 1 }); } catch (e) { sameErrorClass = e instanceof ConfigError; }
console.log(JSON.stringify({ findings: findings(proofread(${JSON.stringify(SAMPLE)}).issues), remark: typeof remarkGongwen, sameErrorClass }));
`;

export const NODE_CJS = `const { proofread, ConfigError } = require('gongwen');
const remarkGongwen = require('gongwen/remark');
${REPORT}
let sameErrorClass = false;
try { proofread('x', { nope: 1 }); } catch (e) { sameErrorClass = e instanceof ConfigError; }
console.log(JSON.stringify({ findings: findings(proofread(${JSON.stringify(SAMPLE)}).issues), remark: typeof remarkGongwen, sameErrorClass }));
`;

/** A front end that bundles the data's bytes itself (esbuild's binary loader), so nothing is fetched. */
export function browserWithBundledData(files: readonly string[]): string {
  const imports = files.map((f, i) => `import data${i} from 'gongwen/data/${f}';`).join('\n');
  const data = files.map((f, i) => `${JSON.stringify(f)}: data${i}`).join(', ');
  return `import { createProofreader } from 'gongwen/browser';
${imports}
${REPORT}
const proofreader = await createProofreader({ data: { ${data} }, formats: ['text'] });
const result = JSON.stringify({ findings: findings(proofreader.proofread(${JSON.stringify(SAMPLE)}).issues) });
if (typeof document === 'undefined') console.log(result);
else document.body.dataset.result = result;
`;
}

/** A front end that fetches the data from where it was published (Vite copies public/ to the site). */
export const BROWSER_FETCHING = `import { createProofreader } from 'gongwen/browser';
${REPORT}
const proofreader = await createProofreader({ dataUrl: '/gongwen-data/' });
const { issues } = proofreader.proofread(${JSON.stringify(SAMPLE)});
const html = proofreader.proofread('<p>东溪镇<b>针炙</b>科</p>', { format: 'html' }).issues;
document.body.dataset.result = JSON.stringify({ findings: findings(issues), html: findings(html) });
`;

/** TypeScript consumers: require() with CommonJS declarations (remark's `export =`), import, the browser entry. */
export const TYPES_CJS = `import gongwen = require('gongwen');
import remarkGongwen = require('gongwen/remark');
export const result: gongwen.ProofreadResult = gongwen.proofread('截止目前');
export const plugin: (options?: remarkGongwen.Options) => unknown = remarkGongwen;
`;

export const TYPES_ESM = `import { createProofreader, renderHighlightedHtml, DataError, type Issue } from 'gongwen/browser';
import remarkGongwen from 'gongwen/remark';
import { proofread, ConfigError } from 'gongwen';
const proofreader = await createProofreader({ dataUrl: '/gongwen-data/', formats: ['text'] });
const issues: Issue[] = proofreader.proofread('截止目前').issues;
export const html: string = renderHighlightedHtml('截止目前', issues);
export const errors = [DataError, ConfigError, proofread, remarkGongwen];
`;
