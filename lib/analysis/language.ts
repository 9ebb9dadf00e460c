/**
 * Is this Arabic text? The share of Arabic letters among all letters in a bounded sample — the
 * same measure the page gate uses, here for plain text (the `annotate` command's isArticle for .txt).
 */
export function arabicShare(text: string, sample = 20_000): number {
  const s = text.length > sample ? text.slice(0, sample) : text;
  let ar = 0, letters = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x0621 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3)) { ar++; letters++; }
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x400 && c <= 0x4ff) || (c >= 0x4e00 && c <= 0x9fff)) letters++;
  }
  return letters ? ar / letters : 0;
}

/** At least 40 letters, more than half of them Arabic. */
export const looksArabic = (text: string): boolean => text.length >= 40 && arabicShare(text) > 0.5;
