/**
 * Normalisation with exact offsets (issue 3, item 1).
 *
 * Matching happens on a normalised view of the text, while every span keeps exact offsets into the
 * original. Each normaliser is a small named object with a before→after example (table-tested in
 * tests/unit/analysis/normalize.test.ts). Characters are either mapped one-to-one or dropped, so the
 * view carries an index map back to the original: `map[i]` is the original index of view char i.
 *
 * Hand-written: no maintained JS library does offset-preserving Arabic orthographic normalisation
 * (yomitan's `arabic-text-preprocessors.js` is the model for the shape, but is not a package).
 */

export interface CharNormaliser {
  id: string;
  description: string;
  example: [before: string, after: string];
  /** Returns the replacement for one code unit: a one-char string, '' to drop it, or undefined to leave it. */
  map(ch: string): string | undefined;
}

const table = (pairs: Record<string, string>) => (ch: string) => pairs[ch];

/** Ordered registry: the first normaliser that has an answer for a character wins. */
export const NORMALISERS: readonly CharNormaliser[] = [
  {
    id: 'harakat',
    description: 'Drop short vowels, tanwin, shadda, sukun and superscript alef',
    example: ['مُحَمَّدٌ', 'محمد'],
    map: (ch) => (/[\u064B-\u065F\u0670\u06D6-\u06ED]/.test(ch) ? '' : undefined),
  },
  {
    id: 'tatweel',
    description: 'Drop the kashida used to stretch words',
    example: ['لـكن', 'لكن'],
    map: (ch) => (ch === '\u0640' ? '' : undefined),
  },
  {
    id: 'invisible',
    description: 'Drop ZWNJ/ZWJ, soft hyphen and bidi controls',
    example: ['غو\u200Cغل\u200F', 'غوغل'],
    map: (ch) => (/[\u200B-\u200F\u202A-\u202E\u2066-\u2069\u00AD\uFEFF\u061C]/.test(ch) ? '' : undefined),
  },
  {
    id: 'alef',
    description: 'Hamza and madda forms of alef become bare alef',
    example: ['أإآٱ', 'اااا'],
    map: table({ 'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ٲ': 'ا', 'ٳ': 'ا' }),
  },
  {
    id: 'yeh',
    description: 'Alef maqsura and Farsi yeh become yeh; hamza on yeh becomes yeh',
    example: ['مستشفى', 'مستشفي'],
    map: table({ 'ى': 'ي', 'ی': 'ي', 'ئ': 'ي' }),
  },
  {
    id: 'teh-marbuta',
    description: 'Teh marbuta becomes heh (writers mix them at word ends)',
    example: ['شركة', 'شركه'],
    map: table({ 'ة': 'ه', 'ۀ': 'ه' }),
  },
  {
    id: 'waw-hamza',
    description: 'Hamza on waw becomes waw',
    example: ['مؤسس', 'موسس'],
    map: table({ 'ؤ': 'و' }),
  },
  {
    id: 'persian-letters',
    description: 'Persian/Urdu letter forms used for foreign sounds become their Arabic base',
    example: ['گوگل', 'كوكل'],
    map: table({ 'ک': 'ك', 'گ': 'ك', 'پ': 'ب', 'چ': 'ج', 'ژ': 'ز', 'ڤ': 'ف', 'ھ': 'ه' }),
  },
  {
    id: 'digits',
    description: 'Arabic-Indic and Persian digits become Western digits',
    example: ['٢٠٢٥ و۱۲', '2025 و12'],
    map: (ch) => {
      const c = ch.charCodeAt(0);
      if (c >= 0x0660 && c <= 0x0669) return String(c - 0x0660);
      if (c >= 0x06f0 && c <= 0x06f9) return String(c - 0x06f0);
      return undefined;
    },
  },
  {
    id: 'separators',
    description: 'Arabic decimal and thousands separators become . and ,',
    example: ['18٫5 و1٬000', '18.5 و1,000'],
    map: table({ '٫': '.', '٬': ',' }),
  },
  {
    id: 'punctuation',
    description: 'Arabic punctuation becomes Latin; every quotation mark becomes "',
    example: ['«غوغل»، نعم؟', '"غوغل", نعم?'],
    map: table({
      '،': ',', '؛': ';', '؟': '?', '٪': '%', '«': '"', '»': '"', '“': '"', '”': '"', '„': '"',
      '‟': '"', '″': '"', '‹': '"', '›': '"', "'": '"', '‘': '"', '’': '"', '`': '"', '´': '"',
      '\u00A0': ' ', '\u2009': ' ', '\u202F': ' ', '\u2007': ' ', '–': '-', '—': '-', '‐': '-', '‑': '-',
    }),
  },
];

/** The normalised view of a text, with the way back to original offsets. */
export interface NormalisedText {
  original: string;
  /** Normalised text. */
  norm: string;
  /** map[i] = original index of norm[i]; map[norm.length] = original.length. */
  map: Int32Array;
}

/** Normalise one character (code unit) through the registry. */
export function normaliseChar(ch: string): string {
  for (const n of NORMALISERS) {
    const r = n.map(ch);
    if (r !== undefined) return r;
  }
  return ch;
}

// A 64K lookup table built once: normalisation is then one array read per code unit.
let TABLE: (string | undefined)[] | null = null;
function lookup(): (string | undefined)[] {
  if (TABLE) return TABLE;
  const t: (string | undefined)[] = new Array(0x10000);
  // Only scripts we touch; everything else maps to itself (undefined = identity).
  const ranges: [number, number][] = [[0x0027, 0x0027], [0x0060, 0x0060], [0x00a0, 0x00bf], [0x0600, 0x06ff], [0x2000, 0x206f], [0x202a, 0x202f], [0xfeff, 0xfeff]];
  for (const [a, b] of ranges) {
    for (let c = a; c <= b; c++) {
      const ch = String.fromCharCode(c);
      const r = normaliseChar(ch);
      if (r !== ch) t[c] = r;
    }
  }
  TABLE = t;
  return t;
}

/** Normalise a whole text, keeping the map back to original offsets. Never throws. */
export function normalise(original: string): NormalisedText {
  const t = lookup();
  const map = new Int32Array(original.length + 1);
  let j = 0;
  // Runs of unchanged characters are copied as one slice; the pieces are joined once at the end (in
  // a scratch array kept between documents) rather than appended one by one, which made two string
  // nodes per changed character (an Arabic article changes thousands: ة, أ, ى, ،).
  const parts = pieces;
  let np = 0;
  let run = 0;
  for (let i = 0; i < original.length; i++) {
    const r = t[original.charCodeAt(i)];
    if (r === undefined) {
      map[j++] = i;
      continue;
    }
    if (run < i) parts[np++] = original.slice(run, i);
    run = i + 1;
    if (r !== '') {
      parts[np++] = r;
      map[j++] = i;
    }
  }
  let out: string;
  if (run === 0) out = original;
  else {
    if (run < original.length) parts[np++] = original.slice(run);
    parts.length = np;
    out = parts.join('');
    if (np > 100_000) pieces = [];
    else parts.fill('');
  }
  map[j] = original.length;
  return { original, norm: out, map: map.subarray(0, j + 1) };
}

/** normalise's pieces (see there). */
let pieces: string[] = [];

/** Normalise a short string (a lexicon entry, a query) without keeping a map. */
export function normaliseString(s: string): string {
  const t = lookup();
  let out = '';
  // Runs of unchanged characters are copied as one slice; an unchanged string is returned as is.
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const r = t[s.charCodeAt(i)];
    if (r === undefined) continue;
    if (run < i) out += s.slice(run, i);
    out += r;
    run = i + 1;
  }
  if (run === 0) return s;
  return run < s.length ? out + s.slice(run) : out;
}

/**
 * First index of the normalised view whose character is at or after original offset `pos` (map is
 * increasing; `lo`: a known lower bound). norm[normIndex(a), normIndex(b)) is original[a, b)
 * normalised, as normalisation maps or drops one code unit at a time.
 */
export function normIndex(nt: NormalisedText, pos: number, lo = 0): number {
  let hi = nt.map.length - 1;
  while (lo < hi) {
    const m = (lo + hi) >> 1;
    if (nt.map[m]! < pos) lo = m + 1;
    else hi = m;
  }
  return lo;
}

/** Original [start, end) of the normalised [ns, ne). End maps past any dropped marks inside. */
export function toOriginal(nt: NormalisedText, ns: number, ne: number): [number, number] {
  const start = nt.map[ns] ?? nt.original.length;
  // end: one past the original index of the last kept char, then past trailing harakat/tatweel
  // that belong to the same word (so the span covers the whole written word).
  let end = ne > ns ? nt.map[ne - 1]! + 1 : start;
  return [start, end];
}

/** Arabic letter (after normalisation), excluding digits and punctuation. */
export const ARABIC_LETTER = /[\u0621-\u063A\u0641-\u064A\u0671-\u06D3\u06FA-\u06FF]/;
export const isArabicLetter = (ch: string | undefined): boolean => !!ch && ARABIC_LETTER.test(ch);
export const isLatinLetter = (ch: string | undefined): boolean => !!ch && /[A-Za-z\u00C0-\u024F]/.test(ch);
export const isDigit = (ch: string | undefined): boolean => !!ch && ch >= '0' && ch <= '9';
/** True if the string contains any Arabic-script letter (used to keep Arabic out of English fields). */
export const hasArabic = (s: string): boolean => /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/.test(s);
