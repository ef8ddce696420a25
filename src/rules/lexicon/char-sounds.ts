import { loadArtefact, type Artefact } from '../../compiled/artefact.js';
import { readDictionaryFile } from '../../dictionaries.js';

/** Which characters share a reading, tone aside (观/鹳, 仕/士, 闫/阎, 扑/铺): dictionaries/places/char-sounds.tsv. */
export interface CharSounds {
  /** The two characters share one of their readings, tone aside. */
  sameSound(a: string, b: string): boolean;
}

/** The table's lines (`pinyin<TAB>characters`), as the build read them: ~400 lines, 30 kB. */
export const CHAR_SOUNDS: Artefact<CharSounds, string[]> = {
  file: 'char-sounds.json',
  compute: () => fromLines(readDictionaryFile('places/char-sounds.tsv').split(/\r?\n/).filter((l) => l.trim() !== '' && !l.startsWith('#'))),
  store: (s) => (s as CharSoundsTable).lines,
  restore: fromLines,
};

/** The one table of same-sound characters, shared by lexicon/place-child and lexicon/fixed-expression. */
export function loadCharSounds(): CharSounds {
  return loadArtefact(CHAR_SOUNDS);
}

interface CharSoundsTable extends CharSounds {
  lines: string[];
}

function fromLines(lines: string[]): CharSoundsTable {
  // Built on the first question: most texts ask none.
  let readings: Map<string, number[]> | undefined;
  return {
    lines,
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
