import type { Rule } from '../rule.js';
import type { DateLexicon } from './lexicon.js';

const MESSAGES = {
  jiezhiDaoRedundant: `“截至到”语义重复：“截至”即“截止到”，应删去“到”，写作“截至”（或写作“截止到”）。`,
};

/** 截至到: 截至 already means 到……为止 (截至到6月30日 → 截至6月30日). 截至到期日 is 截至 + 到期日. */
export function createJiezhiRedundantRule(lexicon: DateLexicon): Rule {
  return {
    id: 'date/jiezhi-redundant',
    category: 'date',
    severity: 'error',
    description: '“截至到”语义重复',
    messages: MESSAGES,
    check(doc, report) {
      const text = doc.text;
      for (let at = text.indexOf('截至到'); at !== -1; at = text.indexOf('截至到', at + 3)) {
        if (lexicon.daoWords.some((w) => text.startsWith(w, at + 2))) continue;
        report({
          start: at,
          end: at + 3,
          messageId: 'jiezhiDaoRedundant',
          suggestions: ['截至'],
        });
      }
    },
  };
}
