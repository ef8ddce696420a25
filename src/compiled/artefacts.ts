import { WORD_LISTS } from '../dictionaries.js';
import { CONTEXT_MODEL_DATA } from '../model/context-model-file.js';
import { BUILTIN_PACK_MATCHER, BUILTIN_PACKS, BUILTIN_SEGMENTER_WORDS } from '../packs/builtin.js';
import { RULE_ARTEFACTS } from '../rules/index.js';
import { SEGMENTER_DICTIONARY } from '../segment/segmenter-dictionary.js';
import type { Artefact } from './artefact.js';

/** Everything the build compiles into dist/ (scripts/build/compile-artefacts.ts). */
export const ARTEFACTS: readonly Artefact<unknown, unknown>[] = [BUILTIN_PACKS, BUILTIN_PACK_MATCHER, BUILTIN_SEGMENTER_WORDS, WORD_LISTS, SEGMENTER_DICTIONARY, CONTEXT_MODEL_DATA, ...RULE_ARTEFACTS];
