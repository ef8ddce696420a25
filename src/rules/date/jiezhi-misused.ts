import type { Rule } from '../rule.js';
import { datesOf } from './context.js';
import type { DateLexicon } from './lexicon.js';

/** A time of day (截止9时, 截止17时30分, 截止12点): a time point as a date is. */
const CLOCK_TIME = /^[0-9０-９]{1,2}(?:时|点)(?:[0-9０-９]{1,2}分)?/;

const MESSAGES = {
  jiezhiForJiezhi: `“截止{{point}}”应为“截至{{point}}”。“截止”指到期停止，不直接带时间；表示到某一时间为止用“截至”（也可写作“截止到{{point}}”）。`,
};

/**
 * 截止 directly before a date or a time point, where 截至 (到……为止) is meant:
 * 截止6月30日，全市已完成… → 截至6月30日. 截止 means "to come to an end" and takes no
 * time object; 截止日期, 截止时间, 截止到/截止于 and 于6月30日截止 are right and stay
 * silent. Fixed phrases (截止目前, 截止发稿时) are the lexicon pack's (typo-time).
 */
export function createJiezhiMisusedRule(lexicon: DateLexicon): Rule {
  return {
    id: 'date/jiezhi-misused',
    category: 'date',
    severity: 'error',
    description: '“截止”后接时间点，应为“截至”',
    messages: MESSAGES,
    check(doc, report) {
      const text = doc.text;
      const dates = datesOf(doc);
      for (let at = text.indexOf('截止'); at !== -1; at = text.indexOf('截止', at + 2)) {
        let p = at + 2;
        if (text[p] === ' ' || text[p] === '\u3000') p++;
        if (lexicon.jiezhiFollowers.includes(text[p] ?? '')) continue;
        const date = dates.byStart.get(p);
        const word = date ? undefined : (lexicon.timeWords.find((w) => text.startsWith(w, p)) ?? CLOCK_TIME.exec(text.slice(p, p + 8))?.[0]);
        if (!date && !word) continue;
        const point = date ? text.slice(date.start, date.end) : word!;
        report({
          start: at,
          end: at + 2,
          messageId: 'jiezhiForJiezhi', data: { point },
          suggestions: ['截至'],
        });
      }
    },
  };
}
