import { loadArtefact, type Artefact } from '../../compiled/artefact.js';
import { textOfUnits, unitsOfText } from '../../compiled/artefact-file.js';
import { readDictionaryFile } from '../../dictionaries.js';
import { loadCharSounds } from './char-sounds.js';

/** A township (镇/乡/街道) and the villages and communities under it, named without 村/社区 (鹳山村 → 鹳山). */
export interface Township {
  name: string;
  /** The townships of its county, itself among them. */
  county(): readonly Township[];
  /** Decoded on first call: a text names few townships. */
  villages(): readonly string[];
}

/** The townships of each county and the villages of each township (dictionaries/places/children.tsv), and which characters sound alike. */
export interface PlaceChildren {
  /** Every township with this full name (城关镇: 88 of them). */
  townships(name: string): readonly Township[];
  /** The townships of every county with this full name (朝阳区: Beijing's and Changchun's). */
  countyTownships(name: string): readonly Township[];
  /** The two characters share a reading, tone aside (观/鹳, 仕/士, 闫/阎): the shared table of char-sounds.ts. */
  sameSound(a: string, b: string): boolean;
}

/**
 * The villages' characters stored as their rank by frequency (`chars`), one byte for the 224
 * commonest and two for the rest: npm packs the file with gzip, which packs that to ~2 MB
 * where UTF-8 or UTF-16 takes ~2.5 MB. `names`: the lines' names, counties as `@朝阳区`, in
 * the file's order, as UTF-16 units separated by line breaks (~300 kB), line i's starting at
 * `nameStarts[i]`: a start makes one string of them, where decoding the ranks and splitting
 * 44,000 lines took ~10 ms of the first text that names a township. `villages`: the villages
 * of each line one after another, line i's from byte `villageStarts[i]` to `villageStarts[i + 1]`
 * (none for a county), names separated by a space, decoded for the townships a text names.
 * `townships` and `counties` list the lines of each kind sorted by name: a start builds no
 * map, a look-up is a binary search.
 */
interface StoredPlaceChildren {
  chars: string;
  names: Uint16Array;
  nameStarts: Uint32Array;
  villageStarts: Uint32Array;
  villages: Uint8Array;
  townships: Uint16Array;
  counties: Uint16Array;
}

const ONE_BYTE = 0xe0;
/** '@', which starts a county's line. */
const AT = 0x40;

export const PLACE_CHILDREN: Artefact<PlaceChildren, StoredPlaceChildren> = {
  file: 'place-children.bin',
  compute: () => fromStored(encode(dataLines('places/children.tsv'))),
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
function encode(lines: readonly string[]): StoredPlaceChildren {
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
  // Counted and ranked by code point in typed arrays: 2.7 M characters, which strings and maps would take seconds over.
  const nameText = names.join('\n');
  const count = new Uint32Array(0x110000);
  for (const text of [nameText, ...lists]) {
    for (let i = 0; i < text.length; i++) {
      const cp = codePointAt(text, i);
      if (cp > 0xffff) i++;
      count[cp] = count[cp]! + 1;
    }
  }
  const points: number[] = [];
  count.forEach((n, cp) => n > 0 && points.push(cp));
  points.sort((a, b) => count[b]! - count[a]! || a - b);
  if (points.length > ONE_BYTE + (0x100 - ONE_BYTE) * 0x100) throw new Error('gongwen: dictionaries/places/children.tsv 的字数超出编码上限');
  const rank = new Int32Array(0x110000);
  points.forEach((cp, r) => (rank[cp] = r));
  const encodeInto = (out: Uint8Array, at: number, text: string): number => {
    for (let i = 0; i < text.length; i++) {
      const cp = codePointAt(text, i);
      if (cp > 0xffff) i++;
      const r = rank[cp]!;
      if (r < ONE_BYTE) out[at++] = r;
      else {
        out[at++] = ONE_BYTE + ((r - ONE_BYTE) >> 8);
        out[at++] = (r - ONE_BYTE) & 0xff;
      }
    }
    return at;
  };
  const nameStarts = new Uint32Array(names.length + 1);
  names.forEach((name, i) => (nameStarts[i + 1] = nameStarts[i]! + name.length + 1));
  const bytes = new Uint8Array(2 * lists.reduce((n, list) => n + list.length, 0));
  const villageStarts = new Uint32Array(names.length + 1);
  let size = 0;
  let township = 0;
  names.forEach((name, i) => {
    if (!name.startsWith('@')) {
      const list = lists[township++]!;
      const from = size;
      size = encodeInto(bytes, size, list);
      if (size - from > 0xffff) throw new Error(`gongwen: dictionaries/places/children.tsv 中“${name}”的村太多，超出编码上限`);
    }
    villageStarts[i + 1] = size;
  });
  const sorted = (kind: (name: string) => boolean) =>
    Uint16Array.from(names.map((_, i) => i).filter((i) => kind(names[i]!))).sort((a, b) => compare(names[a]!, names[b]!) || a - b);
  if (names.length > 0xffff) throw new Error('gongwen: dictionaries/places/children.tsv 的行数超出编码上限');
  return {
    chars: String.fromCodePoint(...points),
    names: unitsOfText(nameText),
    nameStarts,
    villageStarts,
    villages: bytes.slice(0, size),
    townships: sorted((n) => !n.startsWith('@')),
    counties: sorted((n) => n.startsWith('@')),
  };
}

/** The characters by rank as UTF-16 code units: the first, and the second of a character outside the BMP (else 0). */
interface Codes {
  high: Uint16Array;
  low: Uint16Array;
}

function codesOf(chars: string): Codes {
  // A loop over the units, not Uint16Array.from(list, map): that called the map per character through the iterator protocol (~1–10 ms cold for 5,000).
  let count = 0;
  for (let i = 0; i < chars.length; i++) if (!isLowSurrogateAfterHigh(chars, i)) count++;
  const high = new Uint16Array(count);
  const low = new Uint16Array(count);
  for (let i = 0, n = 0; i < chars.length; i++, n++) {
    high[n] = chars.charCodeAt(i);
    if (i + 1 < chars.length && isLowSurrogateAfterHigh(chars, i + 1)) low[n] = chars.charCodeAt(++i);
  }
  return { high, low };
}

/** The unit at `i` is a low surrogate after a high one: the second half of a character [...text] keeps whole. */
function isLowSurrogateAfterHigh(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0xdc00 || c > 0xdfff || i === 0) return false;
  const h = text.charCodeAt(i - 1);
  return h >= 0xd800 && h <= 0xdbff;
}

/** The text of bytes [from, to) of `bytes`, each character coded by its rank. */
function decode({ high, low }: Codes, bytes: Uint8Array, from: number, to: number): string {
  const units = new Uint16Array(2 * (to - from));
  let n = 0;
  for (let i = from; i < to; ) {
    const b = bytes[i++]!;
    const rank = b < ONE_BYTE ? b : ONE_BYTE + ((b - ONE_BYTE) << 8) + bytes[i++]!;
    units[n++] = high[rank]!;
    if (low[rank] !== 0) units[n++] = low[rank]!;
  }
  return textOfUnits(units.subarray(0, n));
}

interface PlaceChildrenTable extends PlaceChildren {
  stored: StoredPlaceChildren;
}

/** The code point at i, where a surrogate pair counts at its first unit (the second is then skipped). */
function codePointAt(text: string, i: number): number {
  return text.codePointAt(i)!;
}

/** UTF-16 order, as `<` compares: the order the look-ups search in. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function fromStored(stored: StoredPlaceChildren): PlaceChildrenTable {
  let codes: Codes | undefined;
  const all = textOfUnits(stored.names);
  const starts = stored.nameStarts;
  const lineCount = starts.length - 1;
  /** The name of line i. */
  const lineAt = (i: number): string => all.slice(starts[i]!, starts[i + 1]! - 1);
  const isCounty = (i: number): boolean => starts[i + 1]! - starts[i]! > 1 && all.charCodeAt(starts[i]!) === AT;
  const offsets = stored.villageStarts;
  const made = new Map<number, Township>();
  const townshipAt = (line: number): Township => {
    let t = made.get(line);
    if (t) return t;
    let villages: readonly string[] | undefined;
    let county: readonly Township[] | undefined;
    t = {
      name: lineAt(line),
      villages: () => (villages ??= offsets[line] === offsets[line + 1] ? [] : decode((codes ??= codesOf(stored.chars)), stored.villages, offsets[line]!, offsets[line + 1]!).split(' ')),
      county: () => {
        if (county) return county;
        let first = line;
        while (first > 0 && !isCounty(first - 1)) first--;
        return (county = townshipsFrom(first));
      },
    };
    made.set(line, t);
    return t;
  };
  /** The township lines from `first` to the next county line. */
  const townshipsFrom = (first: number): Township[] => {
    const list: Township[] = [];
    for (let i = first; i < lineCount && !isCounty(i); i++) list.push(townshipAt(i));
    return list;
  };
  /** The lines of `order` named `name`. */
  const named = (order: Uint16Array, name: string): number[] => {
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (lineAt(order[mid]!) < name) lo = mid + 1;
      else hi = mid;
    }
    const found: number[] = [];
    for (let k = lo; k < order.length && lineAt(order[k]!) === name; k++) found.push(order[k]!);
    return found;
  };
  return {
    stored,
    townships: (name) => named(stored.townships, name).map(townshipAt),
    countyTownships: (name) => named(stored.counties, `@${name}`).flatMap((line) => townshipsFrom(line + 1)),
    sameSound: (a, b) => loadCharSounds().sameSound(a, b),
  };
}
