import type { Document } from '../../document/document.js';
import { referenceDateOf } from '../../document/reference-date.js';
import { packMatcherArtefact, type PackMatch, type PackMatcher } from '../../packs/pack-matcher.js';
import { FULL_WIDTH_SENTENCE_END_MARKS } from '../../text/sentences.js';
import type { Finding } from '../rule.js';
import { chineseDate, quote } from './context.js';
import { loadPoliticalData } from './data.js';

const NOTE_END = new RegExp(`[${FULL_WIDTH_SENTENCE_END_MARKS}]$`);

/**
 * The political packs' wrong → right entries (dictionaries/political/packs/) in one
 * PackMatcher: one pass per document finds them for wrong-formulation, banned-expression
 * and admin-name, each of which reads the matches of its own pack.
 */
export class PoliticalPackEntries {
  readonly #matcher: PackMatcher;

  /** `matcher`: the political packs' matcher, as the build stored it (POLITICAL_PACK_MATCHER). */
  constructor(matcher: PackMatcher) {
    this.#matcher = matcher;
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

/**
 * The political packs' matcher, automaton included (dist/political-pack-matcher.bin): creating
 * the proofreader reads it instead of building the automaton of their wrong forms (~2–4 ms).
 */
export const POLITICAL_PACK_MATCHER = packMatcherArtefact('political-pack-matcher.bin', () => loadPoliticalData().packs);

/**
 * The messages of a rule that reports pack entries: the standard wording (`what`: 规范表述,
 * 规范用语, 法定名称), the entry's note as a sentence, and its source.
 */
export function packEntryMessages(what: string): Record<string, string> {
  return {
    nonstandard: `“{{wrong}}”不规范，${what}为{{right}}。{{note}}（依据：{{source}}）`,
    nonstandardNoFix: '“{{wrong}}”不规范。{{note}}（依据：{{source}}）',
    outdated: `“{{wrong}}”是{{since}}以前的表述，{{dateLabel}}{{date}}适用的${what}为{{right}}。{{note}}（依据：{{source}}）`,
  };
}

/** The finding for a match, with the messages of `packEntryMessages`. */
export function packEntryFinding(doc: Document, m: PackMatch): Finding {
  const { entry } = m;
  const right = entry.right[0];
  const data: Record<string, string> = {
    wrong: doc.text.slice(m.start, m.end),
    right: quote(right ?? ''),
    note: entry.note ? `${entry.note}${NOTE_END.test(entry.note) ? '' : '。'}` : '',
    source: String(entry.source),
  };
  let messageId = right === undefined ? 'nonstandardNoFix' : 'nonstandard';
  if (entry.outdatedFrom) {
    const date = referenceDateOf(doc);
    messageId = 'outdated';
    Object.assign(data, { since: chineseDate(entry.outdatedFrom), dateLabel: date.label, date: chineseDate(date.iso) });
  }
  return { start: m.start, end: m.end, messageId, data, suggestions: entry.right, severity: entry.severity };
}
