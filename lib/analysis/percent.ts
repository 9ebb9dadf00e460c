/**
 * Percent (issue 3, item 4): "%", "٪" (normalised to %), "في المائة", "في المئة", "بالمائة",
 * "بالمئة", and the point units "نقطة مئوية" (percentage points) and "نقطة أساس" (basis points).
 * Also the sign written before the digits ("%50"), as right-to-left typing often leaves it.
 */
import { normaliseString } from './normalize';
import type { Doc } from './tokens';

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
