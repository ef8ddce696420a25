import type { Rule } from '../rule.js';
import type { HygieneLexicon, InvisibleChar } from './lexicon.js';

/** Every character of dictionaries/hygiene/invisible-chars.txt is in these ranges: one regex finds candidates. */
const CANDIDATE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]+/g;
/** Emoji sequences and scripts that join with ZWJ/ZWNJ (Arabic, Indic…): a joiner next to them is meant. */
const JOINING_NEIGHBOUR = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F\p{M}]|(?![\p{sc=Han}\p{sc=Latin}])\p{L}/u;
/** Right-to-left scripts: direction marks in their lines are meant. */
const RIGHT_TO_LEFT = /[\p{sc=Arabic}\p{sc=Hebrew}\p{sc=Syriac}\p{sc=Thaana}\p{sc=Nko}]/u;

/**
 * Invisible format characters inside the text (零宽空格, 软连字符, a BOM in mid-text,
 * direction marks): they split words for search and comparison without showing. A run of
 * them is one issue, fixed by deleting it. A BOM at the very start is an encoding mark and
 * stays; joiners inside emoji or joining scripts and direction marks in right-to-left text stay.
 */
export function createInvisibleCharRule(lexicon: HygieneLexicon): Rule {
  return {
    id: 'hygiene/invisible-char',
    category: 'hygiene',
    severity: 'warning',
    description: '正文中的不可见字符（零宽空格、软连字符、字节顺序标记等）',
    seesInvisible: true,
    messages: {
      invisible: '此处有{{count}}不可见字符（{{names}}，{{codes}}），看不见却会使检索、比对和复制出错，应删除。',
    },
    check(doc, report) {
      const text = doc.text;
      // Whether each line holds right-to-left text, asked once per line (a line of many marks stays linear).
      const rightToLeft = new Map<number, boolean>();
      const lineIsRightToLeft = (at: number) => {
        const line = doc.lines.lineOf(at);
        let rtl = rightToLeft.get(line);
        if (rtl === undefined) rightToLeft.set(line, (rtl = RIGHT_TO_LEFT.test(text.slice(doc.lines.lineStarts[line]!, doc.lines.lineEnd(line)))));
        return rtl;
      };
      for (const m of text.matchAll(CANDIDATE)) {
        let start = m.index;
        const end = start + m[0].length;
        if (start === 0 && text.charCodeAt(0) === 0xfeff) start++; // the BOM of the text itself
        if (start === end) continue;
        const found: InvisibleChar[] = [];
        for (let i = start; i < end; i++) {
          const c = lexicon.invisible.get(text.charCodeAt(i));
          if (c && isUnwanted(c, text, start, end, lineIsRightToLeft)) found.push(c);
        }
        if (found.length === 0) continue;
        // A run mixing wanted and unwanted characters is rare; report it only when all are unwanted, or the fix would delete a wanted one.
        if (found.length !== end - start) continue;
        const names = [...new Set(found.map((c) => c.name))].join('、');
        const codes = [...new Set(found.map((_, i) => `U+${text.charCodeAt(start + i).toString(16).toUpperCase().padStart(4, '0')}`))].join('、');
        report({
          start,
          end,
          messageId: 'invisible',
          data: { count: end - start > 1 ? ` ${end - start} 个` : '', names, codes },
          suggestions: [''],
        });
      }
    },
  };
}

function isUnwanted(c: InvisibleChar, text: string, start: number, end: number, lineIsRightToLeft: (at: number) => boolean): boolean {
  if (c.kind === 'always') return true;
  if (c.kind === 'joiner') return !JOINING_NEIGHBOUR.test(neighbour(text, start, -1)) && !JOINING_NEIGHBOUR.test(neighbour(text, end, 1));
  return !lineIsRightToLeft(start);
}

/** The code point before `at` (direction -1) or at `at` (direction 1), '' at the ends. */
function neighbour(text: string, at: number, direction: -1 | 1): string {
  if (direction === 1) return at < text.length ? String.fromCodePoint(text.codePointAt(at)!) : '';
  if (at === 0) return '';
  const low = text.charCodeAt(at - 1);
  return low >= 0xdc00 && low <= 0xdfff && at >= 2 ? text.slice(at - 2, at) : text[at - 1]!;
}
