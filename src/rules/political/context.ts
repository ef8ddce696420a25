/** 2023-03-11 → 2023年3月11日 */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${y}年${Number(m)}月${Number(d)}日`;
}

/** “X”, without doubling quotation marks that X already has. */
export function quote(s: string): string {
  return /^[“‘]/.test(s) ? s : `“${s}”`;
}

/** True for characters of running prose that a term may contain: Han, Latin letters, digits. */
export function isWordChar(ch: string): boolean {
  return /[\u3400-\u9fff\uf900-\ufaff〇A-Za-z0-9０-９]/.test(ch);
}
