/**
 * Number parsing on the token array (issue 3, item 2): digits with . , ٫ ٬ and space-grouped
 * thousands, the ر decimal mark (stored fraction first: "5ر3" = 3.5), Arabic number words (واحد … تسعون, مائة, ألف/آلاف, مليون, مليار, تريليون, duals,
 * fractions), mixed forms ("5.6 مليون", "ب18,5 مليار", "3 مليارات و200 مليون", "مليار ونصف"); qualifiers
 * (نحو, أكثر من) are in qualifiers.ts. Pure: tokens in, a parsed expression out; the
 * kind (money, percent, quantity, date) is decided by the numeric annotator from what follows.
 */
import { normaliseString } from './normalize';
import { wordIndex, type Doc, type Token } from './tokens';
import { NUMBER_WORD_FORMS, type NumberWord } from './data/number-words';
import { CURRENCIES } from './data/currencies';
import { COUNTED_NOUNS } from './data/units';

export type { NumberWord, WordKind } from './data/number-words';

// ---------------------------------------------------------------------------------------------
// Digits

export interface ParsedDigits {
  value: number;
  /** No decimal part. */
  integer: boolean;
  /** Written with a thousands separator ("2,048"). */
  grouped: boolean;
  /** "040089": a code, not an amount. */
  leadingZero: boolean;
  /** Count of digits. */
  digits: number;
}

/**
 * Parse one number token (normalised: Western digits, "." and ","). A comma followed by exactly
 * three digits groups thousands ("2,048"); otherwise it is a decimal comma ("18,5"). Several dots
 * with three-digit groups are thousands ("1.234.567"). Anything else (versions "1.2.3") is null.
 */
export function parseDigits(s: string): ParsedDigits | null {
  if (!s || s.length > 40) return null;
  let digits = 0;
  let dots = 0;
  let commas = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (c === 46) dots++;
    else if (c === 44) commas++;
  }
  const leadingZero = s.length > 1 && s[0] === '0' && s[1] !== '.' && s[1] !== ',';
  if (!dots && !commas) {
    const value = Number(s);
    return Number.isFinite(value) ? { value, integer: true, grouped: false, leadingZero, digits } : null;
  }
  let value: number;
  let integer = true;
  let grouped = false;
  if (dots && !commas) {
    const parts = s.split('.');
    if (dots === 1) { value = Number(s); integer = false; }
    else if (groupsOk(parts)) { value = Number(parts.join('')); grouped = true; }
    else return null;
  } else if (commas && !dots) {
    const parts = s.split(',');
    if (groupsOk(parts) && !(commas === 1 && parts[0] === '0')) { value = Number(parts.join('')); grouped = true; }
    else if (commas === 1) { value = Number(s.replace(',', '.')); integer = false; }
    else return null;
  } else {
    // both: the last one is the decimal mark ("1,234.5" or "1.234,5")
    const lastDot = s.lastIndexOf('.');
    const lastComma = s.lastIndexOf(',');
    const dec = lastDot > lastComma ? '.' : ',';
    const thou = dec === '.' ? ',' : '.';
    if ((dec === '.' ? dots : commas) !== 1) return null;
    const [intPart, frac] = s.split(dec) as [string, string];
    if (!groupsOk(intPart.split(thou))) return null;
    value = Number(`${intPart.split(thou).join('')}.${frac}`);
    integer = false;
    grouped = true;
  }
  if (!Number.isFinite(value)) return null;
  return { value, integer, grouped, leadingZero, digits };
}

/** Thousands groups: 1–3 digits, then groups of exactly 3. */
function groupsOk(parts: string[]): boolean {
  if (!parts[0] || parts[0].length > 3) return false;
  for (let i = 1; i < parts.length; i++) if (parts[i]!.length !== 3) return false;
  return true;
}


/** x × 10^k without binary noise (5.6 × 1e6 = 5600000, 8.04 × 1e12 = 8040000000000). */
export function times(x: number, scale: number): number {
  const k = Math.round(Math.log10(scale));
  if (10 ** k !== scale) return x * scale;
  const v = Number(`${x}e${k}`);
  return Number.isFinite(v) ? v : x * scale;
}

// ---------------------------------------------------------------------------------------------
// Number words

/** Normalised form → meaning (data/number-words.ts). */
export const NUMBER_WORDS: ReadonlyMap<string, NumberWord> = new Map(
  NUMBER_WORD_FORMS.flatMap(([forms, w]) => forms.map((f) => [normaliseString(f), w] as [string, NumberWord])),
);

/** Scale words (ألف … تريليون) by normalised form: used after digits ("5.6 مليون"). */
export const scaleOf = (norm: string): NumberWord | undefined => {
  const w = NUMBER_WORDS.get(norm);
  return w && w.kind === 'scale' ? w : undefined;
};

/** One or two proclitic letters: و ف then ب ل ك. */
export const PROCLITIC = /^[وف]?[بلك]?$/;

/** A short Arabic token glued in front of a number ("و5.6", "ب18,5"): و ف ب ل ك and pairs. */
export function isGluedProclitic(doc: Doc, i: number): boolean {
  const t = doc.tokens[i];
  const next = doc.tokens[i + 1];
  return !!t && !!next && t.type === 'ar' && !next.spaceBefore && t.norm.length <= 2 && PROCLITIC.test(t.norm);
}

/** Number word of an Arabic token, with up to two proclitic letters (وثلاثة, لأربع, وبعشرة). */
export function wordAt(tok: Token, allowClitic: boolean): { word: NumberWord; skip: number } | null {
  if (tok.type !== 'ar') return null;
  const w = NUMBER_WORDS.get(tok.norm);
  if (w) return { word: w, skip: 0 };
  if (!allowClitic) return null;
  // one proclitic (و ف ب ل ك), then two (و|ف + ب|ل|ك), as PROCLITIC reads them; the stem keeps three letters
  const norm = tok.norm;
  const c0 = norm.charCodeAt(0);
  if (norm.length < 4 || !(c0 === 0x0648 || c0 === 0x0641 || c0 === 0x0628 || c0 === 0x0644 || c0 === 0x0643)) return null;
  const x = NUMBER_WORDS.get(norm.slice(1));
  if (x) return { word: x, skip: 1 };
  const c1 = norm.charCodeAt(1);
  if (norm.length < 5 || !(c0 === 0x0648 || c0 === 0x0641) || !(c1 === 0x0628 || c1 === 0x0644 || c1 === 0x0643)) return null;
  const y = NUMBER_WORDS.get(norm.slice(2));
  return y ? { word: y, skip: 2 } : null;
}

// ---------------------------------------------------------------------------------------------
// Expressions

export interface NumberExpr {
  /** First and last token of the number itself (scale words included). */
  first: number;
  last: number;
  /** Original offsets of the span (after any proclitic glued to the first word). */
  start: number;
  end: number;
  value: number;
  /** Largest scale word used (1 when none). */
  scale: number;
  /** Written (at least partly) in words. */
  words: boolean;
  /** Written only in words. */
  wordsOnly: boolean;
  /** Number of number words used (compounds, "خمسة وعشرون" = 2). */
  wordCount: number;
  /** Parsed digits of the leading digit token, when there is one. */
  digits?: ParsedDigits;
  /** Value of the leading digits / words before any scale ("5.6" of "5.6 مليون"). */
  base: number;
}

const isAnd = (t: Token | undefined) => !!t && t.type === 'ar' && t.norm === 'و';

/** The number word at token j as the continuation of a compound: "وعشرون", "و عشرون", "عشر". */
function continuation(doc: Doc, j: number): { word: NumberWord; next: number; and: boolean } | null {
  const t = doc.tokens[j];
  if (!t || t.lineBefore || t.type !== 'ar') return null;
  if (isAnd(t)) {
    const u = doc.tokens[j + 1];
    if (!u || u.lineBefore) return null;
    const w = u.type === 'ar' ? NUMBER_WORDS.get(u.norm) : undefined;
    return w ? { word: w, next: j + 2, and: true } : null;
  }
  const direct = NUMBER_WORDS.get(t.norm);
  if (direct) return { word: direct, next: j + 1, and: false };
  if (t.norm.startsWith('و') && t.norm.length > 3) {
    const w = NUMBER_WORDS.get(t.norm.slice(1));
    if (w) return { word: w, next: j + 1, and: true };
  }
  return null;
}

/**
 * Parse the number starting at token i: digits (with space-grouped thousands and scale words) or
 * number words. Returns null when token i does not start a number.
 */
export function parseNumberAt(doc: Doc, i: number): NumberExpr | null {
  const t = doc.tokens[i];
  if (!t) return null;
  if (t.type === 'num') return parseDigitExpr(doc, i);
  if (t.type === 'ar') return parseWordExpr(doc, i);
  return null;
}

function parseDigitExpr(doc: Doc, i: number): NumberExpr | null {
  const toks = doc.tokens;
  const t = toks[i]!;
  const d = parseDigits(t.norm);
  if (!d) return null;
  let value = d.value;
  let last = i;
  let digits = d;
  // "50 000" / "1 000 000": space-grouped thousands (one space, 1-3 digits then 3-digit groups)
  if (d.integer && !d.grouped && t.norm.length <= 3 && !d.leadingZero) {
    let j = i + 1;
    let v = value;
    while (toks[j] && toks[j]!.type === 'num' && toks[j]!.ns === toks[j - 1]!.ne + 1 && toks[j]!.norm.length === 3 && /^\d{3}$/.test(toks[j]!.norm)) {
      v = v * 1000 + Number(toks[j]!.norm);
      j++;
    }
    if (j > i + 1) {
      value = v;
      last = j - 1;
      digits = { ...d, value: v, grouped: true, digits: d.digits + 3 * (j - i - 1) };
    }
  }
  // The ر decimal mark of some outlets (WAM, Al-Ittihad, KUNA): a letter, so bidi shows the two digit
  // runs swapped — what reads "12ر65" on screen is stored fraction first, "65ر12" = 12.65
  // ("2758ر1 دولار" = 1.2758, "1ر0%" = 0.1%). Glued on both sides; the integer has no leading zero.
  const r = toks[i + 1];
  const intTok = toks[i + 2];
  if (last === i && d.integer && !d.grouped && r && intTok && !r.spaceBefore && !intTok.spaceBefore && r.type === 'ar' && r.norm === 'ر'
    && intTok.type === 'num' && /^(0|[1-9]\d{0,8})$/.test(intTok.norm) && /^\d{1,6}$/.test(t.norm)) {
    value = Number(`${intTok.norm}.${t.norm}`);
    last = i + 2;
    digits = { value, integer: false, grouped: false, leadingZero: false, digits: d.digits + intTok.norm.length };
  }
  const base = value;
  const scaled = applyScales(doc, last + 1, value, 0);
  return {
    first: i, last: scaled.last ?? last, start: t.start, end: toks[scaled.last ?? last]!.end,
    value: scaled.value, scale: scaled.scale || 1, words: scaled.last !== undefined, wordsOnly: false,
    wordCount: scaled.words, digits, base,
  };
}

/**
 * Scale words after a number: "5.6 مليون", "3 مليارات و200 مليون", "مليار ونصف", "ألف مليار".
 * Returns the new value and the last token used (undefined if no scale followed).
 */
function applyScales(doc: Doc, j: number, value: number, words: number): { value: number; last?: number; scale: number; words: number } {
  const toks = doc.tokens;
  const t = toks[j];
  if (!t || t.lineBefore || t.type !== 'ar') return { value, scale: 0, words };
  const s = scaleOf(t.norm);
  if (!s || s.dual) return { value, scale: 0, words };
  let v = times(value, s.value);
  let scale = s.value;
  let last = j;
  let n = words + 1;
  // "ألف مليار" (a thousand billion)
  const bigger = toks[last + 1] && !toks[last + 1]!.lineBefore ? scaleOf(toks[last + 1]!.norm) : undefined;
  if (bigger && !bigger.dual && bigger.value > scale) { v *= bigger.value; scale *= bigger.value; last++; n++; }
  // "مليار ونصف" / "مليون وربع" (+ optional "المليار")
  const c = toks[last + 1];
  if (c && !c.lineBefore && (c.norm === 'ونصف' || c.norm === 'وربع')) {
    v += (c.norm === 'ونصف' ? 0.5 : 0.25) * scale;
    last++;
    const a = toks[last + 1];
    if (a && !a.lineBefore && a.norm.startsWith('ال') && scaleOf(a.norm.slice(2))) last++;
    return { value: v, last, scale, words: n };
  }
  const more = addSmaller(doc, last, scale);
  if (more) { v += more.value; last = more.last; n++; }
  return { value: v, last, scale, words: n };
}

/**
 * After a scale word, a smaller amount joined by و: "3 مليارات و200 مليون" or "و 200 مليون" (+200 million),
 * "5 آلاف و500 شخص" (+500), "مليار و200 مليون".
 */
function addSmaller(doc: Doc, last: number, scale: number): { value: number; last: number } | null {
  const toks = doc.tokens;
  const and = toks[last + 1];
  const num = toks[last + 2];
  if (!and || !num || and.lineBefore || num.lineBefore || !isAnd(and) || num.type !== 'num') return null;
  const dd = parseDigits(num.norm);
  if (!dd || dd.leadingZero) return null;
  const s2 = toks[last + 3] && !toks[last + 3]!.lineBefore ? scaleOf(toks[last + 3]!.norm) : undefined;
  if (s2 && !s2.dual && s2.value < scale) return { value: times(dd.value, s2.value), last: last + 3 };
  // "و 500" written apart joins only with its own smaller scale ("3 مليارات و 500 مليون"): a bare
  // spaced number after و may start a list ("5 ملايين و 200 شركة")
  if (num.spaceBefore) return null;
  if (!s2 && dd.integer && dd.value >= 1 && dd.value < scale) return { value: dd.value, last: last + 2 };
  return null;
}

/** Which number word may follow which after و in one compound ("خمسة وعشرون", "مائة وخمسون", "ألف وخمسمائة"). */
function joinsWithAnd(prev: NumberWord, w: NumberWord): boolean {
  if (prev.kind === 'unit') return prev.value < 10 && w.kind === 'ten';
  if (prev.kind === 'ten') return w.kind === 'unit' && w.value < 10;
  if (prev.kind === 'hundred') return w.kind === 'unit' || w.kind === 'ten';
  return prev.kind === 'scale';
}

/**
 * Per distinct word of the last document asked about (tokens.ts: wordIndex): 1 when the word is no
 * number word, 2 when it is one. (One document at a time: the numeric pass asks token by token.)
 */
let knownDoc: Doc | null = null;
let knownIds: Int32Array = new Int32Array(0);
let known: Uint8Array = new Uint8Array(0);

/** Drop the per-word cache of the last document (the numeric pass calls this when it is done, so no document is kept alive). */
export function forgetNumberWords(): void {
  knownDoc = null;
  knownIds = new Int32Array(0);
  known = new Uint8Array(0);
}

/**
 * Scale words whose dual in construct looks like their accusative: ملياران before its noun drops its
 * ن (مليارا يوان, "two billion yuan"), where "عشرين مليارا" is the accusative of one billion.
 */
const CONSTRUCT_DUALS = new Set([...NUMBER_WORDS].filter(([f, w]) => w.kind === 'scale' && !w.dual && f.endsWith('ا')).map(([f]) => f));
/** First words of the currencies and counted nouns a construct dual is followed by (يوان, دولار, شخص …). */
let constructNouns: Set<string> | null = null;

/**
 * Token i (after `skip` proclitic letters) is a construct dual: it opens the number and a currency or
 * a counted noun follows at once (مليارا يوان, مليونا نسمة). Alone or after another number word it is
 * the accusative singular (أنفقت مليارا في …, عشرين مليارا).
 */
function constructDual(doc: Doc, i: number, skip: number): boolean {
  const t = doc.tokens[i]!;
  if (!CONSTRUCT_DUALS.has(skip ? t.norm.slice(skip) : t.norm)) return false;
  const n = doc.tokens[i + 1];
  if (!n || n.type !== 'ar' || n.lineBefore) return false;
  constructNouns ??= new Set([...CURRENCIES.flatMap((c) => c.forms), ...COUNTED_NOUNS.flatMap((c) => c.forms)].map((f) => normaliseString(f.split(' ')[0]!)));
  return constructNouns.has(n.norm);
}

function parseWordExpr(doc: Doc, i: number): NumberExpr | null {
  const toks = doc.tokens;
  const t = toks[i]!;
  // Most words are no number word: asked once per distinct word of the document.
  if (knownDoc !== doc) {
    const ix = wordIndex(doc);
    knownDoc = doc;
    knownIds = ix.ids;
    known = new Uint8Array(ix.words.length);
  }
  const id = knownIds[i]!;
  if (known[id] === 1) return null;
  const first = wordAt(t, true);
  known[id] = first ? 2 : 1;
  if (!first) return null;
  let total = 0;
  let cur = 0;
  let lastScale = 0;
  let count = 0;
  let last = i;
  let prev: NumberWord | null = null;
  let j = i;
  let w: NumberWord | null = first.word;
  if (constructDual(doc, i, first.skip)) w = { ...w, dual: true };
  let viaAnd = false;
  let maxScale = 1;
  let base = NaN;
  while (w) {
    if (w.kind === 'fraction') {
      // only "نصف مليون", "ربع مليار" (a fraction of a scale) at the start
      if (count > 0) break;
      const s = toks[j + 1] && !toks[j + 1]!.lineBefore ? scaleOf(toks[j + 1]!.norm) : undefined;
      if (!s || s.dual) return null;
      cur = w.value;
      base = w.value;
    } else if (w.kind === 'scale') {
      if (Number.isNaN(base)) base = cur || (w.dual ? 2 : 1);
      if (w.dual) {
        if (cur || total) break;
        cur = 2;
      }
      if (lastScale && w.value > lastScale && cur === 0) {
        total *= w.value;
      } else {
        cur = (cur || 1) * w.value;
        total += cur;
        cur = 0;
      }
      lastScale = w.value;
      maxScale = Math.max(maxScale, w.value);
    } else if (w.kind === 'hundred' && prev && prev.kind === 'unit' && !viaAnd && cur > 0 && cur < 10) {
      cur *= 100; // "ثلاث مائة"
    } else if (w.kind === 'unit' && w.value === 10 && prev && prev.kind === 'unit' && !viaAnd && cur > 0 && cur < 10) {
      cur += 10; // "أحد عشر", "ثلاثة عشر"
    } else {
      if (count > 0 && !viaAnd) break; // two number words side by side without و: stop
      if (viaAnd && prev && !joinsWithAnd(prev, w)) break; // "ثلاثة وأربعة" is a list, not 7
      cur += w.value;
    }
    if (w.teenOnly && !(toks[j + 1] && NUMBER_WORDS.get(toks[j + 1]!.norm)?.value === 10)) {
      if (count === 0) return null;
      break;
    }
    count++;
    last = j;
    prev = w;
    const c = continuation(doc, j + 1);
    if (!c) break;
    if (c.and && c.word.kind === 'scale') break; // "ألف وألف" is not one number
    if (c.and && c.word.kind === 'fraction') {
      // "مليار ونصف"
      if (lastScale && cur === 0) {
        total += c.word.value * lastScale;
        last = c.next - 1;
        count++;
        const a = toks[c.next];
        if (a && !a.lineBefore && a.norm.startsWith('ال') && scaleOf(a.norm.slice(2))) last = c.next;
      }
      break;
    }
    w = c.word;
    viaAnd = c.and;
    j = c.next - 1;
  }
  let value = total + cur;
  if (!(value > 0)) return null;
  if (Number.isNaN(base)) base = value;
  let wordsOnly = true;
  if (lastScale && cur === 0 && last === j) {
    const more = addSmaller(doc, last, lastScale);
    if (more) { value += more.value; last = more.last; wordsOnly = false; count++; }
  }
  const start = doc.map[t.ns + first.skip]!;
  return {
    first: i, last, start, end: toks[last]!.end, value, scale: maxScale, words: true, wordsOnly,
    wordCount: count, base,
  };
}
