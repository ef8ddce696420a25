import { loadArtefact, type Artefact } from '../../compiled/artefact.js';
import type { Document } from '../../document/document.js';
import { AhoCorasick } from '../../match/aho-corasick.js';
import type { CharLikeness, Rule } from '../rule.js';
import { loadPoliticalData, type Formulation, type FormulationsData } from './data.js';
import { isHan } from '../../text/unicode.js';
import { FuzzyTermIndex, type Change, type NearMiss, type NearMissKind, type Postings } from './fuzzy-index.js';
import { FUNCTION_CHARS } from '../../text/function-chars.js';

const KIND: Record<NearMissKind, string> = {
  substitution: '字有误',
  insertion: '多字',
  deletion: '漏字',
  transposition: '字序颠倒',
  swap: '词序颠倒',
  mixed: '字有误',
};

/** The bigram index of the bundled formulations, built by the build. */
export const NEAR_MISS_INDEX: Artefact<FuzzyTermIndex, Postings> = {
  file: 'near-miss-index.bin',
  compute: () => nearMissIndexOf(loadPoliticalData().formulations),
  store: (index) => index.store(),
  restore: (stored) => nearMissIndexOf(loadPoliticalData().formulations, stored),
};

function nearMissIndexOf(data: FormulationsData, stored?: Postings): FuzzyTermIndex {
  return new FuzzyTermIndex(
    data.terms.map((t) => t.term),
    { ...data.paraphrase, whole: (t) => data.terms[t]!.whole === true },
    (t) => data.terms[t]!.fuzzy === true,
    stored,
  );
}

const MESSAGES = {
  nearMiss: `“{{found}}”疑为“{{term}}”之误（{{kind}}）。规范表述为“{{term}}”{{note}}（依据：{{source}}）。`,
};


/** From this length a term is long: a replaced character may make a word inside it, and a character dropped, added or moved may be a slip. */
const LONG_TERM = 6;
/** Adverbs of joint action that make a one-character verb after them (共铸, 同守, 齐抓). */
const CO_ADVERBS = '共同齐';
/** Marks between the items of a list. */
const LIST_MARKS = '、';

/**
 * Near-misses of canonical political terms and names of state organs (中华人民共合国,
 * 习近平新时代中国特色社会主意思想, 全面进一步深化改革): one or two characters
 * substituted, inserted, deleted or swapped. Suggests the canonical term. `index`: the
 * FuzzyTermIndex of data's terms (NEAR_MISS_INDEX for the bundled data).
 *
 * A false political error is the worst finding, so a window must carry evidence that it
 * is a slip and not another phrase (高质量开展 is not 高质量发展; 社会主义现代化国际大都市
 * holds no 社会主义现代化强国):
 * - it is not one word, and starts and ends on word boundaries;
 * - a replaced character is a sound- or shape-alike of the term's (a merely similar sound
 *   only in a long term), a pair of the data's `confusable` list (民/明, which the confusion
 *   sets lack), or in a long term a character of the term itself written early or again
 *   (中共人民共和国), or any character in a name marked `closed` (中华人民大和国); never a
 *   function character, and no function character dropped or added;
 * - an edited character makes no word with its neighbours, except a replaced character in
 *   a long term whose word lies inside the window (中华人民共合国, 社会主意思想);
 * - a character dropped or moved, or two blocks swapped, only in a long term, and never
 *   inside an exact term (推进乡村全面振兴 is a current formulation, listed as such); a
 *   character added only when it doubles its neighbour (委员员会); numerals never swap
 *   (党的十二届 is not 二十届).
 *
 * Severity: an error when every edit is a same-sound or look-alike replacement in a long
 * term (the confusion sets' same pinyin or similar shape); otherwise a warning (the editor
 * decides): a merely similar sound, a listed pair, a repeated character, or a character
 * dropped, added or moved.
 */
export function createNearMissRule(data: FormulationsData, index: FuzzyTermIndex, likeness: CharLikeness): Rule {
  const terms = index.terms;
  // Exact terms and legitimate look-alikes: a window inside one of them is correct text.
  // Built on the first candidate: most documents have none.
  let exact: AhoCorasick | undefined;
  const fuzzyOff = new Set(data.terms.filter((t) => t.fuzzy === false).map((t) => t.term));
  const listed = new Set(data.confusable.flatMap((pair) => [pair, [...pair].reverse().join('')]));
  const alike: Likeness = (right, wrong) => likeness(right, wrong) ?? (listed.has(right + wrong) ? 'listed' : undefined);

  return {
    id: 'political/near-miss',
    category: 'political',
    severity: 'error',
    description: '规范政治表述、国家机构名称中的错字、漏字、多字或字序颠倒',
    messages: MESSAGES,
    check(doc, report) {
      const text = doc.text;
      const candidates = index.find(text).filter((c) => !fuzzyOff.has(terms[c.term]!));
      if (candidates.length === 0) return;
      const spans = (exact ??= new AhoCorasick([...terms, ...data.legitimate])).findAll(text).sort((a, b) => a.start - b.start);
      const weighed = new Map<NearMiss, Evidence>();
      for (const c of candidates) {
        if (insideAny(spans, c.start, c.end)) continue;
        const evidence = evidenceOf(doc, c, data.terms[c.term]!, alike, data.paraphrase.ignorableExcept);
        if (evidence) weighed.set(c, evidence);
      }
      for (const c of pickBest([...weighed.keys()], terms)) {
        const f = data.terms[c.term]!;
        const found = text.slice(c.start, c.end);
        report({
          start: c.start,
          end: c.end,
          messageId: 'nearMiss', data: { found, term: f.term, kind: KIND[c.kind], note: f.note ? `，${f.note}` : '', source: f.source },
          suggestions: [f.term],
          severity: weighed.get(c) === 'strong' ? 'error' : 'warning',
        });
      }
    },
  };
}

/** True when [start, end) lies inside one of the exact spans (sorted by start). */
function insideAny(spans: { start: number; end: number }[], start: number, end: number): boolean {
  for (const s of spans) {
    if (s.start > start) break;
    if (s.end >= end) return true;
  }
  return false;
}

/** How sure the window is a slip: strong (an error), weak (a warning); undefined when it is likely another phrase. */
type Evidence = 'strong' | 'weak';

/** The confusion sets' likeness, or 'listed' for a pair of the data's `confusable` list. */
type Likeness = (right: string, wrong: string) => ReturnType<CharLikeness> | 'listed';

function evidenceOf(doc: Document, c: NearMiss, { term, closed, whole, items }: Formulation, likeness: Likeness, wordChars: readonly string[]): Evidence | undefined {
  const text = doc.text;
  const long = term.length >= LONG_TERM;
  // The character test first: it needs no segmenting, and most windows fail it.
  let strong = long;
  for (const change of c.changes) {
    if (change.op === 'substitution') {
      const wrong = text[c.start + change.at]!;
      if (FUNCTION_CHARS.has(wrong)) return undefined;
      const alike = likeness(change.right, wrong);
      // The term's last character replaced (人类命运共同休): only a homophone or look-alike that stands alone, making
      // no word with the character before it or after it (党的全面领到: 领到 is a word; 高质量开展 another phrase).
      if (change.at === term.length - 1 && c.end - c.start === term.length && !(alike === 'same-pinyin' || alike === 'similar-shape')) return undefined;
      if (change.at === term.length - 1 && c.end - c.start === term.length && !lastStandsAlone(doc, c.end - 1)) return undefined;
      if (alike === 'same-pinyin' || alike === 'similar-shape') continue;
      strong = false;
      if (alike === 'listed') continue;
      // A merely similar sound, or a character of the term written in the wrong place (中共人民共和国), only in a long term;
      // in a closed name (中华人民大和国) any character.
      if (!long || (alike === undefined && !term.includes(wrong) && !closed)) return undefined;
      continue;
    }
    if (!long) return undefined;
    if (change.op === 'insertion' && FUNCTION_CHARS.has(text[c.start + change.at]!)) return undefined;
    // A function character dropped is grammar, unless it belongs to a word of the term (共和 in 中华人民共和国,
    // 从严 in 全面从严治党, 属于 in 属于人民) or leaves half of the term's 以…为 frame (以习近平同志核心的党中央).
    if (change.op === 'deletion' && FUNCTION_CHARS.has(change.right) && !inTermWord(doc, term, change.right, wordChars) && !breaksFrame(doc, c, change, term)) return undefined;
    // An item of a run of one-character items left out (山水林田湖草|一体化: no 沙 where there is no desert) is the text's list, not a slip.
    if (change.op === 'deletion' && items?.includes(change.right) && [text[c.start + change.at - 1], text[c.start + change.at]].some((ch) => ch !== undefined && items.includes(ch))) return undefined;
    // The term's opening two-character verb cut to its first character after 共/同/齐 (共铸 for 铸牢,
    // in 共护…、共铸…、共创…): a verb said of several parties, the writer's wording, not a slip.
    if (change.op === 'deletion' && change.at === 1 && text[c.start] === term[0] && CO_ADVERBS.includes(text[c.start - 1] ?? '')) return undefined;
    // The term cut short (…社会主义思，) only where the cut leaves a fragment: 总体国家安全 and 社会主义核心价值 end on words of their own.
    if (change.op === 'deletion' && change.at === c.end - c.start && doc.wordAt(c.end - 1)?.start !== c.end - 1) return undefined;
    // A word moved across a verb (加大力度保障… for 加大保障…力度, 高水平推进 for 推进高水平) says the same in other words.
    if (change.op === 'swap' && swapMovesVerb(doc, c, term)) return undefined;
    // A noun of the term moved to the window's end while the sentence goes on after it (成渝双城经济圈|地区生产总值,
    // …地区建设): the rest of the term, shortened, is followed by the next phrase, whose head that noun is.
    if (change.op === 'swap' && swapEndsOnNextNoun(doc, c, term)) return undefined;
    // The word swapped to the window's end opens a list that goes on after it (党的领导全面、系统、整体地落实): it belongs to the list, not to the term.
    if (change.op === 'swap' && c.end < text.length && LIST_MARKS.includes(text[c.end]!) && text[c.end - 1] !== term[term.length - 1]) return undefined;
    // A possessor left out whole with its 的 (以政治建设为统领 for 以党的政治建设为统领): an abbreviation the context allows, not a slip.
    if (change.op === 'deletion' && term.includes(`${change.right}的`) && !text.slice(c.start, c.end).includes(`${change.right}的`) && text[c.start + change.at] !== '的') return undefined;
    strong = false;
  }
  if (doc.isOneWord(c.start, c.end)) return undefined;
  if (!onWordBoundaries(doc, c)) return undefined;
  // A theory's full name with a word of it left out (中国特色|主义思想, 党的建设|重要思想): whole words on both sides of the gap are the slip, not another phrase.
  const wordDropped = whole === true && c.changes.every((change) => change.op === 'deletion');
  if (!wordDropped && !c.changes.every((change) => editStandsAlone(doc, c, change, long) || breaksFrame(doc, c, change, term))) return undefined;
  if (c.changes.some((change) => change.op === 'substitution' && verbReplaced(doc, c, change.at, term))) return undefined;
  return strong ? 'strong' : 'weak';
}

/** The character at `at` is a word of its own in the text and makes no word with the next character either (同休|，). */
function lastStandsAlone(doc: Document, at: number): boolean {
  if (!doc.standsAlone(at)) return false;
  const next = doc.wordAt(at + 1);
  return next === undefined || next.start === at + 1;
}

/**
 * Both ends on word boundaries: a window that cuts a word (社会主义现代化国|际) is part of
 * other words. Replacements only may leave one end glued by the term's own edge character
 * to the next word (中国共严|党的领导: 党的领导 is one word of the segmenter).
 */
function onWordBoundaries(doc: Document, c: NearMiss): boolean {
  const startOk = doc.isWordBoundary(c.start);
  const endOk = doc.isWordBoundary(c.end);
  if (startOk && endOk) return true;
  if (!c.changes.every((change) => change.op === 'substitution')) return false;
  const at = (offset: number) => c.changes.some((change) => change.op === 'substitution' && c.start + change.at === offset);
  if (startOk) return doc.wordAt(c.end - 1)?.start === c.end - 1 && !at(c.end - 1);
  if (endOk) return doc.wordAt(c.start)?.end === c.start + 1 && !at(c.start);
  return false;
}

/**
 * The edited characters make no word of their own with their neighbours (高质量开展: 开展
 * is a word, so the window is another phrase). A replaced character in a long term may
 * make one inside the window (中华人民共合国, 社会主意思想); a character doubled or
 * halved (委员员会, 人民主) is the classic slip of the pen even where it makes a word. Any
 * other added character is taken for a wording, and so is a dropped one that leaves whole
 * words on both sides of the gap (中国现代化建设).
 */
function editStandsAlone(doc: Document, c: NearMiss, change: Change, long: boolean): boolean {
  const text = doc.text;
  let touched: number[];
  switch (change.op) {
    case 'swap':
      return true;
    case 'substitution':
      touched = [change.at];
      break;
    case 'transposition':
      touched = [change.at, change.at + 1];
      break;
    case 'insertion':
      // Only a character written twice (委员员会): any other added character (社会主义市场经济新体制) is as often a wording.
      return text[c.start + change.at] === text[c.start + change.at - 1] || text[c.start + change.at] === text[c.start + change.at + 1];
    case 'deletion':
      if (change.right === text[c.start + change.at - 1] || change.right === text[c.start + change.at]) return true;
      touched = [change.at - 1, change.at];
      // The gap must leave a character on its own (中华人民共|国, 总体国家安|观): when both sides are whole words (中国|现代化), it is another phrase.
      if (!touched.some((at) => doc.standsAlone(c.start + at))) return false;
      break;
  }
  // A replaced or moved character may make a word inside a long term; around a gap, only a word across the gap (人民|主 → 民主) is another reading.
  const inside = change.op === 'substitution' || change.op === 'transposition';
  for (const at of touched) {
    if (at < 0 || c.start + at >= c.end) continue;
    const w = doc.wordAt(c.start + at);
    if (!w || w.end - w.start < 2) continue;
    if (w.start < c.start || w.end > c.end) return false;
    if (change.op === 'deletion' ? w.start < c.start + change.at && w.end > c.start + change.at : !(long && inside)) return false;
  }
  return true;
}

/**
 * The replaced character makes, with its neighbours, a word that stands where the term has
 * another word, and one of the two is a verb (深化推进 for 深入推进, 深入实行 for 深入实施,
 * 全面深入改革 for 全面深化改革): a verb is chosen by the writer, so that is a rewording. A
 * noun turned into another word (社会主意思想, 主意 for 主义) stays a slip. Only where every
 * edit is a replacement, so the window lines up with the term.
 */
function verbReplaced(doc: Document, c: NearMiss, at: number, term: string): boolean {
  if (c.end - c.start !== term.length || !c.changes.every((change) => change.op === 'substitution')) return false;
  const w = doc.wordAt(c.start + at);
  if (!w || w.end - w.start < 2 || w.start < c.start || w.end > c.end) return false;
  const written = doc.text.slice(w.start, w.end);
  const own = term.slice(w.start - c.start, w.end - c.start);
  const tags = [...doc.segmenter.tag(written), ...doc.segmenter.tag(own)];
  return tags.length === 2 && tags.some((t) => t.tag.startsWith('v'));
}

/**
 * The two blocks a swap exchanged (加大|力度|保障和改善民生 for 加大|保障和改善民生|力度) hold a
 * verb: a verb and its object or modifier put in another order is a rewording (高水平推进对外开放,
 * 引领新质生产力发展), which reads as well as the term. Two modifiers or two nouns swapped
 * (全面进一步深化改革 for 进一步全面深化改革) change a fixed wording without a reason and stay.
 */
function swapMovesVerb(doc: Document, c: NearMiss, term: string): boolean {
  const window = doc.text.slice(c.start, c.end);
  let lo = 0;
  while (lo < term.length && window[lo] === term[lo]) lo++;
  let hi = term.length;
  while (hi > lo && window[hi - 1] === term[hi - 1]) hi--;
  const n = hi - lo;
  for (let k = 2; k <= n - 2; k++) {
    // term[lo, hi) = X + Y with |X| = k; the window has Y + X there.
    if (window.slice(lo, hi) !== term.slice(lo + k, hi) + term.slice(lo, lo + k)) continue;
    const blocks = [term.slice(lo, lo + k), term.slice(lo + k, hi)];
    return blocks.some((b) => doc.segmenter.tag(b).some((w) => w.tag.startsWith('v')));
  }
  return false;
}

/**
 * The swap moved the term's block X to the very end of the window (term …X Y…, window …Y X)
 * and X is a noun that Han text follows: X opens the next phrase (成渝双城经济圈地区生产总值:
 * 地区 of 地区生产总值), so the window is the shortened term and another word, not the term
 * with a word moved. Before a mark or at the end, the window stays weighed.
 */
function swapEndsOnNextNoun(doc: Document, c: NearMiss, term: string): boolean {
  const text = doc.text;
  const window = text.slice(c.start, c.end);
  if (window.length !== term.length || c.end >= text.length || !isHan(text.charCodeAt(c.end))) return false;
  let lo = 0;
  while (lo < term.length && window[lo] === term[lo]) lo++;
  // The moved block ends the window: term[lo, lo + k) = X, window ends with X.
  for (let k = 1; lo + k < term.length; k++) {
    const moved = term.slice(lo, lo + k);
    if (window.slice(lo) !== term.slice(lo + k) + moved) continue;
    const tags = doc.segmenter.tag(moved);
    return tags.length === 1 && tags[0]!.tag.startsWith('n');
  }
  return false;
}

/**
 * Non-overlapping near-misses, best first: a longer term covers more (a near-miss of
 * 中华人民共和国国务院 contains one of 中华人民共和国, and the longer one corrects the
 * whole), but each edit needed costs three characters of length.
 */
function pickBest(candidates: NearMiss[], terms: readonly string[]): NearMiss[] {
  const score = (c: NearMiss) => terms[c.term]!.length - 3 * c.edits;
  const ranked = [...candidates].sort((a, b) => score(b) - score(a) || terms[b.term]!.length - terms[a.term]!.length || a.start - b.start);
  const taken: NearMiss[] = [];
  for (const c of ranked) if (!taken.some((t) => t.start < c.end && c.start < t.end)) taken.push(c);
  return taken.sort((a, b) => a.start - b.start);
}

/** The dropped function character `right` belongs to a word of two or more characters of the term (共和, 从严, 属于, 对外). */
function inTermWord(doc: Document, term: string, right: string, wordChars: readonly string[]): boolean {
  return wordChars.some((w) => w.includes(right) && term.includes(w)) || doc.segmenter.cut(term).some((w) => w.length >= 2 && w.includes(right));
}

/**
 * The term's 以…为 frame with its 为 dropped before a noun (以习近平同志核心的党中央, 坚持以人民中心): what is
 * left is no sentence of Chinese, whatever the words around the gap. Before a verb it is another
 * construction (以党的政治建设统领…, 以X推动Y), and a dropped 以 leaves 为 readable (制度建设为主线).
 */
function breaksFrame(doc: Document, c: NearMiss, change: Change, term: string): boolean {
  if (change.op !== 'deletion' || change.right !== '为') return false;
  // 以 before the gap, in the term and in the window.
  if (!term.includes('以') || !doc.text.slice(c.start, c.start + change.at).includes('以')) return false;
  const next = doc.wordAt(c.start + change.at);
  if (!next || next.start !== c.start + change.at) return false;
  const tags = doc.segmenter.tag(next.text);
  return tags.length === 1 && tags[0]!.tag.startsWith('n');
}
