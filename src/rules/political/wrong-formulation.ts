import type { Rule } from '../rule.js';
import { packEntryFinding, packEntryMessages, type PoliticalPackEntries } from './pack-entries.js';

/**
 * Known wrong or outdated wordings of canonical formulations, listed in the rule pack
 * dictionaries/political/packs/wrong-formulations.yaml (三个代表重要思想, 全面进一步深化改革,
 * 确立习近平新时代中国特色社会主义指导地位).
 */
export function createWrongFormulationRule(entries: PoliticalPackEntries): Rule {
  return {
    id: 'political/wrong-formulation',
    category: 'political',
    severity: 'error',
    description: '规范政治表述的已知错误或过时写法',
    messages: packEntryMessages('规范表述'),
    check(doc, report) {
      for (const m of entries.matchesFor(doc, 'political/wrong-formulation')) report(packEntryFinding(doc, m));
    },
  };
}
