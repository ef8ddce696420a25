import type { Rule } from '../rule.js';
import { CLOSE_MARK, OPEN_MARK, scanPairs, type PairKind } from './pair-scan.js';

/** The clause of GB/T 15834-2011 for each kind of paired mark. */
const CLAUSE: Record<PairKind, string> = {
  paren: '4.9',
  square: '4.9',
  tortoise: '4.9',
  dquote: '4.8',
  squote: '4.8',
  book: '4.15',
  angle: '4.15',
  lt: '4.15',
};
const NAME: Record<PairKind, string> = {
  paren: '括号',
  square: '方头括号',
  tortoise: '六角括号',
  dquote: '引号',
  squote: '单引号',
  book: '书名号',
  angle: '单书名号',
  lt: '书名号',
};
const pair = (k: PairKind) => `“${OPEN_MARK[k]}${CLOSE_MARK[k]}”`;

const MESSAGES = {
  unclosed: `{{name}}“{{open}}”在本段内没有对应的“{{close}}”，成对的标号应配齐（GB/T 15834-2011 {{clause}}）。`,
  unopened: `“{{close}}”前面没有对应的“{{open}}”，成对的标号应配齐（GB/T 15834-2011 {{clause}}）。`,
  crossed: `{{name}}{{pair}}与{{otherName}}{{otherPair}}交叉：成对的标号应完整嵌套或并列，不能交叉（GB/T 15834-2011 {{clause}}）。`,
};

/**
 * Paired marks that do not pair within their paragraph: an opening mark never closed
 * (reported on the opening mark), a closing mark with no opener, and pairs that cross
 * (《…“…》…”). Multi-paragraph quotations and paragraphs cut by a stray line break are
 * allowed (see pair-scan.ts).
 */
export function createUnbalancedPairRule(): Rule {
  return {
    id: 'punctuation/unbalanced-pair',
    category: 'punctuation',
    severity: 'error',
    description: '成对标号不配对或交叉（（）“”‘’《》〈〉【】〔〕）',
    messages: MESSAGES,
    check(doc, report) {
      const scan = scanPairs(doc);
      for (const m of scan.unclosed) {
        report({
          start: m.at,
          end: m.at + 1,
          messageId: 'unclosed', data: { name: NAME[m.kind], open: OPEN_MARK[m.kind], close: CLOSE_MARK[m.kind], clause: CLAUSE[m.kind] },
        });
      }
      for (const m of scan.unopened) {
        report({
          start: m.at,
          end: m.at + 1,
          messageId: 'unopened', data: { close: CLOSE_MARK[m.kind], open: OPEN_MARK[m.kind], clause: CLAUSE[m.kind] },
        });
      }
      for (const c of scan.crossings) {
        report({
          start: c.at,
          end: c.at + 1,
          messageId: 'crossed', data: { name: NAME[c.kind], pair: pair(c.kind), otherName: NAME[c.other], otherPair: pair(c.other), clause: CLAUSE[c.kind] },
        });
      }
    },
  };
}
