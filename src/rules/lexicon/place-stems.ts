import { loadArtefact, type Artefact } from '../../compiled/artefact.js';
import { hasSortedKey, lowerBound } from '../../compiled/sorted-keys.js';
import { textOfUnits, unitsOfText } from '../../compiled/artefact-file.js';
import { readDataLines } from '../../dictionaries.js';
import { hashOf } from './place-first-char.js';

/** A township's suffix (镇, 乡, 街道), a county's (县, 区, 市, 旗), a prefecture's or province's (市, 盟, 地区, 省): the stem is the name without it. */
const TOWNSHIP_SUFFIX = /^(.+?)(镇|乡|街道)$/;
const COUNTY_SUFFIX = /^(.+?)(县|区|市|旗|盟|地区|省)$/;
/** Units of the codes whose name is no place written bare (经济开发区, 管理区, 城区, 矿区). */
const NOT_A_STEM = /(?:自治|开发|管理|新区|园区|矿区|林区|城区|郊区|农场|牧场|林场|监狱|办事处|委员会)/;
/**
 * A name's head before an ethnic qualifier or the kind of an area (付家店 of 付家店满族乡, 射阳港 of
 * 射阳港经济区): a place's name of its own in running text, known though no stem (在付家店满族乡).
 */
const NAMED_HEAD = /^(.+?)(?:(?:[^族]{1,3}族)+(?:乡|镇)|经济技术开发区|经济开发区|开发区|经济区|工业园区|工业园|园区|管理区|示范区|试验区|港区|农场|林场|牧场|渔场)$/;
/** Stems looked for: two characters (浉河, a line of its own only) to five. */
export const MIN_STEM = 2;
export const MAX_STEM = 5;
/** The size of the pairs' bit set: 128 kB, about 84,000 keys. */
const FILTER_BITS = 1 << 20;
/** The code that stands for the replaced character in a masked key. */
const MASK = 0;

/**
 * The stems of the townships, county-level divisions, prefectures and provinces of the 2023
 * codes (集士港 of 集士港镇, 浉河 of 浉河区, 驻马店 of 驻马店市), indexed so that a written span finds the stems it is one
 * character off: each stem is keyed once per position, by its hash with that character
 * masked. `known` holds every name of the codes (villages and communities too, with and
 * without their suffix) that is one alike character off a stem: a span written so is
 * another place, never a slip.
 */
export interface PlaceStems {
  /** The masked keys, ascending, and the stem of each (an index for `name`). */
  keys: Uint32Array;
  stems: Uint16Array;
  /** The full name (集士港镇) of stem i: the one of the highest level; `stemLengths[i]`: its stem's length. */
  name(i: number): string;
  stemLengths: Uint8Array;
  /** Each stem's highest level: 3 a province or prefecture (驻马店市), 2 a county (浉河区), 1 a township (集士港镇). */
  levels: Uint8Array;
  /** Hashes of the known names near a stem, and of every stem, ascending. */
  known: Uint32Array;
  /** A bit set of what a single replacement leaves of each stem (pairKeys): most spans cost one look-up in it. */
  filter: Uint32Array;
}

/**
 * As stored: the names as UTF-16 units, one after another, name i starting at `nameStarts[i]` (a start makes one
 * string of them and slices a name when a span is near its stem; the names as one JSON string, decoded, parsed and
 * split into 28,000 strings, took ~2–3 ms of the first text that writes a place).
 */
type StoredPlaceStems = Omit<PlaceStems, 'name'> & { names: Uint16Array; nameStarts: Uint32Array };

export const PLACE_STEMS: Artefact<PlaceStems, StoredPlaceStems> = {
  file: 'place-stems.bin',
  compute: () => buildPlaceStems(readDataLines('places/children.tsv'), readDataLines('places/counties.tsv')),
  store: ({ name, ...rest }) => {
    const names = Array.from(rest.stemLengths, (_, i) => name(i));
    const nameStarts = new Uint32Array(names.length + 1);
    names.forEach((n, i) => (nameStarts[i + 1] = nameStarts[i]! + n.length));
    return { ...rest, names: unitsOfText(names.join('')), nameStarts };
  },
  restore: ({ names, nameStarts, ...rest }) => {
    const all = textOfUnits(names);
    return { ...rest, name: (i) => all.slice(nameStarts[i]!, nameStarts[i + 1]!) };
  },
};

export function loadPlaceStems(): PlaceStems {
  return loadArtefact(PLACE_STEMS);
}

/** The stem a full name is written bare as, if it is one (集士港 of 集士港镇; none of 经济开发区). */
export function stemOf(name: string): string | undefined {
  if (NOT_A_STEM.test(name)) return undefined;
  const m = TOWNSHIP_SUFFIX.exec(name) ?? COUNTY_SUFFIX.exec(name);
  return m && m[1]!.length >= MIN_STEM && m[1]!.length <= MAX_STEM ? m[1] : undefined;
}

/** The hash of `span` with its character at `at` masked. */
export function maskedHash(span: string, at: number): number {
  let h = 0;
  for (let i = 0; i < span.length; i++) h = (Math.imul(h, 0x01000193) + (i === at ? MASK : span.charCodeAt(i))) >>> 0;
  return h;
}

function buildPlaceStems(lines: readonly string[], parents: readonly string[]): PlaceStems {
  const full = new Map<string, string>();
  const level = new Map<string, number>();
  const names = new Set<string>();
  const add = (name: string, at: number) => {
    names.add(name);
    const head = NAMED_HEAD.exec(name)?.[1];
    if (head) names.add(head);
    const stem = stemOf(name);
    if (!stem) return;
    names.add(stem);
    if ((level.get(stem) ?? 0) >= at) return;
    full.set(stem, name);
    level.set(stem, at);
  };
  // Prefectures and provinces: the parents of counties.tsv (石家庄市, 锡林郭勒盟, 阿克苏地区, 河北省).
  for (const line of parents) add(line.slice(0, line.indexOf('\t')), 3);
  for (const line of lines) {
    if (line.startsWith('@')) {
      add(line.slice(1), 2);
      continue;
    }
    const [township = '', villages = ''] = line.split('\t');
    add(township, 1);
    for (const v of villages.split(' ')) if (v) names.add(v);
  }
  const stems = [...full.keys()];
  if (stems.length > 0xffff) throw new Error('gongwen: dictionaries/places/children.tsv 的乡镇、县区名称超出编码上限');
  const pairs: [number, number][] = [];
  const byKey = new Map<number, number[]>();
  stems.forEach((s, i) => {
    for (let at = 0; at < s.length; at++) {
      const key = maskedHash(s, at);
      pairs.push([key, i]);
      const list = byKey.get(key);
      if (list) list.push(i);
      else byKey.set(key, [i]);
    }
  });
  pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const known = new Set<number>();
  for (const s of stems) known.add(hashOf(s));
  for (const name of names) {
    if (name.length < MIN_STEM || name.length > MAX_STEM || full.has(name)) continue;
    // Any character off, not only a same sound: the rule weighs look-alikes too (付家店, a village, for 时家店).
    const near = [...name].some((_, at) => (byKey.get(maskedHash(name, at)) ?? []).some((i) => stems[i]!.length === name.length));
    if (near) known.add(hashOf(name));
  }
  const filter = new Uint32Array(FILTER_BITS / 32);
  for (const stem of stems) for (const k of pairKeys(stem)) filter[(k % FILTER_BITS) >>> 5]! |= 1 << (k & 31);
  return {
    filter,
    keys: Uint32Array.from(pairs, (p) => p[0]),
    stems: Uint16Array.from(pairs, (p) => p[1]),
    name: (i) => full.get(stems[i]!)!,
    stemLengths: Uint8Array.from(stems, (s) => s.length),
    levels: Uint8Array.from(stems, (s) => level.get(s)!),
    known: Uint32Array.from([...known].sort((a, b) => a - b)),
  };
}

/** The stems one character off `span` at some position, as [position, stem, full name] (the caller weighs the characters). */
export function stemsNear(stems: PlaceStems, span: string): { at: number; stem: string; name: string; level: number }[] {
  const found: { at: number; stem: string; name: string; level: number }[] = [];
  for (let at = 0; at < span.length; at++) {
    const key = maskedHash(span, at);
    for (let k = lowerBound(stems.keys, key); k < stems.keys.length && stems.keys[k] === key; k++) {
      const i = stems.stems[k]!;
      const name = stems.name(i);
      const level = stems.levels[i]!;
      const stem = name.slice(0, stems.stemLengths[i]!);
      if (stem.length !== span.length || stem[at] === span[at] || stem.slice(0, at) !== span.slice(0, at) || stem.slice(at + 1) !== span.slice(at + 1)) continue;
      found.push({ at, stem, name, level });
    }
  }
  return found;
}

/**
 * What a single replacement leaves of a stem, one of them at least: its first and last characters
 * (with its length), its first two, its last two; of a two-character stem, its first or its last.
 */
function pairKeys(span: string): number[] {
  const n = span.length;
  const a = span.charCodeAt(0);
  const z = span.charCodeAt(n - 1);
  const mix = (x: number, y: number, tag: number) => (Math.imul(x, 0x9e3779b1) ^ Math.imul(y + tag, 0x85ebca6b)) >>> 0;
  if (n === 2) return [mix(a, 0, 64), mix(0, z, 65)];
  return [mix(a, z, n), mix(a, span.charCodeAt(1), 16 + n), mix(span.charCodeAt(n - 2), z, 32 + n)];
}

/** Whether some stem may be one character off `span` (a false yes one time in five or so, never a false no). */
export function mayBeNear(stems: PlaceStems, span: string): boolean {
  return pairKeys(span).some((k) => (stems.filter[(k % FILTER_BITS) >>> 5]! & (1 << (k & 31))) !== 0);
}

/** The span is a stem or a name of the codes near one: another place. */
export function isKnownNear(stems: PlaceStems, span: string): boolean {
  return hasSortedKey(stems.known, hashOf(span));
}
