import type { Rule } from '../rule.js';
import { isValidYmd } from '../../text/dates/calendar.js';
import { idCheckCharacter } from './checksums.js';
import { labelledBefore, type PrivacyLexicon } from './lexicon.js';
import { mask } from './mask.js';

// 18 characters: 6-digit 地址码, 8-digit birth date, 3-digit 顺序码, check digit or X.
const ID_18 = /(?<![0-9A-Za-z])[1-8]\d{16}[\dXx](?![0-9A-Za-z])/g;
// The first-generation 15-digit form: 地址码, YYMMDD of the 1900s, 顺序码; no check digit.
const ID_15 = /(?<![0-9A-Za-z])[1-8]\d{14}(?![0-9A-Za-z])/g;

const MESSAGES = {
  idNumber: `公开文本中出现完整的居民身份证号码（{{masked}}），属于个人隐私，发布前应去标识化处理（《政府信息公开条例》第十五条）。`,
};

/**
 * Full 居民身份证号 in published text. An 18-digit number counts only with a real
 * province code, a real birth date not in the future, and the GB 11643 check character
 * or a label such as 身份证号 just before it, so 文号, dates and amounts of the same length
 * stay silent; a 15-digit one always needs the label.
 */
export function createIdNumberRule(lexicon: PrivacyLexicon): Rule {
  return {
    id: 'privacy/id-number',
    category: 'privacy',
    severity: 'error',
    description: '公开文本中的完整居民身份证号',
    messages: MESSAGES,
    check(doc, report) {
      const text = doc.text;
      const now = doc.settings.today;
      const report18 = (start: number, id: string, masked: string) =>
        report({
          start,
          end: start + id.length,
          messageId: 'idNumber', data: { masked },
          suggestions: [masked],
        });
      for (const m of text.matchAll(ID_18)) {
        const id = m[0];
        if (!hasProvince(id, lexicon.provinceCodes) || !isPastDate(id.slice(6, 14), now)) continue;
        // A wrong check character is an ID still where a label says so (身份证号330327…): a real one mistyped, or one made up for the text.
        if (idCheckCharacter(id) !== id[17]!.toUpperCase() && !labelledBefore(text, m.index, lexicon.idLabels)) continue;
        report18(m.index, id, mask(id, 4, 4));
      }
      for (const m of text.matchAll(ID_15)) {
        const id = m[0];
        if (!hasProvince(id, lexicon.provinceCodes) || !isPastDate(`19${id.slice(6, 12)}`, now)) continue;
        if (!labelledBefore(text, m.index, lexicon.idLabels)) continue;
        report18(m.index, id, mask(id, 4, 4));
      }
    },
  };
}

function hasProvince(id: string, provinceCodes: ReadonlySet<number>): boolean {
  return provinceCodes.has(Number(id.slice(0, 2)));
}

/** YYYYMMDD that exists, after 1900, and not after `now`. */
function isPastDate(yyyymmdd: string, now: Date): boolean {
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  if (year < 1900 || !isValidYmd({ year, month, day })) return false;
  return new Date(Date.UTC(year, month - 1, day)).getTime() <= now.getTime();
}
