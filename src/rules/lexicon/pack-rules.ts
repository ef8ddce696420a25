import { PackError } from '../../packs/pack-error.js';
import type { PackInfo } from '../../packs/types.js';
import type { Document } from '../../document/document.js';
import { renderMessage, type MessageData } from '../messages.js';
import type { Rule } from '../rule.js';
import type { PackMatcher, PackMatch } from '../../packs/pack-matcher.js';
import { SENTENCE_END_MARKS } from '../../text/sentences.js';
import { isShortPlaceName } from './fixed-expressions.js';

const SENTENCE_END = new RegExp(`[${SENTENCE_END_MARKS}.]$`);

/**
 * One rule per ruleId that the loaded packs report under (lexicon/misused-word,
 * lexicon/variant-word, …). They share a single matcher pass per document.
 */
export function createPackRules(matcher: PackMatcher): Rule[] {
  const byRule = new Map<string, PackInfo[]>();
  for (const pack of matcher.packs) {
    const group = byRule.get(pack.rule) ?? [];
    const first = group[0];
    if (first && first.category !== pack.category) {
      throw new PackError([{ source: pack.source, reason: `与 ${first.source} 同属规则 ${pack.rule}，类别却不同（${pack.category} / ${first.category}）` }]);
    }
    byRule.set(pack.rule, [...group, pack]);
  }
  // The matches of one document split by ruleId once, so each rule reads only its own.
  const matchesByRule = (doc: Document) =>
    doc.memo(byRule, () => {
      const split = new Map<string, PackMatch[]>();
      for (const m of matcher.find(doc)) {
        const list = split.get(m.pack.rule);
        if (list) list.push(m);
        else split.set(m.pack.rule, [m]);
      }
      return split;
    });
  return [...byRule.values()].map((packs) => ({
    id: packs[0]!.rule,
    category: packs[0]!.category,
    severity: packs[0]!.severity,
    description: packs.map((p) => p.name).join('、'),
    // One message per pack, by pack id: its template, then a full stop if it lacks one, then the note unless the template places it.
    messages: Object.fromEntries(packs.map((p) => [p.id, `${templateOf(p.message)}{{end}}{{noteSentence}}`])),
    check(doc, report) {
      for (const m of matchesByRule(doc).get(packs[0]!.rule) ?? []) {
        // A slip of the pen (typo packs) read across a seam is two right words; a style or variant entry judges a word that exists.
        if (m.pack.category === 'typo' && isSeam(doc, m.start, m.end)) continue;
        report({ start: m.start, end: m.end, messageId: m.pack.id, data: dataFor(m), suggestions: m.entry.right, severity: m.entry.severity });
      }
    },
  }));
}

/** A pack's message (`{wrong}`, `{right}`, `{note}`) as a rule's message template. */
function templateOf(packMessage: string): string {
  return packMessage.replace(/\{(wrong|right|note)\}/g, '{{$1}}');
}

function dataFor(m: PackMatch): MessageData {
  const data = { wrong: m.wrong, right: m.entry.right.join('”或“'), note: m.entry.note ?? '' };
  const base = renderMessage(templateOf(m.pack.message), data);
  const noteSentence = m.entry.note && !m.pack.message.includes('{note}') ? endSentence(m.entry.note) : '';
  return { ...data, end: SENTENCE_END.test(base) ? '' : '。', noteSentence };
}

function endSentence(s: string): string {
  return SENTENCE_END.test(s) ? s : `${s}。`;
}

/** Characters that stand as words of their own next to almost anything (做 in 多做为民造福, 已 in 来自已隔离). */
const FREE_CHARS = new Set('在是不没也都就还又才更最很太已曾将要会能可应该被把对为与和及或并而但则即因所之其此各每本有无去来到给让使向从自于由按经多少只想说看做着了过等');
/** Longest word looked for across a match's edge. */
const MAX_SEAM_WORD = 4;

/**
 * The match is the seam of two words of the text: a word of the dictionary begins inside it
 * and runs on past its end, and what precedes that word in the match is a word too (国家|极限
 * for 国家极, 公共服务|智能化 for 公共服务智能, 做|为民 for 做为); or, mirrored, a word ends
 * inside it that began before it, and the rest of the match is a word (减负|作用 for 负作用,
 * 来自|已 for 自已; a place name and one character: 泗阳|段 for 阳段). A wrong form read across such a seam is two correct words, not a slip;
 * the segmenter, which is given the packs' wrong forms as words, cannot see it. A one-character
 * side counts only when it stands alone as a word everywhere (做, 已): in 颠复活动 the match
 * 颠复 stays a slip although 复活 is a word.
 */
function isSeam(doc: Document, start: number, end: number): boolean {
  const text = doc.text;
  const tagOf = (from: number, to: number) => {
    const s = text.slice(from, to);
    const tags = doc.segmenter.tag(s);
    return tags.length === 1 && tags[0]!.word === s ? tags[0]!.tag : '';
  };
  const isWord = (from: number, to: number) => (to - from === 1 ? FREE_CHARS.has(text[from]!) : !UNKNOWN_TAGS.has(tagOf(from, to)));
  // The word across the edge: not a demonstrative or numeral with its measure word (这位, 一名, 每个),
  // whose measure word is what an entry like 位罪犯 (for 名罪犯) judges.
  const isCrossingWord = (from: number, to: number) => {
    const tag = tagOf(from, to);
    return !UNKNOWN_TAGS.has(tag) && !/^[rq]/.test(tag);
  };
  for (let p = start + 1; p < end; p++) {
    for (let length = 2; length <= MAX_SEAM_WORD; length++) {
      if (p + length > end && p + length <= text.length && isWord(start, p) && isCrossingWord(p, p + length)) return true;
      if (p - length < start && p - length >= 0 && isWord(p, end) && isCrossingWord(p - length, p)) return true;
      // A place name ending inside the match, and one character after it (京杭大运河泗阳|段, 沈阳|段 of a road, for 阳段 → 阶段):
      // the place and the noun it modifies. The segmenter's list lacks most place names.
      if (end - p === 1 && p - length < start && p - length >= 0 && isShortPlaceName(text.slice(p - length, p))) return true;
    }
  }
  return false;
}

/** Tags of a string that is no dictionary word: unknown, a number, Latin letters, or a pack's wrong form added without a tag. */
const UNKNOWN_TAGS = new Set(['', 'x', 'm', 'eng']);
