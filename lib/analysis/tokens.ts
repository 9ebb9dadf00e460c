/**
 * Tokens over the normalised view, with original offsets, and Arabic proclitic splitting.
 *
 * Tokens break at script boundaries, so "H800إنفيديا" gives "H800" and "إنفيديا", and "ب18,5" gives
 * "ب" and "18,5". Spaces are not tokens; `spaceBefore` says whether white space preceded a token.
 */
import { normalise, type NormalisedText } from './normalize';

export type TokenType = 'ar' | 'lat' | 'num' | 'punct';

export interface Token {
  /** Index in the token array. */
  i: number;
  type: TokenType;
  /** Normalised text of the token. */
  norm: string;
  /** Normalised offsets. */
  ns: number;
  ne: number;
  /** Original offsets. */
  start: number;
  end: number;
  spaceBefore: boolean;
  /** A newline lies between this token and the previous one. */
  lineBefore: boolean;
}

export interface Doc extends NormalisedText {
  tokens: Token[];
}

// Letters: Arabic U+0621–063A, 0641–064A, 0671–06D3, 06FA–06FF; Latin A–Z, a–z, U+00C0–024F.

// Character classes by code unit (tokenise's loop reads these, no one-letter strings).
const C_SPACE = 0, C_NUM = 1, C_AR = 2, C_LAT = 3, C_PUNCT = 4;
const CLASS_TYPE: TokenType[] = ['punct', 'num', 'ar', 'lat', 'punct'];

/** classOf for every code unit, filled on first use (one array read per character). */
let CLASSES: Uint8Array | null = null;
function classes(): Uint8Array {
  if (CLASSES) return CLASSES;
  const t = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) t[c] = classOf(c);
  return (CLASSES = t);
}

function classOf(c: number): number {
  if (c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0x0c || c === 0x0b || c === 0x2028 || c === 0x2029) return C_SPACE;
  if (c >= 0x30 && c <= 0x39) return C_NUM;
  if ((c >= 0x0621 && c <= 0x063a) || (c >= 0x0641 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3) || (c >= 0x06fa && c <= 0x06ff)) return C_AR;
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) return C_LAT;
  return C_PUNCT;
}

/** tokenise's scratch (see there); NO_TOKEN fills it between documents. */
const NO_TOKEN: Token = { i: -1, type: 'punct', norm: '', ns: 0, ne: 0, start: 0, end: 0, spaceBefore: false, lineBefore: false };
const tokenScratch: Token[] = [];

/** Tokenise normalised text. Latin letters and digits glued together form one 'lat' token (H800, 5G, o1). */
export function tokenise(nt: NormalisedText): Token[] {
  const s = nt.norm;
  const n = s.length;
  const cls = classes();
  // Built in a scratch array kept between documents, then copied out at its exact size: pushing
  // onto a fresh array would grow (copy) it a dozen times for a long article.
  const out = tokenScratch;
  let count = 0;
  let i = 0;
  let spaceBefore = true;
  let lineBefore = true;
  while (i < n) {
    const ch = s.charCodeAt(i);
    const c = cls[ch]!;
    if (c === C_SPACE) {
      spaceBefore = true;
      if (ch === 0x0a || ch === 0x0d || ch === 0x2029) lineBefore = true;
      i++;
      continue;
    }
    let j = i + 1;
    if (c === C_AR) {
      while (j < n && cls[s.charCodeAt(j)]! === C_AR) j++;
    } else if (c === C_LAT || c === C_NUM) {
      let type = c;
      for (;;) {
        if (j >= n) break;
        const d = cls[s.charCodeAt(j)]!;
        if (d === C_LAT || d === C_NUM) {
          if (d === C_LAT) type = C_LAT;
          j++;
          continue;
        }
        // Decimal and thousands separators inside numbers: 5.6, 2,048, 18,5
        const sep = s.charCodeAt(j);
        if (type === C_NUM && (sep === 0x2e || sep === 0x2c) && j + 1 < n && cls[s.charCodeAt(j + 1)]! === C_NUM) {
          j += 2;
          continue;
        }
        break;
      }
      out[count] = mk(nt, count, CLASS_TYPE[type]!, i, j, spaceBefore, lineBefore);
      count++;
      i = j;
      spaceBefore = false;
      lineBefore = false;
      continue;
    }
    out[count] = mk(nt, count, CLASS_TYPE[c]!, i, j, spaceBefore, lineBefore);
    count++;
    i = j;
    spaceBefore = false;
    lineBefore = false;
  }
  const tokens = out.slice(0, count);
  // (the scratch keeps its room, not this document's tokens; past 100,000 tokens, not its room either)
  if (count > 100_000) out.length = 0;
  else out.fill(NO_TOKEN, 0, count);
  return tokens;
}

function mk(nt: NormalisedText, i: number, type: TokenType, ns: number, ne: number, spaceBefore: boolean, lineBefore: boolean): Token {
  const start = nt.map[ns]!;
  const end = nt.map[ne - 1]! + 1;
  return { i, type, norm: nt.norm.slice(ns, ne), ns, ne, start, end, spaceBefore, lineBefore };
}

/** Normalise and tokenise: the input every annotator takes. Never throws. */
export function makeDoc(text: string): Doc {
  const nt = normalise(typeof text === 'string' ? text : '');
  return { ...nt, tokens: tokenise(nt) };
}

/**
 * The distinct words of a document: `ids[i]` is the id of token i's normalised text, `words[id]`
 * that text. Annotators that test every token (name rules, guesses) compute each test once per
 * distinct word and read it back by id. One hash-table probe per token, built on first ask (memoised
 * per document). A token's type follows from its text (tokenise splits at script boundaries), so a word
 * id also fixes the type.
 */
export interface WordIndex {
  ids: Int32Array;
  words: string[];
}

const WORD_INDEX = new WeakMap<Doc, WordIndex>();

let wordTable = new Int32Array(0);

export function wordIndex(doc: Doc): WordIndex {
  let w = WORD_INDEX.get(doc);
  if (!w) {
    const toks = doc.tokens;
    const n = toks.length;
    const ids = new Int32Array(n);
    const words: string[] = [];
    // An open-addressing table of word ids keyed by an FNV-1a hash of the token's letters (cheaper
    // than a Map<string, number>, which hashes and then compares each fresh token string anyway).
    let size = 16;
    while (size < n * 2) size <<= 1;
    // (the table is scratch, kept for the next document: a long article's is 128 KB)
    if (wordTable.length < size) wordTable = new Int32Array(size);
    const table = wordTable;
    table.fill(-1, 0, size);
    const mask = size - 1;
    for (let i = 0; i < n; i++) {
      const norm = toks[i]!.norm;
      let h = 0x811c9dc5;
      for (let k = 0; k < norm.length; k++) h = Math.imul(h ^ norm.charCodeAt(k), 16777619);
      for (let slot = h & mask; ; slot = (slot + 1) & mask) {
        const id = table[slot]!;
        if (id < 0) {
          table[slot] = ids[i] = words.length;
          words.push(norm);
          break;
        }
        if (words[id] === norm) {
          ids[i] = id;
          break;
        }
      }
    }
    w = { ids, words };
    WORD_INDEX.set(doc, w);
  }
  return w;
}

/**
 * A quick test of whether any word of a list can be a suffix of w (of two letters or more), or the
 * article's alef + such a suffix (the stem of a لل reading): false means certainly not (for words of
 * three letters or more; shorter ones always pass), so the Set
 * look-ups of w's suffixes (and the strings they need) can be skipped. It compares the last three
 * (or two) code units only, folded to 10 bits each and hashed into a bitmap; a collision only costs
 * the full look-up.
 */
export function suffixFilter(words: Iterable<string>): (w: string) => boolean {
  // Bitmaps of 2^16 bits over a multiplicative hash of the folded keys: a collision only costs
  // the full look-up.
  const k3 = new Uint8Array(8192);
  const k2 = new Uint8Array(8192);
  const bit = (map: Uint8Array, key: number): void => {
    const h = Math.imul(key, 0x9e3779b1) >>> 16;
    map[h >>> 3] = map[h >>> 3]! | (1 << (h & 7));
  };
  for (const s of words) {
    const n = s.length;
    if (n >= 3) bit(k3, ((s.charCodeAt(n - 3) & 1023) << 20) | ((s.charCodeAt(n - 2) & 1023) << 10) | (s.charCodeAt(n - 1) & 1023));
    else if (n === 2) bit(k2, ((s.charCodeAt(0) & 1023) << 10) | (s.charCodeAt(1) & 1023));
  }
  const has = (map: Uint8Array, key: number): boolean => {
    const h = Math.imul(key, 0x9e3779b1) >>> 16;
    return (map[h >>> 3]! & (1 << (h & 7))) !== 0;
  };
  return (w) => {
    const n = w.length;
    if (n < 3) return true;
    const b = ((w.charCodeAt(n - 2) & 1023) << 10) | (w.charCodeAt(n - 1) & 1023);
    // (the last two letters after the article's alef: the stem of لل + two letters)
    return has(k2, b) || has(k3, ((w.charCodeAt(n - 3) & 1023) << 20) | b) || has(k3, ((0x0627 & 1023) << 20) | b);
  };
}

/** Original text of tokens [a, b] inclusive. */
export const tokensText = (doc: Doc, a: number, b: number): string => doc.original.slice(doc.tokens[a]!.start, doc.tokens[b]!.end);

// ---------------------------------------------------------------------------------------------
// Proclitics

/** One way to read an Arabic word as proclitics + stem (all normalised). */
export interface CliticReading {
  /** Length (in normalised chars) of the proclitics to skip before the stem starts in the text. */
  skip: number;
  /** The stem to look up. With the article restored for "لل" (للصين → الصين). */
  stem: string;
  /** The proclitic letters (without the article). */
  prefix: string;
}

const CONJ = ['', 'و', 'ف'];
const PREP = ['', 'ب', 'ل', 'ك'];

/**
 * All readings of a normalised Arabic word as [و|ف][ب|ل|ك] + stem, longest stem first.
 * "ولغوغل" → ولغوغل, لغوغل, غوغل; "للصين" → للصين, الصين (article restored), لصين.
 * The stem keeps at least two letters.
 */
export function cliticReadings(word: string): CliticReading[] {
  const out: CliticReading[] = [{ skip: 0, stem: word, prefix: '' }];
  const seen = new Set([word]);
  for (const c of CONJ) {
    for (const p of PREP) {
      const pre = c + p;
      if (!pre || !word.startsWith(pre)) continue;
      const rest = word.slice(pre.length);
      if (rest.length < 2) continue;
      if (p === 'ل' && rest.startsWith('ل') && rest.length >= 3) {
        // لل + noun: the article's alef is dropped after lam (للصين = ل + الصين). The span starts at
        // the second lam (the article's), which is part of the name.
        const stem = 'ا' + rest;
        if (!seen.has(stem)) { seen.add(stem); out.push({ skip: pre.length, stem, prefix: pre }); }
      }
      if (!seen.has(rest)) { seen.add(rest); out.push({ skip: pre.length, stem: rest, prefix: pre }); }
    }
  }
  return out;
}

/** Strip the article ال from a normalised word if the rest is long enough. */
export const stripArticle = (w: string): string => (w.startsWith('ال') && w.length > 3 ? w.slice(2) : w);

// ---------------------------------------------------------------------------------------------
// Sentences

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

/** White space as the regular expression \s reads it (one UTF-16 code unit). */
export function isSpaceCode(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || (c >= 0x2000 && (c <= 0x200a || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff)) || c === 0x1680;
}

const isDigitCode = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x0660 && c <= 0x0669);
const isAsciiLetterCode = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
/** Closing quotes and brackets kept with the sentence before them: " ' » ” ’ ) ] */
const isCloserCode = (c: number): boolean => c === 0x22 || c === 0x27 || c === 0xbb || c === 0x201d || c === 0x2019 || c === 0x29 || c === 0x5d;

/**
 * Split into sentences on . ! ? ؟ and line breaks (original offsets). A full stop between two
 * digits (5.6) or after a single Latin capital (U.S.) does not end a sentence.
 * With `accept`, only the sentences it accepts are kept, and the split stops once `max` are kept.
 */
export function sentences(text: string, accept?: (s: Sentence) => boolean, max = Infinity): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number): boolean => {
    let s = start;
    let e = end;
    while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
    while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
    if (e > s) {
      const sentence = { start: s, end: e, text: text.slice(s, e) };
      if (!accept || accept(sentence)) out.push(sentence);
    }
    start = end;
    return out.length < max;
  };
  // the next line break or sentence mark (found by the regular expression engine, not char by char;
  // test, not exec: no match array per mark, the mark is the one character before lastIndex)
  const marks = /[\n\u2029.!?\u061f\u2026]/g;
  while (marks.test(text)) {
    const i = marks.lastIndex - 1;
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x2029) {
      if (!push(i)) return out;
      continue;
    }
    // . ! ? ؟ …
    if (c === 0x2e) {
      const prev = text.charCodeAt(i - 1);
      if (isDigitCode(prev) && isDigitCode(text.charCodeAt(i + 1))) continue;
      if (prev >= 0x41 && prev <= 0x5a && !isAsciiLetterCode(text.charCodeAt(i - 2))) continue;
    }
    // keep closing quotes/brackets with the sentence
    let j = i + 1;
    while (j < text.length && isCloserCode(text.charCodeAt(j))) j++;
    if (!push(j)) return out;
    marks.lastIndex = j;
  }
  push(text.length);
  return out;
}
