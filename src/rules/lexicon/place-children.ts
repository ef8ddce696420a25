import { loadArtefact, type Artefact } from '../../compiled/artefact.js';
import { readDictionaryFile } from '../../dictionaries.js';

/** A township (镇/乡/街道) and the villages and communities under it, named without 村/社区 (鹳山村 → 鹳山). */
export interface Township {
  name: string;
  /** Space-separated: split only for the townships a text names. */
  villages: string;
}

/** The townships of each county and the villages of each township (dictionaries/places/children.tsv), and which characters sound alike. */
export interface PlaceChildren {
  /** Every township with this full name (城关镇: hundreds of them). */
  townships(name: string): readonly Township[];
  /** The townships of every county with this full name (朝阳区: Beijing's and Changchun's). */
  countyTownships(name: string): readonly Township[];
  /** The two characters share a reading, tone aside (观/鹳, 仕/士, 闫/阎). */
  sameSound(a: string, b: string): boolean;
}

/**
 * Stored with each character as its rank by frequency in the table, one byte for the 224
 * commonest and two for the rest: npm packs the file with gzip, which packs that to ~2 MB
 * where UTF-8 takes ~2.6 MB. `chars` lists the characters by rank (newline, tab, space,
 * @ are among them).
 */
interface StoredPlaceChildren {
  chars: string;
  bytes: Uint8Array;
  sounds: string[];
}

const ONE_BYTE = 0xe0;

export const PLACE_CHILDREN: Artefact<PlaceChildren, StoredPlaceChildren> = {
  file: 'place-children.bin',
  compute: () => {
    const body = dataLines('places/children.tsv').join('\n');
    return fromStored({ ...encode(body), sounds: dataLines('places/char-sounds.tsv') });
  },
  store: (p) => (p as PlaceChildrenTable).stored,
  restore: fromStored,
};

export function loadPlaceChildren(): PlaceChildren {
  return loadArtefact(PLACE_CHILDREN);
}

function dataLines(file: string): string[] {
  return readDictionaryFile(file)
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '' && !l.startsWith('#'));
}

function encode(body: string): { chars: string; bytes: Uint8Array } {
  const count = new Map<string, number>();
  for (const c of body) count.set(c, (count.get(c) ?? 0) + 1);
  const chars = [...count.keys()].sort((a, b) => count.get(b)! - count.get(a)! || (a < b ? -1 : 1));
  if (chars.length > ONE_BYTE + (0x100 - ONE_BYTE) * 0x100) throw new Error('place-children: too many distinct characters to encode');
  const rank = new Map(chars.map((c, i) => [c, i]));
  const bytes: number[] = [];
  for (const c of body) {
    const r = rank.get(c)!;
    if (r < ONE_BYTE) bytes.push(r);
    else bytes.push(ONE_BYTE + ((r - ONE_BYTE) >> 8), (r - ONE_BYTE) & 0xff);
  }
  return { chars: chars.join(''), bytes: Uint8Array.from(bytes) };
}

function decode({ chars, bytes }: { chars: string; bytes: Uint8Array }): string {
  const codes = [...chars];
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i++]!;
    parts.push(codes[b < ONE_BYTE ? b : ONE_BYTE + ((b - ONE_BYTE) << 8) + bytes[i++]!]!);
  }
  return parts.join('');
}

interface PlaceChildrenTable extends PlaceChildren {
  stored: StoredPlaceChildren;
}

function fromStored(stored: StoredPlaceChildren): PlaceChildrenTable {
  const byName = new Map<string, Township[]>();
  const byCounty = new Map<string, Township[]>();
  let county: Township[] = [];
  for (const line of decode(stored).split('\n')) {
    if (line.startsWith('@')) {
      const name = line.slice(1);
      county = byCounty.get(name) ?? [];
      byCounty.set(name, county);
      continue;
    }
    const tab = line.indexOf('\t');
    const township = { name: line.slice(0, tab), villages: line.slice(tab + 1) };
    county.push(township);
    const same = byName.get(township.name);
    if (same) same.push(township);
    else byName.set(township.name, [township]);
  }
  // Each character's readings, as indexes of `sounds` lines.
  const readings = new Map<string, number[]>();
  stored.sounds.forEach((line, i) => {
    for (const c of line.slice(line.indexOf('\t') + 1)) readings.set(c, [...(readings.get(c) ?? []), i]);
  });
  return {
    stored,
    townships: (name) => byName.get(name) ?? [],
    countyTownships: (name) => byCounty.get(name) ?? [],
    sameSound: (a, b) => {
      const x = readings.get(a);
      const y = readings.get(b);
      return x !== undefined && y !== undefined && x.some((r) => y.includes(r));
    },
  };
}
