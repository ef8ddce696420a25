import { loadArtefact } from '../../compiled/artefact.js';
import type { CharLikeness } from '../rule.js';
import { LIKENESS, type Likeness } from './model-data.js';
import { SPELLING_MODEL } from './model.js';

/**
 * How two characters are alike by the sound- and shape-alikes of
 * dictionaries/spelling/confusion.tsv, read from the spelling model the build compiles
 * (in memory already: the statistical typo rule loads it), the closer of the two ways
 * round (the sets are not symmetric). The model is read on the first question.
 */
export function confusionLikeness(): CharLikeness {
  return (a, b) => {
    const model = loadArtefact(SPELLING_MODEL);
    return closer(model.likeness(a, 0, b.charCodeAt(0)), model.likeness(b, 0, a.charCodeAt(0)));
  };
}

function closer(x: Likeness | undefined, y: Likeness | undefined): Likeness | undefined {
  if (x === undefined) return y;
  if (y === undefined) return x;
  return LIKENESS.indexOf(x) <= LIKENESS.indexOf(y) ? x : y;
}
