import { isHan, isHanSpan } from '../../text/unicode.js';
import { chineseDate } from '../../text/dates/calendar.js';
import type { CharLikeness, Rule } from '../rule.js';
import { placeLikeness } from './place-likeness.js';
import { loadPlaceChildren, type PlaceChildren, type Township } from './place-children.js';
import { loadPlaceCounties, type CountyChild, type PlaceCounties } from './place-counties.js';

type Level = 'village' | 'township' | 'county';

/** How a village or community is written after its name (鹳山村, 多福巷社区, 多福巷社区居委会), longest first. */
const VILLAGE_SUFFIXES = ['社区居民委员会', '社区居委会', '村民委员会', '居民委员会', '村委会', '居委会', '社区', '嘎查', '村'];
const TOWNSHIP_SUFFIXES = ['街道', '镇', '乡'];
/** How a county-level division ends: 县 (and 自治县), 区, 县级市, 旗 (and 自治旗). */
const COUNTY_SUFFIXES = ['县', '区', '市', '旗'];
/** Each level's suffixes, and the last characters of them all: the one test most characters of a text meet in childSites. */
const LEVEL_SUFFIXES = [
  [VILLAGE_SUFFIXES, 'village'],
  [TOWNSHIP_SUFFIXES, 'township'],
  [COUNTY_SUFFIXES, 'county'],
] as const;
const SUFFIX_ENDS = new Set(LEVEL_SUFFIXES.flatMap(([suffixes]) => suffixes.map((s) => s[s.length - 1]!)));
/** The last character of a written parent: a township's (镇, 乡, 街道) or a county's (县, 区, 市, 旗). */
const PARENT_ENDS = new Set('镇乡道县区市旗');
/** The last character of a county's parent: a prefecture's (市, 州, 盟, 地区) or a province's (省, 市, 自治区). */
const COUNTY_PARENT_ENDS = new Set('市州盟区省');
/** A county's parent written whole: 河北省 to 克孜勒苏柯尔克孜自治州. */
const MIN_COUNTY_PARENT = 3;
/** Units of the codes that are no county by name (张家口经济开发区, 察北管理区): known, never the fix. */
const NOT_COUNTY = /(?:开发区|管理区|园区|示范区|新区|委员会|管委会)$/;
/** A child's name without its suffix: two characters at least (一村, 新村 are too short to tell a slip), six at most. */
const MIN_NAME = 2;
const MAX_NAME = 6;
/** A parent's full name: 沛县 to 积石山保安族东乡族撒拉族自治县. */
const MIN_PARENT = 2;
const MAX_PARENT = 16;
/** A name ending with one of these before the suffix is a pair of division words (各乡镇, 各村社区). */
const DIVISION_CHARS = new Set('乡镇村区县市街');
/** What separates children listed under one parent (鹳山村、观山村和东西岙村). */
const LIST_SEPARATORS = new Set(['、', '和', '及', '与', '以及']);
const LIST_SEPARATOR_ENDS = new Set('、和及与');

/** Function words a name does not hold: 辖区内的村, 白马寺镇至平乐村 are phrases, not a child of the place (和, 与, 于, 之 are in names: 和平村, 于庄村). */
const GRAMMAR = /[的至到在是对把被从向等或]/;
/** The suffixes a two-character parent may end with. */
const SHORT_PARENT_ENDS = new Set('县市旗镇乡');
/** A township's name shared by more than this many, with no county written before it, does not say which. */
const MAX_NAMESAKES = 3;
const LABEL: Record<Level, string> = { village: '村（社区）', township: '乡镇（街道）', county: '县级行政区划' };

/** One way to read a child written after its parent: where its name starts, how it is written, and what the data says of it. */
interface Reading {
  start: number;
  parent: string;
  level: Level;
  /** The child's name as the data holds it: without 村/社区 for a village, with 镇/乡/街道 for a township. */
  name: string;
  suffix: string;
  children: string[];
  kin: string[];
}

/** A child suffix ending at `end` whose name of `MIN_NAME`… characters may follow a parent: what the text must hold before the data is read. */
interface Site {
  end: number;
  suffix: string;
  level: Level;
  /** After a list separator (、, 和): a sibling of the child before, not after its own parent. */
  listed: boolean;
}

/** A county written under its parent, one character off a child of it: the fix, and the earlier name it was written by, if it was. */
interface CountyFix {
  start: number;
  parent: string;
  right: string;
  former?: CountyChild;
}

export interface PlaceChildEvidence {
  likeness: CharLikeness;
  /** A traditional or variant character (趙, 蔴): the data writes some names with one, which is never the fix. */
  isNonStandard: (char: string) => boolean;
}

/**
 * A village, community or township written under its parent that the parent lacks, one
 * character away from exactly one child the parent has (鄞州区塘溪镇观山村 for 鹳山村, a
 * 鹳/观 slip). The evidence is threefold: the parent is a known township or county written
 * whole just before the child; the child as written is none of the parent's (nor of any
 * place of the same name); and exactly one of its children differs by one character that
 * sounds (tone aside) or looks alike. A child the 2023 data lacks is no evidence by itself:
 * villages are merged and renamed (撤村并居), new communities are set up every year, so
 * only a near child speaks, and the finding is a warning.
 *
 * A county-level division (县, 区, 县级市, 旗) written under its prefecture or province
 * (咸宁市铜山县, 河南省杜旗县) is checked the same way against the parent's counties, with
 * the names of earlier codes: a name the parent had (北京市密云县, until 2015) is known, and a
 * slip of one (北京市蜜云县) is fixed to the 2023 name (密云区) with the earlier one named; a
 * county of any other parent (包头市东湖区) is another place.
 *
 * Data: dictionaries/places/children.tsv (国家统计局 2023年统计用区划代码, as of
 * 2023-06-30), read only when a text writes a parent's suffix and a child's suffix with a
 * name between them; places/counties.tsv (the same codes, and those of 2015–2022); a
 * character that sounds alike (places/char-sounds.tsv) or differs by a left-hand radical of a
 * look-alike group (places/char-shapes.tsv: 礻/木).
 */
export function createPlaceChildRule(
  { likeness, isNonStandard }: PlaceChildEvidence,
  load: () => PlaceChildren = loadPlaceChildren,
  loadCounties: () => PlaceCounties = loadPlaceCounties,
): Rule {
  let alike: ((a: string, b: string) => boolean) | undefined;
  return {
    id: 'lexicon/place-child',
    category: 'typo',
    severity: 'warning',
    description: '地级市、省、县、乡镇后写的下辖县区、乡镇、村或社区名称不在其下，而与其下某一名称仅一字音近或形近',
    messages: {
      notChild: '“{{parent}}”下没有“{{found}}”，疑为“{{right}}”之误（依据：国家统计局2023年统计用区划代码，截至2023年6月30日；此后新设、更名的{{label}}不在其中）。',
      notChildFormer:
        '“{{parent}}”下没有“{{found}}”，疑为“{{former}}”之误，今为“{{right}}”（依据：国家统计局统计用区划代码，截至{{until}}的代码作“{{former}}”，截至2023年6月30日的代码作“{{right}}”）。',
    },
    check(doc, report) {
      const text = doc.text;
      const sites = childSites(text);
      if (sites.length === 0) return;
      // The townships' table (~10–20 ms to read) only for a child below a county: a county under its prefecture needs the small one.
      let places: PlaceChildren | undefined;
      alike ??= placeLikeness(likeness, isNonStandard);
      // The parent of the child before, which a child listed after it shares (塘溪镇鹳山村、观山村).
      let listed: { end: number; reading: Reading } | undefined;
      for (const site of sites) {
        if (site.level === 'county') {
          const fix = countyFix(text, site, loadCounties(), alike);
          if (!fix) continue;
          const found = text.slice(fix.start, site.end);
          const { former } = fix;
          report({
            start: fix.start,
            end: site.end,
            messageId: former ? 'notChildFormer' : 'notChild',
            data: former
              ? { parent: fix.parent, found, right: fix.right, former: former.written, until: chineseDate(former.until!) }
              : { parent: fix.parent, found, right: fix.right, label: LABEL.county },
            suggestions: former ? [fix.right, former.written] : [fix.right],
          });
          continue;
        }
        const readings = site.listed ? (listed ? siblingReadings(text, site, listed) : []) : readingsAt(text, site, (places ??= load()));
        if (readings.length === 0) continue;
        // A child the data knows under some reading of the span (东西岙村 of 塘溪镇), or under another township of the
        // same county (a village moved when townships merged), settles it, and its parent is the list's.
        const known = readings.find((r) => r.children.includes(r.name) || r.kin.includes(r.name));
        listed = { end: site.end, reading: known ?? readings[0]! };
        if (known) continue;
        const fixes = new Map<string, Reading & { right: string }>();
        for (const r of readings) {
          // 徐水区北里村 for 南北里 and 北北里: the shared end of longer children's names, a name people use, not a slip.
          if (endsLongerChild(r.name, r.children) || endsLongerChild(r.name, r.kin)) continue;
          const right = nearChild(r.name, r.children, alike);
          if (right !== undefined) fixes.set(`${r.start}:${right}`, { ...r, right });
        }
        // Two readings with different fixes: the text does not say which.
        if (fixes.size !== 1) continue;
        const [fix] = fixes.values();
        const right = fix!.level === 'village' ? fix!.right + fix!.suffix : fix!.right;
        report({
          start: fix!.start,
          end: site.end,
          messageId: 'notChild',
          data: { parent: fix!.parent, found: text.slice(fix!.start, site.end), right, label: LABEL[fix!.level] },
          suggestions: [right],
        });
      }
    },
  };
}

/**
 * A county-level division written under its prefecture or province (张家口市崇札县, 河北省崇札县)
 * that is no division of any parent, in 2023 or in earlier codes, and one alike character (not
 * the suffix) from exactly one child of the parent as the parent has it or had it: the fix is
 * the 2023 name (崇礼区, 崇礼县 until the 2015 codes), or the short form written (长阳县).
 */
function countyFix(text: string, site: Site, counties: PlaceCounties, alike: (a: string, b: string) => boolean): CountyFix | undefined {
  const nameEnd = site.end - site.suffix.length;
  const fixes = new Map<string, CountyFix>();
  const readings: string[] = [];
  for (let n = MIN_NAME; n <= MAX_NAME; n++) {
    const start = nameEnd - n;
    if (start < MIN_COUNTY_PARENT || !isHan(text.charCodeAt(start))) break;
    if (!COUNTY_PARENT_ENDS.has(text[start - 1]!)) continue;
    const written = text.slice(start, site.end);
    if (GRAMMAR.test(written)) continue;
    readings.push(written);
    const parent = longestCountyParent(text, start, counties);
    if (!parent) continue;
    for (const child of parent.children) {
      const right = child.until === undefined ? child.written : child.name;
      if (!right || NOT_COUNTY.test(right) || !oneAlikeOff(written, child.written, alike)) continue;
      fixes.set(`${start}:${right}`, { start, parent: parent.name, right, ...(child.until !== undefined && { former: child }) });
    }
  }
  // Two fixes: the text does not say which. A division of some parent, now or before, under any reading of the
  // span (东湖区, 孟津县): another place or an older name, not a slip.
  return fixes.size === 1 && !readings.some((w) => counties.isKnown(w)) ? [...fixes.values()][0] : undefined;
}

function longestCountyParent(text: string, start: number, counties: PlaceCounties): { name: string; children: readonly CountyChild[] } | undefined {
  for (let k = Math.min(MAX_PARENT, start); k >= MIN_COUNTY_PARENT; k--) {
    if (!isHanSpan(text, start - k, start)) continue;
    const name = text.slice(start - k, start);
    const children = counties.children(name);
    if (children) return { name, children };
  }
  return undefined;
}

/** `written` and `child` are as long, end with the same suffix, and differ in one character of the name, an alike one. */
function oneAlikeOff(written: string, child: string, alike: (a: string, b: string) => boolean): boolean {
  if (child.length !== written.length || child[child.length - 1] !== written[written.length - 1]) return false;
  const at = onlyDifference(written, child, written.length - 1);
  return at >= 0 && alike(written[at]!, child[at]!);
}

/** The one offset below `length` where `a` and `b` differ; -1 when none or more than one does. */
function onlyDifference(a: string, b: string, length: number): number {
  let at = -1;
  for (let i = 0; i < length; i++) {
    if (a[i] === b[i]) continue;
    if (at >= 0) return -1;
    at = i;
  }
  return at;
}

/** A child listed right after the one before (鹳山村、观山村; 鹳山村和观山村), at its level: the same parent's. */
function siblingReadings(text: string, site: Site, listed: { end: number; reading: Reading }): Reading[] {
  const { reading } = listed;
  if (reading.level !== site.level) return [];
  const nameEnd = site.end - site.suffix.length;
  for (let n = MIN_NAME; n <= MAX_NAME; n++) {
    const start = nameEnd - n;
    if (start <= listed.end) break;
    if (!LIST_SEPARATORS.has(text.slice(listed.end, start))) continue;
    const written = text.slice(start, nameEnd);
    if (GRAMMAR.test(written)) return [];
    return [{ ...reading, start, name: site.level === 'village' ? written : written + site.suffix, suffix: site.suffix }];
  }
  return [];
}

/** Every child suffix preceded by a name of MIN_NAME… Han characters and a parent's last character: a cheap pass that reads no data. */
function childSites(text: string): Site[] {
  const sites: Site[] = [];
  for (let e = 1; e < text.length; e++) {
    if (!SUFFIX_ENDS.has(text[e]!)) continue;
    for (const [suffixes, level] of LEVEL_SUFFIXES) {
      for (const suffix of suffixes) {
        const end = e + 1;
        if (!text.endsWith(suffix, end)) continue;
        const nameEnd = end - suffix.length;
        // 乡镇, 村镇, 区县: two division words, not a name and its suffix.
        if (!isHan(text.charCodeAt(nameEnd - 1)) || DIVISION_CHARS.has(text[nameEnd - 1]!)) continue;
        let listed = false;
        const parentEnds = level === 'county' ? COUNTY_PARENT_ENDS : PARENT_ENDS;
        for (let n = MIN_NAME; n <= MAX_NAME; n++) {
          const start = nameEnd - n;
          if (start < 1 || !isHan(text.charCodeAt(start))) break;
          if (start >= MIN_PARENT && parentEnds.has(text[start - 1]!)) {
            sites.push({ end, suffix, level, listed: false });
            break;
          }
          // A child listed after another (、观山村, 和观山村): looked at only after a child under its parent.
          listed ||= level !== 'county' && sites.length > 0 && LIST_SEPARATOR_ENDS.has(text[start - 1]!);
        }
        if (listed) sites.push({ end, suffix, level, listed: true });
      }
    }
  }
  return sites;
}

/**
 * The readings of the child ending at the site: for each length of its name, the parent
 * written whole just before it (the longest known name: 塘溪镇, not 溪镇), with the
 * children it has. A township's name shared by several (城关镇: 88) counts only with its
 * county written before it (五河县城关镇) or when few share it.
 */
function readingsAt(text: string, site: Site, places: PlaceChildren): Reading[] {
  const readings: Reading[] = [];
  const nameEnd = site.end - site.suffix.length;
  // The name's last character was checked by childSites; each loop checks the first.
  for (let n = MIN_NAME; n <= MAX_NAME; n++) {
    const start = nameEnd - n;
    if (start < MIN_PARENT || !isHan(text.charCodeAt(start))) break;
    if (!PARENT_ENDS.has(text[start - 1]!)) continue;
    const written = text.slice(start, nameEnd);
    if (GRAMMAR.test(written)) continue;
    const parent = longestParent(text, start, site.level, places);
    if (!parent) continue;
    const name = site.level === 'village' ? written : written + site.suffix;
    readings.push({ start, parent: parent.name, level: site.level, name, suffix: site.suffix, ...parent.children });
  }
  return readings;
}

interface Children {
  /** The parent's children at the reading's level. */
  children: string[];
  /** What else settles a child as known: for a village under a township, the villages of the other townships of its county (a village moved when townships merged). */
  kin: string[];
}

function longestParent(text: string, start: number, level: Level, places: PlaceChildren): { name: string; children: Children } | undefined {
  for (let k = Math.min(MAX_PARENT, start); k >= MIN_PARENT; k--) {
    if (!isHanSpan(text, start - k, start)) continue;
    const name = text.slice(start - k, start);
    // A two-character parent is a county or township with its one-character suffix (沛县, 乌镇), not a generic word (城区, 街道).
    if (k === 2 && !SHORT_PARENT_ENDS.has(name[1]!)) continue;
    const counties = places.countyTownships(name);
    const towns = level === 'village' ? places.townships(name) : [];
    if (counties.length === 0 && towns.length === 0) continue;
    if (level === 'township') return { name, children: { children: counties.map((t) => t.name), kin: [] } };
    if (towns.length === 0) return { name, children: { children: counties.flatMap(villagesOf), kin: [] } };
    const mine = townsOfCountyBefore(text, start - k, towns, places) ?? (towns.length <= MAX_NAMESAKES ? towns : undefined);
    if (!mine) return undefined;
    return { name, children: { children: mine.flatMap(villagesOf), kin: [...new Set(mine.flatMap((t) => t.county()))].flatMap(villagesOf) } };
  }
  return undefined;
}

/** The townships among `towns` of the county written just before them (五河县 in 五河县城关镇), if one is. */
function townsOfCountyBefore(text: string, end: number, towns: readonly Township[], places: PlaceChildren): Township[] | undefined {
  for (let k = Math.min(MAX_PARENT, end); k >= MIN_PARENT; k--) {
    if (!isHanSpan(text, end - k, end)) continue;
    const county = places.countyTownships(text.slice(end - k, end));
    const mine = towns.filter((t) => county.includes(t));
    if (mine.length > 0) return mine;
  }
  return undefined;
}

function villagesOf(t: Township): readonly string[] {
  return t.villages();
}

/** Some child's name is `name` with characters before it (南北里, 北北里 for 北里). */
function endsLongerChild(name: string, children: readonly string[]): boolean {
  return children.some((c) => c.length > name.length && c.endsWith(name));
}

/** The one child that differs from `name` by a single alike character, if exactly one does. */
function nearChild(name: string, children: readonly string[], alike: (a: string, b: string) => boolean): string | undefined {
  let found: string | undefined;
  for (const child of children) {
    if (child.length !== name.length || child === found) continue;
    const at = onlyDifference(name, child, name.length);
    if (at < 0 || !alike(name[at]!, child[at]!)) continue;
    if (found !== undefined) return undefined;
    found = child;
  }
  return found;
}
