import { isHan, isHighSurrogate } from '../../text/unicode.js';
import { spanContaining } from '../../text/span-search.js';
import type { PackMatch, PackMatcher } from '../../packs/pack-matcher.js';
import type { MessageData } from '../messages.js';
import type { Finding, Rule } from '../rule.js';
import type { NonStandardChar, NonStandardChars } from './lexicon.js';

/** 々 (U+3005), the lowest code point `isHan` accepts: everything below is skipped unread. */
const FIRST_HAN = 0x3005;

/**
 * A text (or paragraph) whose Han characters are at least this share non-standard is
 * written in traditional script, not slipped into: about 37 % of the characters of
 * converted official text are, while a simplified text quoting a name has a few.
 */
const TRADITIONAL_SHARE = 0.2;
/** Fewer non-standard characters than this are each reported, whatever their share (國務院). */
const MIN_SUMMARIZED = 10;

interface Found {
  start: number;
  end: number;
  entry: NonStandardChar;
}

/** A line of the text: its Han characters, and the non-standard ones among them. */
interface Paragraph {
  han: number;
  found: Found[];
}

const NON_STANDARD = '“{{char}}”是{{kind}}，应改用规范汉字{{standard}}（《通用规范汉字表》）。{{note}}';
const MESSAGES = {
  nonStandard: NON_STANDARD,
  inPackWord: `${NON_STANDARD}“{{wrong}}”应作“{{right}}”。`,
  traditionalScript:
    '{{scope}}有 {{count}} 个繁体字或异体字（占汉字的 {{percent}}%），似为繁体文字，未逐字列出，' +
    '首个“{{char}}”应作{{standard}}。公文应使用规范汉字（《通用规范汉字表》），请转换为简体后再校对；有意保留的繁体引文可忽略本条。',
};

/**
 * Traditional (國) and variant (関) characters in simplified text, with the standard
 * character of 《通用规范汉字表》 (2013) as the fix; a character of the table's 8,105 is
 * never flagged. A text or paragraph mostly in traditional script gets one issue instead
 * of one per character. Inside a word that a loaded pack corrects (纨袴 → 纨绔), the
 * pack's form of the character is suggested first.
 */
export function createTraditionalCharRule(chars: NonStandardChars, packMatcher?: PackMatcher): Rule {
  return {
    id: 'script/traditional-char',
    category: 'script',
    severity: 'warning',
    description: '繁体字、异体字（应使用《通用规范汉字表》的规范汉字）',
    messages: MESSAGES,
    check(doc, report) {
      if (!chars.occursIn(doc.text)) return;
      const paragraphs = scanParagraphs(doc.text, chars);
      const found = paragraphs.flatMap((p) => p.found);
      if (found.length === 0) return;
      const han = paragraphs.reduce((sum, p) => sum + p.han, 0);
      if (isTraditionalScript(found.length, han)) {
        report({ start: found[0]!.start, end: found[0]!.end, messageId: 'traditionalScript', data: summary('全文', found, han) });
        return;
      }
      const words = packMatcher?.find(doc) ?? [];
      for (const p of paragraphs) {
        if (isTraditionalScript(p.found.length, p.han)) {
          report({ start: p.found[0]!.start, end: p.found[0]!.end, messageId: 'traditionalScript', data: summary('本段', p.found, p.han) });
          continue;
        }
        for (const f of p.found) {
          // A character the division codes keep in place names, written in a name (濛溪河, 濛阳街道): the name's own spelling.
          if (chars.spellsPlaceName(doc.text, f.start, f.end)) continue;
          report(charFinding(f, spanContaining(words, f.start), doc.text));
        }
      }
    },
  };
}

/** One pass over the text by UTF-16 unit, reading a surrogate pair as one code point; split at line breaks. */
function scanParagraphs(text: string, chars: NonStandardChars): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let current: Paragraph = { han: 0, found: [] };
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit === 0x0a || unit === 0x0d) {
      if (current.han > 0) paragraphs.push(current);
      current = { han: 0, found: [] };
      continue;
    }
    if (unit < FIRST_HAN) continue;
    const cp = isHighSurrogate(unit) ? text.codePointAt(i)! : unit;
    const start = i;
    if (cp > 0xffff) i++;
    if (!isHan(cp)) continue;
    current.han++;
    const entry = chars.get(cp);
    if (entry) current.found.push({ start, end: i + 1, entry });
  }
  if (current.han > 0) paragraphs.push(current);
  return paragraphs;
}

function isTraditionalScript(nonStandard: number, han: number): boolean {
  return nonStandard >= MIN_SUMMARIZED && nonStandard >= han * TRADITIONAL_SHARE;
}

const quoted = (chars: string[]) => chars.map((c) => `“${c}”`).join('或');

function charData({ char, kind, standard, note }: NonStandardChar): MessageData {
  return { char, kind, standard: quoted(standard), note: note ?? '' };
}

function charFinding(f: Found, word: PackMatch | undefined, text: string): Finding {
  const { standard } = f.entry;
  const inWord = word && charInRightForm(word, text, f);
  if (!word || !inWord) return { start: f.start, end: f.end, messageId: 'nonStandard', data: charData(f.entry), suggestions: standard };
  return {
    start: f.start,
    end: f.end,
    messageId: 'inPackWord', data: { ...charData(f.entry), wrong: word.wrong, right: word.entry.right[0]! },
    suggestions: [inWord, ...standard.filter((c) => c !== inWord)],
  };
}

function summary(scope: '全文' | '本段', found: Found[], han: number): MessageData {
  const first = found[0]!.entry;
  return { scope, count: found.length, percent: Math.round((100 * found.length) / han), char: first.char, standard: quoted(first.standard) };
}

/**
 * What the pack's fix writes in place of the character, when that is not already the
 * table's first choice: 袴 in 纨袴 → 纨绔 is 绔, not the table's 裤. Only for a right form
 * as long as the wrong one, where the characters line up.
 */
function charInRightForm(word: PackMatch, text: string, f: Found): string | undefined {
  const wrong = [...word.wrong];
  const right = [...word.entry.right[0]!];
  if (wrong.length !== right.length) return undefined;
  const c = right[[...text.slice(word.start, f.start)].length];
  return c !== undefined && c !== f.entry.char && c !== f.entry.standard[0] ? c : undefined;
}
