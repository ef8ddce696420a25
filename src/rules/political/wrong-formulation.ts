import type { Rule } from '../rule.js';
import type { FormulationsData } from './data.js';
import { LiteralMatcher, literalFinding } from './literal.js';
import type { SharedScan } from './shared-scan.js';

/**
 * Known wrong or outdated wordings of canonical formulations, listed with each term in
 * dictionaries/political/formulations.yaml (三个代表重要思想, 全面进一步深化改革,
 * 确立习近平新时代中国特色社会主义指导地位).
 */
export function createWrongFormulationRule(data: FormulationsData, scan: SharedScan): Rule {
  const matcher = new LiteralMatcher(data.terms.flatMap((t) => t.wrong ?? []), scan);
  return {
    id: 'political/wrong-formulation',
    category: 'political',
    severity: 'error',
    description: '规范政治表述的已知错误或过时写法',
    check(doc, report) {
      for (const h of matcher.find(doc)) report(literalFinding(doc, h.start, h.end, h.entry));
    },
  };
}
