import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Jieba } from '@node-rs/jieba';
import { dictionaryDir } from '../../src/platform/node.js';
import { ADDED_WORD_COUNT, type Segmenter } from '../../src/segment/segmenter.js';
import { LONE_SURROGATE } from '../../src/text/unicode.js';

/**
 * `@node-rs/jieba` (a dev dependency) on the same dictionary, words added the same way:
 * the reference DictionarySegmenter must agree with.
 */
export class JiebaSegmenter implements Segmenter {
  readonly #jieba = Jieba.withDict(readFileSync(join(dictionaryDir(), 'segmenter', 'jieba-gongwen.txt')));

  addWords(words: Iterable<string>): void {
    const lines = [...words].filter((w) => w !== '' && !/\s/.test(w)).map((w) => `${w} ${ADDED_WORD_COUNT}\n`);
    if (lines.length > 0) this.#jieba.loadDict(Buffer.from(lines.join('')));
  }

  // Lone surrogates would reach Rust as U+FFFD: callers compare texts without them.
  cut(text: string): string[] {
    return this.#jieba.cut(text.replace(LONE_SURROGATE, '\uFFFD'), false);
  }

  tag(text: string): { word: string; tag: string }[] {
    return this.#jieba.tag(text.replace(LONE_SURROGATE, '\uFFFD'), false);
  }
}
