import { DocumentPatterns } from '../../match/document-patterns.js';
import type { Leader, LeadersData } from './data.js';

/** Leaders' names, titles and the posts behind each title, indexed once per process. */
export interface LeaderIndex {
  data: LeadersData;
  byName: Map<string, Leader>;
  names: DocumentPatterns;
  /** Every title of every post, longest first. */
  titles: string[];
  /** Post keys that a title may stand for (主席 → 国家主席, 中央军委主席, 全国政协主席). */
  postsOfTitle: Map<string, string[]>;
}

export function buildLeaderIndex(data: LeadersData): LeaderIndex {
  const byName = new Map(data.leaders.map((l) => [l.name, l]));
  const postsOfTitle = new Map<string, string[]>();
  for (const [key, post] of Object.entries(data.posts)) {
    for (const t of post.titles) {
      const list = postsOfTitle.get(t) ?? [];
      list.push(key);
      postsOfTitle.set(t, list);
    }
  }
  const titles = [...new Set([...postsOfTitle.keys(), ...data.otherTitles, ...data.nameContext])].sort((a, b) => b.length - a.length);
  return { data, byName, names: new DocumentPatterns([...byName.keys()]), titles, postsOfTitle };
}

/** The title written right after `end` (longest), if any. */
export function titleAfter(text: string, end: number, titles: string[]): string | undefined {
  return titles.find((t) => text.startsWith(t, end));
}

/** The title written right before `start` (longest), if any. */
export function titleBefore(text: string, start: number, titles: string[]): string | undefined {
  return titles.find((t) => start >= t.length && text.startsWith(t, start - t.length));
}

/** True when a tenure of `leader` in one of `posts` covers the day `iso`. */
export function heldOn(leader: Leader, posts: string[], iso: string): boolean {
  return leader.tenures.some((t) => posts.includes(t.post) && t.from <= iso && (t.to === undefined || iso < t.to));
}
