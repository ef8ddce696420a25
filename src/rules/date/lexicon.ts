import { readWordList } from '../../dictionaries.js';

/** Word lists of the date family, from dictionaries/date/*.txt. */
export interface DateLexicon {
  /** Time points after 截至 (今年, 年底); 截止 before them should be 截至. */
  timeWords: string[];
  /** 到… words after which 截至到 is not redundant (截至到期日). */
  daoWords: string[];
  /** A 截至 sentence with one of these reports results already reached (已, 共, 累计). */
  resultWords: string[];
  /** A sentence with one of these is a plan or request (预计, 力争, 请). */
  futureWords: string[];
  /** X前 + one of these is a deadline (报送, 完成). */
  deadlineVerbs: string[];
  /** A 于X前 sentence with one of these tells what was done (了, 已). */
  pastMarkers: string[];
}

export function loadDateLexicon(): DateLexicon {
  return {
    timeWords: readWordList('date/time-words.txt'),
    daoWords: readWordList('date/dao-words.txt'),
    resultWords: readWordList('date/result-words.txt'),
    futureWords: readWordList('date/future-words.txt'),
    deadlineVerbs: readWordList('date/deadline-verbs.txt'),
    pastMarkers: readWordList('date/past-markers.txt'),
  };
}

// 共 as "in all" (共17个, 共受理, 共计), not in 公共/中共/共同/共享/共建….
const GONG_IN_ALL = /(?<![公中])共(?![同享建治识性产青赢生存用商担谋振鸣])/;

/** Where the first word of a reported result (已, 累计, 共 "in all") occurs in `s`, or -1. */
export function firstResultWord(s: string, lexicon: DateLexicon): number {
  let first = s.search(GONG_IN_ALL);
  for (const w of lexicon.resultWords) {
    const i = s.indexOf(w);
    if (i !== -1 && (first === -1 || i < first)) first = i;
  }
  return first;
}
