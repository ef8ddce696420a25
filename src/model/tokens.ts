import { isClauseEnd } from '../text/sentences.js';
import { DIGIT, LATIN, SKIP, UNKNOWN } from './ngram-key.js';

/**
 * The context model's token for a UTF-16 code unit: digits are one token, Latin letters
 * another (a figure or a code is not a typo's context, only that one stands there),
 * whitespace is skipped, any other character is its own token when the model knows it.
 * Build and reader share this, so a text is cut into tokens the same way by both.
 */
export function tokenOf(charIds: Uint16Array, code: number): number {
  if ((code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19)) return DIGIT;
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a)) return LATIN;
  if (code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x3000 || code === 0xa0) return SKIP;
  return charIds[code] || UNKNOWN;
}

/**
 * Characters that end a sentence for the model, which starts a new one (BOS) after them:
 * the clause ends of src/text (。！？；!?; and line breaks) but \r, which it skips like
 * other whitespace so that \r\n ends one sentence, not two.
 */
export function endsSentence(code: number): boolean {
  return code !== 0x0d && isClauseEnd(code);
}

/** Ids by character code for the model's characters (listed in id order from FIRST_CHAR_ID). */
export function charIdsOf(chars: Uint16Array, firstId: number): Uint16Array {
  const ids = new Uint16Array(0x10000);
  for (let i = 0; i < chars.length; i++) ids[chars[i]!] = firstId + i;
  return ids;
}
