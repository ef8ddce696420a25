/** Types of typo-pair-review.mjs, for the tests that use it. */
export interface Confusion {
  samePinyin: string;
  similarSound: string;
  similarShape: string;
}
export interface ReviewKnowledge {
  segmenterWords: Set<string>;
  fullWords: Set<string>;
  commonWords: Set<string>;
  personNames: Set<string>;
  /** Person and place names (jieba's nr* and ns*), foreign ones too. */
  names: Set<string>;
  lexiconWords: Set<string>;
  officialWords: Set<string>;
  confusion: Map<string, Confusion>;
  standardChars: Set<string> | null;
  variantPairs: Set<string>;
  packWrong: Set<string>;
  packRight: Set<string>;
  handRejected: Map<string, string>;
}
export declare const CHECKS: string[];
export declare function createReview(k: ReviewKnowledge): {
  /** `waived`: checks (CHECKS items) a hand-listed pair has passed on reading. */
  review(wrong: string, right: string, cleanCount?: number, waived?: Set<string>): { reason: string | null; kind: string | null };
  needsBoundary(wrong: string): boolean;
};
export declare function difference(wrong: string, right: string): { kind: '颠倒' | 'replace' | null; pairs: [string, string][]; at: number[] };
export declare function noteOf(wrong: string, right: string, kind: string): string;
export declare function parseConfusion(text: string): Map<string, Confusion>;
/** Characters that, after a whole word, usually begin the next one (全 in 财产全部). */
export declare const SEAM_HEADS: Set<string>;
/** Is `wrong` a word plus a character that heads the next word, the slip being that last character? */
export declare function seamAtEnd(wrong: string, right: string, isWord: (w: string) => boolean): boolean;
