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
  /** 截至 and the 截止 forms used for it, right before a date. */
  asOfWords: string[];
  /** After a date, what makes it a deadline (以前, 之前, 前), in the order tried. */
  deadlineEndings: string[];
  /** Before a date, what makes “date + 前” a deadline without a verb (于, 在). */
  deadlineMarkers: string[];
  /** After 截止, what makes it right (到, 于, 至). */
  jiezhiFollowers: string[];
  /** Words in which 共 does not mean “in all” (公共, 共同). */
  gongNotInAll: string[];
  /** Words before 星期/礼拜 that make a digit after it a count per week (每, 一). */
  perWeekMarkers: string[];
  /** Characters after a bare 周X that make it a weekday (上, 下, 晚 …). */
  afterBareZhou: string[];
  /** The months each period covers: 第二季度 → [4, 6]. */
  periodMonths: ReadonlyMap<string, readonly [number, number]>;
  /** Events counted in 周年 and the year each is counted from: 中华人民共和国成立 → 1949. */
  anniversaries: ReadonlyMap<string, number>;
  /** Informal names before N周年 and their formal names, best first: 建国 → [新中国成立, 中华人民共和国成立]. */
  informalAnniversaryNames: ReadonlyMap<string, readonly string[]>;
}

export function loadDateLexicon(): DateLexicon {
  return {
    timeWords: readWordList('date/time-words.txt'),
    daoWords: readWordList('date/dao-words.txt'),
    resultWords: readWordList('date/result-words.txt'),
    futureWords: readWordList('date/future-words.txt'),
    deadlineVerbs: readWordList('date/deadline-verbs.txt'),
    pastMarkers: readWordList('date/past-markers.txt'),
    asOfWords: readWordList('date/as-of-words.txt'),
    deadlineEndings: readWordList('date/deadline-endings.txt'),
    deadlineMarkers: readWordList('date/deadline-markers.txt'),
    jiezhiFollowers: readWordList('date/jiezhi-followers.txt'),
    gongNotInAll: readWordList('date/gong-not-in-all.txt'),
    afterBareZhou: readWordList('date/after-bare-zhou.txt'),
    perWeekMarkers: readWordList('date/per-week-markers.txt'),
    periodMonths: new Map(
      readWordList('date/period-months.txt').map((line) => {
        const [name, first, last] = line.split('\t');
        return [name!, [Number(first), Number(last)] as const];
      }),
    ),
    anniversaries: new Map(
      readWordList('date/anniversaries.txt').flatMap((line) => {
        const [year, ...names] = line.split('\t');
        return names.map((name) => [name, Number(year)] as const);
      }),
    ),
    informalAnniversaryNames: new Map(
      readWordList('date/anniversary-informal-names.txt').map((line) => {
        const [informal, ...formal] = line.split('\t');
        return [informal!, formal] as const;
      }),
    ),
  };
}

/** Where the first 共 meaning "in all" (共17个, 共受理, 共计) occurs in `s`, not in 公共/中共/共同/共享…, or -1. */
function firstGongInAll(s: string, lexicon: DateLexicon): number {
  for (let at = s.indexOf('共'); at !== -1; at = s.indexOf('共', at + 1)) {
    const inWord = lexicon.gongNotInAll.some((w) => {
      const k = w.indexOf('共');
      return s.startsWith(w, at - k) && at - k >= 0;
    });
    if (!inWord) return at;
  }
  return -1;
}

/** Where the first word of a reported result (已, 累计, 共 "in all") occurs in `s`, or -1. */
export function firstResultWord(s: string, lexicon: DateLexicon): number {
  let first = firstGongInAll(s, lexicon);
  for (const w of lexicon.resultWords) {
    const i = s.indexOf(w);
    if (i !== -1 && (first === -1 || i < first)) first = i;
  }
  return first;
}
