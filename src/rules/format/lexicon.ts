import { readWordList } from '../../dictionaries.js';
import { RUNNING_TEXT_MARKS } from '../../text/sentences.js';

/** Word lists of the format family, from dictionaries/format/*.txt. */
export interface FormatLexicon {
  /** True for a line that looks like an issuing authority's name (署名): short, no sentence punctuation, a known ending. */
  isAuthority(line: string): boolean;
}

const SENTENCE_MARKS = new RegExp(`[${RUNNING_TEXT_MARKS}]`);

export function loadFormatLexicon(): FormatLexicon {
  const suffixes = readWordList('format/authority-suffixes.txt');
  return {
    isAuthority(line) {
      if (line.length < 2 || line.length > 40 || SENTENCE_MARKS.test(line) || /[0-9]/.test(line)) return false;
      return suffixes.some((s) => line.endsWith(s));
    },
  };
}
