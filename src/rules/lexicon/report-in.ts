import { readWordList } from '../../dictionaries.js';
import { LINE_BREAKS, RUNNING_TEXT_MARKS } from '../../text/sentences.js';
import type { Rule } from '../rule.js';

const MESSAGES = {
  baodaoForBaodao: '“{{go}}{{place}}报道”应为“{{go}}{{place}}报到”。向组织报告自己已经来到用“报到”；“报道”指新闻媒体传播消息。',
};

/** Longest place between 到 and 报道: 广州中医药大学大学城校区. */
const MAX_PLACE = 20;
/** What ends the span between 到 and 报道: a mark, or a verb that makes 到 its complement (看到相关报道). */
const SPAN_BREAK = new RegExp(`[${RUNNING_TEXT_MARKS}${LINE_BREAKS}（）]`);
/** Before 到, these make it a verb's complement (看到, 注意到, 收到), not "go to". */
const COMPLEMENT_VERBS = new Set('看注听收得受读见提遇找想达');
/** Before 报道, these make it the noun of a news report (相关报道, 专题报道). */
const NOUN_HEADS = ['相关', '有关', '系列', '专题', '新闻', '连续', '深度', '跟踪'];

/**
 * 到某处报道 for 报到 (to report for duty or school) in a sentence that tells someone to go:
 * 请于9月1日前到单位报道, 新生须按时到校区报道. A notice that tells a person to come is
 * about 报到; a news report (报道) is not something one is told to go and do by a deadline. The
 * sentence must hold a word of dictionaries/usage/report-in-markers.txt (请, 须, 按时 …) and none
 * of report-in-media.txt (记者, 媒体, 采访 …), and 到 must begin the place (看到相关报道 is left alone).
 */
export function createReportInRule(): Rule {
  const markers = readWordList('usage/report-in-markers.txt');
  const media = readWordList('usage/report-in-media.txt');
  return {
    id: 'lexicon/report-in',
    category: 'typo',
    severity: 'error',
    description: '通知某人“到某处报道”，应为“报到”',
    messages: MESSAGES,
    check(doc, report) {
      const text = doc.text;
      for (const sentence of doc.sentences) {
        const s = text.slice(sentence.start, sentence.end);
        if (!s.includes('报道') || !markers.some((w) => hasMarker(s, w)) || media.some((w) => s.includes(w))) continue;
        for (let at = s.indexOf('报道'); at !== -1; at = s.indexOf('报道', at + 2)) {
          if (NOUN_HEADS.some((h) => s.endsWith(h, at))) continue;
          const dao = placeStart(s, at);
          if (dao === undefined) continue;
          const start = sentence.start + at;
          report({ start, end: start + 2, messageId: 'baodaoForBaodao', data: { go: s[dao] === '往' ? '前往' : s[dao]!, place: s.slice(dao + 1, at) }, suggestions: ['报到'] });
        }
      }
    },
  };
}

/** Characters before 请 that make it another word (申请, 邀请, 提请, 报请): not a request to the reader. */
const NOT_REQUEST_BEFORE = new Set('申邀提报聘吁呈延宴');

/** `word` occurs in `s` as a marker: 请 not inside 申请, 邀请 and the like. */
function hasMarker(s: string, word: string): boolean {
  for (let at = s.indexOf(word); at !== -1; at = s.indexOf(word, at + 1)) {
    if (word !== '请' || at === 0 || !NOT_REQUEST_BEFORE.has(s[at - 1]!)) return true;
  }
  return false;
}

/** The 到 (赴, 前往) that begins the place before `at` (到单位, 到广州中医药大学大学城校区), or undefined. */
function placeStart(s: string, at: number): number | undefined {
  for (let p = at - 2; p >= Math.max(0, at - 1 - MAX_PLACE); p--) {
    if (SPAN_BREAK.test(s[p]!)) return undefined;
    if (s[p] === '到') return p > 0 && COMPLEMENT_VERBS.has(s[p - 1]!) ? undefined : p;
    // 前往人事处报道, 赴任职单位报道: other verbs of going.
    if (s[p] === '赴' || (s[p] === '往' && s[p - 1] === '前')) return p;
  }
  return undefined;
}
