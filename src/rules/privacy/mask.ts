/**
 * The usual published form of a personal number: the first `keep` and last `keepEnd`
 * characters stay, every other digit becomes *, separators stay where they were
 * (5108**********4215, 138****5678, 6222 **** **** 5679).
 */
export function mask(text: string, keep: number, keepEnd: number): string {
  const positions: number[] = [];
  for (let i = 0; i < text.length; i++) if (/[0-9A-Za-z]/.test(text[i]!)) positions.push(i);
  const hidden = new Set(positions.slice(keep, positions.length - keepEnd));
  return Array.from(text, (ch, i) => (hidden.has(i) ? '*' : ch)).join('');
}
