import type { FormMatch } from '../../match/near-miss-index.js';
import type { CharLikeness } from '../rule.js';
import type { FixedExpressions } from './fixed-expressions.js';
import { isHan } from '../../text/unicode.js';

/** The suffixes a division's full name ends with; only a span ending with its form's own suffix is looked at. */
const ONE_CHAR_SUFFIXES = new Set('区县市镇乡旗盟');
const STREET = '街道';
/** Shortest place taken (浉河区: a two-character name and its suffix) and longest looked for. */
const MIN_PLACE = 3;
const MAX_PLACE = 12;
/**
 * A tail shared by more places than this is a naming pattern (于家庄镇, 孙家庄镇… 31;
 * 三和街道, 仁和街道… 25) whose first character is a surname or a free choice: another
 * first character there is as often another place we lack (党家庄镇, now 党家街道).
 * 浉河区 shares 河区 with 13.
 */
const MAX_TAIL_SHARERS = 15;
/** A swapped pair at the start needs a longer name: in three or four characters a swap is as often another place. */
const MIN_SWAPPED = 5;

/** Place forms by what follows their first character (tails), and by their first two characters swapped. */
interface PlaceTails {
  byTail: Map<string, number[]>;
  bySwapped: Map<string, number>;
  /** Every place form with a suffix: the span as written must not be one. */
  known: Set<string>;
  /** Their names without the suffix: a span whose name is one is a place with another suffix, maybe an older one (孟津县, now 孟津区). */
  names: Set<string>;
}

const built = new WeakMap<FixedExpressions, PlaceTails>();

function suffixLength(form: string): number {
  if (form.endsWith(STREET)) return 2;
  return ONE_CHAR_SUFFIXES.has(form[form.length - 1]!) ? 1 : 0;
}

/** Built on first use from the places lexicon (~60,000 forms with a suffix): a text without a division never pays for it. */
function placeTails(lexicons: FixedExpressions): PlaceTails {
  let t = built.get(lexicons);
  if (t) return t;
  t = { byTail: new Map(), bySwapped: new Map(), known: new Set(), names: new Set() };
  const places = lexicons.kinds.findIndex((k) => k.id === 'places');
  const { index, kindOf } = lexicons;
  for (let i = 0; i < index.size; i++) {
    if (kindOf[i] !== places) continue;
    const f = index.form(i);
    if (f.length < 2 || suffixLength(f) === 0) continue;
    t.known.add(f);
    t.names.add(f.slice(0, f.length - suffixLength(f)));
    if (f.length < MIN_PLACE || f.length > MAX_PLACE) continue;
    const tail = f.slice(1);
    const list = t.byTail.get(tail);
    if (list) list.push(i);
    else t.byTail.set(tail, [i]);
    if (f.length >= MIN_SWAPPED && f[0] !== f[1]) t.bySwapped.set(f[1]! + f[0]! + f.slice(2), i);
  }
  built.set(lexicons, t);
  return t;
}

/**
 * Place names whose first character is the slip (鱿鱼圈区 for 鲅鱼圈区, 师河区 for 浉河区)
 * or whose first two are swapped: the near-miss index never edits a form's first
 * character (it is the index's key), so these are looked for here, with strong evidence
 * only, as a first character is where another name differs most often:
 *
 * - the span ends with its form's own suffix (区/县/市/镇/乡/旗/盟/街道);
 * - the span as written is no known place anywhere in China (the lexicon holds all
 *   divisions), nor a known name with another suffix (孟津县, 孟津区 since 2021);
 * - a replaced first character is a same-sound or look-alike of the right one (the confusion
 *   sets or lexicons/confusable-pairs.tsv), never a merely similar sound;
 * - the rest of the span is no naming pattern shared by many places (MAX_TAIL_SHARERS);
 * - the span reads as a name (looksLikeName), and exactly one place fits, and the rule's word and boundary tests still apply after this;
 * - a division written just before it is its parent (信阳市师河区, not 北京市师河区).
 *
 * With its parent before it (营口市鱿鱼圈区) the index matches the two written together
 * as well; the rule keeps the longer.
 */
export function placeFirstCharSlips(text: string, lexicons: FixedExpressions, alike: CharLikeness, isWord: (s: string) => boolean): FormMatch[] {
  const found: FormMatch[] = [];
  let tails: PlaceTails | undefined;
  for (let e = 0; e < text.length; e++) {
    if (!ONE_CHAR_SUFFIXES.has(text[e]!) && !(text[e] === '道' && text[e - 1] === '街')) continue;
    tails ??= placeTails(lexicons);
    const end = e + 1;
    for (let n = MIN_PLACE; n <= MAX_PLACE && end - n >= 0; n++) {
      const start = end - n;
      if (!isHan(text.charCodeAt(start))) break;
      const span = text.slice(start, end);
      if (tails.known.has(span) || tails.names.has(span.slice(0, span.length - suffixLength(span)))) continue;
      if (!looksLikeName(span, isWord)) continue;
      const sharers = tails.byTail.get(span.slice(1)) ?? [];
      const candidates = (sharers.length > MAX_TAIL_SHARERS ? [] : sharers).filter((i) => {
        const likeness = alike(lexicons.index.form(i)[0]!, span[0]!);
        return likeness === 'same-pinyin' || likeness === 'similar-shape';
      });
      if (candidates.length === 1 && parentAgrees(text, start, lexicons.index.form(candidates[0]!), tails)) {
        found.push({ start, end, form: candidates[0]!, kind: 'substitution', at: 0 });
      }
      const swapped = tails.bySwapped.get(span);
      if (swapped !== undefined && parentAgrees(text, start, lexicons.index.form(swapped), tails)) found.push({ start, end, form: swapped, kind: 'transposition', at: 0 });
    }
  }
  return found;
}

/**
 * The span reads as a name, not as a phrase before a generic division word: a two-character
 * name as written is no word (有关县, 完善乡, 组织街道), and its last character does not make
 * a word with the suffix (因城市, 主城区, 本乡镇: 城市, 城区, 乡镇).
 */
function looksLikeName(span: string, isWord: (s: string) => boolean): boolean {
  const name = span.length - (span.endsWith(STREET) ? 2 : 1);
  if (name === 2 && isWord(span.slice(0, 2))) return false;
  return !isWord(span.slice(name - 1, name + 1));
}

/** A division written just before the span (北京市师河区) must be the form's parent: the two written together are a known place. */
function parentAgrees(text: string, start: number, form: string, tails: PlaceTails): boolean {
  // The longest division first: 荆州市 before 州市.
  for (let n = Math.min(MAX_PLACE, start); n >= 2; n--) {
    const parent = text.slice(start - n, start);
    if (tails.known.has(parent)) return tails.known.has(parent + form);
  }
  return true;
}
