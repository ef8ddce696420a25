import { WORD_LISTS } from '../dictionaries.js';
import { FIXED_EXPRESSIONS } from '../rules/lexicon/fixed-expressions.js';
import { BUILTIN_PACK_MATCHER, BUILTIN_PACKS, BUILTIN_SEGMENTER_WORDS } from '../packs/builtin.js';
import { POLITICAL_DATA } from '../rules/political/data.js';
import { NEAR_MISS_INDEX } from '../rules/political/near-miss.js';
import { NON_STANDARD_CHARS } from '../rules/script/lexicon.js';
import { SPELLING_MODEL } from '../rules/spelling/model.js';
import { SEGMENTER_DICTIONARY } from '../segment/segmenter-dictionary.js';
import type { Artefact } from './artefact.js';

/** Everything the build compiles into dist/ (scripts/compile-data.ts). */
export const ARTEFACTS: readonly Artefact<unknown, unknown>[] = [BUILTIN_PACKS, BUILTIN_PACK_MATCHER, BUILTIN_SEGMENTER_WORDS, POLITICAL_DATA, NEAR_MISS_INDEX, FIXED_EXPRESSIONS, WORD_LISTS, NON_STANDARD_CHARS, SEGMENTER_DICTIONARY, SPELLING_MODEL];
