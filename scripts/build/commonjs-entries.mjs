// Last build step: the CommonJS entries. Each one require()s the ES module build
// (synchronous in Node ≥ 20.19), so `import` and `require` users share one
// implementation: one ConfigError class, one copy of the loaded data.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = join(import.meta.dirname, '..', '..', 'dist');
const HEADER = '// Written by scripts/build/commonjs-entries.mjs: the CommonJS entry runs the ES module build.\n';

writeFileSync(join(dist, 'index.cjs'), `${HEADER}'use strict';\nmodule.exports = require('./index.js');\n`);
// require('gongwen/remark') is the plugin itself, as remark plugins are; .default too, for bundlers' interop.
writeFileSync(
  join(dist, 'remark.cjs'),
  `${HEADER}'use strict';\nconst plugin = require('./remark.js').default;\nmodule.exports = plugin;\nmodule.exports.default = plugin;\n`,
);

// The declarations tsup wrote for remark.cjs say `export default`; the module is the plugin (export =).
const remarkTypes = join(dist, 'remark.d.cts');
const types = readFileSync(remarkTypes, 'utf8');
const exportLine = 'export { type RemarkGongwenOptions, remarkGongwen as default };';
if (!types.includes(exportLine)) throw new Error(`commonjs-entries: unexpected exports in ${remarkTypes}:\n${types}`);
writeFileSync(
  remarkTypes,
  types.replace(exportLine, 'declare namespace remarkGongwen {\n  export type Options = RemarkGongwenOptions;\n}\nexport = remarkGongwen;'),
);
// The browser entry is an ES module only: its CommonJS declarations are a by-product of tsup's one declaration pass.
rmSync(join(dist, 'browser.d.cts'));
console.log('dist/index.cjs, dist/remark.cjs: require() the ES module build');
