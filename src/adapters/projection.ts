import { lazyModule } from '../lazy-module.js';
import { optionalModule } from '../platform/platform.js';

/** HTML named character references (&nbsp;), needed only when the source has them. */
const decodeNamed = lazyModule(() => optionalModule('decode-named-character-reference').decodeNamedCharacterReference);

/** Stands for a span that is not prose (inline code): it keeps words on either side apart. */
const OPAQUE = '\uFFFC';

/**
 * The prose of a Markdown or HTML source as plain text, with, for every UTF-16 unit of
 * `text`, the source range it came from. Rules run on `text`; their offsets map back
 * through `sourceStart`/`sourceEnd`, so issues point into the original source.
 */
export interface Projection {
  text: string;
  sourceStart: Int32Array;
  sourceEnd: Int32Array;
}

/** Builds a projection piece by piece while an adapter walks its syntax tree. */
export class ProjectionBuilder {
  readonly #source: string;
  #parts: string[] = [];
  #last = '';
  #starts: number[] = [];
  #ends: number[] = [];

  constructor(source: string) {
    this.#source = source;
  }

  /** A block boundary: a line break in the text, zero-width at `at` in the source. */
  separator(at: number): void {
    if (this.#last === '' || this.#last === '\n') return;
    this.#push('\n', at, at);
  }

  /** A span that is not prose but sits inside it (inline code): one opaque character. */
  opaque(from: number, to: number): void {
    this.#push(OPAQUE, from, to);
  }

  /**
   * Prose whose parsed `value` came from `source[from, to)`. The two differ where the
   * source has escapes (\*), character references (&nbsp; &#20013;) or container
   * prefixes after a line break (> in block quotes, list indentation); each unit of
   * `value` is aligned with the source characters it came from.
   */
  prose(value: string, from: number, to: number): void {
    const src = this.#source;
    let p = from;
    for (let i = 0; i < value.length; ) {
      const ch = value[i]!;
      if (p >= to) {
        this.#push(value.slice(i), to, to); // should not happen; keeps offsets inside the node
        return;
      }
      // A reference first: its own '&' would otherwise pass for a literal one.
      if (src[p] === '&') {
        const ref = characterReference(src, p);
        if (ref && value.startsWith(ref.value, i)) {
          for (const unit of ref.value) this.#push(unit, p, ref.end);
          i += ref.value.length;
          p = ref.end;
          continue;
        }
      }
      if (src[p] === ch) {
        this.#push(ch, p, p + 1);
        i++;
        p++;
        continue;
      }
      if (src[p] === '\\' && src[p + 1] === ch) {
        this.#push(ch, p, p + 2);
        i++;
        p += 2;
        continue;
      }
      if (src[p] === '\r' && ch === '\n') {
        // The parser turned \r\n or a lone \r into \n.
        if (src[p + 1] === '\n') p++;
        else {
          this.#push(ch, p, p + 1);
          i++;
          p++;
        }
        continue;
      }
      // A tag the parser dropped from inside the text (a stray end tag: 截止目前</b>按装 is one text node).
      if (src[p] === '<') {
        const close = src.indexOf('>', p);
        if (close !== -1 && close < to) {
          p = close + 1;
          continue;
        }
      }
      if (/[ \t>]/.test(src[p]!)) {
        p++; // container prefix or whitespace the parser dropped
        continue;
      }
      this.#push(ch, p, p + 1); // unknown difference: map one to one and move on
      i++;
      p++;
    }
  }

  build(): Projection {
    return { text: this.#parts.join(''), sourceStart: Int32Array.from(this.#starts), sourceEnd: Int32Array.from(this.#ends) };
  }

  #push(units: string, start: number, end: number): void {
    this.#parts.push(units);
    this.#last = units[units.length - 1]!;
    for (let k = 0; k < units.length; k++) {
      this.#starts.push(start);
      this.#ends.push(end);
    }
  }
}

/** `&name;`, `&#123;` or `&#x7B;` at `at`, decoded, with the offset after it. */
function characterReference(src: string, at: number): { value: string; end: number } | undefined {
  const semi = src.indexOf(';', at);
  if (semi < 0 || semi - at > 40) return undefined;
  const body = src.slice(at + 1, semi);
  let value: string | false = false;
  if (/^#\d{1,7}$/.test(body)) value = fromCodePoint(Number(body.slice(1)));
  else if (/^#[xX][0-9a-fA-F]{1,6}$/.test(body)) value = fromCodePoint(Number.parseInt(body.slice(2), 16));
  else if (/^[A-Za-z][A-Za-z0-9]*$/.test(body)) value = decodeNamed()(body);
  return value ? { value, end: semi + 1 } : undefined;
}

function fromCodePoint(cp: number): string | false {
  return cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : '\uFFFD';
}

/**
 * Where `[start, end)` of the projected text lies in the source. `exact` is true when
 * the source span reads exactly like the projected one but for invisible characters (no
 * markup or escapes inside), which is when a replacement can be applied to the source
 * as it is.
 */
export function toSource(projection: Projection, source: string, start: number, end: number): { start: number; end: number; exact: boolean } {
  const s = projection.sourceStart[start]!;
  const e = projection.sourceEnd[end - 1]!;
  const slice = source.slice(s, e);
  const projected = projection.text.slice(start, end);
  return { start: s, end: e, exact: slice === projected || slice.replace(INVISIBLE_ALL, '') === projected };
}

/**
 * Characters that show nothing yet split a word for a program: zero-width space and
 * joiners, word joiner, soft hyphen, a byte order mark inside the text. Pasted from web
 * pages and chat tools, they would hide 针\u200b炙 from every rule.
 */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/;
const INVISIBLE_ALL = new RegExp(INVISIBLE.source, 'g');

/**
 * `projection` (or the plain `text`, when there is none) without its invisible
 * characters, each remaining unit still mapped to the source; undefined when there
 * are none, which is the usual case and costs one scan.
 */
export function withoutInvisible(text: string, projection?: Projection): Projection | undefined {
  if (!INVISIBLE.test(text)) return undefined;
  const kept: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff) continue;
    kept.push(text[i]!);
    starts.push(projection ? projection.sourceStart[i]! : i);
    ends.push(projection ? projection.sourceEnd[i]! : i + 1);
  }
  return { text: kept.join(''), sourceStart: Int32Array.from(starts), sourceEnd: Int32Array.from(ends) };
}
