import type { Document } from '../../document/document.js';
import { DocumentPatterns } from '../../match/document-patterns.js';
import type { Leader } from './data.js';
import { titleAfter, titleBefore, type LeaderIndex } from './leader-index.js';

export interface NameBesideTitle {
  start: number;
  end: number;
  leader: Leader;
}

const HAN = /^\p{Script=Han}+$/u;
/** Only three-character names: a two-character one is one character from too many other people's names (李总理 is 李强's surname and title). */
const NAME_LENGTH = 3;

/**
 * Finds three-character spans right before or after the title of a post (李克勤总理,
 * 副委员长李鸿中) that are one character off the name of a leader who held that post: the
 * title is the evidence that the span names the leader, so any replaced character counts,
 * not only the confusion list's. Titles shared by many people (主席) are no evidence; a
 * span overlapping a leader's exact name (总理李强调研) or on no word boundary is not a name.
 * A span that fits two leaders is left alone.
 */
export function createNameBesideTitleFinder(index: LeaderIndex, blocked: ReadonlySet<string>): (doc: Document) => NameBesideTitle[] {
  const shared = new Set(index.data.sharedTitles);
  // The leaders (in their order) who held each post, so that a title's holders are gathered from its posts, not by testing every leader.
  const leadersOfPost = new Map<string, number[]>();
  index.data.leaders.forEach((l, i) => {
    if (l.name.length !== NAME_LENGTH) return;
    for (const t of l.tenures) {
      const list = leadersOfPost.get(t.post);
      if (!list) leadersOfPost.set(t.post, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    }
  });
  const holders = new Map<string, Leader[]>();
  for (const [title, posts] of index.postsOfTitle) {
    if (shared.has(title)) continue;
    const held = new Set<number>();
    for (const post of posts) for (const i of leadersOfPost.get(post) ?? []) held.add(i);
    if (held.size > 0) holders.set(title, [...held].sort((a, b) => a - b).map((i) => index.data.leaders[i]!));
  }
  const titles = [...holders.keys()];
  const patterns = new DocumentPatterns(titles);

  return (doc) => {
    const text = doc.text;
    const found = patterns.find(doc);
    if (found.length === 0) return [];
    const exact = index.names.find(doc);
    const out: NameBesideTitle[] = [];
    const consider = (title: string, start: number, end: number) => {
      if (start < 0) return;
      const span = text.slice(start, end);
      if (span.length !== NAME_LENGTH || !HAN.test(span) || blocked.has(span)) return;
      if (exact.some((e) => e.start < end && e.end > start)) return;
      const fits = holders.get(title)!.filter((l) => oneReplaced(span, l.name));
      if (fits.length !== 1) return;
      if (!doc.isWordBoundary(start) || !doc.isWordBoundary(end)) return;
      out.push({ start, end, leader: fits[0]! });
    };
    for (const m of found) {
      const title = titles[m.pattern]!;
      // The whole title, not the tail of a longer one (副总理 holds 总理) or the head of one (副委员长 after 副).
      if (titleBefore(text, m.end, index.titles) === title) consider(title, m.start - NAME_LENGTH, m.start);
      if (titleAfter(text, m.start, index.titles) === title) consider(title, m.end, m.end + NAME_LENGTH);
    }
    return out;
  };
}

/** Same length, exactly one position differs. */
function oneReplaced(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && ++diff > 1) return false;
  return diff === 1;
}
