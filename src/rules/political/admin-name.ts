import type { Rule } from '../rule.js';
import { packEntryFinding, packEntryMessages, type PoliticalPackEntries } from './pack-entries.js';

/** Wrong names of provincial-level regions and autonomous areas (广西省, 宁夏自治区, ethnic names out of their legal order): dictionaries/political/packs/admin-names.yaml. */
export function createAdminNameRule(entries: PoliticalPackEntries): Rule {
  return {
    id: 'political/admin-name',
    category: 'political',
    severity: 'error',
    description: '行政区划名称错误（省级行政区、民族自治地方的法定名称）',
    messages: packEntryMessages('法定名称'),
    check(doc, report) {
      for (const m of entries.matchesFor(doc, 'political/admin-name')) report(packEntryFinding(doc, m));
    },
  };
}
