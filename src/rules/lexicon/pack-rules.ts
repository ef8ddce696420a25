import { PackError } from '../../packs/pack-error.js';
import type { PackInfo } from '../../packs/types.js';
import type { Document } from '../../document/document.js';
import { renderMessage, type MessageData } from '../messages.js';
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
  return [...byRule.values()].map((packs) => ({
    id: packs[0]!.rule,
    category: packs[0]!.category,
    severity: packs[0]!.severity,
    description: packs.map((p) => p.name).join('、'),
    // One message per pack, by pack id: its template, then a full stop if it lacks one, then the note unless the template places it.
    messages: Object.fromEntries(packs.map((p) => [p.id, `${templateOf(p.message)}{{end}}{{noteSentence}}`])),
    check(doc, report) {
      for (const m of matchesByRule(doc).get(packs[0]!.rule) ?? []) {
        report({ start: m.start, end: m.end, messageId: m.pack.id, data: dataFor(m), suggestions: m.entry.right, severity: m.entry.severity });
      }
    },
  }));
}

/** A pack's message (`{wrong}`, `{right}`, `{note}`) as a rule's message template. */
function templateOf(packMessage: string): string {
  return packMessage.replace(/\{(wrong|right|note)\}/g, '{{$1}}');
}

function dataFor(m: PackMatch): MessageData {
  const data = { wrong: m.wrong, right: m.entry.right.join('”或“'), note: m.entry.note ?? '' };
  const base = renderMessage(templateOf(m.pack.message), data);
  const noteSentence = m.entry.note && !m.pack.message.includes('{note}') ? endSentence(m.entry.note) : '';
  return { ...data, end: SENTENCE_END.test(base) ? '' : '。', noteSentence };
}

function endSentence(s: string): string {
  return SENTENCE_END.test(s) ? s : `${s}。`;
}
