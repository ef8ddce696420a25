import type { Document } from '../../document/document.js';
import type { Rule } from '../rule.js';
import { ARABIC_DIGITS, HAN_ONE_TO_TEN, HAN_ZEROS } from '../../text/numerals.js';
import { clauseAround } from '../../text/sentences.js';
import { referenceDateOf } from '../../document/reference-date.js';
import { latestYearNamed, namedYears } from '../../document/years-named.js';
import { chineseDate, isWordChar } from './context.js';
import type { Leader } from './data.js';
import { heldOn, titleAfter, titleBefore, type LeaderIndex } from './leader-index.js';

/** Titles chained before a name (中共中央总书记、国家主席、中央军委主席习近平): at most this many. */
const MAX_CHAIN = 4;
/** A year, 2024年 or 二〇二四年; the digits captured (Arabic in group 1, Chinese in group 2). */
/** Written right before a title (原国务委员宋平, 前外长), these make it a past post. */
const PAST_PREFIXES = ['原', '前'];
/** A term's ordinal before a title (第十一届全国人大常委会委员长) names the post of that term, past or not. */
const TERM_BEFORE = new RegExp(`第?[${HAN_ONE_TO_TEN}${HAN_ZEROS}${ARABIC_DIGITS}]+届$`);

const MESSAGES = {
  titleNeverHeld: `“{{name}}”从未担任“{{title}}”，职务与姓名不符。{{tenures}}（依据：{{source}}）`,
  wrongTitle: `“{{wrong}}”疑为“{{right}}”之误：后面是国家领导人{{name}}的姓名（依据：{{source}}）。`,
  truncatedTitle: `“{{written}}”疑为“{{title}}”漏字：{{name}}{{tense}}{{post}}（依据：{{source}}）。`,
  doubledName: `“{{written}}”疑为“{{name}}”多字：后面是{{name}}{{tense}}的职务“{{title}}”（依据：{{source}}）。`,
  titleNotHeldThen: `{{name}}任“{{post}}”的时间为{{spans}}，与{{label}}{{date}}不符；如指当时职务，宜写“时任”。请核对（依据：{{source}}；职务数据可能未及时更新）。`,
  titleNotHeldInYear: `{{name}}任“{{post}}”的时间为{{spans}}，句中的“{{year}}”不在任期内，职务与年份不符。请核对（依据：{{source}}；职务数据可能未及时更新）。`,
};

/**
 * A national leader's name next to a title: a title the person never held (李强总书记) is
 * an error; a title held, but not on the document's date (its 成文日期, the caller's
 * `documentDate`, else today), is a warning, unless the clause marks it as past
 * (时任, 原, 曾, a year) or the leader had died by then (周恩来总理). A listed slip in the
 * title right before a name (最后领导人习近平), or a title of a post the leader held with a
 * character dropped (家主席江泽民), is an error.
 *
 * A shared title (主席, 副主席) is the chair of many bodies. Right after an organisation's
 * name (全国总工会主席, 大会主席团常务主席, 执行主席, 省政协主席, 学会主席) it is the post of
 * a body the data does not list: not judged. Standing alone (郑建邦主席) it may be such a
 * post too, so one never held is only a warning. The chairs the data lists by their
 * organisation (民革中央主席, 全国工商联主席) are checked titles.
 *
 * A document with no date of its own (neither `documentDate` nor a 成文日期) was written
 * on or after the latest year its text names and no later than today: a title held at any
 * time in that span is not reported (中央军委副主席张又侠 in a text about 2024).
 */
export function createLeaderTitleRule(index: LeaderIndex): Rule {
  const { data } = index;
  const checked = new Set(data.checkedTitles);
  const shared = new Set(data.sharedTitles);
  const other = new Set(data.otherTitles);
  const postTitles = Object.values(data.posts).flatMap((p) => p.titles);
  const titles = [...new Set([...checked, ...shared, ...data.otherTitles, ...postTitles])].sort((a, b) => b.length - a.length);
  const sharedByLength = [...shared].sort((a, b) => b.length - a.length);
  // What each title is judged against, worked out once: the posts, whether one never held is
  // sure, and whether a two-character name is judged with it (only by a checked title).
  const judgements = new Map<string, { posts: string[]; sure: boolean; anyName: boolean }>();
  for (const title of titles) {
    if (other.has(title)) continue;
    if (checked.has(title)) {
      judgements.set(title, { posts: index.postsOfTitle.get(title) ?? [], sure: true, anyName: true });
      continue;
    }
    // 主席, 副主席, or a longer post title ending in one (中央军委副主席): judged as the shared title, as before.
    const tail = sharedByLength.find((t) => title.endsWith(t));
    if (tail === undefined) continue;
    const posts = [...new Set([...(index.postsOfTitle.get(title) ?? []), ...(index.postsOfTitle.get(tail) ?? [])])];
    judgements.set(title, { posts, sure: title !== tail, anyName: false });
  }
  /** The posts a title next to `name` is judged against, and whether one never held is sure; undefined: not judged. */
  const judged = (title: string, name: string): { posts: string[]; sure: boolean } | undefined => {
    const judgement = judgements.get(title);
    return judgement && (judgement.anyName || name.length >= 3) ? judgement : undefined;
  };
  const wrongTitles = Object.keys(data.wrongTitles);
  // A title with one character dropped, per leader who held its post; a fragment that is itself a
  // title (军委主席, 书记) is no slip. Before the name from four characters (家主席 for 国家主席), after
  // it from three (习近平总书 for 总书记), where a fragment that is a word of its own (委员) is tested in the text.
  const known = new Set(index.titles);
  // Worked out per leader when a text first names them: a text names a few of the leaders, and all of them took ~2–5 ms of every start.
  const truncated = droppedCharacterTitles(data, known, 4);
  const truncatedAfter = droppedCharacterTitles(data, known, 3);

  return {
    id: 'political/leader-title',
    category: 'political',
    severity: 'error',
    description: '国家领导人姓名与职务不符，职务与文档日期不符，或姓名前称谓笔误',
    messages: MESSAGES,
    check(doc, report) {
      const text = doc.text;
      for (const m of index.names.find(doc)) {
        const name = text.slice(m.start, m.end);
        const leader = index.byName.get(name)!;
        // startsWith clamps a negative position to 0: compare only what fits before the name.
        const endsBefore = (s: string) => m.start >= s.length && text.startsWith(s, m.start - s.length);
        const cut = truncated(name).find((f) => endsBefore(f.written) && !endsBefore(f.title));
        if (cut !== undefined && doc.isWordBoundary(m.start - cut.written.length)) {
          report({
            start: m.start - cut.written.length,
            end: m.start,
            messageId: 'truncatedTitle', data: { written: cut.written, title: cut.title, name, tense: leader.tenures.some((t) => t.post === cut.post && t.to === undefined) ? '现任' : '曾任', post: data.posts[cut.post]!.name, source: data.sources.posts ?? '新华社公开报道' },
            suggestions: [cut.title],
          });
        }
        // Not a title with a character doubled (总书书记): a character written twice, not one dropped (repetition/doubled-in-word).
        const cutAfter = truncatedAfter(name).find((f) => text.startsWith(f.written, m.end) && !text.startsWith(f.title, m.end) && !startsDoubled(text, m.end, f.title));
        if (cutAfter !== undefined && standsAsFragment(doc, m.end, m.end + cutAfter.written.length)) {
          report({
            start: m.end,
            end: m.end + cutAfter.written.length,
            messageId: 'truncatedTitle', data: { written: cutAfter.written, title: cutAfter.title, name, tense: leader.tenures.some((t) => t.post === cutAfter.post && t.to === undefined) ? '现任' : '曾任', post: data.posts[cutAfter.post]!.name, source: data.sources.posts ?? '新华社公开报道' },
            suggestions: [cutAfter.title],
          });
        }
        // The name's last character written again before a title of a post held (李强强总理).
        const again = text[m.end] === name[name.length - 1] ? titleAfter(text, m.end + 1, titles) : undefined;
        const againPosts = again === undefined ? [] : (judged(again, name)?.posts ?? []);
        const againHeld = leader.tenures.filter((t) => againPosts.includes(t.post));
        if (again !== undefined && againHeld.length > 0 && !index.byName.has(name + text[m.end])) {
          report({
            start: m.start,
            end: m.end + 1,
            messageId: 'doubledName', data: { written: text.slice(m.start, m.end + 1), name, title: again, tense: againHeld.some((t) => t.to === undefined) ? '现任' : '曾任', source: data.sources.posts ?? '新华社公开报道' },
            suggestions: [name],
          });
        }
        const slip = wrongTitles.find(endsBefore);
        if (slip !== undefined) {
          report({
            start: m.start - slip.length,
            end: m.start,
            messageId: 'wrongTitle', data: { wrong: slip, right: data.wrongTitles[slip]!, name, source: data.sources.posts ?? '新华社公开报道' },
            suggestions: [data.wrongTitles[slip]!],
          });
        }
        const found: { title: string; start: number; end: number; past?: boolean }[] = [];
        const after = titleAfter(text, m.end, titles);
        if (after) found.push({ title: after, start: m.end, end: m.end + after.length });
        // Cheap test first: the word-boundary check segments the line.
        if (titleBefore(text, m.start, titles) !== undefined && doc.isWordBoundary(m.end)) {
          const chain: { title: string; start: number; end: number; past?: boolean }[] = [];
          let p = m.start;
          for (let k = 0; k < MAX_CHAIN; k++) {
            const before = titleBefore(text, p, titles);
            if (!before) break;
            // 主席 right after an organisation's name (工商联主席, 常务主席, 执行主席): a body not listed.
            if (shared.has(before) && p - before.length > 0 && isWordChar(text[p - before.length - 1]!)) break;
            chain.push({ title: before, start: p - before.length, end: p });
            p -= before.length;
            if (text[p - 1] !== '、') break;
            p--;
          }
          // 原国务委员、… 宋平: the whole chain names past posts.
          const first = chain.length > 0 ? chain[chain.length - 1]!.start : 0;
          const past = chain.length > 0 && (PAST_PREFIXES.includes(text[first - 1] ?? '') || TERM_BEFORE.test(text.slice(Math.max(0, first - 6), first)));
          for (const f of chain) found.push({ ...f, past });
        }
        for (const f of found) {
          const judge = judged(f.title, name);
          if (judge === undefined) continue;
          const { posts } = judge;
          const held = leader.tenures.filter((t) => posts.includes(t.post));
          const start = Math.min(m.start, f.start);
          const end = Math.max(m.end, f.end);
          if (held.length === 0) {
            report({
              start,
              end,
              messageId: 'titleNeverHeld', data: { name, title: f.title, tenures: describeTenures(leader, index), source: data.sources.posts ?? '新华社公开报道' },
              suggestions: [],
              ...(judge.sure ? {} : { severity: 'warning' as const }),
            });
            continue;
          }
          if (f.past) continue;
          const date = referenceDateOf(doc); // memoised; finding the document's dates costs a pass
          if (heldOn(leader, posts, date.iso)) continue;
          // After the leader's death a title can only mean the post held in life (周恩来总理).
          if (leader.died !== undefined && leader.died <= date.iso) continue;
          // Undated text: written between the latest year it names and today.
          if (date.label === '当前日期') {
            const since = latestYearNamed(doc, date.iso);
            if (since !== undefined && heldDuring(leader, posts, `${since}-01-01`, date.iso)) continue;
          }
          const clause = clauseAround(text, start, end);
          const clauseText = text.slice(clause.start, clause.end);
          if (data.historicalMarkers.some((w) => clauseText.includes(w))) continue;
          const spans = held.map((t) => `${chineseDate(t.from)}至${t.to ? chineseDate(t.to) : '今'}`).join('、');
          // A year the clause names marks the post as the one held then (2020年，全国政协主席汪洋…), when the leader held it
          // in that year; a year outside every tenure of the post, while the leader lived, is the title wrongly dated.
          const years = yearsReached(clauseText);
          if (years === undefined || years.some((y) => heldDuring(leader, posts, `${y}-01-01`, `${y}-12-31`) || (leader.died !== undefined && leader.died <= `${y}-12-31`))) continue;
          if (years.length > 0) {
            report({
              start,
              end,
              messageId: 'titleNotHeldInYear', data: { name, post: data.posts[held[0]!.post]!.name, spans, year: `${years[0]}年`, source: data.sources.posts ?? '新华社公开报道' },
              suggestions: [],
              severity: 'warning',
            });
            continue;
          }
          report({
            start,
            end,
            messageId: 'titleNotHeldThen', data: { name, post: data.posts[held[0]!.post]!.name, spans, label: date.label, date: chineseDate(date.iso), source: data.sources.posts ?? '新华社公开报道' },
            suggestions: [],
            severity: 'warning',
          });
        }
      }
    },
  };
}

/**
 * For the leader of a name (the last one listed, should two share it), the titles of the posts held, of `minLength`
 * characters or more, each with one character dropped (not a known title): worked out on the first question about the name.
 */
function droppedCharacterTitles(data: LeaderIndex['data'], known: ReadonlySet<string>, minLength: number): (name: string) => { written: string; title: string; post: string }[] {
  let leaderNamed: Map<string, LeaderIndex['data']['leaders'][number]> | undefined;
  const byName = new Map<string, { written: string; title: string; post: string }[]>();
  return (name) => {
    const done = byName.get(name);
    if (done) return done;
    leaderNamed ??= new Map(data.leaders.map((l) => [l.name, l]));
    const leader = leaderNamed.get(name)!;
    const forms: { written: string; title: string; post: string }[] = [];
    for (const t of leader.tenures) {
      for (const title of data.posts[t.post]!.titles) {
        if (title.length < minLength) continue;
        for (let i = 0; i < title.length; i++) {
          const written = title.slice(0, i) + title.slice(i + 1);
          if (!known.has(written) && !forms.some((f) => f.written === written)) forms.push({ written, title, post: t.post });
        }
      }
    }
    byName.set(name, forms);
    return forms;
  };
}

/** `text` at `at` holds `title` with one of its characters written twice (总书书记). */
function startsDoubled(text: string, at: number, title: string): boolean {
  for (let i = 0; i < title.length; i++) if (text.startsWith(title.slice(0, i + 1) + title.slice(i), at)) return true;
  return false;
}

/** `text[start, end)` ends on a word boundary and is not one word of its own (总书 is a fragment; 委员, 副总 are words). */
function standsAsFragment(doc: Document, start: number, end: number): boolean {
  return doc.isWordBoundary(end) && !doc.isOneWord(start, end);
}

/** True when a tenure of `leader` in one of `posts` overlaps the days from `from` to `to` (YYYY-MM-DD). */
/** The years a clause names as times reached (2020年, 二〇二〇年); undefined when it names a goal or deadline year too (到2035年), which says nothing of when the post was held. */
function yearsReached(clause: string): number[] | undefined {
  const years = namedYears(clause);
  return years.some((y) => y.goal) ? undefined : years.map((y) => y.year);
}

function heldDuring(leader: Leader, posts: string[], from: string, to: string): boolean {
  return leader.tenures.some((t) => posts.includes(t.post) && t.from <= to && (t.to === undefined || from < t.to));
}

function describeTenures(leader: Leader, index: LeaderIndex): string {
  const parts = leader.tenures.map((t) => `${chineseDate(t.from)}起任${index.data.posts[t.post]!.name}${t.to ? `（至${chineseDate(t.to)}）` : ''}`);
  return parts.length ? `${leader.name}：${parts.join('；')}。` : '';
}
