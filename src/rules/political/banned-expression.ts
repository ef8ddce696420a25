import type { Document } from '../../document/document.js';
import type { Report, Rule } from '../rule.js';
import { HAN_ONE_TO_TEN } from '../../text/numerals.js';
import { CLAUSE_ENDS } from '../../text/sentences.js';
import type { RegionAsCountry } from './data.js';
import { packEntryFinding, packEntryMessages, type PoliticalPackEntries } from './pack-entries.js';

/** Longest stretch scanned from a region name to the word that calls the list 国家. */
const LIST_REACH = 60;
/** Characters that end a list: its items never contain them. */
const LIST_END = `${CLAUSE_ENDS}：:（）()《》“”`;
/** What separates the items of a list. */
const ITEM_SEPARATORS = '、，,和及与';
/** What may follow a region's name inside its item (香港特别行政区、新加坡等国家). */
const REGION_ITEM_SUFFIXES = ['特别行政区', '特区', '地区'];

const MESSAGES = {
  regionAsCountry: `列举中含“{{region}}”却称“{{word}}”，把{{region}}当作国家。应写作“{{word}}{{right}}”（依据：{{source}}）。`,
};

/**
 * 新华社 禁用词 and standardized wordings (北朝鲜 → 朝鲜, 两岸三地, 中华民国总统, 台独 without
 * quotes; the rule pack dictionaries/political/packs/banned-expressions.yaml), and 台湾/香港/澳门 listed among countries without “和地区”.
 */
export function createBannedExpressionRule(entries: PoliticalPackEntries, regionAsCountry: RegionAsCountry): Rule {
  return {
    id: 'political/banned-expression',
    category: 'political',
    severity: 'error',
    description: '新华社禁用词和规范用语：涉台港澳、国名、国际组织等表述',
    messages: { ...packEntryMessages('规范用语'), ...MESSAGES },
    check(doc, report) {
      for (const m of entries.matchesFor(doc, 'political/banned-expression')) report(packEntryFinding(doc, m));
      checkRegionAsCountry(doc, regionAsCountry, report);
    },
  };
}

/**
 * A list with 台湾 (香港, 澳门) as an item, closed by 等国家 / 等国 / 等N个国家 without
 * “和地区”: the region is counted as a country. Reports the closing 国家 word.
 */
function checkRegionAsCountry(doc: Document, r: RegionAsCountry, report: Report): void {
  const text = doc.text;
  const reported = new Set<number>();
  for (const region of r.regions) {
    for (let at = text.indexOf(region); at !== -1; at = text.indexOf(region, at + region.length)) {
      if (!isListItem(text, at, region)) continue; // 香港特别行政区法院对国防、外交等国家行为: the subject, not an item
      const limit = Math.min(text.length, at + region.length + LIST_REACH);
      let sawSeparator = at > 0 && ITEM_SEPARATORS.includes(text[at - 1]!);
      for (let i = at + region.length; i < limit; i++) {
        const ch = text[i]!;
        if (LIST_END.includes(ch)) break;
        if ('、，,'.includes(ch)) sawSeparator = true;
        if (ch !== '等') continue;
        const closer = countryCloser(text, i, r.countryWords);
        if (closer === undefined) break; // 等 closes the list with something else (等地区, 等地)
        if (!sawSeparator && i !== at + region.length) break;
        if (r.okAfter.some((ok) => text.startsWith(ok, closer))) break;
        if (!reported.has(i)) {
          reported.add(i);
          const word = text.slice(i + 1, closer);
          report({
            start: i + 1,
            end: closer,
            messageId: 'regionAsCountry', data: { region, word, right: r.right, source: r.source },
            suggestions: [`${word}${r.right}`],
          });
        }
        break;
      }
    }
  }
}

/** Whether the region at `at` is an item of a list: a separator before it, or one (or 等) right after it and its suffix. */
function isListItem(text: string, at: number, region: string): boolean {
  if (at > 0 && ITEM_SEPARATORS.includes(text[at - 1]!)) return true;
  let end = at + region.length;
  const suffix = REGION_ITEM_SUFFIXES.find((s) => text.startsWith(s, end));
  if (suffix) end += suffix.length;
  return end < text.length && `${ITEM_SEPARATORS}等`.includes(text[end]!);
}

const NUMBER = new RegExp(`^[0-9${HAN_ONE_TO_TEN}两几多余]{0,4}个?`);

/** After 等 at `at`: the end of 国家 / 国 / N个国家, or undefined. */
function countryCloser(text: string, at: number, words: string[]): number | undefined {
  const rest = text.slice(at + 1, at + 12);
  const n = NUMBER.exec(rest)![0].length;
  for (const w of words) {
    if (!rest.startsWith(w, n)) continue;
    const end = at + 1 + n + w.length;
    if (w === '国' && /[\u4e00-\u9fa5]/.test(text[end] ?? '') && !'和及与'.includes(text[end]!)) return undefined; // 等国际, 等国内
    return end;
  }
  return undefined;
}
