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
