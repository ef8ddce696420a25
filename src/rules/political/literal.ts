import type { Document } from '../../document/document.js';
import type { Finding } from '../rule.js';
import { chineseDate, isQuoted, politicalDateOf, quote } from './context.js';
import type { LiteralEntry } from './data.js';
import { PatternSet, type SharedScan } from './shared-scan.js';
import { FULL_WIDTH_SENTENCE_END_MARKS } from '../../text/sentences.js';

const NOTE_END = new RegExp(`[${FULL_WIDTH_SENTENCE_END_MARKS}]$`);

/** One automaton over the wrong forms of a list of entries, with their contexts checked per hit. */
export class LiteralMatcher {
  readonly #entries: LiteralEntry[];
  readonly #patterns: PatternSet;

  constructor(entries: LiteralEntry[], scan: SharedScan) {
    const seen = new Map<string, LiteralEntry>();
    for (const e of entries) seen.set(e.wrong, e); // a later entry for the same form wins
    this.#entries = [...seen.values()];
    this.#patterns = new PatternSet(scan, this.#entries.map((e) => e.wrong));
  }

  /** Hits whose contexts allow them, longest first where they overlap. */
  find(doc: Document): { start: number; end: number; entry: LiteralEntry }[] {
    const text = doc.text;
    const hits = this.#patterns
      .find(doc)
      .map((m) => ({ start: m.start, end: m.end, entry: this.#entries[m.pattern]! }))
      .sort((a, b) => a.start - b.start || b.end - a.end);
    const out: { start: number; end: number; entry: LiteralEntry }[] = [];
    let coveredTo = -1;
    for (const h of hits) {
      if (h.end <= coveredTo) continue; // inside a longer wrong form already taken
      if (!this.#applies(doc, h.start, h.end, h.entry)) continue;
      out.push(h);
      coveredTo = h.end;
    }
    return out;
  }

  #applies(doc: Document, start: number, end: number, e: LiteralEntry): boolean {
    const text = doc.text;
    if (e.unless) {
      for (const u of e.unless) {
        // every place the wrong form sits inside the allowed context
        for (let k = u.indexOf(e.wrong); k !== -1; k = u.indexOf(e.wrong, k + 1)) {
          if (text.startsWith(u, start - k)) return false;
        }
      }
    }
    if (e.unquoted && isQuoted(text, start, end)) return false;
    if (e.boundary === 'word' && !(doc.isWordBoundary(start) && doc.isWordBoundary(end))) return false;
    if (e.outdatedFrom && politicalDateOf(doc).iso < e.outdatedFrom) return false;
    return true;
  }
}

/** The finding for a literal hit: the standard wording, why, and the source. */
export function literalFinding(doc: Document, start: number, end: number, e: LiteralEntry, what = '规范表述'): Finding {
  const wrong = doc.text.slice(start, end);
  let message: string;
  if (e.outdatedFrom) {
    const date = politicalDateOf(doc);
    message = `“${wrong}”是${chineseDate(e.outdatedFrom)}以前的表述，${date.label}${chineseDate(date.iso)}适用的${what}为${quote(e.right ?? '')}。`;
  } else if (e.right !== undefined) {
    message = `“${wrong}”不规范，${what}为${quote(e.right)}。`;
  } else {
    message = `“${wrong}”不规范。`;
  }
  if (e.note) message += `${e.note}${NOTE_END.test(e.note) ? '' : '。'}`;
  message += `（依据：${e.source}）`;
  const finding: Finding = { start, end, message, suggestions: e.right !== undefined ? [e.right] : [] };
  const severity = e.severity ?? (e.outdatedFrom ? 'warning' : undefined);
  if (severity) finding.severity = severity;
  return finding;
}
