import type { Document } from '../../document/document.js';
import { DocumentPatterns } from '../../match/document-patterns.js';
import type { CharLikeness } from '../rule.js';
import type { Leader, OfficialsData } from './data.js';
import { titleAfter, titleBefore } from './leader-index.js';

export interface OfficialBesideTitle {
  start: number;
  end: number;
  official: Leader;
  /** The full names of the posts behind the title that the official held (中共上海市委书记). */
  posts: string[];
  /** The title names no body (书记, 部长): many people hold it, so the finding is only a warning. */
  bare: boolean;
}

const HAN = /^\p{Script=Han}+$/u;

/**
 * Officials below the national leaders (officials.yaml) are not famous enough for a variant
 * of their name to be read as theirs on its own. A three-character span right before or
 * after the title of a post an official held (上海市委书记陈吉林, 王小红部长) is taken for
 * that official's name when exactly one character differs and the two characters are
 * alike in sound or shape (the spelling family's confusion sets): the title is the
 * evidence, the likeness makes it a slip rather than another person. Not reported: a span
 * that is a known name (any leader's or official's) or a listed real name, a word of its
 * own, not on word boundaries, overlapping a known name (市长殷勇指), or fitting two
 * officials; the tail of another title (副书记, 纪委书记) is not the title. A two-character
 * name only right after a title that names one post (河北省省长许琴 → 许勤), never where the
 * next character may end a three-character name: one character off, two characters are too
 * many other people's names.
 */
export function createOfficialNameFinder(
  data: OfficialsData,
  blocked: ReadonlySet<string>,
  knownTitles: readonly string[],
  knownNames: readonly DocumentPatterns[],
  likeness: CharLikeness,
): (doc: Document) => OfficialBesideTitle[] {
  const postsOfTitle = new Map<string, string[]>();
  for (const [key, post] of Object.entries(data.posts)) {
    for (const t of post.titles) postsOfTitle.set(t, [...(postsOfTitle.get(t) ?? []), key]);
  }
  const bare = new Set(data.bareTitles);
  const holdersOfPost = new Map<string, Set<Leader>>();
  for (const o of data.officials) {
    for (const t of o.tenures) holdersOfPost.set(t.post, (holdersOfPost.get(t.post) ?? new Set()).add(o));
  }
  const holders = new Map<string, Leader[]>();
  for (const [title, posts] of postsOfTitle) {
    // A two-character name only beside a title that names one post (河北省省长, 公安部部长), whose holders are all listed.
    const shortToo = posts.length === 1 && !bare.has(title);
    const officials = new Set<Leader>();
    for (const post of posts) for (const o of holdersOfPost.get(post) ?? []) if (o.name.length === 3 || (shortToo && o.name.length === 2)) officials.add(o);
    if (officials.size > 0) holders.set(title, [...officials]);
  }
  const titles = [...holders.keys()];
  if (titles.length === 0) return () => [];
  const allTitles = [...new Set([...titles, ...data.otherTitles, ...knownTitles])].sort((a, b) => b.length - a.length);
  const patterns = new DocumentPatterns(titles);
  const alike = (span: string, name: string): boolean => {
    if (span.length !== name.length) return false;
    let at = -1;
    for (let i = 0; i < name.length; i++) {
      if (span[i] === name[i]) continue;
      if (at >= 0) return false;
      at = i;
    }
    return at >= 0 && likeness(name[at]!, span[at]!) !== undefined;
  };

  return (doc) => {
    const text = doc.text;
    const found = patterns.find(doc);
    if (found.length === 0) return [];
    const exact = knownNames.flatMap((names) => names.find(doc));
    const out: OfficialBesideTitle[] = [];
    const seen = new Set<number>();
    const consider = (title: string, start: number, end: number) => {
      if (start < 0 || end > text.length || seen.has(start)) return;
      const span = text.slice(start, end);
      if (!HAN.test(span) || blocked.has(span)) return;
      if (exact.some((e) => e.start < end && e.end > start)) return;
      const fits = holders.get(title)!.filter((o) => alike(span, o.name));
      if (fits.length !== 1) return;
      // Two characters are a name only where they end before a word of their own: 许琴出席, not 许琴芳 (another person's three-character name).
      if (span.length === 2 && end < text.length && /\p{Script=Han}/u.test(text[end]!) && doc.standsAlone(end)) return;
      if (!doc.isWordBoundary(start) || !doc.isWordBoundary(end) || doc.isOneWord(start, end)) return;
      const official = fits[0]!;
      const keys = postsOfTitle.get(title)!;
      const posts = [...new Set(official.tenures.filter((t) => keys.includes(t.post)).map((t) => data.posts[t.post]!.name))];
      seen.add(start);
      out.push({ start, end, official, posts, bare: bare.has(title) });
    };
    for (const m of found) {
      const title = titles[m.pattern]!;
      // The whole title, not the tail of a longer one (纪委书记, 副部长) nor the head of one (部长助理, 书记处书记).
      if (titleBefore(text, m.end, allTitles) !== title || titleAfter(text, m.start, allTitles) !== title) continue;
      consider(title, m.start - 3, m.start);
      consider(title, m.end, m.end + 3);
      // A two-character name only after the title (河北省省长许琴出席): before it, the span may be the tail of a longer name.
      consider(title, m.end, m.end + 2);
    }
    return out;
  };
}
