/** A byte sequence that is not UTF-8, where the decoded text holds a U+FFFD for it. */
export interface DecodingError {
  /** Offset of its U+FFFD in the decoded text (BOM not counted). */
  offset: number;
  /** Offset of its first byte in the file. */
  byte: number;
}

export interface DecodedText {
  text: string;
  /**
   * `utf-8` (perhaps with `errors`), UTF-16 with a byte order mark, `gb18030` when the
   * bytes decode cleanly as GB18030 and clearly are not UTF-8; `binary` and `unknown`
   * are not decoded at all (their text is empty).
   */
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'binary' | 'unknown';
  /** The file began with a byte order mark, which `text` leaves out. */
  bom: boolean;
  /** UTF-8 only: the bytes that are not UTF-8, in order. */
  errors: DecodingError[];
}

/**
 * Decides the encoding from the evidence. Valid UTF-8 is UTF-8; bytes that are UTF-8 but
 * for a few bad sequences stay UTF-8 with those errors located (one stray 0xFF must not
 * turn a whole bulletin into GB18030 mojibake); GB18030 only when it decodes without a
 * single error and the bad UTF-8 sequences outnumber the good multi-byte ones. Anything
 * else is not decoded: nothing may be reported on text that could not be read.
 */
export function decode(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes, 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes, 'utf-16be');
  // NUL is no character of any text file in UTF-8 or GB18030: UTF-16 without a byte order mark, or a .docx renamed to .txt.
  if (bytes.subarray(0, 8192).includes(0)) return utf16WithoutBom(bytes) ?? undecoded('binary');
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', bom, errors: [] };
  } catch {
    // not valid UTF-8: weigh the evidence below
  }
  const scan = scanUtf8(bytes, bom ? 3 : 0);
  if (scan.errors.length > scan.multiByte) {
    const wide = utf16WithoutBom(bytes);
    if (wide) return wide;
    try {
      return { text: new TextDecoder('gb18030', { fatal: true }).decode(bytes), encoding: 'gb18030', bom: false, errors: [] };
    } catch {
      return undecoded('unknown');
    }
  }
  return { text: scan.text, encoding: 'utf-8', bom, errors: scan.errors };
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodedText {
  // The decoder drops the byte order mark; an odd byte or a lone surrogate becomes U+FFFD.
  return { text: new TextDecoder(encoding).decode(bytes), encoding, bom: true, errors: [] };
}

/**
 * UTF-16 without a byte order mark, recognised only when nearly every unit it decodes to
 * is a common character of Chinese text (CJK ideographs and punctuation, full-width forms,
 * printable ASCII, line breaks). GB18030 or binary bytes read as UTF-16 give Hangul,
 * private-use and rare characters instead.
 */
function utf16WithoutBom(bytes: Uint8Array): DecodedText | undefined {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return undefined;
  const sample = bytes.subarray(0, Math.min(bytes.length, 1 << 16));
  for (const encoding of ['utf-16le', 'utf-16be'] as const) {
    const text = new TextDecoder(encoding).decode(sample);
    let common = 0;
    for (let i = 0; i < text.length; i++) if (isCommonUnit(text.charCodeAt(i))) common++;
    if (common >= text.length * 0.95) return { text: new TextDecoder(encoding).decode(bytes), encoding, bom: false, errors: [] };
  }
  return undefined;
}

function isCommonUnit(c: number): boolean {
  return (c >= 0x20 && c < 0x7f) || c === 0x0a || c === 0x0d || c === 0x09 || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || c === 0x2014 || c === 0x2026 || (c >= 0x2018 && c <= 0x201d);
}

function undecoded(encoding: 'binary' | 'unknown'): DecodedText {
  return { text: '', encoding, bom: false, errors: [] };
}

interface Utf8Scan {
  text: string;
  errors: DecodingError[];
  /** Well-formed sequences of two to four bytes. */
  multiByte: number;
}

/**
 * Decodes UTF-8 as the WHATWG decoder does (one U+FFFD per maximal invalid subpart),
 * recording where each U+FFFD stands and which byte it replaced.
 */
function scanUtf8(bytes: Uint8Array, from: number): Utf8Scan {
  const decoder = new TextDecoder('utf-8');
  const parts: string[] = [];
  const errors: DecodingError[] = [];
  let length = 0;
  let multiByte = 0;
  let runStart = from;
  const flush = (to: number) => {
    if (to > runStart) {
      const s = decoder.decode(bytes.subarray(runStart, to));
      parts.push(s);
      length += s.length;
    }
  };
  let i = from;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    let j = i + 1;
    if (need > 0) {
      // The second byte's range depends on the lead (no overlong forms, no surrogates, nothing above U+10FFFF).
      const lo = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
      const hi = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
      for (let k = 0; k < need; k++, j++) {
        const c = bytes[j];
        if (c === undefined || c < (k === 0 ? lo : 0x80) || c > (k === 0 ? hi : 0xbf)) break;
      }
      if (j === i + 1 + need) {
        multiByte++;
        i = j;
        continue;
      }
    }
    flush(i);
    errors.push({ offset: length, byte: i });
    parts.push('\uFFFD');
    length++;
    i = need > 0 ? j : i + 1;
    runStart = i;
  }
  flush(bytes.length);
  return { text: parts.join(''), errors, multiByte };
}
