/**
 * Percent (issue 3, item 4): "%", "٪" (normalised to %), "في المائة", "في المئة", "بالمائة",
 * "بالمئة", and the point units "نقطة مئوية" (percentage points) and "نقطة أساس" (basis points).
 * Also the sign written before the digits ("%50"), as right-to-left typing often leaves it.
 */
import { normaliseString } from './normalize';
import type { Doc, Token } from './tokens';

export type PercentUnit = '' | 'percentage points' | 'basis points';

export interface PercentHit {
  unit: PercentUnit;
  /** Last token of the percent words/sign after the number, or first token of a sign before it. */
  edge: number;
}

const n = normaliseString;
const HUNDRED = new Set([n('المائة'), n('المئة'), n('المية')]);
const GLUED = new Set([n('بالمائة'), n('بالمئة'), n('بالمية'), n('بالمائه')]);
const POINT = new Set([n('نقطة'), n('نقاط'), n('نقطتين'), n('نقطتان'), n('نقطه')]);
const PERCENTAGE = new Set([n('مئوية'), n('مئويه'), n('المئوية'), n('مئويتين'), n('مئويتان')]);
const BASIS = new Set([n('أساس'), n('الأساس')]);

/** Percent sign or words right after the number's last token. */
export function percentAfter(doc: Doc, last: number): PercentHit | null {
  const toks = doc.tokens;
  const t = toks[last + 1];
  if (!t || t.lineBefore) return null;
  if (t.norm === '%') return { unit: '', edge: last + 1 };
  if (t.type !== 'ar') return null;
  if (GLUED.has(t.norm)) return { unit: '', edge: last + 1 };
  const u = toks[last + 2];
  if (!u || u.lineBefore) return null;
  if (t.norm === 'في' && HUNDRED.has(u.norm)) return { unit: '', edge: last + 2 };
  if (POINT.has(t.norm) && PERCENTAGE.has(u.norm)) return { unit: 'percentage points', edge: last + 2 };
  if (POINT.has(t.norm) && BASIS.has(u.norm)) return { unit: 'basis points', edge: last + 2 };
  return null;
}

/** "%50": the sign glued before the digits, not belonging to a number before it ("10% 20"). */
export function percentBefore(doc: Doc, first: number): PercentHit | null {
  const toks = doc.tokens;
  const num = toks[first];
  const s = toks[first - 1];
  if (!num || !s || num.spaceBefore || s.norm !== '%') return null;
  const p = toks[first - 2];
  if (p && p.type === 'num' && !s.spaceBefore && !s.lineBefore) return null;
  return { unit: '', edge: first - 1 };
}

const FRACTION_OF_POINT = new Map([[n('نصف'), 0.5], [n('ربع'), 0.25]]);
const ONE = new Set([n('واحدة'), n('واحده')]);
const POINT_DUAL = new Set([n('نقطتين'), n('نقطتان')]);
const PERCENTAGE_DUAL = new Set([n('مئويتين'), n('مئويتان')]);
/** The words that can follow the first word of such a phrase (a fast reject for every other word). */
const FOLLOWERS = new Set([n('نقطة'), ...PERCENTAGE, ...PERCENTAGE_DUAL]);
const POINT_WORD = n('نقطة');

/** Token k's text if it is an Arabic word on the same line, else ''. */
function wordAt(toks: readonly Token[], k: number): string {
  const u = toks[k];
  return u && !u.lineBefore && u.type === 'ar' ? u.norm : '';
}

/**
 * Percentage points with no digits: "ربع نقطة مئوية" (0.25), "بنصف نقطة مئوية" (0.5), "نقطة مئوية
 * واحدة" (1), "نقطتين مئويتين" (2); and "نصف نقطة أساس". `skip`: proclitic letters before the span
 * (normalised chars); `last`: its last token.
 */
export function pointsInWords(doc: Doc, i: number): { value: number; unit: PercentUnit; last: number; skip: number } | null {
  const toks = doc.tokens;
  const t = toks[i];
  if (!t || t.type !== 'ar') return null;
  // Called for every Arabic word that starts no number: reject by length and the word after first.
  const len = t.norm.length;
  if (len < 3 || len > 7) return null;
  const after = toks[i + 1];
  if (!after || after.lineBefore || after.type !== 'ar' || !FOLLOWERS.has(after.norm)) return null;
  const skip = t.norm.length > 3 && 'وفب'.includes(t.norm[0]!) ? 1 : 0;
  const stem = t.norm.slice(skip);
  const frac = FRACTION_OF_POINT.get(stem) ?? FRACTION_OF_POINT.get(t.norm);
  const sk = FRACTION_OF_POINT.has(t.norm) ? 0 : skip;
  if (frac !== undefined && POINT_WORD === wordAt(toks, i + 1)) {
    if (PERCENTAGE.has(wordAt(toks, i + 2))) return { value: frac, unit: 'percentage points', last: i + 2, skip: sk };
    if (BASIS.has(wordAt(toks, i + 2))) return { value: frac, unit: 'basis points', last: i + 2, skip: sk };
    return null;
  }
  if ((stem === POINT_WORD || t.norm === POINT_WORD) && PERCENTAGE.has(wordAt(toks, i + 1)) && ONE.has(wordAt(toks, i + 2))) {
    return { value: 1, unit: 'percentage points', last: i + 2, skip: t.norm === n('نقطة') ? 0 : skip };
  }
  if ((POINT_DUAL.has(stem) || POINT_DUAL.has(t.norm)) && PERCENTAGE_DUAL.has(wordAt(toks, i + 1))) {
    return { value: 2, unit: 'percentage points', last: i + 1, skip: POINT_DUAL.has(t.norm) ? 0 : skip };
  }
  return null;
}

/** Plural fractions after a count: "ثلاثة أرباع" (3/4), "خمسة أعشار" (5/10); with their denominator. */
const FRACTION_PLURALS = new Map([[n('أثلاث'), 3], [n('أرباع'), 4], [n('أخماس'), 5], [n('أسداس'), 6], [n('أثمان'), 8], [n('أعشار'), 10]]);

/**
 * "ثلاثة أرباع السكان", "نحو ثلاثة أرباع الصادرات": a count of 1–9, a plural fraction, then a definite
 * noun (the whole it is a fraction of) is a share — 75%, not three fiscal quarters ("ثلاثة أرباع
 * متتالية" keeps the quarters). Returns the denominator and the fraction word's index.
 */
export function fractionOfWhole(doc: Doc, last: number, value: number): { denominator: number; edge: number } | null {
  if (value < 1 || value > 9 || !Number.isInteger(value)) return null;
  const toks = doc.tokens;
  const t = toks[last + 1];
  if (!t || t.lineBefore || t.type !== 'ar') return null;
  const denominator = FRACTION_PLURALS.get(t.norm);
  if (!denominator || value >= denominator) return null;
  const w = toks[last + 2];
  if (!w || w.lineBefore || w.type !== 'ar' || !w.norm.startsWith('ال') || w.norm.length < 4) return null;
  return { denominator, edge: last + 1 };
}
