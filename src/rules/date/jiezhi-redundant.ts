import { CLAUSE_ENDS, PHRASE_MARKS } from '../../text/sentences.js';
import type { Rule } from '../rule.js';
import type { DateLexicon } from './lexicon.js';

const MESSAGES = {
  jiezhiDaoRedundant: `“截至到”语义重复：“截至”即“截止到”，应删去“到”，写作“截至”（或写作“截止到”）。`,
  jiezhiWeizhiRedundant: `“{{written}}”语义重复：“{{jiezhi}}”已含“到……为止”之意，应删去“为止”（或写作“到……为止”）。`,
};

/** 截至目前为止, 截止到6月底为止: 为止 a short stretch after 截至, in the same clause. */
const JIEZHI_WEIZHI = new RegExp(`(截至|截止到)[^${CLAUSE_ENDS}${PHRASE_MARKS}]{1,15}?为止`, 'g');

/**
 * 截至到: 截至 already means 到……为止 (截至到6月30日 → 截至6月30日); 截至到期日 is 截至 + 到期日. For the
 * same reason 截至目前为止 and 截止到6月底为止 say 为止 twice (none in 32 M characters of edited text).
 */
export function createJiezhiRedundantRule(lexicon: DateLexicon): Rule {
  return {
    id: 'date/jiezhi-redundant',
    category: 'date',
    severity: 'error',
    description: '“截至到”“截至……为止”语义重复',
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
      for (const m of text.matchAll(JIEZHI_WEIZHI)) {
        const end = m.index + m[0].length;
        report({ start: end - 2, end, messageId: 'jiezhiWeizhiRedundant', data: { written: m[0], jiezhi: m[1]! }, suggestions: [''] });
      }
    },
  };
}
