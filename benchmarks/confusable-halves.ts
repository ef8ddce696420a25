// What benchmarks/tune-confusable.ts and screen-confusable.ts share: the fixed tune/test halves of
// their documents and the sentence a swap is made in.

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * A document's half, by a high bit of FNV-1a of its name, fixed before any tuning: the low bits follow
 * the low bits of the characters, and the held-out days were themselves chosen by the two lowest
 * (scripts/data/official-corpus.ts).
 */
export const halfOf = (name: string): 'tune' | 'test' => ((fnv1a(name) >>> 24) & 1 ? 'test' : 'tune');

const SENTENCE_END = /[。！？；!?;\n]/;

/** The sentence around `text[start, end)`, its closing mark included. */
export function sentenceAround(text: string, start: number, end: number): [number, number] {
  let s = start;
  while (s > 0 && !SENTENCE_END.test(text[s - 1]!)) s--;
  let e = end;
  while (e < text.length && !SENTENCE_END.test(text[e]!)) e++;
  return [s, Math.min(text.length, e + 1)];
}
