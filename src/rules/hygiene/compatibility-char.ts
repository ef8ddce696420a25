import type { Rule } from '../rule.js';
import type { HygieneLexicon } from './lexicon.js';

/** The blocks of dictionaries/hygiene/compatibility-chars.txt: CJK radicals supplement, Kangxi radicals, compatibility ideographs (and supplement). */
const CANDIDATE = /[\u2E80-\u2FDF\uF900-\uFAFF\u{2F800}-\u{2FA1F}]/gu;

/**
 * A radical or compatibility ideograph that looks like an ordinary character (⼈ U+2F08 for
 * 人, typically from PDF or OCR export): it reads right but is another character, so search,
 * indexing and the other checks miss it. The fix is the unified ideograph (NFKC, or Unicode's
 * EquivalentUnifiedIdeograph for radicals). Characters that are a traditional or variant form
 * as well are reported by script/traditional-char first, which suggests the standard one.
 */
export function createCompatibilityCharRule(lexicon: HygieneLexicon): Rule {
  return {
    id: 'hygiene/compatibility-char',
    category: 'hygiene',
    severity: 'warning',
    description: '形似汉字的部首字符或兼容汉字（⼈→人）',
    messages: {
      lookAlike: '“{{char}}”（U+{{code}}，{{block}}）形似“{{unified}}”（U+{{unifiedCode}}），却是另一个字符，会使检索和比对出错，应改为“{{unified}}”。',
    },
    check(doc, report) {
      for (const m of doc.text.matchAll(CANDIDATE)) {
        const entry = lexicon.compatibility.get(m[0]);
        if (!entry) continue;
        const cp = m[0].codePointAt(0)!.toString(16).toUpperCase();
        report({
          start: m.index,
          end: m.index + m[0].length,
          messageId: 'lookAlike',
          data: { char: m[0], code: cp, block: entry.block, unified: entry.unified, unifiedCode: entry.unified.codePointAt(0)!.toString(16).toUpperCase() },
          suggestions: [entry.unified],
        });
      }
    },
  };
}
