import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Jieba } from '@node-rs/jieba';
import { dictionaryDir } from '../dictionaries.js';
import { lazyModule } from '../lazy-module.js';
import { LONE_SURROGATE } from '../text/unicode.js';
import type { Segmenter } from './segmenter.js';

/**
 * Frequency given to words added from packs. Low on purpose: a wrong form such as
 * 按装 must not beat 按/装修 in 按装修, it only has to stay whole where nothing better fits.
 */
const ADDED_WORD_FREQUENCY = 3;

const WHITESPACE = /\s/;

/**
 * `@node-rs/jieba` backend with dictionaries/segmenter/jieba-gongwen.txt: jieba's own
 * dictionary without its rarest words, which loads in a third of the time. Loaded on
 * first use, so documents that never need words never pay for it.
 */
export class JiebaSegmenter implements Segmenter {
  #jieba: Jieba | undefined;
  #pending: string[] = [];

  addWords(words: Iterable<string>): void {
    for (const word of words) if (!WHITESPACE.test(word)) this.#pending.push(word); // a dictionary line is "word freq"
    if (this.#jieba) this.#flush(this.#jieba);
  }

  cut(text: string): string[] {
    // Lone surrogates would become U+FFFD on the way to Rust; doing it here keeps lengths equal.
    const clean = text.replace(LONE_SURROGATE, '\uFFFD');
    const words = this.#instance().cut(clean, false);
    return clean === text ? words : restoreOriginal(text, words);
  }

  tag(text: string): { word: string; tag: string }[] {
    return this.#instance().tag(text.replace(LONE_SURROGATE, '\uFFFD'), false);
  }

  #instance(): Jieba {
    if (!this.#jieba) {
      const { Jieba } = lazyModule.require('@node-rs/jieba') as typeof import('@node-rs/jieba');
      this.#jieba = Jieba.withDict(readFileSync(join(dictionaryDir(), 'segmenter', 'jieba-gongwen.txt')));
      this.#flush(this.#jieba);
    }
    return this.#jieba;
  }

  #flush(jieba: Jieba): void {
    if (this.#pending.length === 0) return;
    const lines = `${this.#pending.join(` ${ADDED_WORD_FREQUENCY}\n`)} ${ADDED_WORD_FREQUENCY}\n`;
    this.#pending = [];
    jieba.loadDict(Buffer.from(lines));
  }
}

/** Maps words cut from the cleaned text back onto the original, which held lone surrogates. */
function restoreOriginal(text: string, words: string[]): string[] {
  let length = 0;
  for (const w of words) length += w.length;
  if (length !== text.length) return Array.from(text); // never expected; keeps offsets valid
  const out: string[] = new Array(words.length);
  let at = 0;
  for (let i = 0; i < words.length; i++) {
    const end = at + words[i]!.length;
    out[i] = text.slice(at, end);
    at = end;
  }
  return out;
}
