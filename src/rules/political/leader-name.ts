import type { Rule } from '../rule.js';
import type { Leader } from './data.js';
import { titleAfter, titleBefore, type LeaderIndex } from './leader-index.js';
import { DocumentPatterns } from '../../match/document-patterns.js';

interface Variant {
  text: string;
  leader: Leader;
  /** Written out in the data (always reported), or made from confusable characters (reported in context). */
  listed: boolean;
}

const MESSAGES = {
  misspelledName: `“{{text}}”疑为国家领导人“{{name}}”的姓名之误。领导人姓名须准确无误，请核对（依据：{{source}}）。`,
};

/**
 * Misspelled names of national leaders: misspellings listed in the data (温家室, 王歧山),
 * and names with one character replaced by a character of similar sound or shape
 * (习进平). A made-up variant is reported where it reads as a leader's name: next to a
 * title or 同志, next to another leader's name in a list, or for the most prominent names.
 */
export function createLeaderNameRule(index: LeaderIndex): Rule {
  const { data } = index;
  const variants = new Map<string, Variant>();
  const blocked = new Set([...index.byName.keys(), ...data.notMisspellings]);
  for (const leader of data.leaders) {
    for (let p = 0; p < leader.name.length; p++) {
      for (const c of data.confusables[leader.name[p]!] ?? '') {
        const v = leader.name.slice(0, p) + c + leader.name.slice(p + 1);
        if (!blocked.has(v) && !variants.has(v)) variants.set(v, { text: v, leader, listed: false });
      }
    }
  }
  for (const leader of data.leaders) for (const m of leader.misspellings ?? []) variants.set(m, { text: m, leader, listed: true });
  const list = [...variants.values()];
  const patterns = new DocumentPatterns(list.map((v) => v.text));

  return {
    id: 'political/leader-name',
    category: 'political',
    severity: 'error',
    description: '国家领导人姓名错误（音近、形近字）',
    messages: MESSAGES,
    check(doc, report) {
      const text = doc.text;
      for (const m of patterns.find(doc)) {
        const v = list[m.pattern]!;
        if (!v.listed) {
          const inContext =
            titleAfter(text, m.end, index.titles) !== undefined ||
            titleBefore(text, m.start, index.titles) !== undefined ||
            nextToLeader(text, m.start, m.end, index);
          if (!inContext && !(v.leader.prominent && v.text.length >= 3)) continue;
          if (!doc.isWordBoundary(m.start) || !doc.isWordBoundary(m.end)) continue;
        }
        report({
          start: m.start,
          end: m.end,
          messageId: 'misspelledName', data: { text: v.text, name: v.leader.name, source: data.sources.names ?? '新华社公开报道' },
          suggestions: [v.leader.name],
        });
      }
    },
  };
}

/** Another leader's exact name right before or after, across a 、 or ，. */
function nextToLeader(text: string, start: number, end: number, index: LeaderIndex): boolean {
  if (end < text.length && '、，,'.includes(text[end]!)) {
    for (const name of index.byName.keys()) if (text.startsWith(name, end + 1)) return true;
  }
  if (start > 0 && '、，,'.includes(text[start - 1]!)) {
    for (const name of index.byName.keys()) if (start - 1 >= name.length && text.startsWith(name, start - 1 - name.length)) return true;
  }
  return false;
}
