import { readWordList } from '../../dictionaries.js';

export type InvisibleKind = 'always' | 'joiner' | 'bidi';

export interface InvisibleChar {
  name: string;
  kind: InvisibleKind;
}

/** Data of the hygiene rules, from dictionaries/hygiene/*.txt. */
export interface HygieneLexicon {
  /** Invisible format characters by code point (U+200B 零宽空格). */
  invisible: ReadonlyMap<number, InvisibleChar>;
  /** Look-alike radicals and compatibility ideographs → the unified ideograph (⼈ → 人). */
  compatibility: ReadonlyMap<string, { unified: string; block: string }>;
}

/**
 * The tables are built on first use: only a text holding a candidate character (an invisible format character,
 * a radical or compatibility ideograph) asks, and building the 1,300 compatibility entries cost every start ~1–3 ms.
 */
export function loadHygieneLexicon(): HygieneLexicon {
  let invisible: Map<number, InvisibleChar> | undefined;
  let compatibility: Map<string, { unified: string; block: string }> | undefined;
  return {
    get invisible() {
      return (invisible ??= readInvisible());
    },
    get compatibility() {
      return (compatibility ??= readCompatibility());
    },
  };
}

function readInvisible(): Map<number, InvisibleChar> {
  const invisible = new Map<number, InvisibleChar>();
  for (const line of readWordList('hygiene/invisible-chars.txt')) {
    const [hex, name, kind] = line.split('\t');
    invisible.set(parseInt(hex!, 16), { name: name!, kind: kind as InvisibleKind });
  }
  return invisible;
}

function readCompatibility(): Map<string, { unified: string; block: string }> {
  const compatibility = new Map<string, { unified: string; block: string }>();
  for (const line of readWordList('hygiene/compatibility-chars.txt')) {
    const [char, unified, block] = line.split('\t');
    compatibility.set(char!, { unified: unified!, block: block! });
  }
  return compatibility;
}
