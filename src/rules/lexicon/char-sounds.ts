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

/** The tables' lines (`pinyin<TAB>characters`: ~400 lines, 30 kB; `character<TAB>character`: ~150), as the build read them. */
interface StoredCharSounds {
  sounds: string[];
  shapes: string[];
}

export const CHAR_SOUNDS: Artefact<CharSounds, StoredCharSounds> = {
  file: 'char-sounds.json',
  compute: () => fromLines({ sounds: readDataLines('places/char-sounds.tsv'), shapes: readDataLines('places/char-shapes.tsv') }),
  store: (s) => (s as CharSoundsTable).stored,
  restore: fromLines,
};

/** The one table of same-sound characters, shared by lexicon/place-child and lexicon/fixed-expression. */
export function loadCharSounds(): CharSounds {
  return loadArtefact(CHAR_SOUNDS);
}

interface CharSoundsTable extends CharSounds {
  stored: StoredCharSounds;
}

function fromLines(stored: StoredCharSounds): CharSoundsTable {
  const lines = stored.sounds;
  // Built on the first question: most texts ask none.
  let readings: Map<string, number[]> | undefined;
  let shapes: Set<string> | undefined;
  return {
    stored,
    radicalAlike: (a, b) => {
      shapes ??= new Set(stored.shapes.flatMap((l) => [l.replace('\t', ''), l.split('\t').reverse().join('')]));
      return shapes.has(a + b);
    },
    sameSoundChars: (c) => {
      readings ??= readingsOf(lines);
      const found = new Set<string>();
      for (const r of readings.get(c) ?? []) for (const x of lines[r]!.slice(lines[r]!.indexOf('\t') + 1)) if (x !== c) found.add(x);
      return [...found];
    },
    sameSound: (a, b) => {
      readings ??= readingsOf(lines);
      const x = readings.get(a);
      const y = readings.get(b);
      return x !== undefined && y !== undefined && x.some((r) => y.includes(r));
    },
  };
}

/** Each character's readings, as indexes of the lines. */
function readingsOf(lines: readonly string[]): Map<string, number[]> {
  const readings = new Map<string, number[]>();
  lines.forEach((line, i) => {
    const tab = line.indexOf('\t');
    if (tab < 1) throw new Error(`gongwen: dictionaries/places/char-sounds.tsv 中的行应为“拼音<Tab>字”：${line}`);
    for (const c of line.slice(tab + 1)) {
      const list = readings.get(c);
      if (list) list.push(i);
      else readings.set(c, [i]);
    }
  });
  return readings;
}
