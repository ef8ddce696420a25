import { MIN_FORM_LENGTH, type NearMissIndex } from '../../match/near-miss-index.js';

/**
 * Shortest canonical form that counts: two-character short names (振安 of 振安区) are too
 * often a slip's neighbours by chance (抗振安居, ECSpell tune half).
 */
const MIN_FORM = 3;
/** How far either side of a guess a form may reach: places, institutions and idioms fit; longer law titles are rare around a slip. */
const REACH = 11;

/**
 * The canonical forms of dictionaries/lexicons/ (places, institutions, law titles, idioms…):
 * a character the text writes inside one of them (吴江区, 倚强凌弱) is the form's own, not
 * a slip the model may correct. Forms the near-miss index holds are found through it; the
 * shorter ones it leaves out (3 characters: 吴江区, 张江镇) are kept in a set.
 */
export class CanonicalForms {
  readonly #index: NearMissIndex;
  readonly #short = new Set<string>();

  /** `index`: the lexicon family's index of forms, as the registry hands it over (src/rules/index.ts). */
  constructor(index: NearMissIndex) {
    this.#index = index;
    for (let i = 0; i < index.size; i++) {
      const form = index.form(i);
      if (form.length >= MIN_FORM && form.length < MIN_FORM_LENGTH) this.#short.add(form);
    }
  }

  /** True when text[offset] lies inside a canonical form written in the text. */
  cover(text: string, offset: number): boolean {
    for (let length = MIN_FORM; length < MIN_FORM_LENGTH; length++) {
      for (let from = Math.max(0, offset - length + 1); from <= offset && from + length <= text.length; from++) {
        if (this.#short.has(text.slice(from, from + length))) return true;
      }
    }
    const from = Math.max(0, offset - REACH);
    const at = offset - from;
    return this.#index.find(text.slice(from, offset + REACH + 1)).some((m) => m.kind === undefined && m.start <= at && at < m.end);
  }
}
