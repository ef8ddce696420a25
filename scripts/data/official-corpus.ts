// The corpus of official Chinese the context model is estimated from: documents read
// from fetched bare git repositories (no work tree needed), cleaned to lines of prose,
// and split into training text and held-out recent text.
import { execFileSync } from 'node:child_process';

export interface Source {
  repo: string;
  commit: string;
  licence: string;
  /** What was taken, for dictionaries/NOTICE. */
  taken: string;
}

export interface Document {
  /** Where it came from: repository path or title. */
  name: string;
  /** Year of the text's latest version, when known. */
  year: number | undefined;
  lines: string[];
}

/** Blobs of HEAD whose path passes `keep`, as UTF-8 text, in path order. */
export function readTree(gitDir: string, keep: (path: string) => boolean): { path: string; text: string }[] {
  const listing = execFileSync('git', ['--git-dir', gitDir, '-c', 'core.quotepath=off', 'ls-tree', '-r', '-z', 'HEAD'], { maxBuffer: 1 << 28 }).toString('utf8');
  const files = listing
    .split('\0')
    .filter(Boolean)
    .map((row) => {
      const [meta, path] = row.split('\t') as [string, string];
      return { oid: meta.split(' ')[2]!, path };
    })
    .filter((f) => keep(f.path))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const out = execFileSync('git', ['--git-dir', gitDir, 'cat-file', '--batch'], { input: files.map((f) => f.oid).join('\n') + '\n', maxBuffer: 1 << 30 });
  const texts: { path: string; text: string }[] = [];
  let at = 0;
  for (const file of files) {
    const headerEnd = out.indexOf(10, at);
    const size = Number(out.toString('latin1', at, headerEnd).split(' ')[2]);
    texts.push({ path: file.path, text: out.toString('utf8', headerEnd + 1, headerEnd + 1 + size) });
    at = headerEnd + 1 + size + 1;
  }
  return texts;
}

export function headCommit(gitDir: string): string {
  return execFileSync('git', ['--git-dir', gitDir, 'rev-parse', 'HEAD']).toString().trim();
}

const HAN = /\p{Script=Han}/gu;
const ARTICLE_NUMBER = /^第[一二三四五六七八九十百千零〇0-9]+条(之[一二三四五六七八九十]+)?/;
/** Lines shorter than this in Han characters are headings, signatures or dates, not prose. */
const MIN_HAN = 6;

/** Prose lines of a text: no Markdown chrome (headings, tables, HTML, images), no article numbers, no whitespace. */
export function proseLines(text: string): string[] {
  const lines: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || /^(#|\||<|!\[|-{3}|>)/.test(line)) continue;
    const prose = line.replace(ARTICLE_NUMBER, '').replace(/[\s\u3000\u00a0]+/g, '');
    if ((prose.match(HAN)?.length ?? 0) >= MIN_HAN) lines.push(prose);
  }
  return lines;
}

/**
 * LawRefBook/Laws: laws, administrative regulations, judicial interpretations, local
 * regulations and departmental rules as Markdown, one file per document; the file name
 * ends with the version's date. Left out: 其他 and 案例 (cases), the folders' _index.md.
 */
export function lawDocuments(gitDir: string): Document[] {
  const keep = (path: string) => path.endsWith('.md') && !/(^|\/)(其他|案例)\//.test(path) && !path.endsWith('_index.md') && path.includes('/') && !path.startsWith('.github/');
  return readTree(gitDir, keep).map(({ path, text }) => {
    const body = text.includes('<!-- INFO END -->') ? text.slice(text.indexOf('<!-- INFO END -->')) : text;
    return { name: path, year: documentYear(path), lines: proseLines(body) };
  });
}

/**
 * aldohemsn/chinese-political-corpora: the State Council's government work reports
 * (1954–2025) and the Party congress reports, as JSON lines from Wikisource.
 */
export function reportDocuments(gitDir: string): Document[] {
  const files = readTree(gitDir, (path) => path === 'government_work_reports.jsonl' || path === 'cpc_congress_reports.jsonl');
  const docs: Document[] = [];
  for (const { text } of files) {
    for (const row of text.split('\n')) {
      if (!row.trim()) continue;
      const r = JSON.parse(row) as { title: string; content: string; year?: string };
      docs.push({ name: r.title, year: r.year ? Number(r.year) : undefined, lines: proseLines(r.content) });
    }
  }
  return docs;
}

/**
 * china-data/xwlb: the transcripts of CCTV's 新闻联播, one JSON file a day
 * (assets/YYYY/YYYYMMDD.json, each item's text as HTML in video_detail.content). News
 * of the day in the language of official documents — current formulations and new
 * vocabulary the laws lack. One document a day from `fromYear` on; an item's text once
 * (the day's 完整版 repeats its items), without the 央视网消息（新闻联播）： credit.
 */
export function newsDocuments(gitDir: string, fromYear: number): Document[] {
  const keep = (path: string) => {
    const m = /^assets\/(\d{4})\/\d{8}\.json$/.exec(path);
    return m !== null && Number(m[1]) >= fromYear;
  };
  const docs: Document[] = [];
  for (const { path, text } of readTree(gitDir, keep)) {
    let day: { videoList?: { video_detail?: { content?: string } }[] };
    try {
      day = JSON.parse(text);
    } catch {
      continue; // a day the scraper left broken
    }
    const lines: string[] = [];
    for (const item of day.videoList ?? []) {
      const html = item.video_detail?.content ?? '';
      const plain = html
        .replace(/<br\s*\/?>|<\/p>/gi, '\n')
        .replace(/<[^>]*>/g, '')
        .replace(/&nbsp;/g, ' ')
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&')
        .replace(/央视网消息[（(]新闻联播[）)][：:]/g, '');
      lines.push(...proseLines(plain));
    }
    docs.push({ name: path, year: Number(path.slice(7, 11)), lines });
  }
  return docs;
}

/** News of this year or later is where held-out news days are drawn from. */
export const NEWS_HELD_OUT_FROM = 2023;
/**
 * Whether a day of news is held out from the context model: one day in four from
 * NEWS_HELD_OUT_FROM on, by FNV-1a of its path. Those days are recent official-register text
 * no model was trained on, which may be read (the work reports' gate half may not).
 */
export function newsHeldOut(doc: Document): boolean {
  return (doc.year ?? 0) >= NEWS_HELD_OUT_FROM && fnv1a(doc.name) % 4 === 0;
}

/** The year of a LawRefBook document: its file name ends with the version's date, (YYYY-MM-DD).md. */
export function documentYear(path: string): number | undefined {
  const date = /\((\d{4})-\d{2}-\d{2}\)\.md$/.exec(path);
  return date ? Number(date[1]) : undefined;
}

/** Share of held-out documents in the development half of the clean corpus (the rest is the gate half). */
export const DEV_PERCENT = 40;
/** Documents of this year or later are held out from the context model's training. */
export const HELD_OUT_FROM = 2023;
/**
 * From this year on, the gate half of the documents is held out too, so that the precision gate
 * has ≥ 5 M characters of formal text no model was trained on (issue 20).
 */
export const GATE_HALF_HELD_OUT_FROM = 2014;

/** Whether the context model must not be trained on a document (the clean corpus reads the same rule). */
export function heldOutFromTraining(name: string, year: number | undefined): boolean {
  const y = year ?? 0;
  return y >= HELD_OUT_FROM || (y >= GATE_HALF_HELD_OUT_FROM && cleanCorpusHalf(name) === 'gate');
}

/**
 * The half of the clean corpus a document belongs to, by FNV-1a of its name: fixed before any
 * finding is seen. Shared by the context model's build (which holds out the gate half of recent
 * documents) and scripts/data/build-clean-corpus.ts.
 */
export function cleanCorpusHalf(name: string): 'dev' | 'gate' {
  return fnv1a(name) % 100 < DEV_PERCENT ? 'dev' : 'gate';
}

/** FNV-1a (32-bit) of the UTF-16 code units: the hash every split of the corpus is drawn by. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
