import { loadArtefact, type Artefact } from '../../compiled/artefact.js';
import { readDataLines } from '../../dictionaries.js';

/**
 * Which characters share a reading, tone aside (观/鹳, 仕/士, 闫/阎, 扑/铺): dictionaries/places/char-sounds.tsv;
 * and which characters of place names look alike by a left-hand radical (礼/札, 社/杜): places/char-shapes.tsv.
 */
export interface CharSounds {
  /** The two characters share one of their readings, tone aside. */
  sameSound(a: string, b: string): boolean;
  /** Every other character that shares a reading with `c`, tone aside (仕: 士, 世, 事…). */
  sameSoundChars(c: string): string[];
  /** The two characters differ only in a left-hand radical of a look-alike group (礻/木, 氵/冫), one of them a place name's. */
  radicalAlike(a: string, b: string): boolean;
}

/**
 * The tables' lines (`pinyin<TAB>characters`: ~400 lines, 30 kB; `character<TAB>character`: ~150), as the build read them,
 * and each character's readings (indexes of the lines), which the build computes: building that map of ~8,000
 * characters at run time took ~5–15 ms of the first text that asks (lexicon/place-first-char asks on most).
 * `codes` are the characters' code points, ascending; the readings of `codes[k]` are `lineIds[starts[k]..starts[k + 1])`.
 */
interface StoredCharSounds {
  sounds: string[];
  shapes: string[];
  codes: Uint32Array;
  starts: Uint32Array;
  lineIds: Uint16Array;
}

export const CHAR_SOUNDS: Artefact<CharSounds, StoredCharSounds> = {
  file: 'char-sounds.bin',
  compute: () => fromStored(withReadings(readDataLines('places/char-sounds.tsv'), readDataLines('places/char-shapes.tsv'))),
  store: (s) => (s as CharSoundsTable).stored,
  restore: fromStored,
};

/** The one table of same-sound characters, shared by lexicon/place-child and lexicon/fixed-expression. */
export function loadCharSounds(): CharSounds {
  return loadArtefact(CHAR_SOUNDS);
}

interface CharSoundsTable extends CharSounds {
  stored: StoredCharSounds;
}

function fromStored(stored: StoredCharSounds): CharSoundsTable {
  const { sounds: lines, codes, starts, lineIds } = stored;
  // Built on the first question: most texts ask none.
  let shapes: Set<string> | undefined;
  /** The index into `codes` of the one character `c`, or -1 (not a character of the table, or not one character). */
  const indexOf = (c: string): number => {
    const cp = c.codePointAt(0);
    if (cp === undefined || c.length !== (cp > 0xffff ? 2 : 1)) return -1;
    let lo = 0;
    let hi = codes.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (codes[mid]! < cp) lo = mid + 1;
      else hi = mid;
    }
    return lo < codes.length && codes[lo] === cp ? lo : -1;
  };
  return {
    stored,
    radicalAlike: (a, b) => {
      shapes ??= new Set(stored.shapes.flatMap((l) => [l.replace('\t', ''), l.split('\t').reverse().join('')]));
      return shapes.has(a + b);
    },
    sameSoundChars: (c) => {
      const k = indexOf(c);
      const found = new Set<string>();
      if (k < 0) return [];
      for (let j = starts[k]!; j < starts[k + 1]!; j++) {
        const line = lines[lineIds[j]!]!;
        for (const x of line.slice(line.indexOf('\t') + 1)) if (x !== c) found.add(x);
      }
      return [...found];
    },
    sameSound: (a, b) => {
      const x = indexOf(a);
      if (x < 0) return false;
      const y = indexOf(b);
      if (y < 0) return false;
      for (let i = starts[x]!; i < starts[x + 1]!; i++) {
        for (let j = starts[y]!; j < starts[y + 1]!; j++) if (lineIds[i] === lineIds[j]) return true;
      }
      return false;
    },
  };
}

/** The lines with each character's readings, as indexes of the lines (a character listed twice in a line has that line twice). */
function withReadings(sounds: string[], shapes: string[]): StoredCharSounds {
  const readings = new Map<number, number[]>();
  sounds.forEach((line, i) => {
    const tab = line.indexOf('\t');
    if (tab < 1) throw new Error(`gongwen: dictionaries/places/char-sounds.tsv 中的行应为“拼音<Tab>字”：${line}`);
    for (const c of line.slice(tab + 1)) {
      const cp = c.codePointAt(0)!;
      const list = readings.get(cp);
      if (list) list.push(i);
      else readings.set(cp, [i]);
    }
  });
  if (sounds.length > 0xffff) throw new Error('gongwen: dictionaries/places/char-sounds.tsv 行数超过 65535');
  const codes = Uint32Array.from([...readings.keys()].sort((a, b) => a - b));
  const starts = new Uint32Array(codes.length + 1);
  const ids: number[] = [];
  codes.forEach((cp, k) => {
    ids.push(...readings.get(cp)!);
    starts[k + 1] = ids.length;
  });
  return { sounds, shapes, codes, starts, lineIds: Uint16Array.from(ids) };
}
