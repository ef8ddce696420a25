import type { Document } from '../../document/document.js';
import { AhoCorasick } from '../../match/aho-corasick.js';
import type { PackEntry, RulePack } from '../../packs/types.js';

/** A wrong form found in the text, after `unless` and boundary checks. */
export interface PackMatch {
  start: number;
  end: number;
  wrong: string;
  entry: PackEntry;
  pack: RulePack;
}

interface CompiledForm {
  wrong: string;
  entry: PackEntry;
  pack: RulePack;
  /** Each `unless` context with the offset of this wrong form inside it. */
  unless: { context: string; offset: number }[];
}

/**
 * All wrong forms of all loaded packs in one Aho-Corasick automaton: one pass per
 * document finds every candidate, then each is checked against its entry's `unless`
 * contexts and word boundaries. A later pack's entry replaces an earlier one with
 * the same wrong form, so user packs can override bundled ones.
 */
export class PackMatcher {
  readonly #forms: CompiledForm[];
  readonly #automaton: AhoCorasick;

  constructor(packs: readonly RulePack[]) {
    const byWrong = new Map<string, CompiledForm>();
    for (const pack of packs) {
      for (const entry of pack.entries) {
        for (const wrong of entry.wrong) {
          byWrong.delete(wrong); // keeps insertion order meaningful: last definition wins
          byWrong.set(wrong, { wrong, entry, pack, unless: unlessOffsets(wrong, entry.unless) });
        }
      }
    }
    this.#forms = [...byWrong.values()];
    this.#automaton = new AhoCorasick(this.#forms.map((f) => f.wrong));
  }

  /**
   * The wrong forms whose entries check word boundaries, so the segmenter can keep them
   * whole. Only those: every word added costs start-up time (jieba rebuilds its prefix
   * dictionary, ~6 µs a word).
   */
  get wrongForms(): string[] {
    return this.#forms.filter((f) => f.entry.boundary === 'word').map((f) => f.wrong);
  }

  /** Matches in `doc`, computed once per document and shared by every pack rule. */
  find(doc: Document): PackMatch[] {
    return doc.memo(this, () => this.#find(doc));
  }

  #find(doc: Document): PackMatch[] {
    const text = doc.text;
    const candidates: PackMatch[] = [];
    for (const m of this.#automaton.findAll(text)) {
      const form = this.#forms[m.pattern]!;
      if (form.unless.some((u) => text.startsWith(u.context, m.start - u.offset))) continue;
      if (form.entry.boundary === 'word' && !(doc.isWordBoundary(m.start) && doc.isWordBoundary(m.end))) continue;
      candidates.push({ start: m.start, end: m.end, wrong: form.wrong, entry: form.entry, pack: form.pack });
    }
    return leftmostLongest(candidates);
  }
}

function unlessOffsets(wrong: string, contexts: string[]): CompiledForm['unless'] {
  const out: CompiledForm['unless'] = [];
  for (const context of contexts) {
    for (let at = context.indexOf(wrong); at !== -1; at = context.indexOf(wrong, at + 1)) out.push({ context, offset: at });
  }
  return out;
}

/** Of overlapping matches keep the one that starts first, and of those the longest. */
function leftmostLongest(matches: PackMatch[]): PackMatch[] {
  matches.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: PackMatch[] = [];
  let reach = 0;
  for (const m of matches) {
    if (m.start < reach) continue;
    kept.push(m);
    reach = m.end;
  }
  return kept;
}
