import { loadArtefact, type Artefact } from '../../compiled/artefact.js';
import type { Document } from '../../document/document.js';
import { AhoCorasick } from '../../match/aho-corasick.js';
import type { Rule } from '../rule.js';
import { loadPoliticalData, type FormulationsData } from './data.js';
import { FuzzyTermIndex, type NearMiss, type NearMissKind, type Postings } from './fuzzy-index.js';

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
    data.paraphrase,
    (t) => data.terms[t]!.fuzzy === true,
    stored,
  );
}

const MESSAGES = {
  nearMiss: `“{{found}}”疑为“{{term}}”之误（{{kind}}）。规范表述为“{{term}}”{{note}}（依据：{{source}}）。`,
};

/**
 * Near-misses of canonical political terms and names of state organs (中华人民共合国,
 * 习近平新时代中国特色社会主意思想, 全面进一步深化改革): one or two characters
 * substituted, inserted, deleted or swapped. Suggests the canonical term. `index`: the
 * FuzzyTermIndex of data's terms (NEAR_MISS_INDEX for the bundled data).
 */
export function createNearMissRule(data: FormulationsData, index: FuzzyTermIndex): Rule {
  const terms = index.terms;
  // Exact terms and legitimate look-alikes: a window inside one of them is correct text.
  // Built on the first candidate: most documents have none.
  let exact: AhoCorasick | undefined;
  const fuzzyOff = new Set(data.terms.filter((t) => t.fuzzy === false).map((t) => t.term));

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
      const accepted = candidates.filter((c) => !insideAny(spans, c.start, c.end) && plausibleWindow(doc, c));
      for (const c of pickBest(accepted, terms)) {
        const f = data.terms[c.term]!;
        const found = text.slice(c.start, c.end);
        report({
          start: c.start,
          end: c.end,
          messageId: 'nearMiss', data: { found, term: f.term, kind: KIND[c.kind], note: f.note ? `，${f.note}` : '', source: f.source },
          suggestions: [f.term],
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

/**
 * The window is not one dictionary word, and it sits on word boundaries: both ends, or
 * one end while at the other only its edge character is glued to the next word (中国共严
 * + 党的领导). A window cutting deeper into a word is part of other words.
 */
function plausibleWindow(doc: Document, c: NearMiss): boolean {
  const w = doc.wordAt(c.start);
  if (w && w.start === c.start && w.end === c.end) return false;
  const startOk = doc.isWordBoundary(c.start);
  const endOk = doc.isWordBoundary(c.end);
  if (startOk && endOk) return true;
  if (startOk) return doc.wordAt(c.end - 1)?.start === c.end - 1;
  if (endOk) return doc.wordAt(c.start)?.end === c.start + 1;
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
