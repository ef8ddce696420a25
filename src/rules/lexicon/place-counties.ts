import { loadArtefact, type Artefact } from '../../compiled/artefact.js';
import { readDataLines } from '../../dictionaries.js';

/** A county-level division as a text may write it under its parent. */
export interface CountyChild {
  /** How it is written: the 2023 name (崇礼区), an autonomous county's short form (长阳县), or a name of earlier codes (崇礼县). */
  written: string;
  /** The 2023 division it names: the written name itself, the full name of a short form, or the successor of a former name ('' when none shares its name). */
  name: string;
  /** For a former name, the date of the last codes that have it (2015-09-30). */
  until?: string;
}

/** The county-level divisions under each prefecture and province (dictionaries/places/counties.tsv). */
export interface PlaceCounties {
  /** The children of a prefecture or province written whole (张家口市, 西双版纳州, 河北省), or undefined. */
  children(parent: string): readonly CountyChild[] | undefined;
  /** A parent is written so, or has a child written so, in 2023 or before: another place, not a slip. */
  isKnown(written: string): boolean;
}

/** counties.tsv's lines (`parent<TAB>children`), as the build read them: ~400 lines, 100 kB. */
export const PLACE_COUNTIES: Artefact<PlaceCounties, string[]> = {
  file: 'place-counties.json',
  compute: () => fromLines(readDataLines('places/counties.tsv')),
  store: (p) => (p as PlaceCountiesTable).lines,
  restore: fromLines,
};

export function loadPlaceCounties(): PlaceCounties {
  return loadArtefact(PLACE_COUNTIES);
}

interface PlaceCountiesTable extends PlaceCounties {
  lines: string[];
}

function fromLines(lines: string[]): PlaceCountiesTable {
  // Indexed on the first question, a parent's line parsed when a text names it, the set of all names built only to
  // settle a near child: a first result pays for a map of ~400 keys.
  let lineOf: Map<string, number> | undefined;
  const parsed = new Map<number, CountyChild[]>();
  let known: Set<string> | undefined;
  const childrenAt = (i: number): CountyChild[] => {
    let children = parsed.get(i);
    if (children) return children;
    const list = lines[i]!.slice(lines[i]!.indexOf('\t') + 1);
    children = list.split(' ').map((token): CountyChild => {
      const [written = '', rest] = token.split('>');
      if (rest === undefined) return { written, name: written };
      const [name = '', until] = rest.split(':');
      return until === undefined ? { written, name } : { written, name, until };
    });
    parsed.set(i, children);
    return children;
  };
  const index = () => {
    if (lineOf) return lineOf;
    lineOf = new Map();
    lines.forEach((line, i) => {
      const tab = line.indexOf('\t');
      if (tab < 1 || tab === line.length - 1) throw new Error(`gongwen: dictionaries/places/counties.tsv 中的行应为“上级<Tab>下级 下级…”：${line}`);
      lineOf!.set(line.slice(0, tab), i);
    });
    return lineOf;
  };
  return {
    lines,
    children: (parent) => {
      const i = index().get(parent);
      return i === undefined ? undefined : childrenAt(i);
    },
    isKnown: (written) => {
      if (!known) {
        known = new Set(index().keys());
        for (let i = 0; i < lines.length; i++) for (const c of childrenAt(i)) known.add(c.written);
      }
      return known.has(written);
    },
  };
}
