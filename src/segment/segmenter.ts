/**
 * Word segmentation, kept behind an interface so a browser build can swap in a
 * WASM backend (jieba-wasm) without touching the rules.
 */
export interface Segmenter {
  /** Splits `text` into words whose concatenation is `text`. No HMM new-word guessing. */
  cut(text: string): string[];
  /** Part-of-speech tags (jieba's tag set: n, v, vn, d, m …) for the words of `text`. */
  tag(text: string): { word: string; tag: string }[];
  /** Makes `words` known to the segmenter, so they come out as single tokens where plausible. */
  addWords(words: Iterable<string>): void;
}

/**
 * Count given to words added with addWords (the packs' wrong forms). Low on purpose: a
 * wrong form such as 按装 must not beat 按/装修 in 按装修, it only has to stay whole
 * where nothing better fits.
 */
export const ADDED_WORD_COUNT = 3;
