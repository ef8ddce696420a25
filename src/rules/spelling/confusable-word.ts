import type { Artefact } from '../../compiled/artefact.js';
import { loadArtefact } from '../../compiled/artefact.js';
import { readDataLines } from '../../dictionaries.js';
import { lazyModule } from '../../lazy-module.js';
import { AhoCorasick } from '../../match/aho-corasick.js';
import type { ContextModel } from '../../model/context-model.js';
import { loadContextModel } from '../../model/context-model-file.js';
import { BOS, SKIP } from '../../model/ngram-key.js';
import { endsSentence } from '../../model/tokens.js';
import type { PackMatcher } from '../../packs/pack-matcher.js';
import type { Rule } from '../rule.js';

const MESSAGES = {
  confusableWord: '“{{from}}”疑为“{{to}}”：{{note}}',
};

/** One direction of a pair of dictionaries/spelling/confusable-words.tsv: `from` written where `to` may belong. */
export interface ConfusableSwap {
  from: string;
  to: string;
  /** The pair's distinction (its fifth column). */
  note: string;
  /** The table's severity is `warning` (dictionaries and usage disagree, or both words are used in some contexts: 通信/通讯, 施行/实行), or its context column says 宽 (权利/权力: the subject decides). */
  loose: boolean;
}

/** The lines of confusable-words.tsv as the build read them (~200 lines). */
export const CONFUSABLE_WORDS: Artefact<string[], string[]> = {
  file: 'confusable-words.json',
  compute: () => readDataLines('spelling/confusable-words.tsv'),
  store: (lines) => lines,
  restore: (lines) => lines,
};

/**
 * The swaps a pair allows. Its directions column (written for the collocation miner) says
 * which word's contexts are mined: `a` mines 甲's, so 乙 written in them is a slip (乙 → 甲);
 * `b` the other way; `both` both. A `<` or `>` (which side of the word the miner reads) does not
 * narrow the swap here: the context model reads both sides.
 */
export function swapsOf(lines: readonly string[]): ConfusableSwap[] {
  const swaps: ConfusableSwap[] = [];
  for (const line of lines) {
    const [a, b, directions = 'both', severity, note = '', , context] = line.split('\t');
    // The seventh column: 否, a pair for the collocation miner only; 宽, a choice the model cannot see (a subject far off).
    if (!a || !b || context === '否') continue;
    const sides = directions === 'both' ? ['a', 'b'] : directions.split(',').map((d) => d[0]);
    const loose = severity === 'warning' || context === '宽';
    if (sides.includes('a')) swaps.push({ from: b, to: a, note, loose });
    if (sides.includes('b')) swaps.push({ from: a, to: b, note, loose });
  }
  return swaps;
}

/**
 * The margin, in nats of the sentence's probability under the context model, by which the
 * partner must beat the word as written. Set with benchmarks/tune-confusable.ts on the tune
 * halves only (synthetic swaps in text the model never read; findings on the clean corpora):
 * 11 and 14 keep every tune half at 0.1 findings per 100,000 characters or fewer, and find
 * 30 % of the swaps (docs/design-notes.md). A tuning script may change the fields in its own
 * process; the library never does.
 */
export const CONFUSABLE_SETTINGS = {
  margin: 11,
  /** For a loose pair (ConfusableSwap.loose): both words are written in some contexts, so the model needs more to choose. */
  looseMargin: 14,
};

/** Tokens read on each side of the word: the model is a 4-gram one, so a swap changes the word's tokens and three after it. */
const CONTEXT = 3;

/** Reused token and ln P arrays. */
let ids = new Int32Array(64);
let logPs = new Float64Array(64);

/**
 * ln P the sentence gains when `text[start, end)` is written `to` instead (negative when it
 * loses), under the context model: the word's tokens and the three after it, after up to
 * three tokens before it (or the sentence's start), within its sentence.
 */
export function swapGain(model: ContextModel, text: string, start: number, end: number, to: string): number {
  setWindow(model, text, start, end);
  return windowLogP(model, text, to, start, end) - windowLogP(model, text, text.slice(start, end), start, end);
}

/** The window of the last setWindow: from `before` to `after`, BOS first when `opens` (the sentence starts in it). */
const scoredWindow = { before: 0, after: 0, opens: false };

function setWindow(model: ContextModel, text: string, start: number, end: number): void {
  // Up to CONTEXT tokens before, back to the sentence's start (then BOS opens the history).
  let before = start;
  let count = 0;
  let opens = false;
  while (count < CONTEXT) {
    if (before === 0) {
      opens = true;
      break;
    }
    const code = text.charCodeAt(before - 1);
    if (endsSentence(code)) {
      opens = true;
      break;
    }
    before--;
    if (model.token(code) !== SKIP) count++;
  }
  // Up to CONTEXT tokens after, through the sentence's end mark.
  let after = end;
  count = 0;
  while (count < CONTEXT && after < text.length) {
    const code = text.charCodeAt(after);
    // A line break ends the sentence and is no token; a mark (。；) ends it and is one.
    if (endsSentence(code) && model.token(code) === SKIP) break;
    after++;
    if (model.token(code) === SKIP) continue;
    count++;
    if (endsSentence(code)) break;
  }
  scoredWindow.before = before;
  scoredWindow.after = after;
  scoredWindow.opens = opens;
}

/** ln P of the tokens of `word` (standing for `text[start, end)`) and those after it in the window, after those before it. */
function windowLogP(model: ContextModel, text: string, word: string, start: number, end: number): number {
  const { before, after, opens } = scoredWindow;
  const size = (opens ? 1 : 0) + (start - before) + word.length + (after - end);
  if (ids.length < size) {
    ids = new Int32Array(2 * size);
    logPs = new Float64Array(2 * size);
  }
  let n = 0;
  if (opens) ids[n++] = BOS;
  for (let i = before; i < start; i++) n = put(model, text.charCodeAt(i), n);
  const first = n;
  for (let i = 0; i < word.length; i++) n = put(model, word.charCodeAt(i), n);
  for (let i = end; i < after; i++) n = put(model, text.charCodeAt(i), n);
  // One pass over the window (each token's context found from the one before it), as a sentence is scored.
  model.scoreAll(ids, n, logPs);
  let sum = 0;
  for (let k = Math.max(first, 1); k < n; k++) sum += logPs[k]!;
  return sum;
}

/** Appends the token of `code` to ids (whitespace is none); returns the new count. */
function put(model: ContextModel, code: number, n: number): number {
  const token = model.token(code);
  if (token !== SKIP) ids[n++] = token;
  return n;
}

/**
 * Real-word errors: one word of a well-known confusable pair (dictionaries/spelling/confusable-words.tsv:
 * 途径/途经, 过渡/过度, 权利/权力, 反映/反应 …) written where its partner belongs. At each occurrence
 * (an Aho–Corasick pass over the pairs' words) the sentence is scored by the context model
 * (src/model/, the character 4-gram model of spelling/statistical-typo) as written and with the
 * partner; the partner is reported, as a warning, when it is likelier by CONFUSABLE_SETTINGS' margin. The word
 * must not cross a longer word of the segmenter's cut (路途径直 holds no 途径), and a span a pack
 * reports (usage-collocations' mined collocations) is left to it; the code rules of the same
 * pairs (lexicon/route-via, report-in, transition-frame) are exact and win on overlap (a guess
 * under a sure finding is dropped).
 */
export function createConfusableWordRule(matcher: PackMatcher): Rule {
  const data = lazyModule(() => {
    // Each written word with its swaps, in the table's order: the automaton's pattern k is words[k].
    const swapsByWord = new Map<string, ConfusableSwap[]>();
    for (const swap of swapsOf(loadArtefact(CONFUSABLE_WORDS))) {
      const list = swapsByWord.get(swap.from);
      if (list) list.push(swap);
      else swapsByWord.set(swap.from, [swap]);
    }
    return { automaton: new AhoCorasick([...swapsByWord.keys()]), byWord: [...swapsByWord.values()] };
  });
  return {
    id: 'spelling/confusable-word',
    category: 'typo',
    severity: 'warning',
    description: '易混词语（途径/途经、权利/权力等）按上下文疑为另一个',
    messages: MESSAGES,
    guesses: true,
    check(doc, report) {
      const text = doc.text;
      const { automaton, byWord } = data();
      const found = automaton.findAll(text);
      if (found.length === 0) return;
      const model = loadContextModel();
      const { margin, looseMargin } = CONFUSABLE_SETTINGS;
      const lowestMargin = Math.min(margin, looseMargin);
      let packs: { start: number; end: number }[] | undefined;
      for (const m of found) {
        let best: ConfusableSwap | undefined;
        let bestGain = -Infinity;
        setWindow(model, text, m.start, m.end);
        const written = windowLogP(model, text, automaton.patterns[m.pattern]!, m.start, m.end);
        // No partner gains more than the ln P the window loses as written (a ln P is at most 0):
        // most occurrences are likely enough where they stand to need no other try.
        if (-written < lowestMargin) continue;
        for (const swap of byWord[m.pattern]!) {
          const gain = windowLogP(model, text, swap.to, m.start, m.end) - written;
          if (gain >= (swap.loose ? looseMargin : margin) && gain > bestGain) {
            bestGain = gain;
            best = swap;
          }
        }
        if (!best) continue;
        // Not across a longer word of the segmenter's cut (路途径直 is 路途/径直). A wrong word need not be
        // one word of the cut (落石 in 贯彻落石 is 落/石), so only its two ends are asked.
        if (!doc.isWordBoundary(m.start) || !doc.isWordBoundary(m.end)) continue;
        packs ??= matcher.find(doc);
        if (packs.some((p) => p.start < m.end && m.start < p.end)) continue;
        report({ start: m.start, end: m.end, messageId: 'confusableWord', data: { from: best.from, to: best.to, note: best.note }, suggestions: [best.to] });
      }
    },
  };
}
