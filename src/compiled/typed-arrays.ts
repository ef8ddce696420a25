/**
 * Typed arrays as base64 text, for the JSON files the build writes: little-endian on
 * disk, byte-swapped on a big-endian host.
 */
const BIG_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 0;

type TypedArray = Int32Array | Uint32Array | Uint16Array | Uint8Array;

export function encodeArray(array: TypedArray): string {
  const bytes = Buffer.from(array.buffer, array.byteOffset, array.byteLength);
  return (BIG_ENDIAN ? swapBytes(Buffer.from(bytes), array.BYTES_PER_ELEMENT) : bytes).toString('base64');
}

export function decodeInt32(text: string): Int32Array {
  return new Int32Array(decodeBytes(text, 4).buffer);
}

export function decodeUint32(text: string): Uint32Array {
  return new Uint32Array(decodeBytes(text, 4).buffer);
}

export function decodeUint16(text: string): Uint16Array {
  return new Uint16Array(decodeBytes(text, 2).buffer);
}

export function decodeUint8(text: string): Uint8Array {
  return decodeBytes(text, 1);
}

/** The bytes in a buffer of their own: Buffer.from may return a slice of a shared pool, at any offset. */
function decodeBytes(text: string, width: number): Uint8Array {
  const bytes = new Uint8Array(Buffer.from(text, 'base64'));
  if (BIG_ENDIAN) swapBytes(Buffer.from(bytes.buffer), width);
  return bytes;
}

/** Swaps, in place, the bytes of each element `width` bytes wide. */
function swapBytes(bytes: Buffer, width: number): Buffer {
  if (width === 2) bytes.swap16();
  else if (width === 4) bytes.swap32();
  return bytes;
}
