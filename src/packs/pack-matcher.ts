import type { Artefact } from '../compiled/artefact.js';
import { JsonList, type StoredJsonList } from '../compiled/json-list.js';
import { linesOfUnits, unitsOfLines } from '../compiled/artefact-file.js';
import type { Document } from '../document/document.js';
import { referenceDateOf } from '../document/reference-date.js';
import { isInsideQuotation } from '../text/quotes.js';
import { clauseAround } from '../text/sentences.js';
import { namedYears } from '../document/years-named.js';
import { AhoCorasick, leftmostLongest, type AutomatonStates } from '../match/aho-corasick.js';
import type { PackEntry, PackInfo, RulePack } from './types.js';

/** A wrong form found in the text, after `unless` and boundary checks. */
export interface PackMatch {
  start: number;
  end: number;
  wrong: string;
  entry: PackEntry;
  pack: PackInfo;
}

/** A matcher as `store()` returns it for the build to save (the bundled packs' one). */
export interface StoredPackMatcher {
  packs: PackInfo[];
  /** The wrong forms as UTF-16 units, a line each (13,000 strings in the JSON header took ~1–2 ms to decode and parse). */
  forms: Uint16Array;
  formEntry: Int32Array;
  entryPack: Int32Array;
  wordBoundary: Uint8Array;
  entries: StoredJsonList;
  automaton: AutomatonStates;
}

/** What a matcher is made of, built or restored. */
type Parts = Omit<StoredPackMatcher, 'forms' | 'entries' | 'automaton'> & { forms: string[]; entries: JsonList<PackEntry>; automaton: AhoCorasick };

/** Each `unless` context of a wrong form, with the offset of the form inside it. */
type UnlessContexts = { context: string; offset: number }[];

/**
 * All wrong forms of all loaded packs in one Aho-Corasick automaton: one pass per
 * document finds every candidate, then each is checked against its entry's `unless`
 * contexts, word boundaries, quotation marks (`unquoted`) and the document's date
 * (`outdatedFrom`). A later pack's entry replaces an earlier one with
 * the same wrong form, so user packs can override bundled ones.
 *
 * Forms, entries and packs are numbered and related by typed arrays, and entries are
 * read when first matched, so that a stored matcher is ready as soon as it is read.
 */
export class PackMatcher {
  /** The packs without their entries and examples. */
  readonly packs: readonly PackInfo[];
  readonly #forms: readonly string[];
  /** Index in #entries of each form's entry. */
  readonly #formEntry: Int32Array;
  /** Index in `packs` of each entry's pack. */
  readonly #entryPack: Int32Array;
  /** 1 where the form's entry checks word boundaries. */
  readonly #wordBoundary: Uint8Array;
  readonly #entries: JsonList<PackEntry>;
  readonly #automaton: AhoCorasick;
  readonly #unless: (UnlessContexts | undefined)[];

  private constructor(parts: Parts) {
    this.packs = parts.packs;
    this.#forms = parts.forms;
    this.#formEntry = parts.formEntry;
    this.#entryPack = parts.entryPack;
    this.#wordBoundary = parts.wordBoundary;
    this.#entries = parts.entries;
    this.#automaton = parts.automaton;
    this.#unless = new Array(parts.forms.length);
  }

  static of(packs: readonly RulePack[]): PackMatcher {
    const entries: PackEntry[] = [];
    const entryPack: number[] = [];
    const entryOf = new Map<string, number>();
    packs.forEach((pack, p) => {
      for (const entry of pack.entries) {
        for (const wrong of entry.wrong) {
          entryOf.delete(wrong); // keeps insertion order meaningful: last definition wins
          entryOf.set(wrong, entries.length);
        }
        entries.push(entry);
        entryPack.push(p);
      }
    });
    const forms = [...entryOf.keys()];
    const formEntry = Int32Array.from(entryOf.values());
    return new PackMatcher({
      packs: packs.map(({ entries: _, examples: __, ...info }) => info),
      forms,
      formEntry,
      entryPack: Int32Array.from(entryPack),
      wordBoundary: Uint8Array.from(formEntry, (e) => (entries[e]!.boundary === 'word' ? 1 : 0)),
      entries: JsonList.of(entries),
      automaton: new AhoCorasick(forms),
    });
  }

  static restore(stored: StoredPackMatcher): PackMatcher {
    const forms = linesOfUnits(stored.forms);
    return new PackMatcher({
      packs: stored.packs,
      forms,
      formEntry: stored.formEntry,
      entryPack: stored.entryPack,
      wordBoundary: stored.wordBoundary,
      entries: JsonList.restore(stored.entries),
      automaton: new AhoCorasick(forms, stored.automaton),
    });
  }

  store(): StoredPackMatcher {
    return {
      packs: [...this.packs],
      forms: unitsOfLines(this.#forms),
      formEntry: this.#formEntry,
      entryPack: this.#entryPack,
      wordBoundary: this.#wordBoundary,
      entries: this.#entries.store(),
      automaton: this.#automaton.store(),
    };
  }

  /**
   * The wrong forms whose entries check word boundaries, so the segmenter can keep them
   * whole. Only those: every word added costs start-up time (jieba rebuilds its prefix
   * dictionary, ~6 µs a word).
   */
  get wrongForms(): string[] {
    return this.#forms.filter((_, f) => this.#wordBoundary[f] === 1);
  }

  /** Every entry's `unless` contexts: text the packs say is right as written. Reads all entries. */
  unlessContexts(): string[] {
    const contexts: string[] = [];
    for (let e = 0; e < this.#entries.length; e++) contexts.push(...this.#entries.at(e).unless);
    return contexts;
  }

  /** Matches in `doc`, computed once per document and shared by every pack rule. */
  find(doc: Document): PackMatch[] {
    return doc.memo(this, () => this.#find(doc));
  }

  #find(doc: Document): PackMatch[] {
    const text = doc.text;
    const candidates: PackMatch[] = [];
    for (const m of this.#automaton.findAll(text)) {
      const f = m.pattern;
      if (this.#unlessOf(f).some((u) => text.startsWith(u.context, m.start - u.offset))) continue;
      if (this.#wordBoundary[f] === 1 && !(doc.isWordBoundary(m.start) && doc.isWordBoundary(m.end))) continue;
      const e = this.#formEntry[f]!;
      const entry = this.#entries.at(e);
      if (entry.unquoted && isInsideQuotation(text, m.start, m.end)) continue;
      if (entry.outdatedFrom !== undefined && (referenceDateOf(doc).iso < entry.outdatedFrom || clauseNamesEarlierYear(text, m.start, m.end, entry.outdatedFrom))) continue;
      candidates.push({ start: m.start, end: m.end, wrong: this.#forms[f]!, entry, pack: this.packs[this.#entryPack[e]!]! });
    }
    return leftmostLongest(candidates);
  }

  #unlessOf(form: number): UnlessContexts {
    return (this.#unless[form] ??= unlessOffsets(this.#forms[form]!, this.#entries.at(this.#formEntry[form]!).unless));
  }
}

function unlessOffsets(wrong: string, contexts: string[]): UnlessContexts {
  const out: UnlessContexts = [];
  for (const context of contexts) {
    for (let at = context.indexOf(wrong); at !== -1; at = context.indexOf(wrong, at + 1)) out.push({ context, offset: at });
  }
  return out;
}

/** A matcher of packs the build compiles, automaton included, stored as `file` in dist/: a start reads it instead of building it. */
export function packMatcherArtefact(file: string, packs: () => readonly RulePack[]): Artefact<PackMatcher, StoredPackMatcher> {
  return {
    file,
    compute: () => PackMatcher.of(packs()),
    store: (matcher) => matcher.store(),
    restore: (stored) => PackMatcher.restore(stored),
  };
}

/**
 * The clause around [start, end) names a year before `since`'s as a time reached (2021年，全面贯彻党的十九大…):
 * it speaks of that time, when the wording was current. A goal or deadline year (到2035年) says nothing of it.
 */
function clauseNamesEarlierYear(text: string, start: number, end: number, since: string): boolean {
  const clause = clauseAround(text, start, end);
  const sinceYear = Number(since.slice(0, 4));
  return namedYears(text.slice(clause.start, clause.end)).some((y) => !y.goal && y.year < sinceYear);
}
