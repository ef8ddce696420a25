import type { Rule } from '../rule.js';
import { HAN_ONE_TO_NINE, HAN_ZEROS } from '../../text/numerals.js';
import { clauseAround } from '../../text/sentences.js';
import { referenceDateOf } from '../../document/reference-date.js';
import { chineseDate } from './context.js';
import type { Leader } from './data.js';
import { heldOn, titleAfter, titleBefore, type LeaderIndex } from './leader-index.js';

/** Titles chained before a name (中共中央总书记、国家主席、中央军委主席习近平): at most this many. */
const MAX_CHAIN = 4;
const YEAR = new RegExp(`(?:19|20)\\d{2}年|[一二][${HAN_ZEROS}九][${HAN_ZEROS}${HAN_ONE_TO_NINE}]{2}年`);

const MESSAGES = {
  titleNeverHeld: `“{{name}}”从未担任“{{title}}”，职务与姓名不符。{{tenures}}（依据：{{source}}）`,
  titleNotHeldThen: `{{name}}任“{{post}}”的时间为{{spans}}，与{{label}}{{date}}不符；如指当时职务，宜写“时任”。请核对（依据：{{source}}；职务数据可能未及时更新）。`,
};

/**
 * A national leader's name next to a title: a title the person never held (李强总书记) is
 * an error; a title held, but not on the document's date (its 成文日期, the caller's
 * `documentDate`, else today), is a warning, unless the clause marks it as past
 * (时任, 原, 曾, a year).
 */
export function createLeaderTitleRule(index: LeaderIndex): Rule {
  const { data } = index;
  const checked = new Set(data.checkedTitles);
  const shared = new Set(data.sharedTitles);
  const titles = [...new Set([...checked, ...shared, ...data.otherTitles])].sort((a, b) => b.length - a.length);

  return {
    id: 'political/leader-title',
    category: 'political',
    severity: 'error',
    description: '国家领导人姓名与职务不符，或职务与文档日期不符',
    messages: MESSAGES,
    check(doc, report) {
      const text = doc.text;
      for (const m of index.names.find(doc)) {
        const name = text.slice(m.start, m.end);
        const leader = index.byName.get(name)!;
        const found: { title: string; start: number; end: number }[] = [];
        const after = titleAfter(text, m.end, titles);
        if (after) found.push({ title: after, start: m.end, end: m.end + after.length });
        // Cheap test first: the word-boundary check segments the line.
        if (titleBefore(text, m.start, titles) !== undefined && doc.isWordBoundary(m.end)) {
          let p = m.start;
          for (let k = 0; k < MAX_CHAIN; k++) {
            const before = titleBefore(text, p, titles);
            if (!before) break;
            found.push({ title: before, start: p - before.length, end: p });
            p -= before.length;
            if (text[p - 1] !== '、') break;
            p--;
          }
        }
        for (const f of found) {
          if (!checked.has(f.title) && !(shared.has(f.title) && name.length >= 3)) continue;
          const posts = index.postsOfTitle.get(f.title) ?? [];
          const held = leader.tenures.filter((t) => posts.includes(t.post));
          const start = Math.min(m.start, f.start);
          const end = Math.max(m.end, f.end);
          if (held.length === 0) {
            report({
              start,
              end,
              messageId: 'titleNeverHeld', data: { name, title: f.title, tenures: describeTenures(leader, index), source: data.sources.posts ?? '新华社公开报道' },
              suggestions: [],
            });
            continue;
          }
          const date = referenceDateOf(doc); // memoised; finding the document's dates costs a pass
          if (heldOn(leader, posts, date.iso)) continue;
          const clause = clauseAround(text, start, end);
          const clauseText = text.slice(clause.start, clause.end);
          if (data.historicalMarkers.some((w) => clauseText.includes(w)) || YEAR.test(clauseText)) continue;
          const spans = held.map((t) => `${chineseDate(t.from)}至${t.to ? chineseDate(t.to) : '今'}`).join('、');
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

function describeTenures(leader: Leader, index: LeaderIndex): string {
  const parts = leader.tenures.map((t) => `${chineseDate(t.from)}起任${index.data.posts[t.post]!.name}${t.to ? `（至${chineseDate(t.to)}）` : ''}`);
  return parts.length ? `${leader.name}：${parts.join('；')}。` : '';
}
