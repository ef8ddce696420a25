import { PackError } from '../../packs/pack-error.js';
import type { PackInfo } from '../../packs/types.js';
import type { Document } from '../../document/document.js';
import type { Rule } from '../rule.js';
import type { PackMatcher, PackMatch } from '../../packs/pack-matcher.js';
import { SENTENCE_END_MARKS } from '../../text/sentences.js';

const SENTENCE_END = new RegExp(`[${SENTENCE_END_MARKS}.]$`);

/**
 * One rule per ruleId that the loaded packs report under (lexicon/misused-word,
 * lexicon/variant-word, …). They share a single matcher pass per document.
 */
export function createPackRules(matcher: PackMatcher): Rule[] {
  const byRule = new Map<string, PackInfo[]>();
  for (const pack of matcher.packs) {
    const group = byRule.get(pack.rule) ?? [];
    const first = group[0];
    if (first && first.category !== pack.category) {
      throw new PackError([{ source: pack.source, reason: `与 ${first.source} 同属规则 ${pack.rule}，类别却不同（${pack.category} / ${first.category}）` }]);
    }
    byRule.set(pack.rule, [...group, pack]);
  }
  // The matches of one document split by ruleId once, so each rule reads only its own.
  const matchesByRule = (doc: Document) =>
    doc.memo(byRule, () => {
      const split = new Map<string, PackMatch[]>();
      for (const m of matcher.find(doc)) {
        const list = split.get(m.pack.rule);
        if (list) list.push(m);
        else split.set(m.pack.rule, [m]);
      }
      return split;
    });
  return [...byRule.values()].map(([first, ...rest]) => ({
    id: first!.rule,
    category: first!.category,
    severity: first!.severity,
    description: [first!, ...rest].map((p) => p.name).join('、'),
    check(doc, report) {
      for (const m of matchesByRule(doc).get(first!.rule) ?? []) {
        report({ start: m.start, end: m.end, message: messageFor(m), suggestions: m.entry.right, severity: m.entry.severity });
      }
    },
  }));
}

function messageFor(m: PackMatch): string {
  const base = m.pack.message
    // Functions, not strings: a `$&` in a form or note is text, not a replacement pattern.
    .replaceAll('{wrong}', () => m.wrong)
    .replaceAll('{right}', () => m.entry.right.join('”或“'))
    .replaceAll('{note}', () => m.entry.note ?? '');
  if (!m.entry.note || m.pack.message.includes('{note}')) return endSentence(base);
  return endSentence(base) + endSentence(m.entry.note);
}

function endSentence(s: string): string {
  return SENTENCE_END.test(s) ? s : `${s}。`;
}
