import type { Rule } from '../rule.js';
import type { AdminData } from './data.js';
import { LiteralMatcher, literalFinding } from './literal.js';
import type { SharedScan } from './shared-scan.js';

/** Wrong names of provincial-level regions and autonomous areas (广西省, 宁夏自治区, ethnic names out of their legal order). */
export function createAdminNameRule(data: AdminData, scan: SharedScan): Rule {
  const matcher = new LiteralMatcher(data.entries, scan);
  return {
    id: 'political/admin-name',
    category: 'political',
    severity: 'error',
    description: '行政区划名称错误（省级行政区、民族自治地方的法定名称）',
    check(doc, report) {
      for (const h of matcher.find(doc)) report(literalFinding(doc, h.start, h.end, h.entry, '法定名称'));
    },
  };
}
