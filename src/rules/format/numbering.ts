import { isClauseEnd } from '../../text/sentences.js';
import type { Document } from '../../document/document.js';
import { markerText, scanHeadings, type HeadingMarker } from './headings.js';

type Level = 1 | 2 | 3 | 4;

/** What the walk over the document's 序号 found wrong with one of them. */
export type NumberingProblem =
  | { kind: 'gap' | 'repeat' | 'backwards' | 'start'; marker: HeadingMarker; expected: number; previous?: HeadingMarker }
  | { kind: 'reversed'; marker: HeadingMarker; under: HeadingMarker };

const MEMO = Symbol('format/numbering');

/**
 * Walks the 序号 in document order, one counter per level; a 序号 resets the counters
 * of the levels below it, so numbering restarts under each new parent. Numbering also
 * restarts at 一、 (a new document or part) and after an attachment header (附件2).
 * A list written after a label (附件：1.… 2.…) is followed on its own and does not
 * touch the heading counters; so is the list of a boxed column of a plan outline
 * (专栏1 重大工程, then 1.… 4.…), until a 序号 goes on with the numbering before the box
 * (3. after 2.).
 *
 * Reported: a gap (一、二、四、), a repeat (二、二、), a step back (三、二、), a first
 * child other than 1 right under its parent heading, and a level placed under a deeper
 * one (（一） under 1.). Restarting at 1 is never reported (a second list), nor is
 * numbering on across parents (（三） under 二、 after （一）（二） under 一、), nor skipping
 * a level (一、 then 1.), which GB/T 9704 practice tolerates.
 */
export function numberingProblems(doc: Document): NumberingProblem[] {
  return doc.memo(MEMO, () => {
    const { markers, breaks, boxes, chapters } = scanHeadings(doc);
    const problems: NumberingProblem[] = [];
    let last: (HeadingMarker | undefined)[] = [];
    /** The last number of each level before a parent cleared it: some documents number on across parents. */
    let carried: number[] = [];
    /**
     * After a box: per level, the number its list ended at when that was one past the paragraphs' last
     * (（3） after a box of （1）（2）, when （2） came before it, may be the paragraphs' own); then, once a
     * parent cleared the level, that number as a second `carried`.
     */
    let alsoLast: (number | undefined)[] = [];
    /** Per level, the 序号 before a list that started again at 1 under the same parent: the numbering that may go on after it. */
    let interrupted: (HeadingMarker | undefined)[] = [];
    let alsoCarried: (number | undefined)[] = [];
    let previous: HeadingMarker | undefined;
    let list: { level: Level; number: number; saved: (HeadingMarker | undefined)[]; savedPrevious: HeadingMarker | undefined } | undefined;
    const reversed = new Set<HeadingMarker>();
    const breakLines = [...breaks].sort((a, b) => a - b);
    let nextBreak = 0;
    /** The numbering around an open boxed column (专栏), set aside while the box numbers its own list. */
    let box: { last: (HeadingMarker | undefined)[]; carried: number[]; previous: HeadingMarker | undefined; interrupted: (HeadingMarker | undefined)[] } | undefined;
    const closeBox = () => {
      const inner = last;
      ({ last, carried, previous, interrupted } = box!);
      box = undefined;
      alsoLast = [];
      for (let M = 1; M <= 4; M++) {
        const outer = last[M];
        if (inner[M] && outer && inner[M]!.number === outer.number + 1) alsoLast[M] = inner[M]!.number;
      }
    };
    const boxLines = [...boxes].sort((a, b) => a - b);
    let nextBox = 0;
    const chapterLines = [...chapters].sort((a, b) => a - b);
    let nextChapter = 0;
    /** The last 序号 of each level before the 篇/章/节 headings that cleared it, while nothing above it has come since. */
    let chapterCarried: (HeadingMarker | undefined)[] = [];
    for (const marker of markers) {
      // The attachment headers, box titles and 篇/章/节 headings before this 序号, in line order.
      for (;;) {
        const breakLine = nextBreak < breakLines.length && breakLines[nextBreak]! < marker.line ? breakLines[nextBreak]! : Infinity;
        const boxLine = nextBox < boxLines.length && boxLines[nextBox]! < marker.line ? boxLines[nextBox]! : Infinity;
        const chapterLine = nextChapter < chapterLines.length && chapterLines[nextChapter]! < marker.line ? chapterLines[nextChapter]! : Infinity;
        const at = Math.min(breakLine, boxLine, chapterLine);
        if (at === Infinity) break;
        if (at === breakLine) {
          nextBreak++;
          last = [];
          carried = [];
          alsoLast = [];
          alsoCarried = [];
          interrupted = [];
          previous = undefined;
          list = undefined;
          box = undefined;
          chapterCarried = [];
          continue;
        }
        if (list) {
          last = list.saved;
          previous = list.savedPrevious;
          list = undefined;
        }
        if (at === boxLine) {
          nextBox++;
          // A box right after another keeps the numbering set aside before the first.
          box ??= { last, carried, previous, interrupted };
          interrupted = [];
          last = [];
          carried = [];
          previous = undefined;
          continue;
        }
        // A 篇, 章 or 节 heading is a parent above every level: a box before it is over, and the
        // levels below start afresh or go on from where they were.
        nextChapter++;
        if (box) closeBox();
        last = [...last];
        carried = [...carried];
        chapterCarried = [...chapterCarried];
        interrupted = [];
        for (let M = 1; M <= 4; M++) {
          if (last[M]) {
            carried[M] = last[M]!.number;
            chapterCarried[M] = last[M];
            alsoCarried[M] = alsoLast[M];
            alsoLast[M] = undefined;
          }
          last[M] = undefined;
        }
        previous = undefined;
      }
      if (box && !list) {
        const L = marker.level;
        const outer = box.last[L];
        const inBox = last[L];
        const continuesBox = inBox !== undefined && marker.number === inBox.number + 1;
        // The paragraphs go on after the box (3. after 专栏 1.–4., when 2. came before it), or a level the
        // paragraphs were numbering and the box was not comes back other than at 1 (四、 after 二、 and a box
        // of 1. 2.): their numbering is back, and weighs the 序号.
        if (outer !== undefined && !continuesBox && (marker.number === outer.number + 1 || (inBox === undefined && marker.number !== 1))) {
          closeBox();
        } else if (L === 1 && marker.number === 1 && last.some((m) => m !== undefined)) {
          // 一、 after the box has numbered its list: a new part; 一、 opening the box is the box's own list.
          box = undefined;
        }
      }
      if (list) {
        if (marker.level === list.level && marker.number === list.number + 1 && !marker.inline) {
          list.number++;
          continue;
        }
        last = list.saved;
        previous = list.savedPrevious;
        list = undefined;
      }
      if (marker.inline) {
        list = { level: marker.level, number: 1, saved: [...last], savedPrevious: previous };
        continue;
      }
      const L = marker.level;
      const before = last[L];
      const acrossChapter = chapterCarried[L];
      if (before === undefined && acrossChapter && marker.number !== 1 && marker.number !== acrossChapter.number + 1) {
        // Under a new 章 the numbering starts afresh or goes on; anything else is out of order.
        const kind = marker.number === acrossChapter.number ? 'repeat' : marker.number > acrossChapter.number ? 'gap' : 'backwards';
        problems.push({ kind, marker, expected: acrossChapter.number + 1, previous: acrossChapter });
      } else if (before === undefined) {
        const deeper = ([2, 3, 4] as const).find((M) => M > L && last[M] !== undefined);
        if (marker.number === 1 && L !== 1 && deeper !== undefined) {
          problems.push({ kind: 'reversed', marker, under: last[deeper]! });
          reversed.add(marker);
        } else if (
          marker.number !== 1 &&
          marker.number !== (carried[L] ?? 0) + 1 &&
          marker.number !== (alsoCarried[L] ?? -1) + 1 &&
          previous &&
          previous.level < L &&
          !reversed.has(previous) &&
          onlyBlankBetween(doc, previous.line, marker.line) &&
          // The list's first 序号 may stand on the heading's line (（一）加快发展。1.做强…, a line break lost).
          !writtenInline(doc, previous.end, marker.start, L, marker.number - 1)
        ) {
          problems.push({ kind: 'start', marker, expected: 1, previous });
        }
      } else if (marker.number === 1 && marker.number !== before.number + 1) {
        // A second list at this level under the same parent: a list set into the paragraphs (a box or
        // table whose title did not come through, a quoted list), after which their own may go on.
        interrupted[L] ??= before;
      } else if (marker.number !== before.number + 1) {
        const resumed = interrupted[L];
        if (resumed && marker.number === resumed.number + 1) {
          // The paragraphs' numbering goes on after the list set into them (3. after 1. 2., then 1.–4.).
          interrupted[L] = undefined;
        } else {
          const kind = marker.number === before.number ? 'repeat' : marker.number > before.number ? 'gap' : 'backwards';
          // The missing 序号 may stand inside a paragraph (a line break lost on the way to the web page).
          if (!(kind === 'gap' && writtenInline(doc, before.end, marker.start, L, before.number + 1))) {
            problems.push({ kind, marker, expected: before.number + 1, previous: before });
          }
        }
      }
      if (L === 1 && marker.number === 1) {
        last = [];
        carried = [];
        alsoLast = [];
        alsoCarried = [];
        interrupted = [];
      }
      last[L] = marker;
      for (let M = L + 1; M <= 4; M++) interrupted[M] = undefined;
      alsoLast[L] = undefined;
      alsoCarried[L] = undefined;
      if (chapterCarried.length) {
        chapterCarried = [...chapterCarried];
        for (let M = L; M <= 4; M++) chapterCarried[M] = undefined;
      }
      for (let M = L + 1; M <= 4; M++) {
        if (last[M]) {
          carried[M] = last[M]!.number;
          alsoCarried[M] = alsoLast[M];
          alsoLast[M] = undefined;
        }
        last[M] = undefined;
      }
      previous = marker;
    }
    return problems;
  });
}

/** True when the 序号 `n` of `level` occurs between `from` and `to`, after a sentence end or a space. */
/** A short label with no mark in it, right before a 序号 at the start of a line: a table's category cell. */
const LABEL_BEFORE = /^[\p{sc=Han}]{2,8}$/u;
const HAN = /^\p{sc=Han}$/u;
/** Marks a 序号 written inline may follow besides a sentence end: a label's colon, a closing quote or bracket. */
const AFTER_LABEL = '：:”’）)】';

function writtenInline(doc: Document, from: number, to: number, level: 1 | 2 | 3 | 4, n: number): boolean {
  const between = doc.text.slice(from, to);
  const forms = level === 2 || level === 4 ? [markerText(level, n), markerText(level, n).replace('（', '(').replace('）', ')')] : [markerText(level, n).slice(0, -1)];
  return forms.some((form) => {
    for (let at = between.indexOf(form); at !== -1; at = between.indexOf(form, at + 1)) {
      if (level === 2 || level === 4) return true;
      const after = between[at + form.length];
      const before = between[at - 1];
      if (!(after === '、' || after === '.' || after === '．')) continue;
      // An ordinal's numeral on the line after its 第 (…位居全国第 / 三、全省第一, a PDF's line break) is no 序号.
      if (before !== undefined && /\s/.test(before) && between.slice(0, at).trimEnd().endsWith('第')) continue;
      if (before === undefined || isClauseEnd(before.charCodeAt(0)) || /\s/.test(before) || AFTER_LABEL.includes(before)) return true;
      // A row of a table flattened into lines, its category cell run into the row (创新驱动4.研发经费投入增长),
      // or the rows of a table run together (…5左右 预期性4.研发经费投入增长…): N. between Han characters.
      if (LABEL_BEFORE.test(between.slice(between.lastIndexOf('\n', at) + 1, at))) return true;
      if (after !== '、' && HAN.test(before) && HAN.test(between[at + form.length + 1] ?? '')) return true;
    }
    return false;
  });
}

function onlyBlankBetween(doc: Document, from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) {
    if (doc.text.slice(doc.lines.lineStarts[i]!, doc.lines.lineEnd(i)).trim() !== '') return false;
  }
  return true;
}
