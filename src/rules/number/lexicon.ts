import { readWordList } from '../../dictionaries.js';

/** Word lists of the number family, from dictionaries/number/*.txt. */
export interface NumberLexicon {
  /** Measure words after a count (个, 家, 项…), for recognising “number + unit”. */
  units: Set<string>;
  maxUnitLength: number;
  /** Words that introduce a total (共, 共计…) and the list of its parts (其中…). */
  totalWords: string[];
  partStarters: string[];
  exhaustiveWords: string[];
  /** Dimension of a part's label (gender, education…); `overlap` means the part may overlap the others. */
  dimensions: Map<string, string>;
  difference: { total: string[]; done: string[]; notDone: string[]; remainder: string[] };
  /** Rate words (合格率, 完成率, 占比…), longest first. */
  rates: string[];
  /** Those whose value cannot exceed 100% (not 完成率: 超额完成). */
  cappedRates: Set<string>;
  rateConnectors: string[];
  /** Words of the clause that gives a rate's denominator (共, 检查, 受理…). */
  denominators: string[];
  /** Rates checked against a total alone (合格率: some whole number of items must give it). */
  impliedRates: string[];
  impliedDenominators: string[];
  approximateBefore: string[];
  approximateAfter: string[];
  /** What may follow 十/百/千 after an Arabic number without making a mixed numeral (10千米). */
  digitUnitExceptions: string[];
  /** Retired unit characters and the names that replace them (吋 → 英寸), from the 1977 list. */
  obsoleteUnits: ReadonlyMap<string, string>;
  /** The marks of approximate numbers by kind, and the verbs of decrease (approximation-markers.txt). */
  approximation: { markers: Record<'about' | 'nearly' | 'over' | 'under' | 'aroundAfter' | 'moreAfter' | 'overAfter' | 'underAfter' | 'decrease', string[]>; units: string[] };
}

/** A list file split into its `[section]` parts. */
function readSections(relativePath: string): Map<string, string[]> {
  const sections = new Map<string, string[]>();
  let current: string[] = [];
  sections.set('', current);
  for (const line of readWordList(relativePath)) {
    const header = /^\[(.+)\]$/.exec(line);
    if (header) sections.set(header[1]!, (current = []));
    else current.push(line);
  }
  return sections;
}

function section(sections: Map<string, string[]>, name: string, file: string): string[] {
  const list = sections.get(name);
  if (!list || list.length === 0) throw new Error(`gongwen: 内置词表 dictionaries/${file} 缺少 [${name}] 部分`);
  return list;
}

/** Longest first, so that a scan tries 按期办结率 before 办结率. */
const byLength = (list: string[]) => [...new Set(list)].sort((a, b) => b.length - a.length);

export function loadNumberLexicon(): NumberLexicon {
  const units = readWordList('number/count-units.txt');
  const totals = readSections('number/total-words.txt');
  const difference = readSections('number/difference-words.txt');
  const approximate = readSections('number/approximate-words.txt');
  const approximation = readSections('number/approximation-markers.txt');
  const mark = (name: string) => section(approximation, name, 'number/approximation-markers.txt');
  const rateCounts = readSections('number/rate-counts.txt');
  const rates = readSections('number/rates.txt');
  const capped = section(rates, 'capped', 'number/rates.txt');
  const dimensions = new Map<string, string>();
  for (const line of readWordList('number/dimension-words.txt')) {
    const [word, dimension] = line.split(/\s+/);
    if (word && dimension) dimensions.set(word, dimension);
  }
  return {
    units: new Set(units),
    maxUnitLength: Math.max(...units.map((u) => u.length)),
    totalWords: byLength(section(totals, 'total', 'number/total-words.txt')),
    partStarters: byLength(section(totals, 'parts', 'number/total-words.txt')),
    exhaustiveWords: readWordList('number/exhaustive-words.txt'),
    dimensions,
    difference: {
      total: section(difference, 'total', 'number/difference-words.txt'),
      done: section(difference, 'done', 'number/difference-words.txt'),
      notDone: section(difference, 'not-done', 'number/difference-words.txt'),
      remainder: section(difference, 'remainder', 'number/difference-words.txt'),
    },
    rates: byLength([...capped, ...section(rates, 'uncapped', 'number/rates.txt')]),
    cappedRates: new Set(capped),
    rateConnectors: byLength(readWordList('number/rate-connectors.txt')),
    denominators: section(rateCounts, 'denominator', 'number/rate-counts.txt'),
    impliedRates: section(rateCounts, 'implied-rates', 'number/rate-counts.txt'),
    impliedDenominators: section(rateCounts, 'implied-denominator', 'number/rate-counts.txt'),
    approximateBefore: byLength(section(approximate, 'before', 'number/approximate-words.txt')),
    approximateAfter: byLength(section(approximate, 'after', 'number/approximate-words.txt')),
    digitUnitExceptions: readWordList('number/digit-unit-exceptions.txt'),
    approximation: {
      markers: {
        about: mark('about'),
        nearly: mark('nearly'),
        over: mark('over'),
        under: mark('under'),
        aroundAfter: mark('around-after'),
        moreAfter: mark('more-after'),
        overAfter: mark('over-after'),
        underAfter: mark('under-after'),
        decrease: mark('decrease'),
      },
      units: mark('units'),
    },
    obsoleteUnits: new Map(
      readWordList('number/obsolete-units.txt').map((line) => {
        const [char, name] = line.split('\t');
        return [char!, name!] as const;
      }),
    ),
  };
}
