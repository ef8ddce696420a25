/**
 * The files the build writes for artefacts. A `.json` artefact is plain JSON; a `.bin`
 * artefact may hold typed arrays anywhere in its value (an object), and is a JSON header
 * followed by the arrays' bytes, which a start uses in place: no decoding, no copying.
 *
 * `.bin` layout: the header's length (uint32, little-endian); the header
 * `{ value, arrays }`, where value has each typed array replaced by 0 and arrays lists
 * `[path, type, offset, length]`; then, from the next multiple of 16, the arrays' bytes,
 * little-endian, each at `offset` (a multiple of 16) from there.
 *
 * JSON is UTF-8: a start parses Han text in it ~1.5× faster than the same as \u escapes.
 */

export type TypedArray = Float64Array | Float32Array | Int32Array | Uint32Array | Uint16Array | Uint8Array;

const TYPES = { Float64Array, Float32Array, Int32Array, Uint32Array, Uint16Array, Uint8Array };
type TypeName = keyof typeof TYPES;
type Path = (string | number)[];
type ArrayRecord = [path: Path, type: TypeName, offset: number, length: number];

const BIG_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 0;

const utf8 = new TextDecoder();
/** Node's Buffer decodes UTF-16 fastest and keeps lone surrogates (TextDecoder would replace them); browsers have none. */
const NodeBuffer = (globalThis as { Buffer?: { from(b: ArrayBufferLike, o: number, n: number): { toString(e: 'utf16le'): string } } }).Buffer;

/** The value of an artefact file, its typed arrays views of `bytes` (no copy: a large model is used in place). */
export function readArtefactFile(file: string, bytes: Uint8Array): unknown {
  if (!file.endsWith('.bin')) return JSON.parse(utf8.decode(bytes));
  const headerEnd = 4 + new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0, true);
  const { value, arrays } = JSON.parse(utf8.decode(bytes.subarray(4, headerEnd))) as { value: unknown; arrays: ArrayRecord[] };
  const payload = alignArray(headerEnd);
  for (const [path, type, offset, length] of arrays) setAt(value, path, arrayAt(bytes, type, payload + offset, length));
  return value;
}

/** The bytes of the artefact file for `value` (at build time). */
export function writeArtefactFile(file: string, value: unknown): Uint8Array {
  if (!file.endsWith('.bin')) return new TextEncoder().encode(JSON.stringify(value));
  const arrays: ArrayRecord[] = [];
  const parts: Uint8Array[] = [];
  let size = 0;
  const plain = withoutArrays(value, [], (path, array) => {
    arrays.push([path, array.constructor.name as TypeName, size, array.length]);
    parts.push(littleEndianBytes(array));
    size = alignArray(size + array.byteLength);
  });
  const header = new TextEncoder().encode(JSON.stringify({ value: plain, arrays }));
  const payload = alignArray(4 + header.length);
  const out = new Uint8Array(payload + size);
  new DataView(out.buffer).setUint32(0, header.length, true);
  out.set(header, 4);
  arrays.forEach(([, , offset], i) => out.set(parts[i]!, payload + offset));
  return out;
}

/**
 * Long text for a `.bin` artefact: its UTF-16 code units, which a start decodes in one
 * native call. JSON would escape every Han character (\u4e00) and parse ~7× slower.
 */
export function unitsOfText(text: string): Uint16Array {
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
  return units;
}

/** The text `unitsOfText` stored. */
export function textOfUnits(units: Uint16Array): string {
  if (!BIG_ENDIAN && NodeBuffer) return NodeBuffer.from(units.buffer, units.byteOffset, units.byteLength).toString('utf16le');
  let text = '';
  for (let i = 0; i < units.length; i += 8192) text += String.fromCharCode(...units.subarray(i, i + 8192));
  return text;
}

/** A long list of strings for a `.bin` artefact: joined by \n, as unitsOfText stores text. */
export function unitsOfLines(lines: readonly string[]): Uint16Array {
  if (lines.some((line) => line.includes('\n'))) throw new Error('artefact: a line to store holds \n');
  return unitsOfText(lines.join('\n'));
}

/** The list `unitsOfLines` stored. */
export function linesOfUnits(units: Uint16Array): string[] {
  return units.length === 0 ? [] : textOfUnits(units).split('\n');
}

function arrayAt(bytes: Uint8Array, type: TypeName, byteOffset: number, length: number): TypedArray {
  const Type = TYPES[type];
  const start = bytes.byteOffset + byteOffset;
  if (!BIG_ENDIAN && start % Type.BYTES_PER_ELEMENT === 0) return new Type(bytes.buffer as ArrayBuffer, start, length);
  const own = new Uint8Array(bytes.subarray(byteOffset, byteOffset + length * Type.BYTES_PER_ELEMENT)); // a copy, aligned (not slice: a Buffer's slice is a view)
  if (BIG_ENDIAN) swapBytes(own, Type.BYTES_PER_ELEMENT);
  return new Type(own.buffer, 0, length);
}

function littleEndianBytes(array: TypedArray): Uint8Array {
  const bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
  return BIG_ENDIAN ? swapBytes(new Uint8Array(bytes), array.BYTES_PER_ELEMENT) : bytes;
}

/** Reverses, in place, the bytes of each element `width` bytes wide. */
function swapBytes(bytes: Uint8Array, width: number): Uint8Array {
  for (let i = 0; i + width <= bytes.length; i += width) bytes.subarray(i, i + width).reverse();
  return bytes;
}

/** A copy of `value` with each typed array replaced by 0 and reported with its path. */
function withoutArrays(value: unknown, path: Path, report: (path: Path, array: TypedArray) => void): unknown {
  if (ArrayBuffer.isView(value)) {
    if (path.length === 0 || !(value.constructor.name in TYPES)) throw new Error(`artefact: cannot store ${value.constructor.name} here`);
    report(path, value as TypedArray);
    return 0;
  }
  if (Array.isArray(value)) return value.map((v, i) => withoutArrays(v, [...path, i], report));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutArrays(v, [...path, k], report)]));
  return value;
}

function setAt(root: unknown, path: Path, value: unknown): void {
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = value;
}

/**
 * Arrays start at multiples of 16 bytes, as allocated memory does: a hash table's slot or
 * a filter's block (16 bytes) then never straddles two cache lines.
 */
const alignArray = (n: number) => (n + 15) & ~15;
