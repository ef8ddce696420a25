/** Character-level facts shared by the document model, the rules and the reporters. */

export function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

export function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/** True when `offset` falls between the two halves of a surrogate pair. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  return isLowSurrogate(text.charCodeAt(offset)) && isHighSurrogate(text.charCodeAt(offset - 1));
}

/** A surrogate without its partner: not a character, and not valid UTF-8 either. */
export const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function hasLoneSurrogate(text: string): boolean {
  LONE_SURROGATE.lastIndex = 0;
  return LONE_SURROGATE.test(text);
}

/** Han script by code point: CJK unified ideographs and extensions, compatibility ideographs, 〇 and 々. */
export function isHan(cp: number): boolean {
  return (
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x20000 && cp <= 0x323af) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    cp === 0x3007 ||
    cp === 0x3005
  );
}

/** Every code point of `s` is Han (isHan). */
export function isAllHan(s: string): boolean {
  for (const ch of s) if (!isHan(ch.codePointAt(0)!)) return false;
  return true;
}

/** Every code unit of `text[from, to)` is Han (isHan), the range inside the text: no slice made. */
export function isHanSpan(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isHan(text.charCodeAt(i))) return false;
  return true;
}

export function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

export function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** ASCII or full-width digit (full-width digits are wrong, but a number all the same). */
export function isDigitLike(c: number): boolean {
  return isAsciiDigit(c) || (c >= 0xff10 && c <= 0xff19);
}

/** Line-internal white space: ASCII space and tab, the ideographic space, no-break space. */
export function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0;
}
