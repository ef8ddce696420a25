import { CLAUSE_ENDS, PHRASE_MARKS } from '../../text/sentences.js';
import type { Rule } from '../rule.js';
import type { GrammarLexicon } from './lexicon.js';

const MESSAGES = {
  negatedAfterPrevent: '“{{written}}”否定不当：“{{verb}}”已是不让发生，后面再用“{{negated}}”意思就反了，宜作“{{fixed}}”。',
};

/** What follows a 防止-verb and says the opposite: 不再发生, 不出现. */
const NEGATED = '不(?:再(?:次)?)?(?:发生|出现|重演|重犯|反弹)|不再';

/**
 * A verb of prevention (防止, 避免, 杜绝: dictionaries/grammar/prevent-verbs.txt) followed in its
 * phrase by 不再发生 or 不出现: 防止类似事件不再发生 says the opposite of what is meant (再次发生).
 * Only a short stretch between them, in one phrase.
 */
export function createDoubleNegationRule(lexicon: GrammarLexicon): Rule {
  const pattern = new RegExp(`(${lexicon.preventVerbs.join('|')})([^${CLAUSE_ENDS}${PHRASE_MARKS}]{0,12}?)(${NEGATED})`, 'g');
  return {
    id: 'grammar/double-negation',
    category: 'grammar',
    severity: 'warning',
    description: '否定不当：“防止……不再发生”',
    messages: MESSAGES,
    check(doc, report) {
      const text = doc.text;
      for (const m of text.matchAll(pattern)) {
        const [written, verb, , negated] = m;
        const start = m.index + verb!.length + m[2]!.length;
        // 不再发生 → 再次发生, 不出现 → 出现, a bare 不再 → 再次.
        const fixed = negated!.startsWith('不再') ? `再次${negated!.slice(2).replace(/^次/, '')}` : negated!.slice(1);
        report({
          start,
          end: start + negated!.length,
          messageId: 'negatedAfterPrevent',
          data: { written: written!, verb: verb!, negated: negated!, fixed },
          suggestions: [fixed],
        });
      }
    },
  };
}
