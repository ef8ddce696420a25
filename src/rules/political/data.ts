import type { ValidateFunction } from 'ajv';
import schema from '../../../schemas/political-data.schema.json' with { type: 'json' };
import { loadArtefact, type Artefact } from '../../compiled/artefact.js';
import { listDictionaryFiles, readDictionaryFile } from '../../dictionaries.js';
import { optionalModule } from '../../platform/platform.js';
import { PackError } from '../../packs/pack-error.js';
import { describeEntry, parsePackText, schemaMessage } from '../../packs/parse-pack.js';
import type { RulePack } from '../../packs/types.js';

export interface Formulation {
  term: string;
  source: string;
  note?: string;
  /** Near-miss checking: on by default from 6 characters; terms of 4–5 characters opt in. */
  fuzzy?: boolean;
  /** No other phrase is one character from it (中华人民共和国): any replaced character is a slip, alike or not. */
  closed?: boolean;
  /**
   * The full name of a theory, written only whole (习近平新时代中国特色社会主义思想): two neighbouring
   * characters left out (…中国特色主义思想, …新时代特色社会主义思想) are a slip, not a shorter wording.
   */
  whole?: boolean;
  /**
   * A run of one-character items in the term (山水林田湖草沙) that texts adapt to the land they
   * speak of (山水林田湖草沙冰 on the plateau, no 沙 where there is no desert): an item left out
   * is a wording, not a slip.
   */
  items?: string;
}

export interface FormulationsData {
  terms: Formulation[];
  /** Correct phrases that resemble a canonical term: never reported as near-misses. */
  legitimate: string[];
  /** Character pairs that make a paraphrase, not a typo (和/与), and characters whose insertion or deletion does not count (的). */
  paraphrase: { equivalent: string[]; ignorable: string; ignorableExcept: string[] };
  /** Character pairs confused in writing these terms that the spelling family's confusion sets lack (民/明): evidence of a slip for political/near-miss. */
  confusable: string[];
}

export interface Enumeration {
  /** The numbered label (四个意识); absent for a list recognised by its items (the guiding ideology). */
  label?: string;
  /** What messages call a list without a label (社会主义核心价值观). */
  name?: string;
  /**
   * A list without a label whose items are common words (创新、协调…; 富强、民主…): checked only when
   * every item is written, for order; partial lists and skipped items are ordinary prose.
   */
  wholeOnly?: boolean;
  /** The items in their canonical order. */
  items: string[];
  source: string;
  /** Words that may stand before an item without changing it (中国特色社会主义道路自信 = 道路自信). */
  prefixes?: string[];
  /** `text`: the items are clauses (两个确立); the quoted text after the label is compared as a whole. */
  mode?: 'items' | 'text';
  /** For `text` mode: the whole canonical wording. */
  full?: string;
  /** For lists without a label: what may follow a list that stops early in an outdated form. */
  /** completedBy: wordings that complete the list later in its sentence (…科学发展观，全面贯彻习近平新时代中国特色社会主义思想). */
  outdated?: { endsAt: string; from: string; note: string; completedBy?: string[] };
  /** Earlier canonical item lists, correct in older documents and quotations. */
  accepted?: string[][];
  /** The day the accepted lists gave way to `items` (YYYY-MM-DD): a document of a later date stating one is warned. */
  acceptedUntil?: string;
  /** Separators other than 、 that the canonical form does not use (和). */
  strictSeparators?: boolean;
  /** The verbs the label goes with (深刻领悟“两个确立”的决定性意义): another label's verb right before it is a misquote. */
  verbs?: EnumerationVerbs;
}

/** A label's fixed verbs; verbs are compared by their ending (深刻领悟, 更加深刻领悟 end with 领悟). */
export interface EnumerationVerbs {
  /** The label's own verbs. */
  takes: string[];
  /** Other labels' verbs that edited text also puts before this label (增强“两个维护”的政治自觉): not reported alone. */
  also: string[];
  /** Other labels' verbs the label can never take (做到“两个确立”): an error. */
  never: string[];
  /** What follows the label in its fixed phrase (的决定性意义). */
  tail?: string;
  source: string;
}

export interface Post {
  /** Full name of the post (国务院总理). */
  name: string;
  /** Titles written next to a name for this post (总理, 国务院总理). */
  titles: string[];
}

export interface Tenure {
  post: string;
  from: string;
  to?: string;
}

export interface Leader {
  name: string;
  tenures: Tenure[];
  /** Misspellings seen or reported, always flagged. */
  misspellings?: string[];
  /** Flag shape/sound variants of the name even without a title next to it (the most prominent names). */
  prominent?: boolean;
  /** Date of death (YYYY-MM-DD): afterwards a title next to the name can only mean a post held in life. */
  died?: string;
}

export interface Committee {
  name: string;
  from: string;
  to?: string;
  order: string[];
  source: string;
}

export interface LeadersData {
  posts: Record<string, Post>;
  leaders: Leader[];
  committees: Committee[];
  /** Characters confused with the characters of leaders' names, by sound or shape. */
  confusables: Record<string, string>;
  /** Variants that are real words or names, never flagged. */
  notMisspellings: string[];
  /** Titles only national leaders hold; a name next to one it never held is flagged. */
  checkedTitles: string[];
  /** Titles also held by many other people (主席): checked only after names of 3 characters or more. */
  sharedTitles: string[];
  /** Titles recognised but not checked (副委员长), so that their tails are not read as checked titles. */
  otherTitles: string[];
  /** Words that make a title historical (时任, 原, 前, 曾). */
  historicalMarkers: string[];
  /** Titles or words after a name that make a variant of the name a leader's name (同志). */
  nameContext: string[];
  /** Names whose place in a list of Standing Committee members is not checked (韩正). */
  ignoredInOrder: string[];
  /** Slips in a title written right before a leader's name → the right title (最后领导人 → 最高领导人). */
  wrongTitles: Record<string, string>;
  sources: Record<string, string>;
  /** Officials below the national leaders (officials.yaml): their names are checked only right beside the title of a post they held. */
  officials: OfficialsData;
}

/** officials.yaml: Politburo and Secretariat members, NPC and CPPCC vice chairs, State Councillors, ministers, the heads of the courts and procuratorates, provincial secretaries and governors. */
export interface OfficialsData {
  posts: Record<string, Post>;
  officials: Leader[];
  /** Titles that name no body (书记, 部长): held by very many people, so a slip beside one is only a warning. */
  bareTitles: string[];
  /** Titles that end or begin with a post's title but name another post (副书记, 纪委书记, 副部长): never read as it. */
  otherTitles: string[];
  /** Variants that are real words or names, never flagged. */
  notMisspellings: string[];
  sources: Record<string, string>;
}

export interface RegionAsCountry {
  regions: string[];
  countryWords: string[];
  okAfter: string[];
  source: string;
  right: string;
}

export interface PoliticalData {
  formulations: FormulationsData;
  enumerations: Enumeration[];
  leaders: LeadersData;
  regionAsCountry: RegionAsCountry;
  /** The wrong → right entries (wrong formulations, banned expressions, administrative names): rule packs, dictionaries/political/packs/. */
  packs: RulePack[];
}

/** Raw files as parsed from YAML, keyed by file name; checked against schemas/political-data.schema.json. */
export type RawFiles = Record<string, unknown>;

/**
 * The political family's knowledge, from dictionaries/political/*.yaml and the rule packs
 * of dictionaries/political/packs/, parsed and checked by the build: a start needs no YAML
 * parser.
 */
export const POLITICAL_DATA: Artefact<PoliticalData, PoliticalData> = {
  file: 'political.json',
  compute: () => ({ ...normalize(parsePoliticalYaml()), packs: parsePoliticalPacks() }),
  store: (data) => data,
  restore: (data) => data,
};

export function loadPoliticalData(): PoliticalData {
  return loadArtefact(POLITICAL_DATA);
}

/** Parses dictionaries/political/*.yaml. */
export function parsePoliticalYaml(): RawFiles {
  const { parse } = optionalModule('yaml');
  const files: RawFiles = {};
  for (const path of listDictionaryFiles().filter((p) => /^political\/[^/]+\.yaml$/.test(p))) {
    files[path.slice('political/'.length).replace(/\.yaml$/, '')] = parse(readDictionaryFile(path));
  }
  return files;
}

/**
 * Parses and validates the rule packs of dictionaries/political/packs/ (the schema and
 * checks of every pack); a political message cites its source, so every entry needs one.
 */
export function parsePoliticalPacks(): RulePack[] {
  return listDictionaryFiles()
    .filter((p) => /^political\/packs\/[^/]+\.yaml$/.test(p))
    .map((path) => parsePoliticalPack(readDictionaryFile(path), `dictionaries/${path}`));
}

/** One political rule pack, parsed and validated; an entry without a source is refused. */
export function parsePoliticalPack(text: string, source: string): RulePack {
  const pack = parsePackText(text, source);
  const unsourced = pack.entries.flatMap((e, i) => (e.source ? [] : [{ source: pack.source, where: describeEntry(i, e), reason: '缺少字段“source”：政治类条目须注明出处' }]));
  if (unsourced.length > 0) throw new PackError(unsourced);
  return pack;
}

class DataError extends Error {}

function fail(file: string, what: string): never {
  throw new DataError(`gongwen: dictionaries/political/${file}.yaml: ${what}`);
}

/** The files of dictionaries/political/ that are not packs, each with its definition in schemas/political-data.schema.json. */
const FILES = ['formulations', 'enumerations', 'leaders', 'officials', 'region-as-country'] as const;
let validators: Map<string, ValidateFunction> | undefined;

/** Checks each file against its schema definition; throws with every problem (file: path: reason). */
function validate(files: RawFiles): void {
  if (!validators) {
    const { Ajv } = optionalModule('ajv');
    const ajv = new Ajv({ allErrors: true, strict: true });
    ajv.addSchema(schema);
    validators = new Map(FILES.map((f) => [f, ajv.getSchema(`${schema.$id}#/definitions/${f}`)!]));
  }
  const problems = FILES.flatMap((f) => {
    if (files[f] === undefined) return [`dictionaries/political/${f}.yaml: 文件缺失或为空`];
    const check = validators!.get(f)!;
    return check(files[f]) ? [] : (check.errors ?? []).map((e) => `dictionaries/political/${f}.yaml: ${e.instancePath || '(根)'}: ${schemaMessage(e)}`);
  });
  if (problems.length > 0) throw new DataError(`gongwen: ${problems.join('\n')}`);
}

/** A `source` field: a key of the file's `sources` map, or the text itself. */
const sourceIn = (sources: Record<string, string> | undefined) => (s: string) => sources?.[s] ?? s;

/** The political data of parsed files, checked against the schema and across files; throws naming file, place and reason. */
export function normalize(files: RawFiles): Omit<PoliticalData, 'packs'> {
  validate(files);
  return {
    formulations: normalizeFormulations(files.formulations as RawFormulations),
    enumerations: normalizeEnumerations(files.enumerations as RawEnumerations),
    leaders: { ...normalizeLeaders(files.leaders as RawLeaders), officials: normalizeOfficials(files.officials as RawOfficials) },
    regionAsCountry: (files['region-as-country'] as { regionAsCountry: RegionAsCountry }).regionAsCountry,
  };
}

// The files as the schema admits them.
type Sources = { sources?: Record<string, string> };
type RawFormulations = Sources & { terms: Formulation[]; legitimate?: string[]; paraphrase?: Partial<FormulationsData['paraphrase']>; confusable?: string[] };
type RawEnumerations = Sources & { enumerations: (Omit<Enumeration, 'verbs'> & { verbs?: Omit<EnumerationVerbs, 'also' | 'never'> & Partial<Pick<EnumerationVerbs, 'also' | 'never'>> })[] };
type RawDated = { from: string; to?: string | null };
type RawLeaders = Sources &
  Omit<LeadersData, 'officials' | 'leaders' | 'committees' | 'sources' | 'confusables' | 'notMisspellings' | 'checkedTitles' | 'sharedTitles' | 'otherTitles' | 'historicalMarkers' | 'nameContext' | 'ignoredInOrder' | 'wrongTitles'> &
  Partial<Pick<LeadersData, 'confusables' | 'notMisspellings' | 'checkedTitles' | 'sharedTitles' | 'otherTitles' | 'historicalMarkers' | 'nameContext' | 'ignoredInOrder' | 'wrongTitles'>> & {
    leaders: (Omit<Leader, 'tenures'> & { tenures: (Omit<Tenure, 'to'> & RawDated)[] })[];
    committees?: (Omit<Committee, 'to'> & RawDated)[];
  };

type RawOfficials = Sources & {
  posts: Record<string, Post>;
  officials: RawLeaders['leaders'];
  bareTitles?: string[];
  otherTitles?: string[];
  notMisspellings?: string[];
};

/** `to` when written, left out when absent or null. */
function until<T extends RawDated>({ to, ...rest }: T): Omit<T, 'to'> & { to?: string } {
  return to ? { ...rest, to } : rest;
}

function normalizeFormulations(raw: RawFormulations): FormulationsData {
  const source = sourceIn(raw.sources);
  const seen = new Set<string>();
  const terms = raw.terms.map(({ term, source: s, note, fuzzy, closed, whole, items }) => {
    if (seen.has(term)) fail('formulations', `重复的规范表述“${term}”`);
    seen.add(term);
    if (items !== undefined && !term.includes(items)) fail('formulations', `“${term}”的 items“${items}”不在表述中`);
    return { term, source: source(s), ...(note && { note }), ...(fuzzy !== undefined && { fuzzy }), ...(closed && { closed }), ...(whole && { whole }), ...(items && { items }) };
  });
  const p = raw.paraphrase ?? {};
  return {
    terms,
    legitimate: raw.legitimate ?? [],
    paraphrase: { equivalent: p.equivalent ?? [], ignorable: p.ignorable ?? '', ignorableExcept: p.ignorableExcept ?? [] },
    confusable: raw.confusable ?? [],
  };
}

function normalizeEnumerations(raw: RawEnumerations): Enumeration[] {
  const source = sourceIn(raw.sources);
  return raw.enumerations.map((e, i) => {
    if (e.mode === 'text' && !e.full) fail('enumerations', `enumerations[${i}]: mode: text 须有 full`);
    if (!e.label && e.items.length < 3) fail('enumerations', `enumerations[${i}]: 无标签的列举至少应有 3 项`);
    if (e.mode !== 'text' && e.items.length < 2) fail('enumerations', `enumerations[${i}]: 至少应有 2 项`);
    const { mode, full, prefixes, accepted, acceptedUntil, strictSeparators, verbs, wholeOnly, name, ...rest } = e;
    if (wholeOnly && e.label) fail('enumerations', `enumerations[${i}]: wholeOnly 只用于无标签的列举（有标签的列举本来只在各项齐全时查顺序）`);
    if (verbs && !e.label) fail('enumerations', `enumerations[${i}]: verbs 须有 label`);
    return {
      ...rest,
      source: source(e.source),
      ...(verbs && { verbs: { takes: verbs.takes, also: verbs.also ?? [], never: verbs.never ?? [], ...(verbs.tail && { tail: verbs.tail }), source: source(verbs.source) } }),
      ...(prefixes?.length && { prefixes }),
      ...(mode === 'text' && { mode, full }),
      ...(strictSeparators && { strictSeparators }),
      ...(wholeOnly && { wholeOnly }),
      ...(name && { name }),
      ...(accepted?.length && { accepted }),
      ...(accepted?.length && acceptedUntil && { acceptedUntil }),
    };
  });
}

function normalizeOfficials(raw: RawOfficials): OfficialsData {
  const seen = new Set<string>();
  const officials = raw.officials.map(({ misspellings, prominent, tenures, ...rest }) => {
    if (seen.has(rest.name)) fail('officials', `重复的姓名“${rest.name}”（同名者请合并任职）`);
    seen.add(rest.name);
    for (const t of tenures) if (!raw.posts[t.post]) fail('officials', `${rest.name}: 未定义的职务“${t.post}”`);
    return { ...rest, tenures: tenures.map(until), ...(misspellings?.length && { misspellings }), ...(prominent && { prominent }) };
  });
  return {
    posts: raw.posts,
    officials,
    bareTitles: raw.bareTitles ?? [],
    otherTitles: raw.otherTitles ?? [],
    notMisspellings: raw.notMisspellings ?? [],
    sources: raw.sources ?? {},
  };
}

function normalizeLeaders(raw: RawLeaders): Omit<LeadersData, 'officials'> {
  const leaders = raw.leaders.map(({ misspellings, prominent, tenures, ...rest }) => {
    for (const t of tenures) if (!raw.posts[t.post]) fail('leaders', `${rest.name}: 未定义的职务“${t.post}”`);
    return { ...rest, tenures: tenures.map(until), ...(misspellings?.length && { misspellings }), ...(prominent && { prominent }) };
  });
  const source = sourceIn(raw.sources);
  return {
    posts: raw.posts,
    leaders,
    committees: (raw.committees ?? []).map((c) => ({ ...until(c), source: source(c.source) })),
    confusables: raw.confusables ?? {},
    notMisspellings: raw.notMisspellings ?? [],
    checkedTitles: raw.checkedTitles ?? [],
    sharedTitles: raw.sharedTitles ?? [],
    otherTitles: raw.otherTitles ?? [],
    historicalMarkers: raw.historicalMarkers ?? [],
    nameContext: raw.nameContext ?? [],
    ignoredInOrder: raw.ignoredInOrder ?? [],
    wrongTitles: raw.wrongTitles ?? {},
    sources: raw.sources ?? {},
  };
}
