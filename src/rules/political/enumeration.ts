import { readWordList } from '../../dictionaries.js';
import { editDistance } from '../../text/levenshtein.js';
import type { Document } from '../../document/document.js';
import type { Report, Rule } from '../rule.js';
import { referenceDateOf } from '../../document/reference-date.js';
import { chineseDate } from './context.js';
import type { Enumeration } from './data.js';
import { DocumentPatterns } from '../../match/document-patterns.js';
import { CLAUSE_ENDS, PHRASE_MARKS, SENTENCE_ENDS, isSentenceEnd } from '../../text/sentences.js';
import { QUOTE_CLOSERS, QUOTE_OPENERS } from '../../text/quotes.js';

// Where an item of a list ends, and how far an enumeration may run.
const ITEM_STOPS = `${PHRASE_MARKS}${CLAUSE_ENDS},：:）)`;
const ENUMERATION_STOPS = `${CLAUSE_ENDS}”）)`;

/** An item is at most this long. */
const MAX_ITEM = 24;
/** Characters allowed between two items of a list. */
const GAP_CHARS = '、，,和及与“”‘’ \u3000';
const MAX_GAP = 3;
/** Quotation marks dropped when items are compared. */
const QUOTES = /[“”‘’「」『』]/g;

interface ItemHit {
  start: number;
  end: number;
  enumeration: number;
  item: number;
}

const MESSAGES = {
  itemsWrong: `“{{label}}”的内容{{problems}}。规范表述为：{{items}}（依据：{{source}}）。`,
  textWrong: `“{{label}}”的表述与原文不符。规范表述为：{{full}}（依据：{{source}}）。`,
  orderWrong: `{{label}}的顺序有误。规范表述为：{{items}}（依据：{{source}}）。`,
  itemsMissing: `该列举缺少“{{missing}}”。规范表述为：{{items}}（依据：{{source}}）。`,
  outdatedEnding: `列举止于“{{endsAt}}”是{{since}}以前的表述；{{note}}（{{label}}{{date}}；依据：{{source}}）。`,
  outdatedItems: `“{{label}}”的这一内容是{{since}}以前的表述，{{dateLabel}}{{date}}适用的规范表述为：{{items}}（依据：{{source}}）。`,
  separatorWrong: `该列举各项之间应统一用顿号，不用“{{separator}}”。规范表述为：{{items}}（依据：{{source}}）。`,
  verbWrong: `“{{verb}}”不与“{{label}}”搭配，疑为误引。固定说法为“{{phrase}}”（依据：{{source}}）。`,
};

/**
 * Numbered formulations and fixed lists quoted with wrong, missing or reordered items:
 * 增强“四个意识”：政治意识、大局意识、核心意识、看齐意识; 坚定“四个自信”; the guiding
 * ideology 马克思列宁主义、毛泽东思想、邓小平理论、“三个代表”重要思想、科学发展观、
 * 习近平新时代中国特色社会主义思想 (order, a missing item, the list stopping at
 * 科学发展观 after 2017, 和 instead of 、); 两个确立 and 两个维护 compared word for word;
 * a label after another label's fixed verb (做到“两个确立”, see checkVerbs).
 */
export function createEnumerationRule(enumerations: Enumeration[]): Rule {
  const labelled = enumerations.map((e, i) => ({ e, i })).filter((x) => x.e.label);
  const labels = new DocumentPatterns(labelled.map((x) => x.e.label!));
  // Every item of every enumeration, as written and without its quotation marks.
  const itemPatterns: { enumeration: number; item: number }[] = [];
  const itemTexts: string[] = [];
  enumerations.forEach((e, ei) => {
    if (e.mode === 'text') return;
    e.items.forEach((item, ii) => {
      for (const form of new Set([item, item.replace(QUOTES, '')])) {
        itemTexts.push(form);
        itemPatterns.push({ enumeration: ei, item: ii });
      }
    });
  });
  const items = new DocumentPatterns(itemTexts);
  const introducers = readWordList('political/enumeration-introducers.txt');
  // Each label's fixed verbs, longest first (深刻领悟 before 领悟), with the label they belong to.
  const verbOwners = labelled
    .flatMap(({ e }) => (e.verbs?.takes ?? []).map((verb) => ({ verb, owner: e })))
    .sort((a, b) => b.verb.length - a.verb.length);

  return {
    id: 'political/enumeration',
    category: 'political',
    severity: 'error',
    description: '“四个意识”“四个自信”“两个维护”等列举式表述及指导思想列举的缺项、错项、顺序，以及简称与动词的误配（做到“两个确立”）',
    messages: MESSAGES,
    check(doc, report) {
      const text = doc.text;
      const covered: { start: number; end: number }[] = [];
      for (const m of labels.find(doc)) {
        const { e } = labelled[m.pattern]!;
        const start = itemsStart(text, m.end, introducers);
        if (start === undefined) continue;
        const span = e.mode === 'text' ? checkText(doc, start, e, report) : checkLabelled(doc, start, e, report);
        if (span) covered.push(span);
      }
      const hits: ItemHit[] = items
        .find(doc)
        .map((m) => ({ start: m.start, end: m.end, ...itemPatterns[m.pattern]! }))
        .sort((a, b) => a.start - b.start || b.end - a.end);
      for (const run of runsOf(text, hits)) {
        if (covered.some((c) => c.start < run.end && run.start < c.end)) continue;
        checkRun(doc, run, enumerations[run.enumeration]!, report);
      }
      checkVerbs(text, labels.find(doc).map((m) => ({ start: m.start, end: m.end, e: labelled[m.pattern]!.e })), verbOwners, report);
    },
  };
}

/** What may stand between two labels that one verb governs (增强“四个意识”“四个自信”, 增强“四个意识”、“四个自信”). */
const LABEL_JOINS = `、和及与${QUOTE_OPENERS}${QUOTE_CLOSERS}`;

interface LabelHit {
  start: number;
  end: number;
  e: Enumeration;
}

interface VerbPair {
  /** The verb as listed (深刻领悟), found right before the label. */
  verb: string;
  /** The label whose fixed verb it is. */
  owner: Enumeration;
  /** The label it stands before. */
  e: Enumeration;
  /** From the verb to the label's closing quotation mark. */
  start: number;
  end: number;
}

/** Past a closing quotation mark at `p`. */
function pastQuote(text: string, p: number): number {
  return p < text.length && QUOTE_CLOSERS.includes(text[p]!) ? p + 1 : p;
}

/** Past a label's closing quotation mark and the rest of its fixed phrase (“五位一体”总体布局). */
function pastTail(text: string, hit: LabelHit): number {
  const p = pastQuote(text, hit.end);
  const tail = hit.e.verbs?.tail;
  return tail !== undefined && text.startsWith(tail, p) ? p + tail.length : p;
}

/** The text between `start` and `end` holds no sentence end. */
function oneSentence(text: string, start: number, end: number): boolean {
  return !SENTENCE_ENDS.test(text.slice(start, end));
}

/** `at` lies inside a quotation opened earlier in its sentence (someone else's words, quoted). */
function quoted(text: string, at: number): boolean {
  // Back to the sentence's start, counting “「 against ”」 on the way: no copy of the text before.
  let depth = 0;
  for (let k = at - 1; k >= 0 && !isSentenceEnd(text.charCodeAt(k)); k--) {
    const ch = text[k];
    if (ch === '“' || ch === '「') depth++;
    else if (ch === '”' || ch === '」') depth--;
  }
  return depth > 0;
}

/**
 * A label's fixed verb put before another label (做到“两个确立”, 深刻领悟“两个维护”的决定性意义,
 * 增强“四个自信”、坚定“四个意识”): the four phrases of 深刻领悟“两个确立”的决定性意义，增强“四个意识”、
 * 坚定“四个自信”、做到“两个维护” quoted with their verbs exchanged. Only the verb right before the label
 * counts, by its ending (更加深刻领悟); a verb that governs several labels at once, one of them its own
 * (坚定“四个意识”“四个自信”), and a verb edited text also puts there (增强“两个维护”的政治自觉) are not
 * reported. An error when the label can never take the verb (做到“两个确立”), when the verb's own phrase
 * goes on after the label (…的决定性意义), or when two labels' verbs are exchanged in one sentence;
 * otherwise a warning, and a warning too inside a quotation.
 */
function checkVerbs(text: string, hits: LabelHit[], owners: { verb: string; owner: Enumeration }[], report: Report): void {
  if (owners.length === 0) return;
  hits.sort((a, b) => a.start - b.start);
  const pairs: VerbPair[] = [];
  hits.forEach((hit, k) => {
    const own = hit.e.verbs;
    if (!own) return;
    const q = hit.start > 0 && QUOTE_OPENERS.includes(text[hit.start - 1]!) ? hit.start - 1 : hit.start;
    const found = owners.find((o) => q >= o.verb.length && text.startsWith(o.verb, q - o.verb.length));
    if (!found || own.takes.includes(found.verb)) return;
    // The labels this verb governs together: 增强“四个意识”“四个自信”, 统筹推进“四个全面”战略布局和“五位一体”总体布局.
    const governed = [hit.e];
    let end = pastTail(text, hit);
    for (let j = k + 1; j < hits.length; j++) {
      const gap = text.slice(end, hits[j]!.start);
      if (gap.length > 2 || ![...gap].every((c) => LABEL_JOINS.includes(c))) break;
      governed.push(hits[j]!.e);
      end = pastTail(text, hits[j]!);
    }
    if (governed.some((e) => e.verbs?.takes.includes(found.verb))) return;
    pairs.push({ verb: found.verb, owner: found.owner, e: hit.e, start: q - found.verb.length, end: pastQuote(text, hit.end) });
  });
  for (const p of pairs) {
    const own = p.e.verbs!;
    const swapped = pairs.some((o) => o !== p && o.owner === p.e && p.owner === o.e && oneSentence(text, Math.min(o.start, p.start), Math.max(o.end, p.end)));
    const tail = p.owner.verbs!.tail;
    let sure = own.never.includes(p.verb) || swapped || (tail !== undefined && text.startsWith(tail, p.end));
    if (!sure && own.also.includes(p.verb)) continue;
    if (sure && quoted(text, p.start)) sure = false;
    report({
      start: p.start,
      end: p.end,
      messageId: 'verbWrong',
      data: { verb: p.verb, label: p.e.label!, phrase: `${own.takes[0]}“${p.e.label}”${own.tail ?? ''}`, source: own.source },
      suggestions: [],
      severity: sure ? 'error' : 'warning',
    });
  }
}

/** Past a closing quotation mark and an introducer after a label; undefined when no list follows. */
function itemsStart(text: string, labelEnd: number, introducers: readonly string[]): number | undefined {
  let p = labelEnd;
  if (p < text.length && QUOTE_CLOSERS.includes(text[p]!)) p++;
  const intro = introducers.find((w) => text.startsWith(w, p));
  return intro === undefined ? undefined : p + intro.length;
}

function stripItem(raw: string, e: Enumeration): string {
  let s = raw.replace(QUOTES, '').trim();
  for (const prefix of e.prefixes ?? []) if (s.startsWith(prefix) && s.length > prefix.length) s = s.slice(prefix.length);
  return s;
}

/** Label + items from `start` (past the label and its introducer): the items must be the canonical ones, all of them, in order. */
function checkLabelled(doc: Document, start: number, e: Enumeration, report: Report): { start: number; end: number } | undefined {
  const text = doc.text;
  const parsed: { start: number; end: number; text: string }[] = [];
  let p = start;
  while (parsed.length <= e.items.length + 1) {
    let q = p;
    while (q < text.length && q - p <= MAX_ITEM && !ITEM_STOPS.includes(text[q]!)) q++;
    if (q === p || q - p > MAX_ITEM) break;
    parsed.push({ start: p, end: q, text: text.slice(p, q) });
    if (text[q] !== '、') break;
    p = q + 1;
  }
  if (parsed.length < 2) return undefined;
  // The last item may run into the rest of the sentence with 和/及 (…核心意识和看齐意识).
  const canonical = e.items.map((i) => i.replace(QUOTES, ''));
  const got = parsed.flatMap((x) => splitLast(stripItem(x.text, e), canonical));
  const known = got.filter((g) => canonical.includes(g) || (e.accepted ?? []).some((a) => a.includes(g))).length;
  if (known * 2 < got.length || known < 2) return undefined; // not a statement of this formulation
  const span = { start: parsed[0]!.start, end: parsed[parsed.length - 1]!.end };
  const same = (list: string[]) => got.length === list.length && got.every((g, i) => g === list[i]);
  if (same(canonical)) return span;
  if ((e.accepted ?? []).some(same)) {
    if (e.acceptedUntil && statedAfter(doc, span, e.acceptedUntil)) reportOutdatedItems(doc, span, e, report);
    return span;
  }
  const problems: string[] = [];
  const missing = canonical.filter((c) => !got.includes(c));
  const extra = got.filter((g) => !canonical.includes(g));
  if (extra.length) problems.push(`“${extra.join('”“')}”不在其中`);
  if (missing.length) problems.push(`缺少“${missing.join('”“')}”`);
  if (!extra.length && !missing.length) problems.push('顺序有误');
  const plain = !(e.prefixes ?? []).some((pre) => parsed.some((x) => x.text.includes(pre))) && !parsed.some((x) => /[和及]/.test(x.text));
  report({
    start: span.start,
    end: span.end,
    messageId: 'itemsWrong', data: { label: e.label!, problems: problems.join('，'), items: e.items.join('、'), source: e.source },
    suggestions: plain ? [e.items.join('、')] : [],
  });
  return span;
}

function reportOutdatedItems(doc: Document, span: { start: number; end: number }, e: Enumeration, report: Report): void {
  const date = referenceDateOf(doc);
  report({
    start: span.start,
    end: span.end,
    messageId: 'outdatedItems', data: { label: e.label ?? '该列举', since: chineseDate(e.acceptedUntil!), dateLabel: date.label, date: chineseDate(date.iso), items: e.items.join('、'), source: e.source },
    suggestions: [e.items.join('、')],
    severity: 'warning',
  });
}

/**
 * Where an earlier list (`accepted`) begins, when the run of current items is its end and its
 * first items, which the current list replaced, stand right before the run (全面建成小康社会、|全面深化改革、…).
 */
function olderListBefore(text: string, run: Run, e: Enumeration): number | undefined {
  if (!e.acceptedUntil) return undefined;
  const first = run.hits[0]!.item;
  if (first === 0 || run.hits.length !== e.items.length - first) return undefined;
  for (const list of e.accepted ?? []) {
    if (list.length !== e.items.length || list.slice(first).some((item, k) => item !== e.items[first + k])) continue;
    const head = `${list.slice(0, first).join('、')}、`;
    if (text.startsWith(head, run.start - head.length)) return run.start - head.length;
  }
  return undefined;
}

/** A year written before this, in the sentence of a list: the text speaks of that time (2015年…“四个全面”…). */
const YEAR_IN_SENTENCE = /((?:19|20)\d{2})年/g;

/**
 * The document's date is after `until` and its sentence names no year before it: an earlier list
 * stated as current (a quotation of an older document names its year, or is dated so).
 */
function statedAfter(doc: Document, span: { start: number; end: number }, until: string): boolean {
  if (referenceDateOf(doc).iso <= until) return false;
  const text = doc.text;
  let from = span.start;
  while (from > 0 && !isSentenceEnd(text.charCodeAt(from - 1))) from--;
  let to = span.end;
  while (to < text.length && !isSentenceEnd(text.charCodeAt(to))) to++;
  for (const m of text.slice(from, to).matchAll(YEAR_IN_SENTENCE)) if (m[1]! < until.slice(0, 4)) return false;
  return true;
}

/** 核心意识和看齐意识 → 核心意识, 看齐意识 when both halves are items. */
function splitLast(item: string, canonical: string[]): string[] {
  for (const sep of ['和', '及', '与']) {
    const k = item.indexOf(sep);
    if (k > 0 && canonical.includes(item.slice(0, k)) && canonical.includes(item.slice(k + 1))) return [item.slice(0, k), item.slice(k + 1)];
  }
  return [item];
}

/** Label + clause text (两个确立): compared with the canonical wording as a whole. */
function checkText(doc: Document, start: number, e: Enumeration, report: Report): { start: number; end: number } | undefined {
  const text = doc.text;
  const full = e.full!;
  if (text.startsWith(full, start)) return { start, end: start + full.length };
  const opening = full.slice(0, 2);
  if (!text.startsWith(opening, start)) return undefined;
  let stop = start;
  while (stop < text.length && stop - start < full.length + 12 && !ENUMERATION_STOPS.includes(text[stop]!)) stop++;
  let best = { length: 0, d: Infinity };
  for (let k = Math.max(2, full.length - 10); k <= Math.min(stop - start, full.length + 10); k++) {
    const d = editDistance(text.slice(start, start + k), full);
    if (d < best.d || (d === best.d && Math.abs(k - full.length) < Math.abs(best.length - full.length))) best = { length: k, d };
  }
  if (best.d === 0 || best.d > Math.max(2, Math.floor(full.length / 4))) return undefined;
  const span = { start, end: start + best.length };
  report({
    start: span.start,
    end: span.end,
    messageId: 'textWrong', data: { label: e.label!, full, source: e.source },
    suggestions: [full],
  });
  return span;
}

interface Run {
  enumeration: number;
  start: number;
  end: number;
  hits: ItemHit[];
  gaps: string[];
}

/**
 * Runs of items of one enumeration separated only by list punctuation. Each enumeration's items are
 * followed on their own, so that two lists may share an item (政治建设 of 五位一体 and of 党的建设).
 */
function runsOf(text: string, hits: ItemHit[]): Run[] {
  const byEnumeration = new Map<number, ItemHit[]>();
  for (const h of hits) {
    const list = byEnumeration.get(h.enumeration);
    if (list) list.push(h);
    else byEnumeration.set(h.enumeration, [h]);
  }
  const runs: Run[] = [];
  for (const own of byEnumeration.values()) {
    let current: Run | undefined;
    let lastEnd = -1;
    for (const h of own) {
      if (h.start < lastEnd) continue; // overlapping hit (item inside a longer item)
      const gap = current ? text.slice(current.end, h.start) : '';
      if (current && gap.length <= MAX_GAP && [...gap].every((c) => GAP_CHARS.includes(c))) {
        current.hits.push(h);
        current.gaps.push(gap);
        current.end = h.end;
      } else {
        if (current && current.hits.length >= 3) runs.push(current);
        current = { enumeration: h.enumeration, start: h.start, end: h.end, hits: [h], gaps: [] };
      }
      lastEnd = h.end;
    }
    if (current && current.hits.length >= 3) runs.push(current);
  }
  return runs.sort((a, b) => a.start - b.start);
}

/**
 * The list is completed later in its sentence (坚持马克思列宁主义、…、科学发展观，全面贯彻
 * 习近平新时代中国特色社会主义思想): only split by its verbs, as the 总体要求 of the 2025 and
 * 2026 documents and the 二十大 report write it. `completedBy` lists the wordings; by default
 * the list's last item.
 */
function completedInSentence(text: string, from: number, e: Enumeration): boolean {
  const wordings = e.outdated?.completedBy ?? [e.items[e.items.length - 1]!];
  const rest = text.slice(from);
  const end = rest.search(SENTENCE_ENDS);
  const sentence = (end < 0 ? rest : rest.slice(0, end)).replace(QUOTES, '');
  return wordings.some((w) => sentence.includes(w.replace(QUOTES, '')));
}

/** Words that make a list the predecessors of what is named with it: 这一思想继承和发展…科学发展观, 是对…科学发展观的继承和发展. */
const INHERITANCE = ['继承', '传承'];
/** How far before a list its verb of inheritance may stand (继承和发展了). */
const INHERITANCE_BEFORE = 8;

/**
 * The list is what something inherits (继承和发展马克思列宁主义…科学发展观, 是对…科学发展观的
 * 继承和发展): it rightly stops before the thought that inherits it.
 */
function inherited(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - INHERITANCE_BEFORE), start);
  const cut = Math.max(...[...CLAUSE_ENDS].map((ch) => before.lastIndexOf(ch)));
  const after = text.slice(end, end + 4);
  return INHERITANCE.some((w) => before.slice(cut + 1).includes(w) || after.startsWith(w) || after.startsWith(`的${w}`));
}

/** A list recognised by its items: order, a skipped item, 和 for 、, an outdated ending. */
function checkRun(doc: Document, run: Run, e: Enumeration, report: Report): void {
  const order = run.hits.map((h) => h.item);
  const distinct = new Set(order);
  if (distinct.size !== order.length) return; // an item twice: not a plain statement of the list
  const increasing = order.every((v, i) => i === 0 || v > order[i - 1]!);
  if (!increasing) {
    // Only a list holding every item is surely this formulation in the wrong order.
    if (distinct.size !== e.items.length && (e.label || e.wholeOnly)) return;
    report({
      start: run.start,
      end: run.end,
      messageId: 'orderWrong', data: { label: e.label ? `“${e.label}”` : e.name ? `“${e.name}”` : '该列举', items: e.items.join('、'), source: e.source },
      suggestions: distinct.size === e.items.length && run.gaps.every((g) => g === '、') ? [e.items.join('、')] : [],
    });
    return;
  }
  const older = olderListBefore(doc.text, run, e);
  if (older !== undefined && statedAfter(doc, { start: older, end: run.end }, e.acceptedUntil!)) {
    reportOutdatedItems(doc, { start: older, end: run.end }, e, report);
    return;
  }
  if (e.label || e.wholeOnly) return; // labelled lists and lists of common words: partial lists are common and correct
  const skipped = order.findIndex((v, i) => i > 0 && v !== order[i - 1]! + 1);
  if (skipped !== -1) {
    const missing = e.items.slice(order[skipped - 1]! + 1, order[skipped]!);
    report({
      start: run.start,
      end: run.end,
      messageId: 'itemsMissing', data: { missing: missing.join('”“'), items: e.items.join('、'), source: e.source },
      suggestions: [],
    });
    return;
  }
  const date = referenceDateOf(doc);
  const o = e.outdated;
  if (o && e.items[order[order.length - 1]!] === o.endsAt && order.length >= 3 && date.iso >= o.from && !completedInSentence(doc.text, run.end, e) && !inherited(doc.text, run.start, run.end)) {
    report({
      start: run.start,
      end: run.end,
      messageId: 'outdatedEnding', data: { endsAt: o.endsAt, since: chineseDate(o.from), note: o.note, label: date.label, date: chineseDate(date.iso), source: e.source },
      suggestions: [],
      severity: 'warning',
    });
    return;
  }
  if (e.strictSeparators) {
    const k = run.gaps.findIndex((g) => g !== '、' && g.replace(QUOTES, '') !== '、');
    // 和 before the last item of a list that stops early is how such a list was written when it
    // ended there (邓小平理论和“三个代表”重要思想, 十六大党章; “三个代表”重要思想和科学发展观,
    // 十八大党章), and is quoted so in laws of those years: only a 和 inside the list, or before
    // the item that ends the whole list, is not the current wording.
    const stopsEarly = order[order.length - 1]! < e.items.length - 1;
    if (k !== -1 && !(stopsEarly && k === run.gaps.length - 1)) {
      const at = run.hits[k]!.end;
      const gapEnd = run.hits[k + 1]!.start;
      // Report the separator itself (“和”), leaving quotation marks alone.
      const rel = run.gaps[k]!.search(/[^“”‘’]/);
      const sepStart = at + Math.max(0, rel);
      const sepEnd = sepStart + 1 <= gapEnd ? sepStart + 1 : gapEnd;
      report({
        start: sepStart,
        end: sepEnd,
        messageId: 'separatorWrong', data: { separator: doc.text.slice(sepStart, sepEnd), items: e.items.join('、'), source: e.source },
        suggestions: ['、'],
        severity: 'warning',
      });
    }
  }
}
