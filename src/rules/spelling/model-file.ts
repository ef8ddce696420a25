import { KeyFilter } from './key-filter.js';
import { NumberTable } from './number-table.js';
import type { SpellingModelData } from './model-data.js';

/**
 * The compiled model's file (dist/spelling-model.bin): "GWSM", a little-endian u32
 * header length, a JSON header listing each array's type, byte offset and length, then
 * the arrays, each 4-byte aligned. Loading maps the arrays onto the file's bytes: no
 * parsing, no copying.
 */
const MAGIC = 'GWSM';
const VERSION = 3;

type Typed = Float32Array | Int32Array | Uint8Array | Uint16Array | Uint32Array;
const TYPES = { Float32Array, Int32Array, Uint8Array, Uint16Array, Uint32Array } as const;
type TypeName = keyof typeof TYPES;
interface Header {
  version: number;
  arrays: Record<string, { type: TypeName; offset: number; length: number; kind?: 'table' | 'filter' }>;
  longerWords: string;
}

export function encodeModel(data: SpellingModelData): Buffer {
  const arrays: [string, Typed][] = [];
  for (const [name, value] of Object.entries(data)) {
    if (typeof value === 'string') continue;
    arrays.push([name, value instanceof NumberTable ? value.slots : value instanceof KeyFilter ? value.bits : (value as Typed)]);
  }
  const header: Header = { version: VERSION, arrays: {}, longerWords: data.longerWords };
  let offset = 0;
  for (const [name, array] of arrays) {
    const value = data[name as keyof SpellingModelData];
    const kind = value instanceof NumberTable ? 'table' : value instanceof KeyFilter ? 'filter' : undefined;
    header.arrays[name] = { type: array.constructor.name as TypeName, offset, length: array.length, ...(kind && { kind }) };
    offset += align(array.byteLength);
  }
  const json = Buffer.from(JSON.stringify(header));
  const start = align(8 + json.length);
  const out = Buffer.alloc(start + offset);
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(json.length, 4);
  json.copy(out, 8);
  for (const [name, array] of arrays) Buffer.from(array.buffer, array.byteOffset, array.byteLength).copy(out, start + header.arrays[name]!.offset);
  return out;
}

export function decodeModel(file: Buffer): SpellingModelData {
  if (file.toString('latin1', 0, 4) !== MAGIC) throw new Error('gongwen: spelling-model.bin 不是拼写模型文件（请重新构建）');
  const jsonLength = file.readUInt32LE(4);
  const header = JSON.parse(file.toString('utf8', 8, 8 + jsonLength)) as Header;
  if (header.version !== VERSION) throw new Error(`gongwen: spelling-model.bin 版本 ${header.version} 与程序不符（请重新构建）`);
  // Typed arrays need an aligned start: copy once into a fresh buffer if the file's is not.
  const bytes = file.byteOffset % 4 === 0 ? file : Buffer.from(file);
  const start = align(8 + jsonLength);
  const data: Record<string, unknown> = { longerWords: header.longerWords };
  for (const [name, { type, offset, length, kind }] of Object.entries(header.arrays)) {
    const array = new TYPES[type](bytes.buffer as ArrayBuffer, bytes.byteOffset + start + offset, length);
    data[name] = kind === 'table' ? new NumberTable(array as Int32Array) : kind === 'filter' ? new KeyFilter(array as Uint32Array) : array;
  }
  return data as unknown as SpellingModelData;
}

function align(n: number): number {
  return (n + 3) & ~3;
}
