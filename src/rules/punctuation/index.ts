import type { Rule } from '../rule.js';

/** Punctuation (GB/T 15834): paired marks, half-width marks in Chinese text, doubled marks, 概数 with 顿号, ellipsis and dash forms. */
export function createPunctuationRules(): Rule[] {
  return [];
}
