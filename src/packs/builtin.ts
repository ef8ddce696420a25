import { loadArtefact, type Artefact } from '../compiled/artefact.js';
import { linesOfUnits, unitsOfLines } from '../compiled/artefact-file.js';
import { listDictionaryFiles, readDictionaryFile } from '../dictionaries.js';
import { packMatcherArtefact } from './pack-matcher.js';
import { DictionarySegmenter, type AddedWords } from '../segment/dictionary-segmenter.js';
import { parsePackText } from './parse-pack.js';
import type { RulePack } from './types.js';

/** The bundled rule packs (dictionaries/packs/), as paths relative to dictionaries/, in a stable order (build time). */
export function builtinPackFiles(): string[] {
  return listDictionaryFiles().filter((path) => /^packs\/[^/]+\.ya?ml$/.test(path));
}

/**
 * The bundled packs, parsed and validated by the build: a start needs neither the YAML
 * parser nor the schema validator. Their examples are verified by the test suite, not
 * at every start.
 */
export const BUILTIN_PACKS: Artefact<RulePack[], RulePack[]> = {
  file: 'builtin-packs.json',
  compute: parseBuiltinPacks,
  store: (packs) => packs,
  restore: (packs) => packs,
};

/** The matcher of the bundled packs alone, automaton included: what a default start uses. */
export const BUILTIN_PACK_MATCHER = packMatcherArtefact('builtin-pack-matcher.bin', loadBuiltinPacks);

/**
 * The bundled packs' wrong forms as the default segmenter adds them (addWords of the
 * matcher's wrongForms on the bundled dictionary), so that creating a proofreader does not
 * add them one by one (~6 ms, cold).
 */
export const BUILTIN_SEGMENTER_WORDS: Artefact<AddedWords, Omit<AddedWords, 'words'> & { words: Uint16Array }> = {
  file: 'builtin-segmenter-words.bin',
  compute: () => {
    const segmenter = new DictionarySegmenter();
    segmenter.addWords(loadArtefact(BUILTIN_PACK_MATCHER).wrongForms);
    return segmenter.addedWords();
  },
  store: (added) => ({ ...added, words: unitsOfLines(added.words) }),
  restore: (stored) => ({ ...stored, words: linesOfUnits(stored.words) }),
};

export function loadBuiltinPacks(): RulePack[] {
  return loadArtefact(BUILTIN_PACKS);
}

/** Reads and validates dictionaries/packs/*.yaml (build time: what the build compiles). */
export function parseBuiltinPacks(): RulePack[] {
  return builtinPackFiles().map((path) => parsePackText(readDictionaryFile(path), `dictionaries/${path}`));
}
