/** The source a message cites, from its last parenthesis naming one (`GB/T 15834-2011 第5章`, `依据：党章`), or undefined. */
export function citationOf(message: string): string | undefined {
  const all = [...message.matchAll(/（([^（）]*(?:GB|依据|条例|《)[^（）]*)）/g)];
  return all[all.length - 1]?.[1];
}
