import { HAN_MULTIPLIERS, HAN_ONE_TO_NINE, HAN_ZEROS } from '../../text/numerals.js';
import type { CharLikeness } from '../rule.js';
import { loadCharSounds } from './char-sounds.js';
import { loadFixedExpressions } from './fixed-expressions.js';

const NUMERAL = new RegExp(`[${HAN_ZEROS}${HAN_ONE_TO_NINE}${HAN_MULTIPLIERS}]`);
/** Characters that name places apart in pairs (上康村 and 下康村, 东杨 and 西杨, 大王 and 小王): one for another is another place. */
const OPPOSITES = new Set('上下前后东西南北大小中内外左右新老旧高低');

/**
 * The written character `a` is a slip for the place name's `b` (lexicon/place-child, lexicon/place-stem):
 * a same sound, tone aside (观/鹳, 仕/士, 师/浉, 闫/阎), a look-alike of the confusion sets or
 * lexicons/confusable-pairs.tsv, or a left-hand radical of one look-alike group; a merely similar
 * sound (前后鼻音) is too common among names. Never a numeral for a numeral (三村, 四村), one of a
 * pair of opposites for the other (上康村, 下康村), nor a standard character for a traditional or
 * variant one (赵 for the data's 趙).
 */
export function placeLikeness(likeness: CharLikeness, isNonStandard: (c: string) => boolean): (a: string, b: string) => boolean {
  const { pairs } = loadFixedExpressions();
  const { sameSound, radicalAlike } = loadCharSounds();
  return (a, b) => {
    if ((NUMERAL.test(a) && NUMERAL.test(b)) || (OPPOSITES.has(a) && OPPOSITES.has(b)) || isNonStandard(b)) return false;
    const close = (l: string | undefined) => l === 'same-pinyin' || l === 'similar-shape';
    return sameSound(a, b) || radicalAlike(a, b) || close(likeness(a, b)) || close(pairs.get(a + b));
  };
}
