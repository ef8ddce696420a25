import type { Rule } from '../rule.js';
import type { Leader } from './data.js';
import { titleAfter, titleBefore, type LeaderIndex } from './leader-index.js';
import { DocumentPatterns } from '../../match/document-patterns.js';
import { createNameBesideTitleFinder } from './name-beside-title.js';

interface Variant {
  text: string;
  leader: Leader;
  /**
   * listed: written out in the data (always reported); replaced, swapped: a character
   * replaced by a confusable one, or two neighbours swapped (reported in context);
   * dropped: a three-character name with a character left out (reported only before a
   * title of a post the leader held: 李克总理).
   */
  how: 'listed' | 'replaced' | 'swapped' | 'dropped';
}

const MESSAGES = {
  misspelledName: `“{{text}}”疑为国家领导人“{{name}}”的姓名之误。领导人姓名须准确无误，请核对（依据：{{source}}）。`,
};

/**
 * Misspelled names of national leaders: misspellings listed in the data (温家室, 王歧山),
 * names with one character replaced by a character of similar sound or shape (习进平), or
 * with two neighbouring characters swapped (习平近). Such a made-up variant is reported
 * where it reads as a leader's name: next to a title or 同志, next to another leader's
 * name in a list, or for the most prominent names. A three-character name with its second
 * or third character dropped (李克) is reported only right beside the title of a post that
 * leader held (李克总理, 国务院总理李克同志): a two-character name alone is too often someone else's. Right
 * beside the title of a post the leader held, any one character of a three-character name
 * may be off (李克勤总理, 副委员长李鸿中): the title is the evidence.
 */
export function createLeaderNameRule(index: LeaderIndex): Rule {
  const { data } = index;
  const variants = new Map<string, Variant>();
  const blocked = new Set([...index.byName.keys(), ...data.notMisspellings]);
  const add = (text: string, leader: Leader, how: Variant['how']) => {
    if (!blocked.has(text) && !variants.has(text)) variants.set(text, { text, leader, how });
  };
  for (const leader of data.leaders) {
    const name = leader.name;
    for (let p = 0; p < name.length; p++) {
      for (const c of data.confusables[name[p]!] ?? '') add(name.slice(0, p) + c + name.slice(p + 1), leader, 'replaced');
    }
  }
  for (const leader of data.leaders) {
    const name = leader.name;
    if (name.length !== 3) continue;
    for (let p = 0; p + 1 < name.length; p++) add(name.slice(0, p) + name[p + 1] + name[p] + name.slice(p + 2), leader, 'swapped');
    // The surname stays: 家宝 alone is how people refer to 温家宝, not a slip.
    for (let p = 1; p < name.length; p++) add(name.slice(0, p) + name.slice(p + 1), leader, 'dropped');
  }
  for (const leader of data.leaders) for (const m of leader.misspellings ?? []) variants.set(m, { text: m, leader, how: 'listed' });
  const list = [...variants.values()];
  const patterns = new DocumentPatterns(list.map((v) => v.text));
  // Titles only national leaders hold, longest first: the evidence a dropped character needs.
  const checkedTitles = [...data.checkedTitles].sort((a, b) => b.length - a.length);
  const besideTitle = createNameBesideTitleFinder(index, blocked);

  return {
    id: 'political/leader-name',
    category: 'political',
    severity: 'error',
    description: '国家领导人姓名错误（音近、形近字，字序颠倒，职务旁漏字、错字）',
    messages: MESSAGES,
    check(doc, report) {
      const text = doc.text;
      const reported = new Set<number>();
      const reportName = (start: number, end: number, leader: Leader) => {
        if (reported.has(start)) return;
        reported.add(start);
        report({
          start,
          end,
          messageId: 'misspelledName', data: { text: text.slice(start, end), name: leader.name, source: data.sources.names ?? '新华社公开报道' },
          suggestions: [leader.name],
        });
      };
      for (const m of besideTitle(doc)) reportName(m.start, m.end, m.leader);
      const found = patterns.find(doc);
      if (found.length === 0) return;
      // A made-up variant overlapping a leader's name as written (总理李强克服: 李强克) is the name followed by another word.
      const exact = index.names.find(doc);
      for (const m of found) {
        const v = list[m.pattern]!;
        if (v.how !== 'listed' && exact.some((e) => e.start < m.end && e.end > m.start)) continue;
        if (v.how === 'dropped') {
          // Right before the title of a post held (李克总理), or right after it and ending a word (国务院总理李克同志).
          const after = titleAfter(text, m.end, checkedTitles);
          const before = titleBefore(text, m.start, checkedTitles);
          const beforeTitle = after !== undefined && heldTitle(v.leader, after, index) && doc.isWordBoundary(m.start);
          const afterTitle = before !== undefined && heldTitle(v.leader, before, index) && doc.isWordBoundary(m.end);
          if (!beforeTitle && !afterTitle) continue;
        } else if (v.how !== 'listed') {
          const inContext =
            titleAfter(text, m.end, index.titles) !== undefined ||
            titleBefore(text, m.start, index.titles) !== undefined ||
            nextToLeader(text, m.start, m.end, index);
          if (!inContext && !(v.leader.prominent && v.text.length >= 3)) continue;
          if (!doc.isWordBoundary(m.start) || !doc.isWordBoundary(m.end)) continue;
        }
        reportName(m.start, m.end, v.leader);
      }
    },
  };
}

/** The leader held a post that the title names (总理: 国务院总理). */
function heldTitle(leader: Leader, title: string, index: LeaderIndex): boolean {
  const posts = index.postsOfTitle.get(title) ?? [];
  return leader.tenures.some((t) => posts.includes(t.post));
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
