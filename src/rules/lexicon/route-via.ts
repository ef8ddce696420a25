import { readWordList } from '../../dictionaries.js';
import type { Segmenter } from '../../segment/segmenter.js';
import { ARABIC_DIGITS, HAN_ONE_TO_TEN } from '../../text/numerals.js';
import type { Rule } from '../rule.js';

const MESSAGES = {
  tujingForTujing: '“途径{{place}}”应为“途经{{place}}”。“途经”意为路过、经过某地；“途径”是名词，指路径、门路（有效途径），后面不接地名。',
};

/** A place name of lexicons/places.txt, two to four characters (the registry passes isShortPlaceName). */
export type IsPlaceName = (name: string) => boolean;

/** Longest route name before its kind word: G4京港澳高速公路. */
const MAX_ROUTE_NAME = 10;
/** What a route's name is written with: Han characters, Latin letters and digits (G4, 318). */
const ROUTE_NAME_CHAR = /[\u4e00-\u9fffA-Za-z0-9Ａ-Ｚ０-９]/;
/**
 * The character before 途径 that makes it the noun 途径 (a path, a means): 的途径, 一种途径, 多条途径,
 * 和途径. A noun 途径 then ends its phrase, and a place after it would begin another without a mark.
 */
const NOUN_BEFORE = new Set('的种条个些项和与及或、');

/**
 * 途径 (a path, a means: 有效途径) written for 途经 (to pass through) before a place or a route:
 * 列车途径郑州 → 途经郑州, 途径湖北, 途径哈萨克斯坦, 途径京港澳高速. A place is a name of lexicons/places.txt
 * (province, prefecture and county names and their short forms) or a country of
 * names/country-short-names.txt (its second column), or a number of places (途径8个乡镇: a kind of
 * dictionaries/usage/place-kinds.txt after a count); a route is a name ending with a
 * word of dictionaries/usage/route-kinds.txt. The noun 途径 is followed by a verb or a mark, never
 * by a place, so no list of verbs is needed; a noun marker before it (的途径, 多种途径) is left alone.
 */
export function createRouteViaRule(isPlaceName: IsPlaceName): Rule {
  const routeKinds = readWordList('usage/route-kinds.txt');
  const placeKinds = readWordList('usage/place-kinds.txt');
  // Countries, longest first (the second column of names/country-short-names.txt): 途径哈萨克斯坦、俄罗斯.
  const countries = readWordList('names/country-short-names.txt')
    .flatMap((line) => (line.split('\t')[1] ?? '').split('、'))
    .filter(Boolean)
    .sort((a, b) => b.length - a.length);
  return {
    id: 'lexicon/route-via',
    category: 'typo',
    severity: 'error',
    description: '“途径”后接地名或路线，应为“途经”',
    messages: MESSAGES,
    check(doc, report) {
      const text = doc.text;
      for (let at = text.indexOf('途径'); at !== -1; at = text.indexOf('途径', at + 2)) {
        if (at > 0 && NOUN_BEFORE.has(text[at - 1]!)) continue;
        const place = placeAt(text, at + 2, (name) => isPlaceName(name) && isPlaceWord(doc.segmenter, name)) ?? countries.find((c) => text.startsWith(c, at + 2)) ?? routeAt(text, at + 2, routeKinds) ?? countedPlacesAt(text, at + 2, placeKinds);
        if (!place) continue;
        report({ start: at, end: at + 2, messageId: 'tujingForTujing', data: { place }, suggestions: ['途经'] });
      }
    },
  };
}

/** The last characters of a division's full name (郑州市, 湖北省, 中牟县). */
const DIVISION_ENDS = new Set('省市县区旗州盟镇乡');

/**
 * A name of the places lexicon read as a place here: a full name (湖北省, 郑州市) or a word the
 * segmenter tags as a place (郑州, 南山: ns). Many county short names are common words as well
 * (合作 of 合作市, 通道, 公安, 互助, 光明): 途径合作 is no journey.
 */
function isPlaceWord(segmenter: Segmenter, name: string): boolean {
  if (DIVISION_ENDS.has(name[name.length - 1]!)) return true;
  const tags = segmenter.tag(name);
  return tags.length === 1 && tags[0]!.tag === 'ns';
}

/** The longest place name of two to four characters at `from`. */
function placeAt(text: string, from: number, isPlaceName: IsPlaceName): string | undefined {
  for (let length = 4; length >= 2; length--) {
    if (from + length > text.length) continue;
    const name = text.slice(from, from + length);
    if (isPlaceName(name)) return name;
  }
  return undefined;
}

/** A number of places at `from` (8个乡镇, 多个省份, 10座城市): the count and the kind of place. */
const COUNT = new RegExp(`^(?:多|几|[${ARABIC_DIGITS}]{1,3}|[${HAN_ONE_TO_TEN}两]{1,3})(?:个|座)?`);
function countedPlacesAt(text: string, from: number, kinds: readonly string[]): string | undefined {
  const count = COUNT.exec(text.slice(from, from + 6));
  if (!count || count[0] === '多' || count[0] === '几') return undefined;
  const kind = kinds.find((k) => text.startsWith(k, from + count[0].length));
  return kind ? text.slice(from, from + count[0].length + kind.length) : undefined;
}

/** A route name at `from`: up to MAX_ROUTE_NAME name characters, then a kind word (京港澳高速, 318国道). */
function routeAt(text: string, from: number, kinds: readonly string[]): string | undefined {
  for (let end = from + 1; end <= Math.min(text.length, from + MAX_ROUTE_NAME); end++) {
    if (!ROUTE_NAME_CHAR.test(text[end - 1]!)) return undefined;
    const kind = kinds.find((k) => text.startsWith(k, end));
    if (kind) return text.slice(from, end + kind.length);
  }
  return undefined;
}
