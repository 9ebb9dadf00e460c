/**
 * Shared state and word tests for the name annotators (entities.ts): which tokens are already inside
 * a name, and whether a token could be (part of) a name at all.
 */
import type { EntityKind, Span } from './types';
import type { Doc, Token } from './tokens';
import { cliticReadings, type CliticReading } from './tokens';
import { normaliseString } from './normalize';
import { span } from './annotator';
import { COMMON_WORDS, NISBA_STEMS } from './data/name-cues';
import { transliterate } from './translit';

/** Normalised set of a word list (built once per list). */
export const normSet = (list: readonly string[]): Set<string> => new Set(list.map(normaliseString));

const COMMON = normSet(COMMON_WORDS);
const NISBA = [...normSet(NISBA_STEMS)];

export interface NameCtx {
  doc: Doc;
  /** taken[i] = 1 when token i is inside a name found so far. */
  taken: Uint8Array;
  /** Kind of the name covering token i (for rules that build on a found place). */
  kindAt: (EntityKind | undefined)[];
  englishAt: (string | undefined)[];
}

export function newCtx(doc: Doc): NameCtx {
  const n = doc.tokens.length;
  return { doc, taken: new Uint8Array(n), kindAt: new Array(n), englishAt: new Array(n) };
}

export function take(ctx: NameCtx, first: number, last: number, kind: EntityKind, english: string): void {
  for (let k = first; k <= last; k++) {
    ctx.taken[k] = 1;
    ctx.kindAt[k] = kind;
    ctx.englishAt[k] = english;
  }
}

/** The word without a leading و or ف (for list look-ups). */
export function bare(norm: string): string {
  return (norm.startsWith('و') || norm.startsWith('ف')) && norm.length > 3 ? norm.slice(1) : norm;
}

/** A common word, also behind proclitics (لرقائق, وبالشركة). */
export function isCommon(norm: string): boolean {
  if (COMMON.has(norm) || COMMON.has(bare(norm))) return true;
  const m = /^(و|ف)?(ب|ل|ك)/.exec(norm);
  if (!m || norm.length - m[0].length < 2) return false;
  const rest = norm.slice(m[0].length);
  return COMMON.has(rest) || (m[2] === 'ل' && rest.startsWith('ل') && COMMON.has('ا' + rest));
}

/** Nationality/relational adjective: الصينية, صيني, الأمريكيون, العرب. */
export function isNisba(norm: string): boolean {
  let w = bare(norm);
  if (w.startsWith('ال')) w = w.slice(2);
  else if (w.startsWith('لل')) w = w.slice(2);
  if (!/(ي|يه|يون|يين|يان|يتان|يتين|يات)$/.test(w) && w !== 'عرب') return false;
  return NISBA.some((s) => w.startsWith(s));
}

/**
 * Could this Arabic token be part of an unknown name? Not a common word, not definite (ال), not a
 * nationality adjective, not a plural or abstract noun ending (ات, ية), at least two letters.
 */
export function isNameLike(t: Token | undefined): boolean {
  if (!t || t.type !== 'ar') return false;
  const w = t.norm;
  if (w.length < 2 || isCommon(w)) return false;
  if (w.startsWith('ال') || w.startsWith('وال') || w.startsWith('بال') || w.startsWith('لل') || w.startsWith('فال')) return false;
  if (isNisba(w)) return false;
  if (w.length >= 5 && /ات$/.test(w)) return false;
  if (w.length >= 5 && /(ون|ين)$/.test(w) && !looksForeign(w)) return false; // plurals, but not بولتون
  if (/يه$/.test(w)) return false;
  if (w.length >= 5 && /(ها|هم|هما|كم|ته)$/.test(w)) return false; // a pronoun suffix: أسسها, يمكنهم, زيارته
  if (w.length >= 5 && /نا$/.test(w) && !looksForeign(w)) return false; // حكومتنا, but not موديرنا
  return true;
}

/** A definite word (ال…, possibly after و/ب/ل/ف). */
export const isDefinite = (t: Token | undefined): boolean => !!t && t.type === 'ar' && /^(و|ف)?(ب|ك)?(ال|لل)/.test(t.norm) && t.norm.length > 3;

/** Stems of a token (whole word first, then clitic readings). */

// Every cue word of every rule, so most tokens are ruled out by one cached look-up.
const ALL_CUES = new Set<string>();
/** A normalised set of cue words that `readingIn` will be asked about (register at module load). */
export function cueSet(words: Iterable<string>): Set<string> {
  const set = new Set<string>();
  for (const w of words) {
    const n = normaliseString(w);
    set.add(n);
    ALL_CUES.add(n);
  }
  return set;
}

const NONE: CliticReading[] = [];
// Readings of a word whose stem is some cue word, cached (the rules ask about each token many times).
const cueReadings = new Map<string, CliticReading[]>();
function readingsOf(norm: string): CliticReading[] {
  let r = cueReadings.get(norm);
  if (!r) {
    if (cueReadings.size > 50000) cueReadings.clear();
    const all = cliticReadings(norm).filter((x) => ALL_CUES.has(x.stem));
    r = all.length ? all : NONE;
    cueReadings.set(norm, r);
  }
  return r;
}

/** First reading of the token whose stem is in the set (a set made by `cueSet`), or null. */
export function readingIn(t: Token | undefined, set: Set<string>): { skip: number; stem: string } | null {
  if (!t || t.type !== 'ar') return null;
  for (const r of readingsOf(t.norm)) if (set.has(r.stem)) return r;
  return null;
}

/** Original offset of token i's text after `skip` normalised chars of proclitics. */
export const startAfter = (doc: Doc, i: number, skip: number): number => doc.map[doc.tokens[i]!.ns + skip] ?? doc.tokens[i]!.start;

const slugify = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9+]+/g, '-').replace(/^-|-$/g, '');
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
  for (let k = 1; k < norm.length - 1; k++) if (norm[k] === 'ا' || norm[k] === 'و' || norm[k] === 'ي') n++;
  const last = norm[norm.length - 1];
  if (last === 'و' || last === 'ي') n++;
  return n >= 2;
}

/** Syllables of Chinese names as Arabic writes them: short, often without a long vowel (ون, فنغ). */
export const CHINESE_SYLLABLES = new Set(['ون', 'وين', 'فنغ', 'فينغ', 'تشي', 'شي', 'لي', 'يي', 'جين', 'بينغ', 'مينغ', 'هونغ', 'تشانغ',
  'وانغ', 'ليانغ', 'يانغ', 'هوانغ', 'تشو', 'جو', 'ليو', 'تشن', 'تشين', 'هو', 'خه', 'هي', 'لين', 'تشنغ', 'شنغ', 'دونغ', 'قوه',
  'جيانغ', 'شيانغ', 'تاو', 'تشيانغ', 'يوان', 'يو', 'دو', 'وو', 'سون', 'ما', 'تان', 'شيوي', 'فانغ', 'بو', 'كون', 'قانغ',
  'غانغ', 'تشونغ', 'يونغ', 'رونغ', 'مين', 'نينغ', 'لونغ', 'تينغ', 'شوي', 'وي', 'جون', 'هان', 'شياو', 'تشاو', 'لو', 'جيه',
  'شين', 'رن', 'تساي', 'تسنغ', 'دنغ', 'بنغ', 'قاو', 'غاو', 'تيان', 'فان', 'جانغ', 'يه', 'كه', 'شو', 'سو', 'ياو', 'نان', 'تشيو', 'لياو', 'كيان', 'تساو', 'شيا', 'جيا']);

/**
 * A word that can be an unknown family name: a long vowel after its first letter, or six letters or
 * more, or a Chinese name syllable. Arabic verbs and nouns of three-letter roots often have none
 * (يمثل, نشرت, بدعم), foreign names nearly always do (غوبتا, بولتون, ناديلا).
 */
export function surnameLike(norm: string): boolean {
  if (CHINESE_SYLLABLES.has(norm)) return true;
  if (/^[يتن][^اوي][يوا][^اوي]$/.test(norm)) return false; // an imperfect verb of a hollow root: يعيش, تقول
  if (norm.length >= 6) return true;
  for (let k = 1; k < norm.length; k++) if (norm[k] === 'ا' || norm[k] === 'و' || norm[k] === 'ي') return true;
  return false;
}
