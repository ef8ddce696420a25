import { loadArtefact, type Artefact } from '../../compiled/artefact.js';
import { linesOfUnits, textOfUnits, unitsOfLines } from '../../compiled/artefact-file.js';
import { readDictionaryFile } from '../../dictionaries.js';

/** A township (镇/乡/街道) and the villages and communities under it, named without 村/社区 (鹳山村 → 鹳山). */
export interface Township {
  name: string;
  /** The townships of its county, itself among them. */
  county: readonly Township[];
  /** Decoded on first call: a text names few townships. */
  villages(): readonly string[];
}

/** The townships of each county and the villages of each township (dictionaries/places/children.tsv), and which characters sound alike. */
export interface PlaceChildren {
  /** Every township with this full name (城关镇: 88 of them). */
  townships(name: string): readonly Township[];
  /** The townships of every county with this full name (朝阳区: Beijing's and Changchun's). */
  countyTownships(name: string): readonly Township[];
  /** The two characters share a reading, tone aside (观/鹳, 仕/士, 闫/阎). */
  sameSound(a: string, b: string): boolean;
}

/**
 * The names of counties (`@朝阳区`) and townships, one a line, in the file's order, as
 * text; the villages of the townships follow one another in `villages`, township i's
 * taking `lengths[i]` bytes,
 * each character stored as its rank by frequency (`chars`), one byte for the 224 commonest
 * and two for the rest, names separated by a space. npm packs the file with gzip, which
 * packs that to ~2 MB where UTF-8 or UTF-16 takes ~2.5 MB; a start decodes only the
 * townships a text names.
 */
interface StoredPlaceChildren {
  names: Uint16Array;
  lengths: Uint16Array;
  chars: string;
  villages: Uint8Array;
  sounds: string[];
}

const ONE_BYTE = 0xe0;

export const PLACE_CHILDREN: Artefact<PlaceChildren, StoredPlaceChildren> = {
  file: 'place-children.bin',
  compute: () => fromStored(encode(dataLines('places/children.tsv'), dataLines('places/char-sounds.tsv'))),
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

/** children.tsv's lines (`@county`, `township<TAB>village village…`) as stored. */
function encode(lines: readonly string[], sounds: string[]): StoredPlaceChildren {
  const names: string[] = [];
  const lists: string[] = [];
  for (const line of lines) {
    if (line.startsWith('@')) {
      names.push(line);
      continue;
    }
    const [name = '', villages = ''] = line.split('\t');
    if (!name || name.startsWith('@')) throw new Error(`gongwen: dictionaries/places/children.tsv 中的行无效：${line}`);
    names.push(name);
    lists.push(villages.trim().replace(/\s+/g, ' '));
  }
  const count = new Map<string, number>();
  for (const list of lists) for (const c of list) count.set(c, (count.get(c) ?? 0) + 1);
  const chars = [...count.keys()].sort((a, b) => count.get(b)! - count.get(a)! || (a < b ? -1 : 1));
  if (chars.length > ONE_BYTE + (0x100 - ONE_BYTE) * 0x100) throw new Error('gongwen: dictionaries/places/children.tsv 的字数超出编码上限');
  const rank = new Map(chars.map((c, i) => [c, i]));
  const bytes: number[] = [];
  const lengths: number[] = [];
  for (const list of lists) {
    const from = bytes.length;
    for (const c of list) {
      const r = rank.get(c)!;
      if (r < ONE_BYTE) bytes.push(r);
      else bytes.push(ONE_BYTE + ((r - ONE_BYTE) >> 8), (r - ONE_BYTE) & 0xff);
    }
    lengths.push(bytes.length - from);
  }
  if (lengths.some((n) => n > 0xffff)) throw new Error('gongwen: dictionaries/places/children.tsv 中某乡镇的村太多，超出编码上限');
  return { names: unitsOfLines(names), lengths: Uint16Array.from(lengths), chars: chars.join(''), villages: Uint8Array.from(bytes), sounds };
}

interface PlaceChildrenTable extends PlaceChildren {
  stored: StoredPlaceChildren;
}

function fromStored(stored: StoredPlaceChildren): PlaceChildrenTable {
  const codes = [...stored.chars];
  const decode = (from: number, to: number) => {
    const units: number[] = [];
    for (let i = from; i < to; ) {
      const b = stored.villages[i++]!;
      const c = codes[b < ONE_BYTE ? b : ONE_BYTE + ((b - ONE_BYTE) << 8) + stored.villages[i++]!]!;
      units.push(c.charCodeAt(0));
      if (c.length > 1) units.push(c.charCodeAt(1));
    }
    return units.length === 0 ? [] : textOfUnits(Uint16Array.from(units)).split(' ');
  };
  const byName = new Map<string, Township[]>();
  const byCounty = new Map<string, Township[]>();
  let county: Township[] = [];
  let index = 0;
  // Where each township's villages start in `villages`: 0 and the running sums of `lengths`.
  const offsets = new Uint32Array(stored.lengths.length + 1);
  stored.lengths.forEach((n, i) => (offsets[i + 1] = offsets[i]! + n));
  for (const line of linesOfUnits(stored.names)) {
    if (line.startsWith('@')) {
      const name = line.slice(1);
      county = byCounty.get(name) ?? [];
      byCounty.set(name, county);
      continue;
    }
    const i = index++;
    let villages: string[] | undefined;
    const township: Township = { name: line, county, villages: () => (villages ??= decode(offsets[i]!, offsets[i + 1]!)) };
    county.push(township);
    const same = byName.get(line);
    if (same) same.push(township);
    else byName.set(line, [township]);
  }
  // Each character's readings, as indexes of `sounds` lines.
  const readings = new Map<string, number[]>();
  stored.sounds.forEach((line, i) => {
    for (const c of line.slice(line.indexOf('\t') + 1)) {
      const list = readings.get(c);
      if (list) list.push(i);
      else readings.set(c, [i]);
    }
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
