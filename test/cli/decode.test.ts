import { describe, expect, it } from 'vitest';
import { decode } from '../../src/cli/decode.js';

const utf8 = (s: string) => new TextEncoder().encode(s);
const join = (...parts: (Uint8Array | number[])[]) => Uint8Array.from(parts.flatMap((p) => [...p]));
// 截止目前，针炙科。 in GB18030
const GB = [0xbd, 0xd8, 0xd6, 0xb9, 0xc4, 0xbf, 0xc7, 0xb0, 0xa3, 0xac, 0xd5, 0xeb, 0xd6, 0xcb, 0xbf, 0xc6, 0xa1, 0xa3];

describe('decode: the encoding from the evidence', () => {
  it('reads valid UTF-8, with or without BOM', () => {
    expect(decode(utf8('针炙'))).toEqual({ text: '针炙', encoding: 'utf-8', bom: false, errors: [] });
    expect(decode(utf8('\uFEFF针炙'))).toEqual({ text: '针炙', encoding: 'utf-8', bom: true, errors: [] });
  });

  it('keeps UTF-8 with a few bad bytes as UTF-8, each bad sequence one U+FFFD at a known offset and byte', () => {
    const bytes = join(utf8('针炙'), [0xff], utf8('科\n'), [0xe9, 0x92], utf8('按装'));
    const decoded = decode(bytes);
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text).toBe('针炙\uFFFD科\n\uFFFD按装');
    expect(decoded.errors).toEqual([
      { offset: 2, byte: 6 },
      { offset: 5, byte: 11 },
    ]);
    // The same replacement as the WHATWG decoder, so offsets agree with any other reader.
    expect(decoded.text).toBe(new TextDecoder().decode(bytes));
  });

  it('agrees with the WHATWG decoder on overlong forms, surrogates and truncated sequences', () => {
    for (const bad of [[0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe4, 0xb8], [0xf0, 0x9f, 0x98]]) {
      const bytes = join(utf8('通知：'.repeat(4)), bad, utf8('正文'));
      const decoded = decode(bytes);
      expect([decoded.encoding, decoded.text]).toEqual(['utf-8', new TextDecoder().decode(bytes)]);
    }
  });

  it('reads GB18030 only when it decodes cleanly and UTF-8 clearly does not', () => {
    expect(decode(Uint8Array.from(GB))).toMatchObject({ text: '截止目前，针炙科。', encoding: 'gb18030' });
    // GB18030 with a byte no encoding accepts: neither, so not decoded at all.
    expect(decode(Uint8Array.from([...GB, 0xff]))).toEqual({ text: '', encoding: 'unknown', bom: false, errors: [] });
  });

  it('reads UTF-16 with a BOM, and without one when it is plainly Chinese text', () => {
    const le = new Uint8Array(Buffer.from('截止目前，针炙科。\n', 'utf16le'));
    expect(decode(join([0xff, 0xfe], le))).toMatchObject({ text: '截止目前，针炙科。\n', encoding: 'utf-16le', bom: true });
    expect(decode(le)).toMatchObject({ text: '截止目前，针炙科。\n', encoding: 'utf-16le', bom: false });
    const be = Uint8Array.from(le).map((_, i, a) => a[i ^ 1]!);
    expect(decode(be)).toMatchObject({ text: '截止目前，针炙科。\n', encoding: 'utf-16be', bom: false });
  });

  it('calls bytes with NUL that are no UTF-16 text binary', () => {
    expect(decode(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xd5, 0xeb]))).toMatchObject({ text: '', encoding: 'binary' });
  });
});
