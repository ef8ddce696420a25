import { loadArtefact, type Artefact } from '../../compiled/artefact.js';
import { readDataLines, readDictionaryFile } from '../../dictionaries.js';

/** One event of a law's history (lexicons/law-history.tsv). */
export interface LawEvent {
  /** YYYY-MM-DD. */
  date: string;
  /** 通过, 公布, 批准 (its first text), 修正, 修订 (an amendment), 决定 (a decision that changed it, of no named kind). */
  kind: string;
}

/** A national law or administrative regulation and its history. */
export interface LawHistory {
  title: string;
  /** 法律 (NPC and its Standing Committee: 修正 and 修订 are distinct acts) or 行政法规. */
  kind: string;
  events: LawEvent[];
  /** The source's history lists the day of the version it holds: a year it does not list had no event. */
  complete: boolean;
}

/** A law or regulation no longer in force (lexicons/repealed-laws.tsv). */
export interface RepealedLaw {
  title: string;
  /** YYYY-MM-DD from which it no longer applies. */
  ceased: string;
  replacedBy: string[];
}

export interface LawCitations {
  /** The law a title in book-title marks names (full title, or a short title no other law shares), or undefined. */
  history(title: string): LawHistory | undefined;
  /** The repealed law a title names, or undefined. */
  repealed(title: string): RepealedLaw | undefined;
  /** The day of the source's snapshot (YYYY-MM-DD): events after it are missing. */
  snapshot: string;
}

interface Stored {
  history: string[];
  repealed: string[];
  snapshot: string;
}

/** law-history.tsv and repealed-laws.tsv as the build read them (~900 lines, 100 kB), parsed when a text cites a law. */
export const LAW_CITATIONS: Artefact<LawCitations, Stored> = {
  file: 'law-citations.json',
  compute: () => {
    const header = readDataHeader('lexicons/law-history.tsv');
    const snapshot = /Snapshot (\d{4}-\d{2}-\d{2})/.exec(header)?.[1];
    if (!snapshot) throw new Error('law-history.tsv: no snapshot date in its header');
    return fromStored({ history: readDataLines('lexicons/law-history.tsv'), repealed: readDataLines('lexicons/repealed-laws.tsv'), snapshot });
  },
  store: (c) => (c as LawCitationsTable).stored,
  restore: fromStored,
};

export function loadLawCitations(): LawCitations {
  return loadArtefact(LAW_CITATIONS);
}

interface LawCitationsTable extends LawCitations {
  stored: Stored;
}

/** The comment lines of a table (readDataLines drops them; the snapshot's date is in them). */
function readDataHeader(path: string): string {
  return readDictionaryFile(path)
    .split('\n')
    .filter((l) => l.startsWith('#'))
    .join('\n');
}

function fromStored(stored: Stored): LawCitationsTable {
  let histories: Map<string, LawHistory> | undefined;
  let repealed: Map<string, RepealedLaw> | undefined;
  const historyIndex = () => {
    if (histories) return histories;
    histories = new Map();
    for (const line of stored.history) {
      const [title = '', kind = '', shorts = '', events = '', mark] = line.split('\t');
      const law: LawHistory = {
        title,
        kind,
        events: events.split(' ').map((e) => ({ date: e.slice(0, 10), kind: e.slice(11) })),
        complete: mark !== '?',
      };
      histories.set(title, law);
      for (const s of shorts ? shorts.split('、') : []) if (!histories.has(s)) histories.set(s, law);
    }
    return histories;
  };
  const repealedIndex = () => {
    if (repealed) return repealed;
    repealed = new Map();
    for (const line of stored.repealed) {
      const [title = '', shorts = '', ceased = '', replacedBy = ''] = line.split('\t');
      const law: RepealedLaw = { title, ceased, replacedBy: replacedBy ? replacedBy.split('、') : [] };
      for (const name of [title, ...(shorts ? shorts.split('、') : [])]) repealed.set(name, law);
    }
    return repealed;
  };
  return {
    stored,
    snapshot: stored.snapshot,
    history: (title) => historyIndex().get(title),
    repealed: (title) => repealedIndex().get(title),
  };
}
