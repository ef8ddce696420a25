import { loadArtefact } from '../../compiled/artefact.js';
import { LIKENESS, type Likeness } from './model-data.js';
import { SPELLING_MODEL } from './model.js';

/**
 * The sound- and shape-alikes of dictionaries/spelling/confusion.tsv, read from the
 * spelling model the build compiles (its arrays are in memory already: the statistical
 * typo rule loads them for every text), instead of parsing the file again.
 */
export class Confusions {
  readonly #data = loadArtefact(SPELLING_MODEL).data;

  /** How `a` and `b` are alike, the closer of the two ways round (the sets are not symmetric), or undefined when they are not confusable. */
  likeness(a: string, b: string): Likeness | undefined {
    const best = Math.min(this.#oneWay(a, b), this.#oneWay(b, a));
    return best < LIKENESS.length ? LIKENESS[best] : undefined;
  }

  /** Index in LIKENESS of how `to` is like `from` in from's set, or LIKENESS.length when it is not in it. */
  #oneWay(from: string, to: string): number {
    const { confusionFirst, confusionCount, confusedChar, confusedClass } = this.#data;
    const code = from.charCodeAt(0);
    const target = to.charCodeAt(0);
    // Each character's set is sorted by code: binary search.
    let lo = confusionFirst[code]!;
    let hi = lo + confusionCount[code]!;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (confusedChar[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return lo < confusionFirst[code]! + confusionCount[code]! && confusedChar[lo] === target ? confusedClass[lo]! : LIKENESS.length;
  }
}
