import { loadFixedExpressions } from '../lexicon/fixed-expressions.js';

/**
 * Canonical forms looked up around a guess. Two-character short names (振安 of 振安区) are
 * too often a slip's neighbours by chance (抗振安居, ECSpell tune half); places, institutions
 * and most idioms fit under the longest, and longer law titles are rare around a slip.
 */
const MIN_FORM = 3;
const MAX_FORM = 12;

/**
 * The canonical forms of dictionaries/lexicons/ (places, institutions, law titles, idioms…)
 * of MIN_FORM–MAX_FORM characters, as a set: a character the text writes inside one of them
 * (吴江区, 倚强凌弱) is the form's own, not a slip the model may correct.
 */
export class CanonicalForms {
  readonly #forms = new Set<string>();

  constructor() {
    const { index } = loadFixedExpressions();
    for (let i = 0; i < index.size; i++) {
      const form = index.form(i);
      if (form.length >= MIN_FORM && form.length <= MAX_FORM) this.#forms.add(form);
    }
  }

  /** True when text[offset] lies inside a canonical form written in the text. */
  cover(text: string, offset: number): boolean {
    for (let length = MIN_FORM; length <= MAX_FORM; length++) {
      for (let from = Math.max(0, offset - length + 1); from <= offset && from + length <= text.length; from++) {
        if (this.#forms.has(text.slice(from, from + length))) return true;
      }
    }
    return false;
  }
}
