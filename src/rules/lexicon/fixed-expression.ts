import type { Document } from '../../document/document.js';
import type { EditKind, FormMatch } from '../../match/near-miss-index.js';
import type { CharLikeness, Rule } from '../rule.js';
import { loadCharSounds, type CharSounds } from './char-sounds.js';
import { isShortPlaceName, isThreeCharWord, loadFixedExpressions, MIN_GAPPED_TITLE, titlesEndingAs, twoCharWordCount, type FixedExpressions, type ShortWords } from './fixed-expressions.js';
import { idiomFirstCharSlips } from './idiom-first-char.js';
import { idiomCharDropped } from './idiom-dropped-char.js';
import { placeFirstCharSlips } from './place-first-char.js';
import { loadPlaceCounties } from './place-counties.js';
import { HAN_MULTIPLIERS, HAN_ONE_TO_NINE, HAN_ZEROS } from '../../text/numerals.js';
import { readWordList } from '../../dictionaries.js';
import { FULL_WIDTH_SENTENCE_END_MARKS, INTERPUNCTS } from '../../text/sentences.js';
import { FUNCTION_CHARS } from '../../text/function-chars.js';

const KIND: Record<EditKind, string> = {
  substitution: '字有误',
  deletion: '漏字',
  insertion: '多字',
  transposition: '字序颠倒',
};

/** Below this length a one-character difference is too often another phrase (高质量开展 / 高质量发展): the slip needs more evidence. */
const LONG_FORM = 6;
const NUMERAL = new RegExp(`[${HAN_ZEROS}${HAN_ONE_TO_NINE}${HAN_MULTIPLIERS}两几多余0-9]`);

/** The lexicon of local bodies written after a place with their level (县人民政府): lexicons/local-institutions.txt. */
const LOCAL = 'local-institutions';
/**
 * Lexicons of named bodies beyond government: universities (教育部《全国高等学校名单》), central
 * state-owned enterprises, national development zones, national academies and their institutes.
 */
const NAMED_BODIES = new Set(['universities', 'central-enterprises', 'development-zones', 'research-institutes']);
/** Lexicons of institution names: a replaced character in the last two (the body: 检察院, 小组) may make a word inside the span (检查院, 小姐), as in a long form. */
const INSTITUTIONS = new Set(['institutions', LOCAL, ...NAMED_BODIES]);
/**
 * Named places of national lists (lexicons/heritage.txt: 交河故城, 周口店遗址, 九寨沟风景名胜区):
 * as in an institution's name, a replaced character in the last two (the kind of place: 故城,
 * 遗址, 石窟) may make a word inside the span (周口店遗志): the stem before it is the name.
 */
const HERITAGE = 'heritage';
/**
 * Kinds of place that describe as well as name (潼关古城 is the old town of 潼关, not a slip for the ruins
 * 潼关故城; 鲁迅旧居 and 鲁迅故居 are two houses): a heritage name's kind written as another of them is a
 * description of the place, or another place, never reported.
 */
const DESCRIPTIVE_KINDS = new Set(['古城', '故城', '古镇', '古村', '古墓', '古塔', '古寺', '故居', '旧居', '旧址', '故址', '遗址', '遗迹']);
/**
 * The kinds of place heritage names end with, longest first: a character dropped inside one of them leaves no other name.
 * A national reserve's kind is 国家级自然保护区 whole (三环泡国级自然保护区); its 级 dropped leaves words (国家自然保护区), never reported.
 */
const HERITAGE_KINDS = ['国家级自然保护区', '风景名胜区', '自然保护区', '国家公园', '旅游景区', '旅游区', '风景区', '古建筑群', '建筑群', '纪念馆', '博物馆', '遗址', '故城', '旧址', '石窟', '墓群'];
/** Characters that end the name of an administrative division: a place written with one of them is a place, not a phrase. */
const DIVISION_ENDS = new Set('省市县区州旗盟镇乡');
/** Law titles in 《》 with two or three characters dropped: at most this many (and titles of at least MIN_GAPPED_TITLE characters, fixed-expressions.ts). */
const MAX_TITLE_GAPS = 3;

/**
 * How a written character is like the canonical one: the confusion sets' kinds, and
 * `same-syllable` for characters that share a reading with tones aside (扑/铺, 仕/士, 闫/阎)
 * which the sets lack or hold as a mere similar sound. It ranks below the sets' close kinds:
 * a character the sets call a same sound or a look-alike stays that.
 */
type Likeness = NonNullable<ReturnType<CharLikeness>> | 'same-syllable' | 'radical-shape';
type CharAlike = (a: string, b: string) => Likeness | undefined;
/**
 * The lexicons where a same syllable counts as a same sound. Not idioms: on 11 M characters of
 * clean text it found only classical spellings there (贪得无餍, 民惟邦本), no slip.
 */
const SAME_SYLLABLE_KINDS = new Set(['places', 'institutions', LOCAL, 'law-titles', 'ethnic-groups', 'leaders', ...NAMED_BODIES]);

/** What the rule asks of other families, wired by the registry: the confusion sets, and the political terms it leaves to political/near-miss. */
export interface FixedExpressionEvidence {
  likeness: CharLikeness;
  /** A traditional or variant character (義, 於): written for its standard form it is a script matter, not a same-syllable slip. */
  isNonStandard: (c: string) => boolean;
  politicalTerms: () => readonly string[];
}

/**
 * One character wrong in a fixed expression of the lexicons (dictionaries/lexicons/: idioms,
 * place names down to township, law titles, institutions, 民族, leaders' posts, named places of
 * national lists such as heritage sites and scenic areas): a span
 * that is not itself a known form or word, one edit away from a canonical form, is reported
 * with that form as the fix. Evidence that the span is a slip and not another phrase:
 *
 * - a replaced character is a sound- or shape-alike of the canonical one
 *   (dictionaries/spelling/confusion.tsv), never a numeral for a numeral;
 * - a form under six characters takes only a same-sound or look-alike character, and no
 *   edited character may make a word with its neighbours (高质量开展: 开展 is a word,
 *   so it is another phrase); in a longer form such a word must lie inside the span;
 * - a character dropped or added is taken only in a whole law title in 《》 (elsewhere a
 *   character more or less is as often another name: 国家税务局, 消防救援队), or dropped
 *   from a place name of five characters or more that still ends with its 市/县/区
 *   (齐齐哈市), or dropped from or added to an institution's name leaving a character on its
 *   own inside the span (市场监督管|局, 防汛抗旱挥|部, 纪律检查委托|员|会), never an added
 *   level; never a function character (的, 和, 等), never a 省/市/县 of the form (四川广元市
 *   is how people write it), and never in forms under five characters;
 * - a whole law title in 《》 with a run of two or three characters dropped (first and
 *   last two kept) is a slip for the title it is a part of when the run cuts the title's
 *   words and holds no word of its own (renamed and repealed laws drop whole words);
 * - the pairs of lexicons/confusable-pairs.tsv count as the confusion sets do; in an
 *   institution name the replaced character may make a word inside the span (检查院), and so
 *   may one in the last two characters of a heritage name (周口店遗志), unless it makes another
 *   kind of place that describes it (潼关古城, the old town, for 潼关故城) or the listed name
 *   has an older character that makes no word (飞来峰造象 against 造像); a character dropped
 *   from a heritage name is taken only inside its kind, leaving a fragment (九寨沟风景名|区);
 * - a local body written with its level (市检察院, lexicons/local-institutions.txt) may
 *   start inside the place name before it (榆林市检查院);
 * - a place whose first character is replaced or swapped with the second is taken only
 *   with its own suffix and a close likeness (place-first-char.ts);
 * - the span is not one word of the segmenter, starts and ends on word boundaries, and overlaps no
 *   exact occurrence of a form (a named body may start with one, before the edit: 中国科学院 in
 *   中国科学院大连化学物里研究所); political terms are left to political/near-miss;
 * - a known form (`~name` in a lexicon: a former name, a real body outside the list) counts as
 *   an exact occurrence but is never offered as a fix;
 * - the named bodies (universities, central enterprises, national development zones, research
 *   institutes) take the institutions' rules, but in a name under six characters a replaced
 *   character of the body word may make no word (大湾区大|小港口 is no slip of 大湾区大学).
 *
 * A law title in 《》 with a replaced character is an error; the rest are warnings.
 */
export function createFixedExpressionRule({ likeness, isNonStandard, politicalTerms }: FixedExpressionEvidence, load: () => FixedExpressions = loadFixedExpressions): Rule {
  let lexicons: FixedExpressions | undefined;
  let political: readonly string[] | undefined;
  let sounds: CharSounds | undefined;
  let surnames: ReadonlySet<string> | undefined;
  let sides: ReadonlySet<string> | undefined;
  return {
    id: 'lexicon/fixed-expression',
    category: 'typo',
    severity: 'warning',
    description: '成语、地名、法规名称、机构名称等固定说法中的错字、漏字、多字或字序颠倒',
    messages: {
      slip: '“{{found}}”疑为{{label}}“{{form}}”{{others}}之误（{{edit}}）（依据：{{basis}}）。',
    },
    check(doc, report) {
      lexicons ??= load();
      const { sameSound, radicalAlike } = (sounds ??= loadCharSounds());
      const { kinds, kindOf, known, index, pairs } = lexicons;
      const kindIdOf = (m: FormMatch) => kinds[kindOf[m.form]!]!.id;
      // The pairs names are written with, which the confusion sets lack or hold as a mere similar sound (熔/镕, 鲅/鱿, 大/太), then the sets.
      const alike = (a: string, b: string): Likeness | undefined => {
        const listed = pairs.get(a + b);
        if (listed !== undefined && listed !== 'similar-sound') return listed;
        const sets = likeness(a, b) ?? listed;
        if (sets === 'same-pinyin' || sets === 'similar-shape') return sets;
        if (a !== b && !isNonStandard(b) && sameSound(a, b)) return 'same-syllable';
        // A place name's character with another left-hand radical of its group (礼/札, 社/杜): places only, below the sets' kinds.
        return radicalAlike(a, b) ? 'radical-shape' : sets;
      };
      const formOfIndex = (i: number) => index.form(i);
      // A country's side (巴方, 俄方) is a word of diplomatic news the segmenter lacks: 巴方支持 is not 八方支持.
      const isWord = (s: string) => doc.segmenter.cut(s).length === 1 || (sides ??= new Set(readWordList('names/country-sides.txt'))).has(s);
      // The index never edits a form's first character; places and four-character idioms with a slip there are found apart.
      const matches = [
        ...lexicons.index.find(doc.text),
        ...placeFirstCharSlips(doc.text, lexicons.places, formOfIndex, alike, isWord, (c) => (surnames ??= new Set(readWordList('names/surnames-common.txt'))).has(c)),
        ...idiomFirstCharSlips(doc.text, lexicons.idioms, formOfIndex, alike, isWord),
      ];
      const gaps = doc.text.includes('《') ? titleGaps(doc, lexicons) : [];
      if (matches.length === 0 && gaps.length === 0) return;
      // An exact local body (县人民政府) starts with the level that ends the place name before it: only its body counts.
      const exact = matches.filter((m) => m.kind === undefined).map((m) => (kindIdOf(m) === LOCAL ? { ...m, start: m.start + levelLength(index.form(m.form)) } : m));
      // A division written whole before the edit (河南省郑州市 in 河南省郑州市荣阳市) is the parent of the slip, not another phrase.
      const isDivision = (m: FormMatch) => DIVISION_ENDS.has(doc.text[m.end - 1]!);
      const overlapsDivision = exactOverlap(exact.filter(isDivision));
      // A place's short name written whole before the edit (鄂尔多斯, 内蒙古鄂尔多斯 in 内蒙古鄂尔多斯市伊金霍洛期) is
      // the start of the place the slip is in, as a division is; for any other form it is another phrase. Not when the
      // edit is the character right after it: a whole name followed by something else (乌兰察布时, 四川成都世运会,
      // 云南昆明石寨山) is the name and the next word, not its suffix replaced.
      const isPlaceName = (m: FormMatch) => !isDivision(m) && kindIdOf(m) === 'places';
      const overlapsOtherExact = exactOverlap(exact.filter((m) => !isDivision(m) && !isPlaceName(m)));
      const overlapsPlaceName = exactOverlap(exact.filter(isPlaceName));
      // Every exact form but a division: the two sets above together.
      const overlapsExact = (start: number, end: number) => overlapsOtherExact(start, end) || overlapsPlaceName(start, end);
      // A named body may hold another form whole before the edit, from its start: 中国科学院 in 中国科学院物理研究听 is
      // the head of the institute's name, as a division is of a place's.
      const clearOfExact = (m: FormMatch) => {
        const kind = kindIdOf(m);
        if (kind === 'places') return !overlapsOtherExact(m.start, m.end) && !overlapsPlaceName(m.start + m.at - 1, m.end);
        if (!NAMED_BODIES.has(kind)) return !overlapsExact(m.start, m.end);
        const edited = m.start + (m.kind === 'deletion' ? m.at - 1 : m.at);
        return !exact.some((e) => e.start < m.end && e.end > m.start && (e.start < m.start || e.end > edited));
      };
      // A known form (a former name, 上海电力学院) silences its span when written whole, and is never a fix.
      const slips = matches.filter((m) => m.kind !== undefined && known[m.form] !== 1 && clearOfExact(m) && !overlapsDivision(m.start + m.at, m.end));
      political ??= politicalTerms();
      const formOf = (m: FormMatch) => index.form(m.form);
      const accepted = slips.filter(
        (m) => isSlip(doc, m, formOf(m), kindIdOf(m), alike, lexicons!.words) && !politicalTermAt(formOf(m), m, political!) && !anotherUse(doc.text, m, formOf(m), kindIdOf(m)),
      );
      accepted.push(...gaps.filter((g) => !overlapsExact(g.start, g.end) && !overlapsDivision(g.start, g.end)));
      if (accepted.length === 0) return;
      const bySpan = new Map<string, FormMatch[]>();
      for (const m of accepted) {
        const key = `${m.start}:${m.end}`;
        bySpan.set(key, [...(bySpan.get(key) ?? []), m]);
      }
      // The longest form first; a local body counts without its level (县市场监督管里局: 市场监督管理局, not 县市场监督管理局).
      const weight = (m: FormMatch) => 2 * formOf(m).length - (kindIdOf(m) === LOCAL ? 2 * levelLength(formOf(m)) + 1 : 0);
      for (const m of pickBest(accepted, weight, doc.text.length)) {
        const form = formOf(m);
        // Other forms one edit from the same span (苍溪县东西镇: 东溪镇 or 东青镇) are offered too: the editor chooses.
        const others = [...new Set(bySpan.get(`${m.start}:${m.end}`)!.filter((o) => o.form !== m.form).map(formOf))];
        const kind = kinds[kindOf[m.form]!]!;
        const found = doc.text.slice(m.start, m.end);
        // A replaced character in a whole law title in 《》 is a slip beyond doubt; a title with a character more or less may be one we lack.
        const titled = kind.id === 'law-titles' && m.kind === 'substitution' && inTitleMarks(doc.text, m);
        report({
          start: m.start,
          end: m.end,
          messageId: 'slip',
          data: { found, label: kind.label, form, others: others.length > 0 ? `（或“${others.join('”“')}”）` : '', edit: KIND[m.kind!], basis: kind.basis },
          suggestions: [form, ...others],
          severity: titled ? 'error' : 'warning',
        });
      }
    },
  };
}

/** A test for "[start, end) overlaps one of these spans", in log time: spans sorted by start, with the furthest end so far. */
function exactOverlap(spans: FormMatch[]): (start: number, end: number) => boolean {
  spans.sort((a, b) => a.start - b.start);
  const furthest = new Int32Array(spans.length);
  spans.forEach((s, i) => (furthest[i] = Math.max(s.end, i > 0 ? furthest[i - 1]! : 0)));
  return (start, end) => {
    // The last span starting before `end`; some span up to it reaching past `start` overlaps.
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (spans[mid]!.start < end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && furthest[lo - 1]! > start;
  };
}

function isSlip(doc: Document, m: FormMatch, form: string, kind: string, likeness: CharAlike, words: ShortWords): boolean {
  // The character test first: it needs no segmenting, and most spans fail it.
  // A character more or less that leaves a fragment (市场监督管|局): segmenting, so asked only after the
  // cheap character tests and once for the edit test and the word test.
  let fragment: boolean | undefined;
  const isFragment = () => (fragment ??= fragmentEdit(doc, m, form, kind));
  // An idiom of four characters with one dropped: the context model weighs it (idiom-dropped-char.ts).
  if (m.kind === 'deletion' && kind === 'idioms' && form.length === 4) return idiomCharDropped(doc, m, form, words);
  // A character doubled inside the span (一丝丝不苟) is the slip whatever words the copies make: no other edit test applies.
  const doubled = m.kind === 'insertion' && doublesInside(doc.text, m);
  if (!doubled && !plausibleEdit(doc.text, m, form, kind, likeness, isFragment)) return false;
  if (m.kind === 'transposition') {
    const at = m.start + m.at;
    // Two characters of an idiom swapped into a word of their own (死不改悔: 改悔) are a variant wording, not a slip.
    if (kind === 'idioms' && twoCharWordCount(words, doc.text.charCodeAt(at), doc.text.charCodeAt(at + 1)) > 0) return false;
    // A place's suffix swapped inward (鸡场镇坪 for 鸡场坪镇) is as often the place and the next name (鸡场镇坪地村).
    if (kind === 'places' && m.at === form.length - 2 && DIVISION_ENDS.has(form[form.length - 1]!)) return false;
  }
  if (kind === HERITAGE && m.kind === 'substitution') {
    if (variantInForm(doc.text, m, form, words)) return false;
    if (m.at >= form.length - 2 && DESCRIPTIVE_KINDS.has(doc.text.slice(m.end - 2, m.end))) return false;
  }
  if (doc.isOneWord(m.start, m.end)) return false;
  // Both ends on word boundaries: a span that cuts a word (劳动合同|发生, 消防救援|队伍, 评|审委员会) is part of other words.
  // A local body's level ends the place name before it (榆林市|检察院): the boundary is after the level, which the edit leaves.
  const level = kind === LOCAL ? levelLength(form) : 0;
  if (level > 0 && m.at < level) return false;
  // A place found by its first character ends with its suffix, which may start the body after it (师河|区政府), never another word (县级, 区域).
  const suffixStartsWord = kind === 'places' && m.at === 0 && startsBodyWord(doc, m.end - 1);
  if (!(doc.isWordBoundary(m.start) || (level > 0 && doc.isWordBoundary(m.start + level))) || !(doc.isWordBoundary(m.end) || suffixStartsWord)) return false;
  // In an institution's name the body word (检察院, 小组) may be the one a slip turns into another word (检查院, 小姐).
  if (doubled) return true;
  // Not in a short name of a named body (大湾区大学): its body word replaced is as often the next phrase (大湾区大小港口).
  const bodyWord = m.at >= form.length - 2 && (kind === HERITAGE || (INSTITUTIONS.has(kind) && (form.length >= LONG_FORM || !NAMED_BODIES.has(kind))));
  return editStandsAlone(doc, m, form, bodyWord, kind === 'places', words, isFragment());
}

/**
 * The lists name some places with an older or variant character (飞来峰造象, 铜录山古铜矿遗址 as parsed):
 * a written character that makes a word with its neighbour in the name (造像, 铜绿) where the listed
 * one makes none (造象, 铜录) is the current spelling, not a slip of the listed name.
 */
function variantInForm(text: string, m: FormMatch, form: string, words: ShortWords): boolean {
  const at = m.start + m.at;
  for (const left of [at - 1, at]) {
    if (left < m.start || left + 1 >= m.end) continue;
    const written = twoCharWordCount(words, text.charCodeAt(left), text.charCodeAt(left + 1));
    if (written > 0 && twoCharWordCount(words, form.charCodeAt(left - m.start), form.charCodeAt(left + 1 - m.start)) === 0) return true;
  }
  return false;
}

/** What a division's suffix makes a word with when the body follows it: 区政府, 县委, 市长. */
const BODY_AFTER_SUFFIX = new Set(['政府', '委', '委书记', '长', '党委']);

function startsBodyWord(doc: Document, at: number): boolean {
  const w = doc.wordAt(at);
  return w !== undefined && w.start === at && BODY_AFTER_SUFFIX.has(doc.text.slice(at + 1, w.end));
}

/** The level a local body starts with: 市 (市检察院) or 市委 (市委组织部). */
function levelLength(form: string): number {
  return form[1] === '委' ? 2 : 1;
}

function plausibleEdit(text: string, m: FormMatch, form: string, kind: string, charLikeness: CharAlike, isFragment: () => boolean): boolean {
  switch (m.kind) {
    case 'substitution': {
      const wrong = text[m.start + m.at]!;
      const right = form[m.at]!;
      if ((NUMERAL.test(wrong) && NUMERAL.test(right)) || FUNCTION_CHARS.has(wrong)) return false;
      // A division word after a numeral counts divisions (山东、浙江、海南三省 is not 海南三沙): a number and its unit, not a slip.
      if (DIVISION_ENDS.has(wrong) && m.at > 0 && NUMERAL.test(text[m.start + m.at - 1]!)) return false;
      // A short form needs a same-sound or look-alike character; a merely similar sound is too common a coincidence.
      const likeness = charLikeness(right, wrong);
      if (likeness === 'same-syllable') return SAME_SYLLABLE_KINDS.has(kind);
      if (likeness === 'radical-shape') return kind === 'places';
      return likeness !== undefined && (form.length >= LONG_FORM || likeness !== 'similar-sound');
    }
    // A character more or less makes another name as often as a slip (国家税务局 / 国家税务总局,
    // 消防救援队 / 消防救援支队, 房地产税 / 房产税): only a whole title in 《》 is taken.
    case 'deletion':
      if (form.length < 5 || FUNCTION_CHARS.has(form[m.at]!)) return false;
      // A place that still ends with its 市/县/区 (齐齐哈市): a character of the name dropped, never a 市/县 inside (四川广元市).
      if (kind === 'places') return DIVISION_ENDS.has(form[form.length - 1]!) && !DIVISION_ENDS.has(form[m.at]!);
      // An institution's name with a character dropped from one of its words, leaving a fragment (市场监督管|局,
      // 工作领导|组): a name one character shorter that is another body reads as words (国家税务局, 税务|局).
      if (isFragment()) return true;
      return inTitleMarks(text, m);
    case 'insertion':
      if (form.length < 5 || FUNCTION_CHARS.has(text[m.start + m.at]!)) return false;
      if (inTitleMarks(text, m)) return true;
      // An institution's name with a character added that leaves one on its own (纪律检查委托|员|会, 管理|理|局);
      // never a level (省纪委省监委 names both bodies).
      return isFragment();
    case 'transposition':
      return true;
    default:
      return false;
  }
}

/**
 * The added character doubles its neighbour, both copies inside the span (一丝丝不苟, 实事求求是,
 * 齐齐哈哈尔市): the slip of the pen in any form. A copy on the span's first or last character may
 * belong to the next word (落实|实事求是).
 */
function doublesInside(text: string, m: FormMatch): boolean {
  const at = m.start + m.at;
  const added = text[at]!;
  if (added === text[at - 1]) return at - 1 > m.start && at + 1 < m.end;
  return added === text[at + 1] && at > m.start && at + 2 < m.end;
}

/**
 * A character dropped from a word of an institution's name or of a law title of MIN_GAPPED_TITLE
 * characters or more (outside 《》 too), or added to an institution's name, that leaves a
 * character of the span on its own (市场监督管|局, 浙江省高新|术|促进条例, 纪律检查委托|员|会).
 * Never an added level (省纪委省监委 names both bodies) nor one added to a title (海南自由贸易港依法 is 依法).
 */
function fragmentEdit(doc: Document, m: FormMatch, form: string, kind: string): boolean {
  // A heritage name with a character dropped from its stem is as often its short name or another place (仰韶|遗址,
  // 石城|遗址, 三大|古建筑群), and one dropped at the start of its kind another kind (葡萄沟|景区): only a gap inside
  // the kind word that leaves a character of the span on its own (风景名|区, 国|园) is a slip.
  if (m.kind === 'deletion' && kind === HERITAGE) {
    const tail = HERITAGE_KINDS.find((k) => form.endsWith(k));
    return tail !== undefined && m.at > form.length - tail.length && leavesFragment(doc, m, [m.at - 1, m.at]);
  }
  if (m.kind === 'deletion') return (INSTITUTIONS.has(kind) || (kind === 'law-titles' && form.length >= MIN_GAPPED_TITLE)) && leavesFragment(doc, m, [m.at - 1, m.at]);
  if (m.kind === 'insertion') return INSTITUTIONS.has(kind) && !DIVISION_ENDS.has(doc.text[m.start + m.at]!) && leavesFragment(doc, m, [m.at - 1, m.at, m.at + 1]);
  return false;
}

/**
 * One of the span's characters at `offsets` (beside a gap, or around an added character) is a
 * word of one character in the text. Not the span's first: it may make a word the segmenter
 * lacks with the character before (编审|委员会).
 */
function leavesFragment(doc: Document, m: FormMatch, offsets: number[]): boolean {
  return offsets.some((offset) => offset > 0 && m.start + offset < m.end && doc.standsAlone(m.start + offset));
}

function inTitleMarks(text: string, m: FormMatch): boolean {
  return text[m.start - 1] === '《' && text[m.end] === '》';
}

/**
 * The edited characters are not part of a word of their own: in 高质量开展, 人民警察依法 or
 * 青藏高原生态保护司法 the "slip" makes a real word (开展, 依法, 司法), so the span is
 * another phrase. A replaced character in a long form (six characters or more) may make
 * such a word when it lies inside the span (苍溪县人名政府); a word reaching out of the
 * span never.
 */
function editStandsAlone(doc: Document, m: FormMatch, form: string, institution: boolean, place: boolean, words: ShortWords, fragment = false): boolean {
  const formLength = form.length;
  // A place's first character replaced (鱿鱼圈区) was found with its suffix and a close likeness: a word it makes inside the span is the slip's.
  // An idiom's first character (扑天盖地) has no such evidence: a word it makes is another phrase.
  const longSubstitution = m.kind === 'substitution' && (formLength >= LONG_FORM || institution || (m.at === 0 && place));
  // The characters the edit touched, as text offsets: for a deletion, the two around the gap.
  const touched = m.kind === 'deletion' ? [m.start + m.at - 1, m.start + m.at] : m.kind === 'transposition' ? [m.start + m.at, m.start + m.at + 1] : [m.start + m.at];
  // A character more or less in an institution's name was taken for the fragment it leaves
  // (防汛抗旱|挥|部, 委托|员|会): a whole word beside it is the name's own.
  for (const at of fragment ? [] : touched) {
    if (at < m.start || at >= m.end) continue;
    const w = doc.wordAt(at);
    if (!w || w.end - w.start < 2) continue;
    if (w.start < m.start || w.end > m.end || !longSubstitution) return false;
    // A long place or idiom may hold the slip's word (苍溪县东西镇), but not an attributive one opening it:
    // 大型国际机场 describes an airport, it is not a slip of 大兴国际机场.
    if (!institution && w.start === m.start && tagOf(doc, w.text) === ATTRIBUTIVE) return false;
  }
  // The segmenter cuts by context and from a reduced list, so it misses words like 治本, 厚爱
  // and 行道树. Characters the edit made (the written character and its neighbours) that make
  // a short word are another phrase too:
  // - a word of two or three characters reaching out of the span, in a form of any length: the
  //   span ends (or starts) inside the next word (安全生产治|本攻坚 is 治本, not a slip of
  //   安全生产法; 建设行道|树 is 行道树, not the place 建设街道), unless the segmenter has put
  //   the characters outside in a word of their own (发现|行迹可疑);
  // - inside the span, a replaced character of a short form, as above, when the two-character
  //   word is at least as common as the form's own pair there (深情厚爱: 厚爱 against 厚意); a
  //   rarer one is the slip's (自学成材: 成材 against 成才, 行迹可疑 against 形迹).
  const text = doc.text;
  const outsideInWord = (from: number, to: number) => {
    for (let i = from; i < to; i++) {
      if (i >= m.start && i < m.end) continue;
      const w = doc.wordAt(i);
      if (w && w.end - w.start >= 2) return true;
    }
    return false;
  };
  for (const at of editedRuns(m, 2)) {
    if (at < 0 || at + 1 >= text.length) continue;
    const written = twoCharWordCount(words, text.charCodeAt(at), text.charCodeAt(at + 1));
    if (written === 0) continue;
    if (at < m.start || at + 1 >= m.end) {
      if (outsideInWord(at, at + 2)) continue;
      return false;
    }
    // Inside the span only a replaced character of a short form is weighed: a pair a dropped or swapped one makes inside a name (哈|市, 乌|木)
    // is left to the segmenter's cut, and a long form may hold a word (苍溪县人名政府).
    if (m.kind !== 'substitution' || longSubstitution) continue;
    if (written >= twoCharWordCount(words, form.charCodeAt(at - m.start), form.charCodeAt(at + 1 - m.start))) return false;
  }
  for (const at of editedRuns(m, 3)) {
    if (at >= m.start && at + 3 <= m.end) continue;
    if (isThreeCharWord(words, text, at) && !outsideInWord(at, at + 3)) return false;
  }
  return true;
}

/** 区别词 (大型, 新型, 国有): the segmenter's tag of a word that describes, and names nothing. */
const ATTRIBUTIVE = 'b';

/** Characters after a place name that leave it standing alone: punctuation, the end, or a function word. */
const AFTER_STANDALONE_NAME = /^(?:$|[^\p{sc=Han}]|[的和与及等或])/u;

function tagOf(doc: Document, word: string): string {
  const tags = doc.segmenter.tag(word);
  return tags.length === 1 ? tags[0]!.tag : '';
}

/**
 * Uses of a near form that are not slips, seen in the text around the span:
 *
 * - 同心同力: the ABAC frame (同心同德, 尽心尽力), see below;
 * - 因时因势制宜, 因地因事制宜: an idiom whose first character opens the phrase before it too, a
 *   coordination (因时制宜 + 因势制宜), not a slip of the idiom;
 * - “崇道尚德·与世偕行”, “头疼医头、脚疼医脚”: an idiom in a quoted slogan of parallel parts
 *   (joined by · or 、), a crafted wording, not a slip;
 * - 山东位山灌区, 辽宁千山景区, 陕西西康高铁, 广西玉柴装备: a province and a two-character name
 *   (the 山东微山 kind of place form, no 市/县 of its own) going on into a noun is the name of
 *   that thing (an irrigation district, a scenic area, a railway, a company), as likely as a
 *   county's short name; only a name standing alone is weighed;
 * - “鹏城万里” (a trail of 深圳, for 鹏程万里): a character written so that it names a city by its
 *   alias (鹏城 深圳, 羊城 广州, 蓉城 成都; names/city-aliases.txt) plays on the idiom with the
 *   place's name, as the names of trails, campaigns and brands do.
 */
function anotherUse(text: string, m: FormMatch, form: string, kind: string): boolean {
  if (kind === 'idioms') {
    if (m.start >= 2 && text[m.start - 2] === text[m.start] && text[m.start] === form[0] && m.at > 0) return true;
    if (inParallelSlogan(text, m.start, m.end)) return true;
    if (m.kind === 'substitution' && namesCityByAlias(text, m)) return true;
    // 同心同力 (for 同心合力): a third character that repeats the first makes the ABAC frame of
    // 同心同德, 尽心尽力, 群策群力, a phrase of its own, not a slip.
    if (m.kind === 'substitution' && form.length === 4 && m.at === 2 && text[m.start + 2] === text[m.start] && form[2] !== form[0]) return true;
  }
  if (kind === 'places' && underForeignDivision(text, m.start)) return true;
  if (kind === 'places' && suffixReplacedBeforeWord(text, m, form)) return true;
  if (kind === 'places' && knownDivisionAtEdit(text, m)) return true;
  if (kind === 'places' && form.length === 4 && m.at >= 2 && provinceShortNames().has(form.slice(0, 2)) && !AFTER_STANDALONE_NAME.test(text.slice(m.end, m.end + 1))) return true;
  return false;
}

/**
 * 唐山市滦县, 杭州市下城区, 河南省淮阳县, 包头市东湖区: the edit falls in a county-level
 * division (or a prefecture) as written that some parent has or had in the codes since 2015
 * (places/counties.tsv: 滦县 until 2018, 下城区 until 2021, 东湖区 of 南昌市): an older name or
 * another place, not a slip of the near form (滦南县, 上城区, 濮阳县, 东河区).
 */
function knownDivisionAtEdit(text: string, m: FormMatch): boolean {
  const span = text.slice(m.start, m.end);
  // The written characters the edit touched, as offsets into the span.
  const first = m.kind === 'deletion' ? Math.max(0, m.at - 1) : m.at;
  const last = m.kind === 'transposition' ? m.at + 1 : m.at;
  const counties = loadPlaceCounties();
  for (let end = last + 1; end <= span.length; end++) {
    if (!DIVISION_ENDS.has(span[end - 1]!)) continue;
    for (let start = Math.min(first, end - 2); start >= 0; start--) if (counties.isKnown(span.slice(start, end))) return true;
  }
  return false;
}

/** What may follow a place whose suffix was written wrong: the name ends there (a mark, the end, 的, 和) or its body follows (人民政府, 党委). */
const AFTER_REPLACED_SUFFIX = /^(?:$|[^\p{sc=Han}]|[的和与及等或]|人民|政府|党|委|人大|政协)/u;

/**
 * 从乌兰察布市集宁去北京, 伊犁州伊宁是: a place's suffix replaced by a character that goes on into the text
 * after it is the name and the next word (集宁 and 去), not a slip of 集宁区; only a name that ends
 * there (伊金霍洛期。, 粤海街到的) or is followed by its body (伊金霍洛期人民政府) is weighed.
 */
function suffixReplacedBeforeWord(text: string, m: FormMatch, form: string): boolean {
  if (m.kind !== 'substitution' || m.at !== form.length - 1) return false;
  const last = form[form.length - 1]!;
  return (DIVISION_ENDS.has(last) || last === '道') && !AFTER_REPLACED_SUFFIX.test(text.slice(m.end, m.end + 2));
}

/** A division written right before a place (熊本县的, 轮岛市和, 石川县): two characters and 县/市/州/省, then a joining word or none. */
const DIVISION_BEFORE = /(\p{sc=Han}{2}[县市州省])(?:的|和|与|及|、)?$/u;
/** Characters before 市/县/省 that make a common word, not a name (全市, 该县, 各省, 城市, 都市, 每市). */
const NOT_NAME_BEFORE_SUFFIX = new Set('全该各此城都每');

/**
 * 熊本县的阿苏地区, 石川县轮岛市和珠洲市: a place written under (or beside) a division that is
 * no Chinese place is a foreign place, not a slip of a Chinese one (阿克苏地区, 株洲市).
 * Not after 全市, 该县, 城市 or 在本市: those are words, not names.
 */
function underForeignDivision(text: string, start: number): boolean {
  const m = DIVISION_BEFORE.exec(text.slice(Math.max(0, start - 4), start));
  if (!m) return false;
  const name = m[1]!;
  if (FUNCTION_CHARS.has(name[0]!) || NOT_NAME_BEFORE_SUFFIX.has(name[1]!)) return false;
  return !isShortPlaceName(name) && !isShortPlaceName(name.slice(0, 2));
}

let provinces: Set<string> | undefined;

/** 山东, 广西, 北京: the provinces' names without 省/市/自治区 (privacy/province-codes.txt lists them whole). */
function provinceShortNames(): Set<string> {
  provinces ??= new Set(
    readWordList('privacy/province-codes.txt')
      .map((l) => l.split('\t')[1] ?? '')
      .map((name) => name.replace(/(?:壮族|回族|维吾尔)?(?:自治区|特别行政区|省|市)$/, '')),
  );
  return provinces;
}

let cityAliases: ReadonlySet<string> | undefined;

/** The replaced character and a neighbour in the span make a city's alias (鹏城万里: 鹏城). */
function namesCityByAlias(text: string, m: FormMatch): boolean {
  cityAliases ??= new Set(readWordList('names/city-aliases.txt'));
  const at = m.start + m.at;
  return (at > m.start && cityAliases.has(text.slice(at - 1, at + 1))) || (at + 1 < m.end && cityAliases.has(text.slice(at, at + 2)));
}

/** Marks a quoted slogan does not hold: another quotation, the end of a sentence. */
const SLOGAN_BREAKS = new RegExp(`[“”${FULL_WIDTH_SENTENCE_END_MARKS}]`);

/** What joins the parts of a slogan: the 间隔号 or a 顿号. */
const SLOGAN_JOINS = new RegExp(`[${INTERPUNCTS}、]`);

/** Longest quoted slogan looked at, in characters. */
const MAX_SLOGAN = 24;

/** [start, end) lies inside “…” of at most MAX_SLOGAN characters whose parts are joined by · or 、. */
function inParallelSlogan(text: string, start: number, end: number): boolean {
  const open = text.lastIndexOf('“', start);
  if (open < 0 || start - open > MAX_SLOGAN) return false;
  const close = text.indexOf('”', end);
  if (close < 0 || close - open > MAX_SLOGAN + 1) return false;
  const inner = text.slice(open + 1, close);
  return !SLOGAN_BREAKS.test(inner) && SLOGAN_JOINS.test(inner);
}

/**
 * The text offsets `i` of the runs [i, i + n) that hold a character the edit wrote: the
 * replaced or added one, either of two swapped, or the two a dropped one joined.
 */
function editedRuns(m: FormMatch, n: number): number[] {
  if (m.kind === undefined) return [];
  const p = m.start + m.at;
  // The last offset a run may start at: the written character, the second swapped one, or (dropped) the one before the gap.
  const last = m.kind === 'transposition' ? p + 1 : m.kind === 'deletion' ? p - 1 : p;
  const runs: number[] = [];
  for (let i = p - n + 1; i <= last; i++) runs.push(i);
  return runs;
}

/**
 * The edit falls inside a political term of the form (中华人民共和国 in a law title):
 * political/near-miss speaks for those. A character dropped or replaced right after the
 * term (中华人民共和国|动物防疫法) is the title's, not the term's.
 */
function politicalTermAt(form: string, m: FormMatch, terms: readonly string[]): boolean {
  // The form's characters the edit touched: [first, last]; an added character lies between at − 1 and at.
  const [first, last] = m.kind === 'transposition' ? [m.at, m.at + 1] : m.kind === 'insertion' ? [m.at - 1, m.at] : [m.at, m.at];
  for (const term of terms) {
    for (let i = form.indexOf(term); i >= 0; i = form.indexOf(term, i + 1)) {
      const end = i + term.length;
      if (m.kind === 'insertion' ? first >= i && last < end : last >= i && first < end) return true;
    }
  }
  return false;
}

/**
 * Whole law titles in 《》 with one to three neighbouring characters dropped
 * (《中华人民共物防疫法》 for 中华人民共和国动物防疫法, 《浙江省高新术促进条例》): the text is a
 * known title but for one run of characters, which cuts a word of the title (和国|动) and holds
 * no word of its own; one character dropped must leave a fragment in the text (高新|术). A run
 * of whole words left out is another title as often (合同法 /
 * 劳动合同法, 计划生育条例 / 人口与计划生育条例, 审计条例 / 审计法实施条例: renamed and
 * repealed laws). One edit is the index's; a short title never.
 */
function titleGaps(doc: Document, lexicons: FixedExpressions): FormMatch[] {
  const text = doc.text;
  const found: FormMatch[] = [];
  for (let open = text.indexOf('《'); open >= 0; open = text.indexOf('《', open + 1)) {
    const close = text.indexOf('》', open + 1);
    if (close < 0) break;
    const inner = text.slice(open + 1, close);
    if (inner.length < MIN_GAPPED_TITLE - MAX_TITLE_GAPS || inner.includes('《')) continue;
    const candidates = titlesEndingAs(lexicons.titles, inner.slice(0, 2) + inner.slice(-2));
    if (!candidates) continue;
    for (const form of candidates) {
      const f = lexicons.index.form(form);
      const gap = f.length - inner.length;
      if (gap < 1 || gap > MAX_TITLE_GAPS) continue;
      const at = commonPrefix(inner, f);
      if (at < 2 || !f.endsWith(inner.slice(at))) continue;
      // One character dropped must also leave one on its own (高新|术|促进); between two words (中医|条例) it is another title as often.
      if (gap === 1 && !doc.standsAlone(open + at) && !doc.standsAlone(open + 1 + at)) continue;
      if (cutsWord(doc, f, at, at + gap) && !holdsWord(doc, f.slice(at, at + gap))) found.push({ start: open + 1, end: close, form, kind: 'deletion', at });
    }
  }
  return found;
}

/** [from, to) of `form` does not start or does not end where the segmenter ends a word of it. */
function cutsWord(doc: Document, form: string, from: number, to: number): boolean {
  const ends = new Set<number>([0]);
  let offset = 0;
  for (const w of doc.segmenter.cut(form)) ends.add((offset += w.length));
  return !ends.has(from) || !ends.has(to);
}

/** The dropped run is or holds a word (安全, 人口与, 法实施): a title without it is another title as often as a slip. */
function holdsWord(doc: Document, run: string): boolean {
  return doc.segmenter.cut(run).some((w) => w.length >= 2);
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i;
}

/** Non-overlapping slips, the longest form first (it corrects the most). */
function pickBest(slips: FormMatch[], weight: (m: FormMatch) => number, textLength: number): FormMatch[] {
  // Of two readings of one form, the longer span leaves no character of the slip outside it (管局理: the swap, not 管局 and a stray 理).
  const ranked = [...slips].sort((a, b) => weight(b) - weight(a) || b.end - b.start - (a.end - a.start) || a.start - b.start);
  // Offsets already covered by a slip taken: spans are at most ~40 characters, so marking them keeps this linear.
  const covered = new Uint8Array(textLength);
  const taken: FormMatch[] = [];
  for (const s of ranked) {
    if (covered.subarray(s.start, s.end).some((c) => c !== 0)) continue;
    covered.fill(1, s.start, s.end);
    taken.push(s);
  }
  return taken.sort((a, b) => a.start - b.start);
}
