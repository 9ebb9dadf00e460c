/**
 * Shared state and word tests for the name annotators (entities.ts): which tokens are already inside
 * a name, and whether a token could be (part of) a name at all.
 */
import type { EntityKind, Span } from './types';
import type { Doc, Token } from './tokens';
import { cliticReadings, suffixFilter, wordIndex, type CliticReading } from './tokens';
import { normaliseString } from './normalize';
import { span } from './annotator';
import { COMMON_WORDS, NISBA_ENGLISH, NISBA_STEMS } from './data/name-cues';
import { transliterate } from './translit';

/** Definite nationality adjectives (data/name-cues.ts NISBA_ENGLISH), normalised → English. */
export const NISBA_EN: ReadonlyMap<string, string> = new Map(Object.entries(NISBA_ENGLISH).map(([ar, en]) => [normaliseString(ar), en]));

/**
 * Definite nationality adjectives after a ministry → English (وزارة المالية الروسية → Russian
 * Ministry of Finance), normalised; not the US one: its ministries are Departments, listed whole.
 */
export const MINISTRY_ADJECTIVES: ReadonlyMap<string, string> = new Map(
  [...NISBA_EN].filter(([, en]) => en !== 'US'),
);

export { suffixFilter };

/** Normalised set of a word list (built once per list). */
export const normSet = (list: readonly string[]): Set<string> => new Set(list.map(normaliseString));

const COMMON = normSet(COMMON_WORDS);
const COMMON_SUFFIX = suffixFilter(COMMON);
const NISBA = [...normSet(NISBA_STEMS)];
// The stems by their first letter (all have three or more): isNisba scans only those a word can start with.
const NISBA_BY_FIRST = new Map<number, string[]>();
for (const s of NISBA) {
  const list = NISBA_BY_FIRST.get(s.charCodeAt(0));
  if (list) list.push(s);
  else NISBA_BY_FIRST.set(s.charCodeAt(0), [s]);
}

export interface NameCtx {
  doc: Doc;
  /** taken[i] = 1 when token i is inside a name found so far. */
  taken: Uint8Array;
  /** Kind of the name covering token i (for rules that build on a found place). */
  kindAt: (EntityKind | undefined)[];
  englishAt: (string | undefined)[];
  /** Word id of each token (tokens.ts: wordIndex): the word tests below are computed once per distinct word. */
  wordId: Int32Array;
  /** Per word id, filled on first ask: which cue sets a clitic reading of it is in (see `readingIn`). */
  cueMask: Int32Array;
  /** Per word id, filled with cueMask: its clitic readings whose stem is a cue word (kept here so
   *  that `readingIn`, asked many times per token, does not look the word up in a Map each time). */
  cueRead: (CliticReading[] | undefined)[];
  /** Per word id, filled on first ask: the word tests below (commonAt, nisbaAt, nameLike, definiteAt). */
  flags: Uint8Array;
  /** Per word id and `wordTest` slot: the test's value + 1 (0 = not asked yet). */
  tests: Int8Array[];
}

export function newCtx(doc: Doc): NameCtx {
  const n = doc.tokens.length;
  const { ids, words } = wordIndex(doc);
  return { doc, taken: new Uint8Array(n), kindAt: new Array(n), englishAt: new Array(n), wordId: ids, cueMask: new Int32Array(words.length), cueRead: new Array(words.length), flags: new Uint8Array(words.length), tests: [] };
}

export function take(ctx: NameCtx, first: number, last: number, kind: EntityKind, english: string): void {
  for (let k = first; k <= last; k++) {
    ctx.taken[k] = 1;
    ctx.kindAt[k] = kind;
    ctx.englishAt[k] = english;
  }
}

// Letters as code units (after normalisation).
const ALEF = 0x0627, BEH = 0x0628, TEH = 0x062a, FEH = 0x0641, KAF = 0x0643, LAM = 0x0644, MEEM = 0x0645, NOON = 0x0646, HEH = 0x0647, WAW = 0x0648, YEH = 0x064a;

/** The word without a leading و or ف (for list look-ups). */
export function bare(norm: string): string {
  const c = norm.charCodeAt(0);
  return (c === WAW || c === FEH) && norm.length > 3 ? norm.slice(1) : norm;
}

/** A common word, also behind proclitics (لرقائق, وبالشركة). */
export function isCommon(norm: string): boolean {
  if (!COMMON_SUFFIX(norm)) return false;
  const b = bare(norm);
  if (COMMON.has(norm) || (b !== norm && COMMON.has(b))) return true; // (most words have no و/ف to strip)
  // [و|ف] + ب|ل|ك before the rest
  const c0 = norm.charCodeAt(0);
  const c1 = norm.charCodeAt(1);
  let k: number;
  if ((c0 === WAW || c0 === FEH) && (c1 === BEH || c1 === LAM || c1 === KAF)) k = 2;
  else if (c0 === BEH || c0 === LAM || c0 === KAF) k = 1;
  else return false;
  if (norm.length - k < 2) return false;
  const rest = norm.slice(k);
  return COMMON.has(rest) || (norm.charCodeAt(k - 1) === LAM && rest.charCodeAt(0) === LAM && COMMON.has('ا' + rest));
}

/** Ends with a nisba ending: ي, يه, يون, يين, يان, يتان, يتين, يات. */
function nisbaEnding(w: string): boolean {
  const n = w.length;
  const a = w.charCodeAt(n - 1);
  if (a === YEH) return true;
  const b = w.charCodeAt(n - 2);
  if (a === HEH) return b === YEH;
  if (a === NOON) {
    if ((b === WAW || b === YEH || b === ALEF) && w.charCodeAt(n - 3) === YEH) return true;
    return (b === ALEF || b === YEH) && w.charCodeAt(n - 3) === TEH && w.charCodeAt(n - 4) === YEH;
  }
  if (a === TEH) return b === ALEF && w.charCodeAt(n - 3) === YEH;
  return false;
}

/** Nationality/relational adjective: الصينية, صيني, الأمريكيون, العرب. */
export function isNisba(norm: string): boolean {
  let w = bare(norm);
  const c0 = w.charCodeAt(0);
  const c1 = w.charCodeAt(1);
  if ((c0 === ALEF || c0 === LAM) && c1 === LAM) w = w.slice(2); // ال, لل
  if (!nisbaEnding(w) && w !== 'عرب') return false;
  const stems = NISBA_BY_FIRST.get(w.charCodeAt(0));
  if (!stems) return false;
  for (const s of stems) if (w.startsWith(s)) return true;
  return false;
}

/**
 * Could this Arabic token be part of an unknown name? Not a common word, not definite (ال), not a
 * nationality adjective, not a plural or abstract noun ending (ات, ية), at least two letters.
 */
export function isNameLike(t: Token | undefined): boolean {
  return !!t && t.type === 'ar' && nameShape(t.norm) && !isCommon(t.norm) && !isNisba(t.norm);
}

/**
 * The tests of isNameLike that need no list (cheap, so they run first): two letters or more, no
 * article, no plural, feminine-abstract or pronoun ending.
 */
function nameShape(w: string): boolean {
  if (w.length < 2) return false;
  const c0 = w.charCodeAt(0);
  const c1 = w.charCodeAt(1);
  const c2 = w.charCodeAt(2);
  // ال, لل; وال, بال, فال
  if (c1 === LAM && (c0 === ALEF || c0 === LAM)) return false;
  if (c1 === ALEF && c2 === LAM && (c0 === WAW || c0 === BEH || c0 === FEH)) return false;
  const n = w.length;
  const a = w.charCodeAt(n - 1);
  const b = w.charCodeAt(n - 2);
  if (a === HEH && b === YEH) return false; // يه
  if (n >= 5) {
    if (a === TEH && b === ALEF) return false; // ات
    if (a === NOON && (b === WAW || b === YEH) && !looksForeign(w)) return false; // plurals ون, ين, but not بولتون
    // a pronoun suffix: أسسها, يمكنهم, زيارته (ها, هم, هما, كم, ته)
    if (a === ALEF && (b === HEH || (b === MEEM && w.charCodeAt(n - 3) === HEH))) return false;
    if (a === MEEM && (b === HEH || b === KAF)) return false;
    if (a === HEH && b === TEH) return false;
    if (a === ALEF && b === NOON && !looksForeign(w)) return false; // حكومتنا, but not موديرنا
  }
  return true;
}

/** A definite word (ال…, possibly after و/ب/ل/ف). */
export function isDefinite(t: Token | undefined): boolean {
  if (!t || t.type !== 'ar' || t.norm.length <= 3) return false;
  // [و|ف][ب|ك] + ال or لل
  const w = t.norm;
  let k = 0;
  let c = w.charCodeAt(0);
  if (c === WAW || c === FEH) c = w.charCodeAt(++k);
  if (c === BEH || c === KAF) c = w.charCodeAt(++k);
  return (c === ALEF || c === LAM) && w.charCodeAt(k + 1) === LAM;
}

/**
 * A set of cue words, each set with its own bit: a token's clitic readings are looked up once per
 * document (`readingIn`) and most tokens are then ruled out for every set by one array read.
 */
export class CueSet extends Set<string> {
  /** This set's bit in NameCtx.cueMask (0 when the bits ran out: then the readings are searched). */
  bit = 0;
}

// Every cue word of every rule, with the bits of the sets it is in.
const CUE_BITS = new Map<string, number>();
/** Bit 30 of a mask says it has been computed; sets take bits 0–29. */
const COMPUTED = 1 << 30;
let nextBit = 0;

/** A normalised set of cue words that `readingIn` will be asked about (register at module load). */
export function cueSet(words: Iterable<string>): CueSet {
  const set = new CueSet();
  set.bit = nextBit < 30 ? 1 << nextBit++ : 0;
  for (const w of words) {
    const n = normaliseString(w);
    set.add(n);
    CUE_BITS.set(n, (CUE_BITS.get(n) ?? 0) | set.bit);
  }
  return set;
}

// Whether a word can end like some cue word (built once all cue sets are registered, on first use).
let CUE_SUFFIX: ((w: string) => boolean) | null = null;
const cueSuffix = (): ((w: string) => boolean) => (CUE_SUFFIX ??= suffixFilter(CUE_BITS.keys()));

const NONE: CliticReading[] = [];
/** A word's readings whose stem is some cue word, and the bits of the cue sets those stems are in. */
interface CueEntry {
  read: CliticReading[];
  mask: number;
}
const NO_CUE: CueEntry = { read: NONE, mask: 0 };
// Per word, cached across documents (the rules ask about each token many times; the sets are fixed
// once registered at module load, as cueSuffix also assumes).
const cueReadings = new Map<string, CueEntry>();
function cueEntryOf(norm: string): CueEntry {
  let r = cueReadings.get(norm);
  if (!r) {
    if (cueReadings.size > 50000) cueReadings.clear();
    const all = cliticReadings(norm).filter((x) => CUE_BITS.has(x.stem));
    let mask = 0;
    for (const x of all) mask |= CUE_BITS.get(x.stem)!;
    r = all.length ? { read: all, mask } : NO_CUE;
    cueReadings.set(norm, r);
  }
  return r;
}

/** The cue sets (bits) some clitic reading of token t's word is in, computed once per word and document. */
function cueMaskAt(ctx: NameCtx, t: Token): number {
  const id = ctx.wordId[t.i]!;
  let m = ctx.cueMask[id]!;
  if (!m) {
    // a word that ends like no cue word has no reading whose stem is one
    const e = cueSuffix()(t.norm) ? cueEntryOf(t.norm) : NO_CUE;
    ctx.cueMask[id] = m = COMPUTED | e.mask;
    ctx.cueRead[id] = e.read;
  }
  return m;
}

/** The bits of the cue sets (CueSet.bit) that some clitic reading of an Arabic token t is in. */
export const cueBits = (ctx: NameCtx, t: Token): number => cueMaskAt(ctx, t);

/** First reading of the token (a token of ctx.doc) whose stem is in the set (a set made by `cueSet`), or null. */
export function readingIn(ctx: NameCtx, t: Token | undefined, set: CueSet): { skip: number; stem: string } | null {
  if (!t || t.type !== 'ar') return null;
  if (set.bit && !(cueMaskAt(ctx, t) & set.bit)) return null;
  const id = ctx.wordId[t.i]!;
  let read = ctx.cueRead[id];
  if (!read) {
    cueMaskAt(ctx, t);
    read = ctx.cueRead[id]!;
  }
  for (const r of read) if (set.has(r.stem)) return r;
  return null;
}

// Word tests of a token, each computed on first ask once per distinct word of the document: a
// "known" bit and a "value" bit per test.
const K_NAME = 1, V_NAME = 2, K_COMMON = 4, V_COMMON = 8, K_NISBA = 16, V_NISBA = 32, K_DEF = 64, V_DEF = 128;

/** isCommon of a token's word, computed once per distinct word of the document. */
export function commonAt(ctx: NameCtx, t: Token): boolean {
  const id = ctx.wordId[t.i]!;
  let f = ctx.flags[id]!;
  if (!(f & K_COMMON)) ctx.flags[id] = f |= K_COMMON | (isCommon(t.norm) ? V_COMMON : 0);
  return (f & V_COMMON) !== 0;
}
/** isNisba of a token's word, computed once per distinct word of the document. */
export function nisbaAt(ctx: NameCtx, t: Token): boolean {
  const id = ctx.wordId[t.i]!;
  let f = ctx.flags[id]!;
  if (!(f & K_NISBA)) ctx.flags[id] = f |= K_NISBA | (isNisba(t.norm) ? V_NISBA : 0);
  return (f & V_NISBA) !== 0;
}
/** isNameLike of a token of ctx.doc, computed once per distinct word of the document. */
export function nameLike(ctx: NameCtx, t: Token | undefined): boolean {
  if (!t) return false;
  const id = ctx.wordId[t.i]!;
  const f = ctx.flags[id]!;
  if (f & K_NAME) return (f & V_NAME) !== 0;
  const v = t.type === 'ar' && nameShape(t.norm) && !commonAt(ctx, t) && !nisbaAt(ctx, t);
  ctx.flags[id] = f | K_NAME | (v ? V_NAME : 0);
  return v;
}
/** isDefinite of a token of ctx.doc, computed once per distinct word of the document. */
export function definiteAt(ctx: NameCtx, t: Token | undefined): boolean {
  if (!t) return false;
  const id = ctx.wordId[t.i]!;
  let f = ctx.flags[id]!;
  if (!(f & K_DEF)) ctx.flags[id] = f |= K_DEF | (isDefinite(t) ? V_DEF : 0);
  return (f & V_DEF) !== 0;
}

let slots = 0;
/** A slot for a word test of another module (`wordTest`); take one at module load. */
export const wordTestSlot = (): number => slots++;

/**
 * `test(t)` (a value from -1 to 126 that depends only on the token's text) for token t of ctx.doc,
 * computed once per distinct word of the document and kept in `slot`.
 */
export function wordTest(ctx: NameCtx, t: Token, slot: number, test: (t: Token) => number): number {
  const a = (ctx.tests[slot] ??= new Int8Array(ctx.cueMask.length));
  const id = ctx.wordId[t.i]!;
  let v = a[id]!;
  if (!v) a[id] = v = test(t) + 1;
  return v - 1;
}

/** Original offset of token i's text after `skip` normalised chars of proclitics. */
export const startAfter = (doc: Doc, i: number, skip: number): number => doc.map[doc.tokens[i]!.ns + skip] ?? doc.tokens[i]!.start;

const slugOf = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9+]+/g, '-').replace(/^-|-$/g, '');
// Slugs by English string: a document names the same few names many times, and so do the next ones
// (bounded: cleared when it grows past 5000 strings).
const slugs = new Map<string, string>();
function slugify(s: string): string {
  let r = slugs.get(s);
  if (r === undefined) {
    if (slugs.size > 5000) slugs.clear();
    slugs.set(s, (r = slugOf(s)));
  }
  return r;
}
export const keyFor = (kind: EntityKind, english: string): string => `${kind === 'organization' ? 'org' : kind}:${slugify(english)}`;

/** A span for tokens first..last (start moved past `skip` clitic chars), marking them taken. */
export function nameSpan(ctx: NameCtx, first: number, last: number, skip: number, kind: EntityKind, english: string, source: string, confidence: number, key?: string): Span {
  const { doc } = ctx;
  take(ctx, first, last, kind, english);
  const start = startAfter(doc, first, skip);
  const en = english || transliterate(doc.original.slice(start, doc.tokens[last]!.end));
  return span(doc, start, doc.tokens[last]!.end, { kind, english: en, key: key ?? keyFor(kind, en), source, confidence });
}

/** True if no token in first..last is taken. */
export function free(ctx: NameCtx, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (ctx.taken[k]) return false;
  return true;
}

/** Tokens first..last are on one line (a name never spans a line break). */
export function oneLine(doc: Doc, first: number, last: number): boolean {
  for (let k = first + 1; k <= last; k++) if (doc.tokens[k]!.lineBefore) return false;
  return true;
}

/**
 * Looks like a transliterated foreign name: at least two long-vowel letters after the first letter
 * (ديبسيك, شاومي, هواوي), which Arabic words of three-letter roots rarely have (عجرفة, جدول, نقل).
 */
export function looksForeign(norm: string): boolean {
  if (norm.length < 4) return false;
  let n = 0;
  // A final alef does not count: it is often the accusative ending of a common word (مؤكدا).
  for (let k = 1; k < norm.length - 1; k++) {
    const c = norm.charCodeAt(k);
    if (c === ALEF || c === WAW || c === YEH) n++;
  }
  const last = norm.charCodeAt(norm.length - 1);
  if (last === WAW || last === YEH) n++;
  return n >= 2;
}

/** Syllables of Chinese names as Arabic writes them: short, often without a long vowel (ون, فنغ). */
export const CHINESE_SYLLABLES = new Set(['ون', 'وين', 'فنغ', 'فينغ', 'تشي', 'شي', 'لي', 'يي', 'جين', 'بينغ', 'مينغ', 'هونغ', 'تشانغ',
  'وانغ', 'ليانغ', 'يانغ', 'هوانغ', 'تشو', 'جو', 'ليو', 'تشن', 'تشين', 'هو', 'خه', 'هي', 'لين', 'تشنغ', 'شنغ', 'دونغ', 'قوه',
  'جيانغ', 'شيانغ', 'تاو', 'تشيانغ', 'يوان', 'يو', 'دو', 'وو', 'سون', 'ما', 'تان', 'شيوي', 'فانغ', 'بو', 'كون', 'قانغ',
  'غانغ', 'تشونغ', 'يونغ', 'رونغ', 'مين', 'نينغ', 'لونغ', 'تينغ', 'شوي', 'وي', 'جون', 'هان', 'شياو', 'تشاو', 'لو', 'جيه',
  'شين', 'رن', 'تساي', 'تسنغ', 'دنغ', 'بنغ', 'قاو', 'غاو', 'تيان', 'فان', 'جانغ', 'يه', 'كه', 'شو', 'سو', 'ياو', 'نان', 'تشيو', 'لياو', 'كيان', 'تساو', 'شيا', 'جيا',
  'تشينغ', 'جيان', 'شيويه']);

/**
 * A word that can be an unknown family name: a long vowel after its first letter, or six letters or
 * more, or a Chinese name syllable. Arabic verbs and nouns of three-letter roots often have none
 * (يمثل, نشرت, بدعم), foreign names nearly always do (غوبتا, بولتون, ناديلا).
 */
export function surnameLike(norm: string): boolean {
  if (CHINESE_SYLLABLES.has(norm)) return true;
  if (/^[يتن][^اوي][يوا][^اوي]$/.test(norm)) return false; // an imperfect verb of a hollow root: يعيش, تقول
  if (norm.length >= 6) return true;
  for (let k = 1; k < norm.length; k++) {
    const c = norm.charCodeAt(k);
    if (c === ALEF || c === WAW || c === YEH) return true;
  }
  return false;
}
