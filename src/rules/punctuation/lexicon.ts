import { readWordList } from '../../dictionaries.js';

/** Word lists of the punctuation rules, from dictionaries/punctuation/*.txt. */
export interface PunctuationLexicon {
  /** Words starting with 等 that are not a list's 等 (等待, 等于): silent after an ellipsis. */
  wordsBeginningWithDeng: string[];
  /** Measure and time words after which two adjacent numerals are an approximate number (三四天). */
  approximateUnits: ReadonlySet<string>;
  /** Words that begin with such a unit but name exact items (年级, 年度): 一、二年级 stays. */
  exactUnitWords: string[];
  /** Words before the numerals that make them exact items (第, 周, 获): 第三、四章 stays. */
  exactBefore: string[];
  /** Endings of place and time names: a single — after one of them is a 一字线 span (北京市—上海市). */
  spanEndings: string[];
  /** Words that open a clause: a single — before one of them is a 破折号 even after a place name. */
  dashClauseStarts: string[];
}

export function loadPunctuationLexicon(): PunctuationLexicon {
  return {
    wordsBeginningWithDeng: readWordList('punctuation/words-beginning-with-deng.txt'),
    approximateUnits: new Set(readWordList('punctuation/approximate-units.txt')),
    exactUnitWords: readWordList('punctuation/exact-unit-words.txt'),
    exactBefore: readWordList('punctuation/exact-before-numerals.txt'),
    spanEndings: readWordList('punctuation/span-endings.txt'),
    dashClauseStarts: readWordList('punctuation/dash-clause-starts.txt'),
  };
}
