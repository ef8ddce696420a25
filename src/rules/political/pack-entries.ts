import type { Document } from '../../document/document.js';
import { referenceDateOf } from '../../document/reference-date.js';
import { PackMatcher, type PackMatch } from '../../packs/pack-matcher.js';
import type { RulePack } from '../../packs/types.js';
import { FULL_WIDTH_SENTENCE_END_MARKS } from '../../text/sentences.js';
import type { Finding } from '../rule.js';
import { chineseDate, quote } from './context.js';

const NOTE_END = new RegExp(`[${FULL_WIDTH_SENTENCE_END_MARKS}]$`);

/**
 * The political packs' wrong → right entries (dictionaries/political/packs/) in one
 * PackMatcher: one pass per document finds them for wrong-formulation, banned-expression
 * and admin-name, each of which reads the matches of its own pack.
 */
export class PoliticalPackEntries {
  readonly #matcher: PackMatcher;

  constructor(packs: readonly RulePack[]) {
    this.#matcher = PackMatcher.of(packs);
  }

  /** The matches of the packs reported under `ruleId`. */
  matchesFor(doc: Document, ruleId: string): PackMatch[] {
    const byRule = doc.memo(this, () => {
      const split = new Map<string, PackMatch[]>();
      for (const m of this.#matcher.find(doc)) split.set(m.pack.rule, [...(split.get(m.pack.rule) ?? []), m]);
      return split;
    });
    return byRule.get(ruleId) ?? [];
  }
}

/** The finding for a match: the standard wording (`what`: 规范表述, 法定名称 …), why, and the source. */
export function packEntryFinding(doc: Document, m: PackMatch, what = '规范表述'): Finding {
  const { entry } = m;
  const wrong = doc.text.slice(m.start, m.end);
  const right = entry.right[0];
  let message: string;
  if (entry.outdatedFrom) {
    const date = referenceDateOf(doc);
    message = `“${wrong}”是${chineseDate(entry.outdatedFrom)}以前的表述，${date.label}${chineseDate(date.iso)}适用的${what}为${quote(right ?? '')}。`;
  } else if (right !== undefined) {
    message = `“${wrong}”不规范，${what}为${quote(right)}。`;
  } else {
    message = `“${wrong}”不规范。`;
  }
  if (entry.note) message += `${entry.note}${NOTE_END.test(entry.note) ? '' : '。'}`;
  message += `（依据：${entry.source}）`;
  return { start: m.start, end: m.end, message, suggestions: entry.right, severity: entry.severity };
}
