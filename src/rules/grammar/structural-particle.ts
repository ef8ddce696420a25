import type { Document } from '../../document/document.js';
import type { Rule } from '../rule.js';
import { isHan } from '../../text/unicode.js';
import { insideOpenPair } from '../../text/quotes.js';
import type { GrammarLexicon } from './lexicon.js';

const NORM = '《现代汉语词典》第7版“地”“得”条；吕叔湘、朱德熙《语法修辞讲话》主张“的、地、得”分工';

const MESSAGES = {
  diAfterAdverbial: `“{{written}}{{verb}}”中“{{adverbial}}”修饰动词“{{verb}}”，是状语，结构助词应写作“地”：“{{fix}}{{verb}}”（状语后用“地”，定语后用“的”；${NORM}）。`,
  deBeforeComplement: `“{{written}}{{complement}}”中“{{complement}}”补充说明动词“{{verb}}”的程度，是补语，结构助词应写作“得”：“{{fix}}{{complement}}”（补语前用“得”；${NORM}）。`,
};

/** Longest word length looked up in the lists. */
const MAX_WORD = 4;

/**
 * 的 written for 地 or 得, where closed lists decide (a warning: grammar is never sure).
 *
 * - 地: an adverbial adjective (认真, 积极 …), 的, then a verb taking an object (学习文件,
 *   推进工作), the adjective right after a modal, an adverb or a subject (要, 必须, 我们):
 *   要认真的学习文件精神 → 认真地. After a light verb or a preposition the verb is a noun and
 *   的 is right (进行认真的学习, 通过认真的学习), and so is it before a head noun
 *   (认真的学习态度).
 * - 得: a verb (做, 说, 落实 …), 的, a degree adverb (很, 非常 …) and an adjective ending the
 *   clause: 工作做的很好。→ 做得. Silent when 所 or a modal makes “V的” a noun phrase
 *   (所做的很重要, 要做的很多), before a quantity (做的很多工作), and when the verb is the
 *   tail of a noun (小说的).
 *
 * Quotations and titles (“…”, 《…》) are left as written. The scan is an indexOf loop on 的
 * with set look-ups; the segmenter is asked only about a one-character verb's left neighbour.
 */
export function createStructuralParticleRule(lexicon: GrammarLexicon): Rule {
  return {
    id: 'grammar/structural-particle',
    category: 'grammar',
    severity: 'warning',
    description: '结构助词“的/地/得”误用（认真的学习文件→认真地，做的很好→做得）',
    messages: MESSAGES,
    check(doc, report) {
      const text = doc.text;
      for (let at = text.indexOf('的'); at !== -1; at = text.indexOf('的', at + 1)) {
        const di = adverbialBefore(doc, text, at, lexicon);
        if (di && !quotedOrTitle(text, at)) {
          const { start, adverbial, verb } = di;
          report({
            start,
            end: at + 1,
            messageId: 'diAfterAdverbial',
            data: { written: text.slice(start, at + 1), adverbial, verb, fix: `${adverbial}地` },
            suggestions: [`${adverbial}地`],
          });
          continue;
        }
        const de = complementAfter(doc, text, at, lexicon);
        if (de && !quotedOrTitle(text, at)) {
          const { start, verb, complement } = de;
          report({
            start,
            end: at + 1,
            messageId: 'deBeforeComplement',
            data: { written: text.slice(start, at + 1), verb, complement, fix: `${verb}得` },
            suggestions: [`${verb}得`],
          });
        }
      }
    },
  };
}

/** The word of `set` that ends at `end`, longest first. */
function wordEndingAt(text: string, end: number, set: ReadonlySet<string>): string | undefined {
  for (let n = Math.min(MAX_WORD, end); n >= 1; n--) {
    const w = text.slice(end - n, end);
    if (set.has(w)) return w;
  }
  return undefined;
}

/** The word of `set` that starts at `start`, longest first. */
function wordStartingAt(text: string, start: number, set: ReadonlySet<string>): string | undefined {
  for (let n = MAX_WORD; n >= 1; n--) {
    if (start + n > text.length) continue;
    const w = text.slice(start, start + n);
    if (set.has(w)) return w;
  }
  return undefined;
}

function adverbialBefore(doc: Document, text: string, at: number, lexicon: GrammarLexicon): { start: number; adverbial: string; verb: string } | undefined {
  const adverbial = wordEndingAt(text, at, lexicon.adverbialAdjectives);
  if (!adverbial) return undefined;
  const start = at - adverbial.length;
  if (!wordEndingAt(text, start, lexicon.diBefore) && !wordEndingAt(text, start, lexicon.diDegree)) return undefined;
  const verb = wordStartingAt(text, at + 1, lexicon.diVerbs);
  if (!verb) return undefined;
  const after = at + 1 + verb.length;
  // The verb takes an object here (学习文件精神), not a head noun (学习态度) nor a mark.
  const next = text.charCodeAt(after);
  if (!isHan(next) || lexicon.diNotObject.has(text[after]!)) return undefined;
  if (wordStartingAt(text, after, lexicon.diNounHeads)) return undefined;
  // The words before 的 are a modal, adverb or subject and the adjective, not the tail of a
  // longer word (社会科学的研究: 会 of 社会, 科学 of 社会科学).
  const words = doc.segmenter.cut(text.slice(Math.max(0, start - 8), at));
  if (words.length < 2 || words[words.length - 1] !== adverbial) return undefined;
  const before = words[words.length - 2]!;
  if (lexicon.diBefore.has(before)) return { start, adverbial, verb };
  if (!lexicon.diDegree.has(before)) return undefined;
  // 更加 at the start of a clause or after a modal (，更加自觉的维护; 要更加努力的做好), not
  // after a light verb (实施更加严格的保护).
  const degreeAt = start - before.length;
  if (degreeAt === 0 || !isHan(text.charCodeAt(degreeAt - 1))) return { start, adverbial, verb };
  return words.length >= 3 && lexicon.diBefore.has(words[words.length - 3]!) ? { start, adverbial, verb } : undefined;
}

function complementAfter(doc: Document, text: string, at: number, lexicon: GrammarLexicon): { start: number; verb: string; complement: string } | undefined {
  const verb = wordEndingAt(text, at, lexicon.deVerbs);
  if (!verb) return undefined;
  const start = at - verb.length;
  if (wordEndingAt(text, start, lexicon.deNominalBefore)) return undefined;
  const adverb = wordStartingAt(text, at + 1, lexicon.degreeAdverbs);
  if (!adverb) return undefined;
  const head = at + 1 + adverb.length;
  // One or two characters of an adjective, then the clause ends (a mark, 了, the text's end).
  let end = head;
  while (end < text.length && end - head < 2 && isHan(text.charCodeAt(end)) && text[end] !== '了' && text[end] !== '的') end++;
  if (end === head || (end < text.length && isHan(text.charCodeAt(end)) && text[end] !== '了')) return undefined;
  if (lexicon.deNotAdjectives.has(text[head]!)) return undefined;
  // The complement is an adjective (好, 清楚) or a listed word, not a noun or verb after an
  // attribute (特别规定, 比较优势, 格外重视).
  const complement = text.slice(head, end);
  if (!lexicon.degreeComplements.has(complement)) {
    const tagged = doc.segmenter.tag(complement);
    if (tagged.length !== 1 || !tagged[0]!.tag.startsWith('a')) return undefined;
  }
  // A one-character verb may be the tail of a noun (小说, 目的): ask the segmenter.
  if (verb.length === 1 && start > 0 && isHan(text.charCodeAt(start - 1))) {
    const words = doc.segmenter.tag(text.slice(start - 1, at));
    if (words.length === 1 && !words[0]!.tag.startsWith('v')) return undefined;
  }
  return { start, verb, complement: text.slice(at + 1, end) };
}

/** Inside a quotation or a title opened earlier on the same line: “认真的学习”, 《说的很对》. */
function quotedOrTitle(text: string, at: number): boolean {
  return insideOpenPair(text, at, '“《「', '”》」');
}
