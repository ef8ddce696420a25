import type { Document } from '../../document/document.js';
import { loadArtefact } from '../../compiled/artefact.js';
import { lazyModule } from '../../lazy-module.js';
import { readWordList } from '../../dictionaries.js';
import { AhoCorasick } from '../../match/aho-corasick.js';
import { spanContaining } from '../../text/span-search.js';
import { isAllHan, isDigitLike, isHan } from '../../text/unicode.js';
import { CLAUSE_ENDS, INTERPUNCTS, PHRASE_MARKS } from '../../text/sentences.js';
import { ARABIC_DIGITS, HAN_NUMBER_CHARS, HAN_ONE_TO_NINE } from '../../text/numerals.js';
import type { PackMatcher } from '../../packs/pack-matcher.js';
import type { Rule } from '../rule.js';
import { CONTEXT_SETTINGS } from './context-settings.js';
import { contextGain, scoreSentence } from './context-corrector.js';
import { correctClause, type Correction } from './corrector.js';
import { loadContextModel } from '../../model/context-model-file.js';
import { endsSentence } from '../../model/tokens.js';
import { MAX_REPLACEMENT_WORD, SPELLING_MODEL, type Likeness, type SpellingModel } from './model.js';
import { CanonicalForms } from './canonical-forms.js';
import { insidePersonName, type NameWords } from './person-names.js';
import type { NearMissIndex } from '../../match/near-miss-index.js';

const HAN_RUN = /\p{Script=Han}+/gu;
/** Marks of statistical-typo's `frozen`: no correction, or only one that gains `CONTEXT_SETTINGS.guarded`. */
const FROZEN = 1;
const GUARDED = 2;
/**
 * An ordinal's counter (第六节, 第三届, 第二批): which counter is meant is a fact the text
 * states, not a slip the model can see, so the character after 第 and a number is left alone.
 */
const ORDINAL = new RegExp(`第[${HAN_NUMBER_CHARS}${ARABIC_DIGITS}]+`, 'g');
/**
 * Which number was meant is a fact the text states, not a slip the model can see: a numeral
 * is not corrected to another inside a number or before a counter (十三届十次全会, 三十五年).
 */
const HAN_NUMERAL = new RegExp(`^[${HAN_NUMBER_CHARS}两]$`);
const HAN_DIGIT = new RegExp(`^[${HAN_ONE_TO_NINE}两]$`);
const COUNTER = /^[届次年月日号个项条款家批轮期名位人种类件所座岁倍]$/;
/** The dots that join the parts of a transliterated name (玛依努尔·尼牙孜): its characters are a name's, not words. */
const NAME_DOTS = new Set([...INTERPUNCTS].map((c) => c.charCodeAt(0)));
/** Corrections are trusted or doubted a sentence at a time (the clause ends of src/text, as the model's endsSentence). */
const SENTENCE_END = new RegExp(`[${CLAUSE_ENDS}]`, 'g');

/**
 * For benchmarks/attrition.ts only: told of each sentence the rule has settled (with the test of
 * the characters it may change) and of each correction it drops, and why. The rule never sets it.
 */
export const typoTrace: {
  sentence?: (start: number, end: number, mayChange: (offset: number) => boolean) => void;
  drop?: (offset: number, to: string, why: string) => void;
} = {};

const MESSAGES = {
  suspectedTypo: `“{{from}}”疑为“{{to}}”之误（{{word}}）`,
};

/**
 * Typos no dictionary lists: a character replaced by one that sounds or looks alike
 * (总休方案 → 总体方案, 监督检察 → 监督检查). The context model of official Chinese
 * (context-corrector.ts, src/model/) weighs each sentence; the unigram word model
 * (corrector.ts) proposes more where it agrees. Text that a pack already reports, or
 * that a pack's `unless` list says is right, is left alone; so is a character inside a
 * canonical form of the lexicons (`lexicons`: loaded on the first guess), and a place
 * name the model would turn into another (`isPlaceName`: a place of lexicons/places.txt),
 * and a person's name the text marks as one (person-names.ts).
 */
export function createStatisticalTypoRule(matcher: PackMatcher, lexicons: () => NearMissIndex, isPlaceName: (name: string) => boolean = () => false): Rule {
  const unlessContexts = lazyModule(() => contextsByChar(matcher.unlessContexts()));
  // Built on the first guess: most texts have none.
  const canonicalForms = lazyModule(() => new CanonicalForms(lexicons()));
  return {
    id: 'spelling/statistical-typo',
    category: 'typo',
    severity: 'warning',
    description: '统计模型发现的音近、形近错字',
    messages: MESSAGES,
    guesses: true,
    check(doc, report) {
      const text = doc.text;
      const model = loadArtefact(SPELLING_MODEL);
      const context = loadContextModel();
      const reported = packCoverage(doc, matcher);
      // Characters no correction may touch (FROZEN: codes, a unit after a figure, spans packs report) or
      // only a very likely one (GUARDED: a short quotation, the character before a figure).
      const frozen = new Uint8Array(text.length + 1);
      const mayChange = (offset: number) => frozen[offset] !== FROZEN && !reported(offset);
      for (const m of text.matchAll(ORDINAL)) frozen[m.index + m[0].length] = FROZEN;
      // The short title of a work (《沉默的荣耀》) is its author's wording; a document's title (…条例》) is checked.
      for (const m of text.matchAll(TITLE)) if (!isDocumentTitle(m[1]!)) frozen.fill(FROZEN, m.index + 1, m.index + 1 + m[1]!.length);
      const kept: Found[] = [];
      // The Han runs (clauses) of the current sentence, as [start, end) pairs.
      const runs: number[] = [];
      let sentenceStart = 0;
      let sentenceEnd = -1;
      const settleSentence = () => {
        if (runs.length === 0) return;
        const end = Math.min(text.length, sentenceEnd + 1);
        const scored = scoreSentence(context, text, sentenceStart, end);
        // The unigram detector, on clauses where the context model finds something improbable and
        // at characters it finds unlikely (elsewhere its guesses would be vetoed anyway); a doubtful
        // clause cancels its guesses in the whole sentence. Most sentences get no correction:
        // the lists are made for the few that do.
        let pending: { offset: number; corrections: readonly Correction[] }[] | undefined;
        let doubtful = false;
        for (let r = 0; r < runs.length; r += 2) {
          const offset = runs[r]!;
          if (!scored.improbableIn(offset, runs[r + 1]!, CONTEXT_SETTINGS.suspect)) continue;
          const found = correctClause(model, text.slice(offset, runs[r + 1]), (at) => scored.logPAt(offset + at) < CONTEXT_SETTINGS.unigramSuspect && mayChange(offset + at));
          if (found.corrections.length > 0) (pending ??= []).push({ offset, corrections: found.corrections });
          doubtful ||= found.doubtful;
        }
        const corrections = scored.corrections(model, CONTEXT_SETTINGS, mayChange);
        if (typoTrace.sentence) {
          typoTrace.sentence(sentenceStart, end, mayChange);
          if (doubtful) for (const p of pending ?? []) for (const c of p.corrections) typoTrace.drop?.(p.offset + c.at, c.to, 'unigram doubtful');
        }
        if (corrections.length === 0 && (!pending || doubtful)) return;
        const found: Found[] = corrections.map((c) => ({ start: c.offset, from: c.from, to: c.to, word: wordMade(model, text, c.offset, c.to), gain: c.gain, usual: c.usual, ownLost: c.ownLost }));
        // The unigram model's guesses stand only where the context model agrees.
        for (const { offset, corrections } of doubtful ? [] : (pending ?? [])) {
          for (const c of corrections) {
            const start = offset + c.at;
            // The context model's own correction stands, unless the unigram model's is the same one found with the own
            // token losing: then the two models agree, and it is the unigram model's (its severity as before ownLossRoom).
            const same = found.findIndex((f) => f.start === start);
            if (same >= 0 && !(found[same]!.ownLost && found[same]!.to === c.to)) continue;
            const gain = contextGain(context, text, sentenceStart, end, start, c.to);
            if (gain >= vetoBar(model.likeness(text, start, c.to.charCodeAt(0)))) {
              const agreed = { start, from: c.from, to: c.to, word: c.word, gain, usual: true, ownLost: false };
              if (same >= 0) found[same] = agreed;
              else found.push(agreed);
            } else typoTrace.drop?.(start, c.to, 'veto');
          }
        }
        for (const f of found) {
          if (!insideContext(text, f.start, unlessContexts().get(f.from))) kept.push(f);
          else typoTrace.drop?.(f.start, f.to, 'pack unless');
        }
      };
      for (const run of text.matchAll(HAN_RUN)) {
        const offset = run.index;
        if (offset > sentenceEnd) {
          settleSentence();
          runs.length = 0;
          // The sentence starts after the last sentence end before the run (text between sentences may hold no Han).
          sentenceStart = offset;
          while (sentenceStart > sentenceEnd + 1 && !endsSentence(text.charCodeAt(sentenceStart - 1))) sentenceStart--;
          SENTENCE_END.lastIndex = offset;
          sentenceEnd = SENTENCE_END.exec(text)?.index ?? text.length;
        }
        const end = offset + run[0].length;
        if (DOC_NUMBER_OPEN.has(text.charCodeAt(end)) || NAME_DOTS.has(text.charCodeAt(offset - 1)) || NAME_DOTS.has(text.charCodeAt(end))) {
          frozen.fill(FROZEN, offset, end);
          continue;
        }
        if (isShortQuote(text, offset, end)) {
          frozen.fill(GUARDED, offset, end);
          continue;
        }
        // A unit after a figure (12000亿斤) is part of the number; the character before one is mostly a
        // word of counting (约, 共, 第) or a code's letter.
        if (isDigitLike(text.charCodeAt(offset - 1))) frozen[offset] = FROZEN;
        if (isDigitLike(text.charCodeAt(end)) && frozen[end - 1] === 0) frozen[end - 1] = GUARDED;
        runs.push(offset, end);
      }
      settleSentence();
      const repeated = repeatedSpots(model, text, kept.map((k) => k.start));
      const nameWords: NameWords = { isWord: (t, start, length) => model.isRealWord(t, start, length) };
      const drop = (f: Found, why: string) => typoTrace.drop?.(f.start, f.to, why);
      for (const f of kept.sort((a, b) => a.start - b.start)) {
        if (repeated.has(f.start)) { drop(f, 'repeated'); continue; }
        if (frozen[f.start] === GUARDED && f.gain < CONTEXT_SETTINGS.guarded) { drop(f, 'guarded'); continue; }
        if (canonicalForms().cover(text, f.start)) { drop(f, 'canonical form'); continue; }
        if (changesNumber(text, f.start, f.to)) { drop(f, 'number'); continue; }
        if (swapsPlace(text, f.start, f.to, isPlaceName) || amidTransliteration(text, f.start) || countryInDiplomacy(text, f.start) || opensExceptFrame(text, f.start)) { drop(f, 'place/transliteration'); continue; }
        // A person's name the text marks as one (法定代表人吴和根, 连捷等20名同志, a list of names): person-names.ts.
        if (insidePersonName(text, f.start, nameWords)) { drop(f, 'person name'); continue; }
        const words = wordsOver(model, text, f.start, f.to);
        // The correction would break a longer word to make a shorter one (高精尖 → 精简, 享有盛誉 → 有声): the text is meant.
        if (words.written > words.corrected) { drop(f, 'breaks a longer word'); continue; }
        // Nor one that breaks a rare word or a place of three characters or more (马鬃山 → 马中, 茄果类).
        if (words.real >= 3 && words.real > words.corrected) { drop(f, 'breaks a rare word'); continue; }
        // One real word taken for another (低位 → 地位, 降息 → 信息, 世行 → 实行): a model of laws
        // and news weighs a word it rarely saw against a common one, so only a large gain counts.
        if (replacesWord(words) && f.gain < CONTEXT_SETTINGS.realWord) { drop(f, 'real word'); continue; }
        // A real word as written whose character is the likelier one at its own place by more than `ownGain`: only a sure
        // correction (涉外法律实务 → 法律事务, 13 nats: the tokens after it alone speak for the longer word).
        if (f.ownLost && words.real >= 2 && f.gain < CONTEXT_SETTINGS.sure) { drop(f, 'real word, own token loses'); continue; }
        report({
          start: f.start,
          end: f.start + 1,
          messageId: 'suspectedTypo', data: { from: f.from, to: f.to, word: f.word },
          suggestions: [f.to],
          severity: f.usual && !f.ownLost && frozen[f.start] !== GUARDED && f.gain >= CONTEXT_SETTINGS.sure && !replacesWord(words) && makesListedWord(model, text, f.start, f.to) ? 'error' : 'warning',
        });
      }
    },
  };
}

/**
 * The gain a guess of the unigram model needs from the context model: the veto for a
 * same-pinyin fix, and for a sound- or shape-alike as much more as the context model's own
 * bars ask of one (a slip typed by pinyin input is nearly always same-pinyin; a new word
 * the model lacks, 治癌 or 芯港, is as often taken for a look- or sound-alike).
 */
function vetoBar(likeness: Likeness | undefined): number {
  const { gain, veto } = CONTEXT_SETTINGS;
  return veto + gain[likeness ?? 'similar-shape'] - gain['same-pinyin'];
}

/**
 * A numeral corrected to another beside a numeral or before a counter, or one digit to another
 * anywhere (中共五大 → 三大): a different number, not a typo. A multiplier may be a slip (一带亿路).
 */
function changesNumber(text: string, offset: number, to: string): boolean {
  if (!HAN_NUMERAL.test(to) || !HAN_NUMERAL.test(text[offset] ?? '')) return false;
  if (HAN_DIGIT.test(to) && HAN_DIGIT.test(text[offset]!)) return true;
  const before = text[offset - 1] ?? '';
  const after = text[offset + 1] ?? '';
  return HAN_NUMERAL.test(before) || HAN_NUMERAL.test(after) || COUNTER.test(after);
}

/** Characters that Chinese spells foreign names with and ordinary words rarely use (布拉柴维尔, 萨马拉). */
const TRANSLITERATION = new Set('尔斯维拉亚阿纳塔萨卡莫索诺奥洛哈布伊乌兹罗巴吉玛娜丽蒂默努姆贝迪森杰蒙坦尼瓦佩埃菲');

/**
 * Three of the four characters around `offset` spell a foreign name: the character is the name's.
 * So is one of those characters itself with two more of them among the three after it or the
 * three before it, at a name's start or end (莫尔多瓦, Mordovia, is not 摩尔多瓦, Moldova).
 */
function amidTransliteration(text: string, offset: number): boolean {
  let n = 0;
  for (const at of [offset - 2, offset - 1, offset + 1, offset + 2]) if (TRANSLITERATION.has(text[at] ?? '')) n++;
  if (n >= 3) return true;
  if (!TRANSLITERATION.has(text[offset]!)) return false;
  let after = 0;
  let before = 0;
  for (let d = 1; d <= 3; d++) {
    if (TRANSLITERATION.has(text[offset + d] ?? '')) after++;
    if (TRANSLITERATION.has(text[offset - d] ?? '')) before++;
  }
  return after >= 2 || before >= 2;
}

/**
 * 除 opening a 除……外 frame (除入境人员外，…): the preposition of the frame, not a slip of
 * 出 or 处, whatever word its first character would make (出入境).
 */
const EXCEPT_FRAME = new RegExp(`^除[^${CLAUSE_ENDS}]{1,30}?(?:以外|之外|外)[${PHRASE_MARKS}]`);

function opensExceptFrame(text: string, offset: number): boolean {
  return text[offset] === '除' && EXCEPT_FRAME.test(text.slice(offset, offset + 40));
}

/** What follows 中X (中文合作, 中俄关系) or 访X (访文期间) where X is a country's one-character short name. */
const AFTER_CHINA_AND_COUNTRY = /^(?:合作|关系|友好|建交|两国|双边|经贸|人文|联合|战略|友谊|贸易|会谈|外长|领导人)/;
const AFTER_VISIT_TO_COUNTRY = /^(?:期间|之际|前夕|结束|访问|成果)/;

let countryShortNames: Set<string> | undefined;

/**
 * The character is a country's one-character short name in diplomatic wording: 中文合作 (China
 * and 文莱), 访文期间 (visiting 文莱), as dictionaries/names/country-short-names.txt lists them.
 */
function countryInDiplomacy(text: string, offset: number): boolean {
  countryShortNames ??= new Set(readWordList('names/country-short-names.txt').map((line) => line.split('\t')[0]!));
  if (!countryShortNames.has(text[offset]!)) return false;
  const after = text.slice(offset + 1, offset + 4);
  return (text[offset - 1] === '中' && AFTER_CHINA_AND_COUNTRY.test(after)) || (text[offset - 1] === '访' && AFTER_VISIT_TO_COUNTRY.test(after));
}

const PLACE_SUFFIXES = ['', '省', '市', '县', '区'];

/**
 * A place name corrected to another (陕西代表团 → 山西): which place the text means is a fact
 * it states, not a slip the model can see.
 */
function swapsPlace(text: string, offset: number, to: string, isPlaceName: (name: string) => boolean): boolean {
  const isPlace = (name: string) => PLACE_SUFFIXES.some((suffix) => isPlaceName(name + suffix));
  for (let length = 2; length <= 3; length++) {
    for (let from = Math.max(0, offset - length + 1); from <= offset && from + length <= text.length; from++) {
      const written = text.slice(from, from + length);
      if (!isAllHan(written) || !isPlace(written)) continue;
      if (isPlace(text.slice(from, offset) + to + text.slice(offset + 1, from + length))) return true;
    }
  }
  return false;
}

/** A correction found in a sentence; gain: how much likelier the context model finds the sentence with it (ln P). */
interface Found {
  start: number;
  from: string;
  to: string;
  /** What the correction makes, for the message. */
  word: string;
  gain: number;
  /** A confusable character that makes a known word (context-corrector's `usual`): the only kind that may be an error. */
  usual: boolean;
  /** The written character is the likelier one at its own place by more than `ownGain` (context-corrector's `ownLost`). */
  ownLost: boolean;
}

/** Length of the longest known word over the guess as written and as corrected (0: none). */
interface WordsOver {
  written: number;
  /** As `written`, counting the rare real words too (rare-words.txt: 降息, 世行, 昌江). */
  real: number;
  corrected: number;
}

function wordsOver(model: SpellingModel, text: string, offset: number, to: string): WordsOver {
  const written = longestKnownWord(model, text, offset, text[offset]!)?.length ?? 0;
  return { written, real: Math.max(written, longestRealWord(model, text, offset)), corrected: longestKnownWord(model, text, offset, to)?.length ?? 0 };
}

/**
 * True when the text as written already makes a real word over the character as long as
 * the one the correction makes (检测 → 监测, 低位 → 地位): a choice between two real words,
 * which the model may weigh but not call an error. 天燃气 stays one: 燃气 is shorter than 天然气.
 */
function replacesWord({ real, corrected }: WordsOver): boolean {
  return real >= 2 && real >= corrected;
}

/** Length of the longest real word of 2–4 characters over `offset` as written (SpellingModel.isRealWord), 0 if none. */
function longestRealWord(model: SpellingModel, text: string, offset: number): number {
  for (let length = MAX_REPLACEMENT_WORD; length >= 2; length--) {
    for (let from = Math.max(0, offset - length + 1); from <= offset && from + length <= text.length; from++) {
      if (/^\p{Script=Han}+$/u.test(text.slice(from, from + length)) && model.isRealWord(text, from, length)) return length;
    }
  }
  return 0;
}

/** The longest known word of 2–4 characters over `offset` with `char` there. */
function longestKnownWord(model: SpellingModel, text: string, offset: number, char: string): string | undefined {
  for (let length = MAX_REPLACEMENT_WORD; length >= 2; length--) {
    for (let from = Math.max(0, offset - length + 1); from <= offset && from + length <= text.length; from++) {
      const word = text.slice(from, offset) + char + text.slice(offset + 1, from + length);
      if (/^\p{Script=Han}+$/u.test(word) && model.wordLogP(word, 0, length) !== undefined) return word;
    }
  }
  return undefined;
}

/**
 * Whether the correction makes a word a dictionary lists (not only spelling/mined-words.tsv) over
 * `offset`: a word known from counting official text alone (惊悉, 犬只) may be meant by another
 * the counts never saw (顷悉), so a fix that makes only such a word is never an error.
 */
function makesListedWord(model: SpellingModel, text: string, offset: number, to: string): boolean {
  for (let length = 2; length <= MAX_REPLACEMENT_WORD; length++) {
    for (let from = Math.max(0, offset - length + 1); from <= offset && from + length <= text.length; from++) {
      const word = text.slice(from, offset) + to + text.slice(offset + 1, from + length);
      if (/^\p{Script=Han}+$/u.test(word) && model.isListedWord(word, 0, length)) return true;
    }
  }
  return false;
}

/** The word the correction makes, for the message: the longest known word of 2–4 characters over it, else the corrected character with a Han neighbour either side. */
function wordMade(model: SpellingModel, text: string, offset: number, to: string): string {
  const known = longestKnownWord(model, text, offset, to);
  if (known) return known;
  const from = offset > 0 && isHan(text.charCodeAt(offset - 1)) ? offset - 1 : offset;
  const end = offset + 1 < text.length && isHan(text.charCodeAt(offset + 1)) ? offset + 2 : offset + 1;
  return text.slice(from, offset) + to + text.slice(offset + 1, end);
}

/** A 机关代字 before the year bracket of a 发文字号 (冀政呈〔2024〕) is a code, not prose: 〔, [, ［ by code unit. */
const DOC_NUMBER_OPEN = new Set([0x3014, 0x5b, 0xff3b]);

/**
 * A short title in 《》: a work's name is short (《山海情》, 《沉默的荣耀》); a document's is
 * mostly longer, and a slip in its kind (《“健康中国2030”规划刚要》) must not make it a work's.
 */
const TITLE = /《([^《》\n]{1,10})》/g;
/** Brackets after a document's kind: （试行）, （2021—2035年）, （送审稿）. */
const TRAILING_BRACKETS = /(?:[（(［\[][^（）()［］\[\]]*[）)］\]])+$/u;

const documentKinds = lazyModule(() => {
  const kinds = readWordList('format/document-kinds.txt');
  return { kinds: new Set(kinds), longest: Math.max(...kinds.map((k) => k.length)) };
});

/** Whether a title in 《》 ends with a kind of document (…条例, …的通知, …规划（2021—2035年）): dictionaries/format/document-kinds.txt. */
function isDocumentTitle(title: string): boolean {
  const bare = title.replace(TRAILING_BRACKETS, '');
  const { kinds, longest } = documentKinds();
  for (let length = 1; length <= longest && length <= bare.length; length++) if (kinds.has(bare.slice(bare.length - length))) return true;
  return false;
}

/** Quoted names, slogans and jargon (“干货”, “苍溪文旅体”) are meant as written. */
const SHORT_QUOTE = 8;
/** Opening quote → closing quote (“”, ‘’, 「」, ""), by code unit. */
const QUOTES = new Map([
  [0x201c, 0x201d],
  [0x2018, 0x2019],
  [0x300c, 0x300d],
  [0x22, 0x22],
]);

function isShortQuote(text: string, start: number, end: number): boolean {
  return end - start <= SHORT_QUOTE && start > 0 && QUOTES.get(text.charCodeAt(start - 1)) === text.charCodeAt(end);
}

/**
 * A typo is a slip, made once; the same characters written again in one document (a local
 * name, a term of art: 役前教育, 座舱 written 坐舱 throughout) are meant. The character
 * with both neighbours, or with one neighbour when the pair is no known word (役前, 电芯),
 * counts from its second occurrence; a pair that is a known word, or with punctuation, from its
 * third, since a common word beside a slip (燃气 in 天燃气) recurs anyway.
 */
const MEANT_AFTER = { unknownPair: 2, knownWord: 3 };

/** Of the offsets, those whose character and its neighbours recur as MEANT_AFTER says: one pass, however many. */
function repeatedSpots(model: SpellingModel, text: string, offsets: readonly number[]): Set<number> {
  if (offsets.length === 0) return new Set();
  const windows = (at: number) => [text.slice(Math.max(0, at - 1), at + 2), text.slice(Math.max(0, at - 1), at + 1), text.slice(at, at + 2)].filter((w) => w.length >= 2);
  const automaton = new AhoCorasick([...new Set(offsets.flatMap(windows))]);
  const counts = new Map<string, number>();
  for (const m of automaton.findAll(text)) {
    const pattern = automaton.patterns[m.pattern]!;
    counts.set(pattern, (counts.get(pattern) ?? 0) + 1);
  }
  // Punctuation beside the character (，及) recurs anyway, as a known word does.
  const meantAfter = (w: string) => (!isAllHan(w) || (w.length === 2 && model.wordLogP(w, 0, 2) !== undefined) ? MEANT_AFTER.knownWord : MEANT_AFTER.unknownPair);
  return new Set(offsets.filter((at) => windows(at).some((w) => counts.get(w)! >= meantAfter(w))));
}

/** True for offsets inside a span a pack rule reports: that rule speaks for them. */
function packCoverage(doc: Document, matcher: PackMatcher): (offset: number) => boolean {
  const matches = matcher.find(doc);
  return (offset) => spanContaining(matches, offset) !== undefined;
}

interface Context {
  text: string;
  /** Where the character sits in it. */
  offset: number;
}

/** The packs' `unless` contexts, by each character in them. */
function contextsByChar(contexts: readonly string[]): Map<string, Context[]> {
  const byChar = new Map<string, Context[]>();
  for (const context of contexts) {
    for (let offset = 0; offset < context.length; offset++) {
      const list = byChar.get(context[offset]!) ?? [];
      list.push({ text: context, offset });
      byChar.set(context[offset]!, list);
    }
  }
  return byChar;
}

function insideContext(text: string, at: number, contexts: Context[] | undefined): boolean {
  return contexts?.some((c) => text.startsWith(c.text, at - c.offset)) ?? false;
}
