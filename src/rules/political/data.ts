import { loadArtefact, type Artefact } from '../../compiled/artefact.js';
import { listDictionaryFiles, readDictionaryFile } from '../../dictionaries.js';
import { optionalModule } from '../../platform/platform.js';
import { PackError } from '../../packs/pack-error.js';
import { describeEntry, parsePackText } from '../../packs/parse-pack.js';
import type { RulePack } from '../../packs/types.js';

export interface Formulation {
  term: string;
  source: string;
  note?: string;
  /** Near-miss checking: on by default from 6 characters; terms of 4–5 characters opt in. */
  fuzzy?: boolean;
}

export interface FormulationsData {
  terms: Formulation[];
  /** Correct phrases that resemble a canonical term: never reported as near-misses. */
  legitimate: string[];
  /** Character pairs that make a paraphrase, not a typo (和/与), and characters whose insertion or deletion does not count (的). */
  paraphrase: { equivalent: string[]; ignorable: string; ignorableExcept: string[] };
}

export interface Enumeration {
  /** The numbered label (四个意识); absent for a list recognised by its items (the guiding ideology). */
  label?: string;
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
  outdated?: { endsAt: string; from: string; note: string };
  /** Earlier canonical item lists, correct in older documents and quotations. */
  accepted?: string[][];
  /** Separators other than 、 that the canonical form does not use (和). */
  strictSeparators?: boolean;
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

/** Raw files as parsed from YAML, keyed by file name. */
type RawFiles = Record<string, unknown>;

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

function obj(v: unknown, file: string, what: string): Record<string, unknown> {
  if (!v || typeof v !== 'object' || Array.isArray(v)) fail(file, `${what} 应为映射`);
  return v as Record<string, unknown>;
}

function arr(v: unknown, file: string, what: string): unknown[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) fail(file, `${what} 应为列表`);
  return v;
}

function str(v: unknown, file: string, what: string): string {
  if (typeof v !== 'string' || v.length === 0) fail(file, `${what} 应为非空字符串`);
  return v;
}

function optStr(v: unknown, file: string, what: string): string | undefined {
  return v === undefined || v === null ? undefined : str(v, file, what);
}

function strs(v: unknown, file: string, what: string): string[] {
  return arr(v, file, what).map((x, i) => str(x, file, `${what}[${i}]`));
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function date(v: unknown, file: string, what: string): string {
  const s = v instanceof Date ? v.toISOString().slice(0, 10) : str(v, file, what);
  if (!DATE.test(s)) fail(file, `${what}“${s}”应为 YYYY-MM-DD`);
  return s;
}

function sourcesOf(raw: Record<string, unknown>, file: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(obj(raw.sources ?? {}, file, 'sources'))) out[k] = str(v, file, `sources.${k}`);
  return out;
}

/** A `source` field: a key of the file's `sources` map, or the text itself. */
function source(v: unknown, sources: Record<string, string>, file: string, what: string): string {
  const s = str(v, file, what);
  return sources[s] ?? s;
}

function normalize(files: RawFiles): Omit<PoliticalData, 'packs'> {
  return {
    formulations: normalizeFormulations(files),
    enumerations: normalizeEnumerations(files),
    leaders: normalizeLeaders(files),
    regionAsCountry: normalizeRegionAsCountry(files),
  };
}

function normalizeFormulations(files: RawFiles): FormulationsData {
  const file = 'formulations';
  const raw = obj(files[file], file, '文件');
  const sources = sourcesOf(raw, file);
  const seen = new Set<string>();
  const terms = arr(raw.terms, file, 'terms').map((v, i) => {
    const o = obj(v, file, `terms[${i}]`);
    const term = str(o.term, file, `terms[${i}].term`);
    if (seen.has(term)) fail(file, `重复的规范表述“${term}”`);
    seen.add(term);
    const src = source(o.source, sources, file, `terms[${i}].source`);
    const f: Formulation = { term, source: src };
    const note = optStr(o.note, file, `terms[${i}].note`);
    if (note) f.note = note;
    if (typeof o.fuzzy === 'boolean') f.fuzzy = o.fuzzy;
    return f;
  });
  const p = obj(raw.paraphrase ?? {}, file, 'paraphrase');
  return {
    terms,
    legitimate: strs(raw.legitimate, file, 'legitimate'),
    paraphrase: {
      equivalent: strs(p.equivalent, file, 'paraphrase.equivalent'),
      ignorable: optStr(p.ignorable, file, 'paraphrase.ignorable') ?? '',
      ignorableExcept: strs(p.ignorableExcept, file, 'paraphrase.ignorableExcept'),
    },
  };
}

function normalizeEnumerations(files: RawFiles): Enumeration[] {
  const file = 'enumerations';
  const raw = obj(files[file], file, '文件');
  const sources = sourcesOf(raw, file);
  return arr(raw.enumerations, file, 'enumerations').map((v, i) => {
    const o = obj(v, file, `enumerations[${i}]`);
    const e: Enumeration = { items: strs(o.items, file, `enumerations[${i}].items`), source: source(o.source, sources, file, `enumerations[${i}].source`) };
    const label = optStr(o.label, file, `enumerations[${i}].label`);
    if (label) e.label = label;
    const prefixes = strs(o.prefixes, file, `enumerations[${i}].prefixes`);
    if (prefixes.length) e.prefixes = prefixes;
    if (o.mode === 'text') {
      e.mode = 'text';
      e.full = str(o.full, file, `enumerations[${i}].full`);
    } else if (o.mode !== undefined && o.mode !== 'items') fail(file, `enumerations[${i}].mode 只能为 items 或 text`);
    if (o.outdated !== undefined) {
      const d = obj(o.outdated, file, `enumerations[${i}].outdated`);
      e.outdated = { endsAt: str(d.endsAt, file, 'outdated.endsAt'), from: date(d.from, file, 'outdated.from'), note: str(d.note, file, 'outdated.note') };
    }
    if (o.strictSeparators === true) e.strictSeparators = true;
    const accepted = arr(o.accepted, file, `enumerations[${i}].accepted`).map((a, j) => strs(a, file, `enumerations[${i}].accepted[${j}]`));
    if (accepted.length) e.accepted = accepted;
    if (!label && e.items.length < 3) fail(file, `enumerations[${i}]: 无标签的列举至少应有 3 项`);
    if (e.mode !== 'text' && e.items.length < 2) fail(file, `enumerations[${i}]: 至少应有 2 项`);
    return e;
  });
}

function normalizeLeaders(files: RawFiles): LeadersData {
  const file = 'leaders';
  const raw = obj(files[file], file, '文件');
  const sources = sourcesOf(raw, file);
  const posts: Record<string, Post> = {};
  for (const [k, v] of Object.entries(obj(raw.posts, file, 'posts'))) {
    const o = obj(v, file, `posts.${k}`);
    posts[k] = { name: str(o.name, file, `posts.${k}.name`), titles: strs(o.titles, file, `posts.${k}.titles`) };
  }
  const leaders = arr(raw.leaders, file, 'leaders').map((v, i) => {
    const o = obj(v, file, `leaders[${i}]`);
    const name = str(o.name, file, `leaders[${i}].name`);
    const tenures = arr(o.tenures, file, `${name}.tenures`).map((t, j) => {
      const to = obj(t, file, `${name}.tenures[${j}]`);
      const post = str(to.post, file, `${name}.tenures[${j}].post`);
      if (!posts[post]) fail(file, `${name}: 未定义的职务“${post}”`);
      const tenure: Tenure = { post, from: date(to.from, file, `${name}.from`) };
      if (to.to !== undefined && to.to !== null) tenure.to = date(to.to, file, `${name}.to`);
      return tenure;
    });
    const l: Leader = { name, tenures };
    const misspellings = strs(o.misspellings, file, `${name}.misspellings`);
    if (misspellings.length) l.misspellings = misspellings;
    if (o.prominent === true) l.prominent = true;
    return l;
  });
  const committees = arr(raw.committees, file, 'committees').map((v, i) => {
    const o = obj(v, file, `committees[${i}]`);
    const c: Committee = {
      name: str(o.name, file, `committees[${i}].name`),
      from: date(o.from, file, `committees[${i}].from`),
      order: strs(o.order, file, `committees[${i}].order`),
      source: source(o.source, sources, file, `committees[${i}].source`),
    };
    if (o.to !== undefined && o.to !== null) c.to = date(o.to, file, `committees[${i}].to`);
    return c;
  });
  const confusables: Record<string, string> = {};
  for (const [k, v] of Object.entries(obj(raw.confusables ?? {}, file, 'confusables'))) confusables[k] = str(v, file, `confusables.${k}`);
  return {
    posts,
    leaders,
    committees,
    confusables,
    notMisspellings: strs(raw.notMisspellings, file, 'notMisspellings'),
    checkedTitles: strs(raw.checkedTitles, file, 'checkedTitles'),
    sharedTitles: strs(raw.sharedTitles, file, 'sharedTitles'),
    otherTitles: strs(raw.otherTitles, file, 'otherTitles'),
    historicalMarkers: strs(raw.historicalMarkers, file, 'historicalMarkers'),
    nameContext: strs(raw.nameContext, file, 'nameContext'),
    ignoredInOrder: strs(raw.ignoredInOrder, file, 'ignoredInOrder'),
    sources,
  };
}

function normalizeRegionAsCountry(files: RawFiles): RegionAsCountry {
  const file = 'region-as-country';
  const raw = obj(files[file], file, '文件');
  const r = obj(raw.regionAsCountry, file, 'regionAsCountry');
  return {
    regions: strs(r.regions, file, 'regionAsCountry.regions'),
    countryWords: strs(r.countryWords, file, 'regionAsCountry.countryWords'),
    okAfter: strs(r.okAfter, file, 'regionAsCountry.okAfter'),
    source: str(r.source, file, 'regionAsCountry.source'),
    right: str(r.right, file, 'regionAsCountry.right'),
  };
}
