import type { Document } from '../../document/document.js';
import type { EditKind, FormMatch } from '../../match/near-miss-index.js';
import type { CharLikeness, Rule } from '../rule.js';
import { loadFixedExpressions, type FixedExpressions } from './fixed-expressions.js';
import { HAN_MULTIPLIERS, HAN_ONE_TO_NINE, HAN_ZEROS } from '../../text/numerals.js';

const KIND: Record<EditKind, string> = {
  substitution: '字有误',
  deletion: '漏字',
  insertion: '多字',
  transposition: '字序颠倒',
};

/** Below this length a one-character difference is too often another phrase (高质量开展 / 高质量发展): the slip needs more evidence. */
const LONG_FORM = 6;
/** Function characters: one standing where a form has another character is grammar, not a slip (自来水等 is not 自来水笔). */
const FUNCTION_CHARS = new Set('的之和与及等并或了在是为对把被从向于以而');
const NUMERAL = new RegExp(`[${HAN_ZEROS}${HAN_ONE_TO_NINE}${HAN_MULTIPLIERS}两几多余0-9]`);

/** What the rule asks of other families, wired by the registry: the confusion sets, and the political terms it leaves to political/near-miss. */
export interface FixedExpressionEvidence {
  likeness: CharLikeness;
  politicalTerms: () => readonly string[];
}

/**
 * One character wrong in a fixed expression of the lexicons (dictionaries/lexicons/: idioms,
 * place names down to township, law titles, institutions, 民族, leaders' posts): a span
 * that is not itself a known form or word, one edit away from a canonical form, is reported
 * with that form as the fix. Evidence that the span is a slip and not another phrase:
 *
 * - a replaced character is a sound- or shape-alike of the canonical one
 *   (dictionaries/spelling/confusion.tsv), never a numeral for a numeral;
 * - a form under six characters takes only a same-sound or look-alike character, and no
 *   edited character may make a word with its neighbours (高质量开展: 开展 is a word,
 *   so it is another phrase); in a longer form such a word must lie inside the span;
 * - a character dropped or added is taken only in a whole law title in 《》 (elsewhere a
 *   character more or less is as often another name: 国家税务局, 消防救援队), never a
 *   function character (的, 和, 等), and never in forms under five characters;
 * - the span is not one word of the segmenter, starts and ends on word boundaries, and overlaps no
 *   exact occurrence of a form; political terms are left to political/near-miss.
 *
 * A law title in 《》 with a replaced character is an error; the rest are warnings.
 */
export function createFixedExpressionRule({ likeness, politicalTerms }: FixedExpressionEvidence, load: () => FixedExpressions = loadFixedExpressions): Rule {
  let lexicons: FixedExpressions | undefined;
  let political: readonly string[] | undefined;
  return {
    id: 'lexicon/fixed-expression',
    category: 'typo',
    severity: 'warning',
    description: '成语、地名、法规名称、机构名称等固定说法中的错字、漏字、多字或字序颠倒',
    messages: {
      slip: '“{{found}}”疑为{{label}}“{{form}}”{{others}}之误（{{edit}}）（依据：{{basis}}）。',
    },
    check(doc, report) {
      lexicons ??= load();
      const matches = lexicons.index.find(doc.text);
      if (matches.length === 0) return;
      const overlapsExact = exactOverlap(matches.filter((m) => m.kind === undefined));
      const slips = matches.filter((m) => m.kind !== undefined && !overlapsExact(m.start, m.end));
      if (slips.length === 0) return;
      political ??= politicalTerms();
      const { kinds, kindOf, index } = lexicons;
      const formOf = (m: FormMatch) => index.form(m.form);
      const accepted = slips.filter((m) => isSlip(doc, m, formOf(m), likeness) && !politicalTermAt(formOf(m), m, political!));
      const bySpan = new Map<string, FormMatch[]>();
      for (const m of accepted) {
        const key = `${m.start}:${m.end}`;
        bySpan.set(key, [...(bySpan.get(key) ?? []), m]);
      }
      for (const m of pickBest(accepted, formOf, doc.text.length)) {
        const form = formOf(m);
        // Other forms one edit from the same span (苍溪县东西镇: 东溪镇 or 东青镇) are offered too: the editor chooses.
        const others = bySpan.get(`${m.start}:${m.end}`)!.filter((o) => o.form !== m.form).map(formOf);
        const kind = kinds[kindOf[m.form]!]!;
        const found = doc.text.slice(m.start, m.end);
        // A replaced character in a whole law title in 《》 is a slip beyond doubt; a title with a character more or less may be one we lack.
        const titled = kind.id === 'law-titles' && m.kind === 'substitution' && inTitleMarks(doc.text, m);
        report({
          start: m.start,
          end: m.end,
          messageId: 'slip',
          data: { found, label: kind.label, form, others: others.length > 0 ? `（或“${others.join('”“')}”）` : '', edit: KIND[m.kind!], basis: kind.basis },
          suggestions: [form, ...others],
          severity: titled ? 'error' : 'warning',
        });
      }
    },
  };
}

/** A test for "[start, end) overlaps one of these spans", in log time: spans sorted by start, with the furthest end so far. */
function exactOverlap(spans: FormMatch[]): (start: number, end: number) => boolean {
  spans.sort((a, b) => a.start - b.start);
  const furthest = new Int32Array(spans.length);
  spans.forEach((s, i) => (furthest[i] = Math.max(s.end, i > 0 ? furthest[i - 1]! : 0)));
  return (start, end) => {
    // The last span starting before `end`; some span up to it reaching past `start` overlaps.
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (spans[mid]!.start < end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && furthest[lo - 1]! > start;
  };
}

function isSlip(doc: Document, m: FormMatch, form: string, likeness: CharLikeness): boolean {
  // The character test first: it needs no segmenting, and most spans fail it.
  if (!plausibleEdit(doc.text, m, form, likeness)) return false;
  const word = doc.wordAt(m.start);
  if (word && word.start === m.start && word.end === m.end) return false;
  // Both ends on word boundaries: a span that cuts a word (劳动合同|发生, 消防救援|队伍, 评|审委员会) is part of other words.
  if (!doc.isWordBoundary(m.start) || !doc.isWordBoundary(m.end)) return false;
  return editStandsAlone(doc, m, form.length);
}

function plausibleEdit(text: string, m: FormMatch, form: string, charLikeness: CharLikeness): boolean {
  switch (m.kind) {
    case 'substitution': {
      const wrong = text[m.start + m.at]!;
      const right = form[m.at]!;
      if ((NUMERAL.test(wrong) && NUMERAL.test(right)) || FUNCTION_CHARS.has(wrong)) return false;
      // A short form needs a same-sound or look-alike character; a merely similar sound is too common a coincidence.
      const likeness = charLikeness(right, wrong);
      return likeness !== undefined && (form.length >= LONG_FORM || likeness !== 'similar-sound');
    }
    // A character more or less makes another name as often as a slip (国家税务局 / 国家税务总局,
    // 消防救援队 / 消防救援支队, 房地产税 / 房产税): only a whole title in 《》 is taken.
    case 'deletion':
      return form.length >= 5 && inTitleMarks(text, m) && !FUNCTION_CHARS.has(form[m.at]!);
    case 'insertion':
      return form.length >= 5 && inTitleMarks(text, m) && !FUNCTION_CHARS.has(text[m.start + m.at]!);
    case 'transposition':
      return true;
    default:
      return false;
  }
}

function inTitleMarks(text: string, m: FormMatch): boolean {
  return text[m.start - 1] === '《' && text[m.end] === '》';
}

/**
 * The edited characters are not part of a word of their own: in 高质量开展, 人民警察依法 or
 * 青藏高原生态保护司法 the "slip" makes a real word (开展, 依法, 司法), so the span is
 * another phrase. A replaced character in a long form (six characters or more) may make
 * such a word when it lies inside the span (苍溪县人名政府); a word reaching out of the
 * span never.
 */
function editStandsAlone(doc: Document, m: FormMatch, formLength: number): boolean {
  const longSubstitution = m.kind === 'substitution' && formLength >= LONG_FORM;
  // The characters the edit touched, as text offsets: for a deletion, the two around the gap.
  const touched = m.kind === 'deletion' ? [m.start + m.at - 1, m.start + m.at] : m.kind === 'transposition' ? [m.start + m.at, m.start + m.at + 1] : [m.start + m.at];
  for (const at of touched) {
    if (at < m.start || at >= m.end) continue;
    const w = doc.wordAt(at);
    if (!w || w.end - w.start < 2) continue;
    if (w.start < m.start || w.end > m.end || !longSubstitution) return false;
  }
  return true;
}

/** The edit falls inside a political term of the form (中华人民共和国 in a law title): political/near-miss speaks for those. */
function politicalTermAt(form: string, m: FormMatch, terms: readonly string[]): boolean {
  for (const term of terms) {
    for (let i = form.indexOf(term); i >= 0; i = form.indexOf(term, i + 1)) {
      if (m.at >= i && m.at <= i + term.length) return true;
    }
  }
  return false;
}

/** Non-overlapping slips, the longest form first (it corrects the most). */
function pickBest(slips: FormMatch[], formOf: (m: FormMatch) => string, textLength: number): FormMatch[] {
  const ranked = [...slips].sort((a, b) => formOf(b).length - formOf(a).length || a.start - b.start);
  // Offsets already covered by a slip taken: spans are at most ~40 characters, so marking them keeps this linear.
  const covered = new Uint8Array(textLength);
  const taken: FormMatch[] = [];
  for (const s of ranked) {
    if (covered.subarray(s.start, s.end).some((c) => c !== 0)) continue;
    covered.fill(1, s.start, s.end);
    taken.push(s);
  }
  return taken.sort((a, b) => a.start - b.start);
}
