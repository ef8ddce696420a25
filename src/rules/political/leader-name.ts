import type { CharLikeness, Rule } from '../rule.js';
import type { Leader } from './data.js';
import { titleAfter, titleBefore, type LeaderIndex } from './leader-index.js';
import { DocumentPatterns } from '../../match/document-patterns.js';
import { createNameBesideTitleFinder } from './name-beside-title.js';
import { createOfficialNameFinder } from './official-name.js';

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
  misspelledOfficial: `“{{text}}”疑为“{{name}}”（{{posts}}）的姓名之误，请核对（依据：{{source}}）。`,
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
 * may be off (李克勤总理, 副委员长李鸿中): the title is the evidence. In a list beside another
 * leader's name as written (习近平、李强、赵乐济), an item with one character a same-sound or
 * look-alike of that leader's (the confusion sets), the surname or one of the given name, the
 * rest as written, is taken for that name too, as a warning: the list is the evidence, the item may still be
 * someone else. Two names are a list of leaders when the one as written has three characters and
 * its leader served in the item's leader's period; a list of three names or more with two
 * leaders' as written (周恩来、朱德、董必舞), the item and a three-character leader's name both
 * followed by 同志 (胡耀邦同志、张德虹同志), or a title only leaders hold before the list
 * (中央政治局常委李强、张德虹) or a word saying so after it (李强、张德虹等党和国家领导人) is a
 * list of leaders of any period.
 */
export function createLeaderNameRule(index: LeaderIndex, likeness: CharLikeness = () => undefined): Rule {
  const { data } = index;
  const variants = new Map<string, Variant>();
  const { officials } = data;
  const blocked = new Set([...index.byName.keys(), ...data.notMisspellings, ...officials.officials.map((o) => o.name), ...officials.notMisspellings]);
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
  // Titles before a list of leaders' names: those only national leaders hold, and the posts of the leaders' list not checked (副委员长);
  // not a foreign minister's (外长王毅、…): foreign ministers are listed with other countries' people.
  const leaderTitles = [...new Set([...data.checkedTitles, ...data.otherTitles])].filter((t) => !t.includes('外')).sort((a, b) => b.length - a.length);
  const besideTitle = createNameBesideTitleFinder(index, blocked);
  // Officials below the national leaders: only beside the title of a post held, only a sound or shape alike (official-name.ts).
  // The leaders' names are found once per document by the index (memoised); the officials' by their own patterns.
  const officialNames = new DocumentPatterns(officials.officials.map((o) => o.name));
  const officialBesideTitle = createOfficialNameFinder(officials, blocked, index.titles, [index.names, officialNames], likeness);
  // Three-character names by surname and by given name, for list items one character off.
  const bySurname = new Map<string, Leader[]>();
  const byGivenName = new Map<string, Leader[]>();
  for (const leader of data.leaders) {
    if (leader.name.length !== 3) continue;
    bySurname.set(leader.name[0]!, [...(bySurname.get(leader.name[0]!) ?? []), leader]);
    byGivenName.set(leader.name.slice(1), [...(byGivenName.get(leader.name.slice(1)) ?? []), leader]);
  }
  const alike = (a: string, b: string) => {
    const kind = likeness(a, b);
    return kind === 'same-pinyin' || kind === 'similar-shape';
  };
  const alikeInList = (item: string): Leader | undefined => {
    if (blocked.has(item)) return undefined;
    // A character of the given name off (赵乐济), or the surname (汪沪宁).
    const near = [
      ...(bySurname.get(item[0]!) ?? []).filter((l) => {
        const diff = [1, 2].filter((p) => l.name[p] !== item[p]);
        return diff.length === 1 && alike(l.name[diff[0]!]!, item[diff[0]!]!);
      }),
      ...(byGivenName.get(item.slice(1)) ?? []).filter((l) => alike(l.name[0]!, item[0]!)),
    ];
    return near.length === 1 ? near[0] : undefined;
  };

  return {
    id: 'political/leader-name',
    category: 'political',
    severity: 'error',
    description: '国家领导人姓名错误（音近、形近字，字序颠倒，职务旁漏字、错字）；其他领导干部姓名紧邻其职务时的音近、形近字',
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
      for (const m of officialBesideTitle(doc)) {
        if (reported.has(m.start)) continue;
        reported.add(m.start);
        report({
          start: m.start,
          end: m.end,
          messageId: 'misspelledOfficial',
          data: { text: text.slice(m.start, m.end), name: m.official.name, posts: m.posts.join('、'), source: officials.sources.names ?? '新华社公开报道' },
          suggestions: [m.official.name],
          ...(m.bare && { severity: 'warning' as const }),
        });
      }
      const exact = index.names.find(doc);
      const found = patterns.find(doc);
      // A made-up variant overlapping a leader's name as written (总理李强克服: 李强克) is the name followed by another word.
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
      // List items one character off a leader's name, beside a leader's name as written.
      const exactAt = new Map(exact.map((e) => [e.start, e.end]));
      const exactEndingAt = new Map(exact.map((e) => [e.end, e.start]));
      for (const e of exact) {
        const neighbour = index.byName.get(text.slice(e.start, e.end));
        if (!neighbour) continue;
        // The item after the name (习近平、[赵乐济]) and the one before it ([赵乐济]、王沪宁), three characters each;
        // with 同志 after each name, the item after (习近平同志、[赵乐济]同志) and before ([赵乐济]同志、王沪宁同志).
        const comrade = text.startsWith(COMRADE, e.end);
        const sides = [
          { mark: e.end, start: e.end + 1, after: true, written: 'plain' },
          { mark: e.start - 1, start: e.start - 4, after: false, written: 'plain' },
          ...(comrade ? [{ mark: e.end + COMRADE.length, start: e.end + COMRADE.length + 1, after: true, written: 'comrade' }] : []),
          ...(comrade ? [{ mark: e.start - 1, start: e.start - 4 - COMRADE.length, after: false, written: 'comrade' }] : []),
        ];
        for (const { mark, start, after, written } of sides) {
          const end = start + 3;
          if (start < 0 || end > text.length || !LIST_MARKS.includes(text[mark] ?? '')) continue;
          const item = text.slice(start, end);
          if (!/^\p{sc=Han}{3}$/u.test(item) || !doc.isWordBoundary(start) || !doc.isWordBoundary(end)) continue;
          if (written === 'comrade' && !text.startsWith(COMRADE, end)) continue;
          const leader = alikeInList(item);
          if (!leader || reported.has(start)) continue;
          // The evidence that the item is a leader's name: the neighbour a three-character name of a leader of the same
          // period (a two-character one, 李强, is too many people's name); or a list of three names or more, two of
          // them leaders' as written (周恩来、朱德、董必舞), or the item and its neighbour both written with 同志, or a
          // title only leaders hold before the list: a list of leaders, whatever the period.
          const samePeriod = written === 'plain' && neighbour.name.length >= 3 && servedTogether(leader, neighbour);
          const longList = written === 'plain' && leadersInList(text, e, after, exactAt, exactEndingAt) >= 2;
          const comrades = written === 'comrade' && neighbour.name.length >= 3;
          // A title only national leaders hold written before the list (国务院副总理刘国中、何立锋): the title is the evidence.
          const titled = written === 'plain' && titleBefore(text, after ? e.start : start, leaderTitles) !== undefined;
          // …or the list said to be of leaders right after it (王沪宁、赵乐济等党和国家领导人).
          const leadersAfter = written === 'plain' && LEADERS_AFTER.some((w) => text.startsWith(w, after ? end : e.end));
          if (!samePeriod && !longList && !comrades && !titled && !leadersAfter) continue;
          reported.add(start);
          report({
            start,
            end,
            messageId: 'misspelledName', data: { text: item, name: leader.name, source: data.sources.names ?? '新华社公开报道' },
            suggestions: [leader.name],
            severity: 'warning',
          });
        }
      }
    },
  };
}

/** The leader held a post that the title names (总理: 国务院总理). */
function heldTitle(leader: Leader, title: string, index: LeaderIndex): boolean {
  const posts = index.postsOfTitle.get(title) ?? [];
  return leader.tenures.some((t) => posts.includes(t.post));
}

/** The two held posts at the same time: a list of the leaders of one period. */
function servedTogether(a: Leader, b: Leader): boolean {
  const end = (t: { to?: string }) => t.to ?? '9999';
  return a.tenures.some((x) => b.tenures.some((y) => x.from <= end(y) && y.from <= end(x)));
}

/** Marks between the names of a list. */
const LIST_MARKS = '、，,';

const COMRADE = '同志';

/** Words right after a list that say it is a list of leaders. */
const LEADERS_AFTER = ['等党和国家领导人', '等中央领导同志', '等领导同志', '等国家领导人', '等中央领导'];

/**
 * How many leaders' names as written the list holds around an item one character off: the
 * neighbour `e` (on the item's side `after`: the item follows it), the name before the
 * neighbour on its far side, and the name on the item's far side, each across a list mark.
 */
function leadersInList(text: string, e: { start: number; end: number }, after: boolean, exactAt: Map<number, number>, exactEndingAt: Map<number, number>): number {
  let count = 1;
  if (after) {
    // [far]、[e]、item、[next]
    if (e.start > 0 && LIST_MARKS.includes(text[e.start - 1]!) && exactEndingAt.has(e.start - 1)) count++;
    const itemEnd = e.end + 4;
    if (LIST_MARKS.includes(text[itemEnd] ?? '') && exactAt.has(itemEnd + 1)) count++;
  } else {
    // [prev]、item、[e]、[far]
    if (LIST_MARKS.includes(text[e.end] ?? '') && exactAt.has(e.end + 1)) count++;
    const itemStart = e.start - 4;
    if (itemStart > 0 && LIST_MARKS.includes(text[itemStart - 1]!) && exactEndingAt.has(itemStart - 1)) count++;
  }
  return count;
}

/** Another leader's exact name right before or after, across a 、 or ，. */
function nextToLeader(text: string, start: number, end: number, index: LeaderIndex): boolean {
  if (end < text.length && LIST_MARKS.includes(text[end]!)) {
    for (const name of index.byName.keys()) if (text.startsWith(name, end + 1)) return true;
  }
  if (start > 0 && LIST_MARKS.includes(text[start - 1]!)) {
    for (const name of index.byName.keys()) if (start - 1 >= name.length && text.startsWith(name, start - 1 - name.length)) return true;
  }
  return false;
}
