import type { Rule } from '../rule.js';
import { ARABIC_DIGITS, HAN_NUMBER_CHARS } from '../../text/numerals.js';
import type { NumberLexicon } from './lexicon.js';

const MESSAGES = {
  obsoleteUnit: '“{{written}}”应写作“{{fixed}}”：“{{char}}”是已淘汰的计量单位用字，应使用统一译名“{{name}}”（1977年《部分计量单位名称统一用字表》）。',
};

/**
 * A unit written with a character the 1977 list retired: 52吋 → 52英寸, 10浬 → 10海里,
 * 5瓩 → 5千瓦 (dictionaries/number/obsolete-units.txt). Only right after a number, since
 * 哩 is also a particle (好哩); 海浬 is the list's own retired form and is read anywhere.
 */
export function createObsoleteUnitRule(lexicon: NumberLexicon): Rule {
  const chars = [...lexicon.obsoleteUnits.keys()].join('');
  const pattern = new RegExp(`(?<=[${ARABIC_DIGITS}${HAN_NUMBER_CHARS}几半])[${chars}]|海浬`, 'g');
  return {
    id: 'number/obsolete-unit',
    category: 'number',
    severity: 'warning',
    description: '已淘汰的计量单位用字（吋、呎、浬、瓩）',
    messages: MESSAGES,
    check(doc, report) {
      for (const m of doc.text.matchAll(pattern)) {
        const char = m[0].slice(-1);
        const name = lexicon.obsoleteUnits.get(char)!;
        // 52吋 → 英寸 (the number stays outside the span); 海浬 → 海里.
        const fixed = name;
        report({ start: m.index, end: m.index + m[0].length, messageId: 'obsoleteUnit', data: { written: m[0], fixed, char, name }, suggestions: [fixed] });
      }
    },
  };
}
