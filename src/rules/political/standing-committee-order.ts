import { readWordList } from '../../dictionaries.js';
import type { Rule } from '../rule.js';
import { referenceDateOf } from '../../document/reference-date.js';
import type { Committee } from './data.js';
import type { LeaderIndex } from './leader-index.js';

/** Separators between names in a list of leaders. */
const SEPARATORS = ['、', '，', ','];

const MESSAGES = {
  orderWrong: `{{name}}成员的排序有误，应为：{{order}}（依据：{{source}}）。`,
};

/**
 * The members of a Politburo Standing Committee listed out of their official order. Only
 * lists of at least three members of one committee, and nobody else but a name the
 * committee does not hold (韩正, whose place varies between Xinhua copies), are checked.
 */
export function createStandingCommitteeOrderRule(index: LeaderIndex): Rule {
  const committees = index.data.committees;
  /** Words allowed after a name inside the list (习近平同志、李强同志). */
  const afterName = readWordList('political/after-name-words.txt');
  return {
    id: 'political/standing-committee-order',
    category: 'political',
    severity: 'error',
    description: '中央政治局常委排序错误',
    messages: MESSAGES,
    check(doc, report) {
      const text = doc.text;
      const hits = index.names.find(doc).sort((a, b) => a.start - b.start);
      let run: { start: number; end: number; name: string }[] = [];
      const flush = () => {
        if (run.length >= 3) checkList(run);
        run = [];
      };
      const checkList = (list: { start: number; end: number; name: string }[]) => {
        const names = list.map((x) => x.name);
        const date = referenceDateOf(doc).iso;
        // Committees holding at least three of the names and every name but the ignorable ones.
        const fitting = committees.filter((c) => {
          const members = names.filter((n) => c.order.includes(n));
          const others = names.filter((n) => !c.order.includes(n));
          return members.length >= 3 && others.every((n) => index.data.ignoredInOrder.includes(n));
        });
        if (fitting.length === 0) return;
        const inOrder = (c: Committee) => {
          const idx = names.filter((n) => c.order.includes(n)).map((n) => c.order.indexOf(n));
          return idx.every((v, i) => i === 0 || v > idx[i - 1]!);
        };
        if (fitting.some(inOrder)) return;
        // The committee of the document's date, else the latest that fits (committees are listed newest first).
        const current = fitting.find((c) => c.from <= date && (c.to === undefined || date < c.to)) ?? fitting[0]!;
        const expected = current.order.filter((n) => names.includes(n));
        report({
          start: list[0]!.start,
          end: list[list.length - 1]!.end,
          messageId: 'orderWrong', data: { name: current.name, order: expected.join('、'), source: current.source },
          suggestions: [],
        });
      };
      let lastEnd = -1;
      for (const h of hits) {
        if (h.start < lastEnd) continue;
        const name = text.slice(h.start, h.end);
        if (run.length > 0) {
          let p = run[run.length - 1]!.end;
          const ctx = afterName.find((w) => text.startsWith(w, p));
          if (ctx) p += ctx.length;
          if (!(SEPARATORS.includes(text[p] ?? '') && p + 1 === h.start)) flush();
        }
        run.push({ start: h.start, end: h.end, name });
        lastEnd = h.end;
      }
      flush();
    },
  };
}
