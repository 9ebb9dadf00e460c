/**
 * Dates (issue 3, item 6): day + month (+ year), month + year, ordinal days ("الأول من يناير"),
 * "5 من مارس", the Moroccan "فاتح يناير" (January 1), Maghreb and Algerian month names (غشت, جوان …),
 * day ranges ("من 13 إلى 16 مارس" → two dates), combined month names ("يونيو/ حزيران"),
 * numeric dates (2025-01-27, 27/1/2025, "27. 01. 2025"), year ranges ("2023-2024"), and Hijri
 * dates with هـ. Values per CONTRACT.md: YYYY-MM-DD, --MM-DD, YYYY-MM, YYYY. A year on its own is
 * decided by the numeric annotator (it must first rule out a unit after the number).
 * A month name alone ("في مارس") is not marked: without a day or a year it has no contract value,
 * and several month names are also common words (مارس "he practised", نيسان the carmaker).
 */
import { GREGORIAN_EN, HIJRI_EN, MONTHS, ORDINAL_DAYS, type MonthName } from './data/months';
import { PhraseIndex } from './numeric-phrases';
import { normaliseString } from './normalize';
import type { Doc, Token } from './tokens';

let INDEX: PhraseIndex<MonthName> | null = null;
let ORDINALS: PhraseIndex<number> | null = null;

/** The month-name index (shared with the numeric annotator's counted-noun check). */
export function months(): PhraseIndex<MonthName> {
  if (INDEX) return INDEX;
  const ix = new PhraseIndex<MonthName>();
  for (const m of MONTHS) for (const f of m.forms) ix.add(f, m);
  INDEX = ix;
  return ix;
}

function ordinals(): PhraseIndex<number> {
  if (ORDINALS) return ORDINALS;
  const ix = new PhraseIndex<number>();
  for (const [f, d] of Object.entries(ORDINAL_DAYS)) ix.add(f, d);
  ORDINALS = ix;
  return ix;
}

export interface DateHit {
  /** Token range covered (inclusive). */
  first: number;
  last: number;
  start: number;
  end: number;
  value: string;
  english: string;
  confidence: number;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const DAYS_IN = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const validDay = (d: number, m: number) => Number.isInteger(d) && d >= 1 && m >= 1 && m <= 12 && d <= DAYS_IN[m - 1]!;

/** A Gregorian date's value and English ("2025-01-27", "January 27, 2025"). */
export function gregorian(y: number | undefined, m: number, d: number | undefined): { value: string; english: string } {
  const name = GREGORIAN_EN[m - 1]!;
  if (d !== undefined && y !== undefined) return { value: `${pad(y, 4)}-${pad(m)}-${pad(d)}`, english: `${name} ${d}, ${y}` };
  if (d !== undefined) return { value: `--${pad(m)}-${pad(d)}`, english: `${name} ${d}` };
  if (y !== undefined) return { value: `${pad(y, 4)}-${pad(m)}`, english: `${name} ${y}` };
  return { value: '', english: name };
}

/**
 * Hijri (tabular/civil Islamic calendar) → Gregorian. Umm al-Qura may differ by a day or two;
 * good enough for a news date's value. Returns [y, m, d].
 */
export function hijriToGregorian(hy: number, hm: number, hd: number): [number, number, number] {
  const jd = hd + Math.ceil(29.5 * (hm - 1)) + (hy - 1) * 354 + Math.floor((3 + 11 * hy) / 30) + 1948439.5 - 1;
  // Julian day → Gregorian (Meeus)
  const z = Math.floor(jd + 0.5);
  const a0 = Math.floor((z - 1867216.25) / 36524.25);
  const a = z + 1 + a0 - Math.floor(a0 / 4);
  const b = a + 1524;
  const c = Math.floor((b - 122.1) / 365.25);
  const dd = Math.floor(365.25 * c);
  const e = Math.floor((b - dd) / 30.6001);
  const day = b - dd - Math.floor(30.6001 * e);
  const month = e < 14 ? e - 1 : e - 13;
  const year = month > 2 ? c - 4716 : c - 4715;
  return [year, month, day];
}

const intOf = (t: Token | undefined): number | undefined => (t && t.type === 'num' && /^\d{1,4}$/.test(t.norm) ? Number(t.norm) : undefined);
const isYear = (y: number | undefined, t: Token | undefined): y is number => y !== undefined && !!t && t.norm.length === 4 && y >= 1000 && y <= 2999;
const HIJRI_MARK = new Set(['ه', 'هـ']);
/** "فاتح" before a month is its first day (Moroccan usage), with a glued proclitic ("بفاتح", "وفاتح"). */
const FIRST_DAY = new Set(['فاتح', 'بفاتح', 'وفاتح', 'لفاتح', 'وبفاتح']);
const AD_MARK = new Set(['م']);

/** Year after the month: "2025", ", 2025", "من عام 2025", "عام 2025", with an optional م / هـ mark. */
function yearAfter(doc: Doc, j: number): { year: number; last: number; hijri: boolean } | null {
  const toks = doc.tokens;
  let k = j;
  if (toks[k]?.norm === ',' && !toks[k]!.lineBefore) k++;
  if (toks[k]?.norm === 'من' && (toks[k + 1]?.norm === 'عام' || toks[k + 1]?.norm === 'العام' || toks[k + 1]?.norm === 'سنه')) k += 2;
  else if (toks[k]?.norm === 'عام' || toks[k]?.norm === 'سنه') k++;
  const t = toks[k];
  const y = intOf(t);
  if (!t || t.lineBefore || !isYear(y, t)) return null;
  const mark = toks[k + 1];
  if (mark && !mark.lineBefore && mark.type === 'ar' && (HIJRI_MARK.has(mark.norm) || AD_MARK.has(mark.norm))) {
    return { year: y, last: k + 1, hijri: HIJRI_MARK.has(mark.norm) };
  }
  return { year: y, last: k, hijri: y < 1600 };
}

/** Day-range connectors between two day numbers: "13 و14", "من 13 إلى 16", "13-16", "13 حتى 16". */
function isRangeLink(t: Token | undefined): boolean {
  return !!t && (t.norm === 'و' || t.norm === 'الي' || t.norm === 'حتي' || t.norm === '-' || t.norm === 'او');
}

/** All dates in the document; marks their tokens in `used`. */
const CLITIC = { clitic: true };

export function findDates(doc: Doc, used: Uint8Array): DateHit[] {
  const out: DateHit[] = [];
  const toks = doc.tokens;
  const ix = months();
  for (let i = 0; i < toks.length; i++) {
    if (used[i]) continue;
    const t = toks[i]!;
    if (t.type === 'num') {
      const hit = numericDate(doc, i) ?? yearRange(doc, i);
      if (hit) {
        for (const h of hit) { out.push(h); mark(used, h.first, h.last); }
        i = hit[hit.length - 1]!.last;
      }
      continue;
    }
    if (t.type !== 'ar') continue;
    const m = ix.match(doc, i, CLITIC);
    if (!m) continue;
    const hits = monthDate(doc, m.first, m.last, m.item, m.skip, used);
    for (const h of hits) { out.push(h); mark(used, h.first, h.last); }
    if (hits.length) i = Math.max(i, hits[hits.length - 1]!.last);
  }
  return out.sort((a, b) => a.start - b.start);
}

function mark(used: Uint8Array, a: number, b: number) {
  for (let k = a; k <= b; k++) used[k] = 1;
}

function monthDate(doc: Doc, mFirst: number, mLast: number, month: MonthName, skip: number, used: Uint8Array): DateHit[] {
  const toks = doc.tokens;
  let last = mLast;
  // "يونيو/ حزيران", "يونيو (حزيران)": a second name of the same month
  // (also with no separator: "11 سبتمبر أيلول 2001")
  const sep = toks[last + 1];
  if (sep && !sep.lineBefore) {
    const isSep = sep.norm === '/' || sep.norm === '(' || sep.norm === '-';
    const m2 = months().match(doc, isSep ? last + 2 : last + 1);
    if (m2 && m2.item.month === month.month && m2.item.calendar === month.calendar && !toks[m2.first]!.lineBefore) {
      last = m2.last;
      if (toks[last + 1]?.norm === ')' && sep.norm === '(') last++;
    }
  }
  const y = yearAfter(doc, last + 1);
  // day before the month: "20 يناير", or an ordinal "الأول من يناير"
  let day: number | undefined;
  let first = mFirst;
  let start = doc.map[toks[mFirst]!.ns + skip]!;
  const before = toks[mFirst - 1];
  const dBefore = skip === 0 && before && !toks[mFirst]!.lineBefore && !used[mFirst - 1] ? intOf(before) : undefined;
  // "5 من مارس", "الـ12 من أكتوبر": a day number before من
  const d2tok = toks[mFirst - 2];
  const dViaMin = skip === 0 && before?.norm === 'من' && !before.lineBefore && !toks[mFirst]!.lineBefore && d2tok && !used[mFirst - 2] ? intOf(d2tok) : undefined;
  if (dBefore !== undefined && before!.norm.length <= 2 && validDay(dBefore, month.month)) {
    day = dBefore;
    first = mFirst - 1;
    start = before!.start;
  } else if (skip === 0 && before && !toks[mFirst]!.lineBefore && FIRST_DAY.has(before.norm)) {
    // "فاتح يناير" (Maghreb: the first of January)
    day = 1;
    first = mFirst - 1;
    start = doc.map[before.ns + (before.norm.length - 4)]!;
  } else if (dViaMin !== undefined && d2tok!.norm.length <= 2 && validDay(dViaMin, month.month)) {
    day = dViaMin;
    first = mFirst - 2;
    start = d2tok!.start;
  } else if (skip === 0 && before?.norm === 'من' && mFirst >= 2) {
    for (let n = 3; n >= 1; n--) {
      const o = mFirst - 1 - n;
      if (o < 0) continue;
      const h = ordinals().match(doc, o, { clitic: true });
      if (h && h.last === mFirst - 2 && validDay(h.item, month.month)) {
        day = h.item;
        first = o;
        start = doc.map[toks[o]!.ns + h.skip]!;
        break;
      }
    }
  }
  if (month.calendar === 'hijri') {
    if (!y) return [];
    const [gy, gm, gd] = hijriToGregorian(y.year, month.month, day ?? 1);
    const name = HIJRI_EN[month.month - 1]!;
    const english = day !== undefined ? `${day} ${name} ${y.year} AH` : `${name} ${y.year} AH`;
    const value = day !== undefined ? `${pad(gy, 4)}-${pad(gm)}-${pad(gd)}` : `${pad(gy, 4)}-${pad(gm)}`;
    return [{ first, last: y.last, start, end: toks[y.last]!.end, value, english, confidence: 0.9 }];
  }
  if (y && y.hijri) return [];
  if (day === undefined && !y) return [];
  const endTok = y ? y.last : last;
  const g = gregorian(y?.year, month.month, day);
  const hits: DateHit[] = [{ first, last: endTok, start, end: toks[endTok]!.end, value: g.value, english: g.english, confidence: day !== undefined ? 0.97 : 0.93 }];
  // a day range before: "من 13 إلى 16 مارس", "13 و14 يناير", "13-16 مارس"
  if (day !== undefined && first === mFirst - 1) {
    let link = first - 1;
    // "و14": the و is its own token glued to the digits
    const lk = toks[link];
    const d0tok = toks[link - 1];
    const d0 = intOf(d0tok);
    if (isRangeLink(lk) && d0tok && d0tok.norm.length <= 2 && d0 !== undefined && !used[link - 1] && d0 < day && validDay(d0, month.month) && !lk!.lineBefore) {
      const g0 = gregorian(y?.year, month.month, d0);
      hits.unshift({ first: link - 1, last: link - 1, start: d0tok.start, end: d0tok.end, value: g0.value, english: g0.english, confidence: 0.9 });
    }
  }
  return hits;
}

/** 2025-01-27, 2025/1/27, 27/1/2025, 27-01-2025, 27.01.2025, "27. 01. 2025". */
function numericDate(doc: Doc, i: number): DateHit[] | null {
  const toks = doc.tokens;
  // A date needs a separator (. / -): inside the digits ("27.01.2025" is one token) or glued after them.
  const nx = toks[i + 1];
  if (!toks[i]!.norm.includes('.') && !(nx && !nx.lineBefore && !nx.spaceBefore && nx.type === 'punct' && (nx.norm === '/' || nx.norm === '-' || nx.norm === '.'))) return null;
  let s = '';
  const ends: number[] = [];
  for (let j = i; j < toks.length && j < i + 5; j++) {
    const t = toks[j]!;
    if (j > i) {
      if (t.lineBefore) break;
      if (t.spaceBefore && toks[j - 1]!.norm !== '.') break;
    }
    if (t.type !== 'num' && !(t.type === 'punct' && (t.norm === '/' || t.norm === '-' || t.norm === '.'))) break;
    s += t.norm;
    ends.push(s.length);
  }
  const m = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4})/.exec(s) ?? /^(\d{4})([./-])(\d{1,2})\2(\d{1,2})/.exec(s);
  if (!m) return null;
  const k = ends.indexOf(m[0].length);
  if (k < 0) return null;
  // the run must not continue with more digits (phone numbers such as 86-10-88828000)
  const after = toks[i + k + 1];
  if (after && !after.spaceBefore && (after.type === 'num' || after.type === 'lat' || after.norm === '-' || after.norm === '/')) return null;
  let y: number, mo: number, d: number;
  if (m[1]!.length === 4) { y = Number(m[1]); mo = Number(m[3]); d = Number(m[4]); }
  else {
    y = Number(m[4]); d = Number(m[1]); mo = Number(m[3]);
    // 1/27/2025 (month first) only when the day cannot be a month
    if (mo > 12 && d <= 12) [d, mo] = [mo, d];
  }
  if (!validDay(d, mo) || y < 1900 || y > 2100) return null;
  const g = gregorian(y, mo, d);
  const last = i + k;
  return [{ first: i, last, start: toks[i]!.start, end: toks[last]!.end, value: g.value, english: g.english, confidence: 0.95 }];
}

/** "2023-2024", "2023/2024", "2023/24": two years. */
function yearRange(doc: Doc, i: number): DateHit[] | null {
  const toks = doc.tokens;
  const a = toks[i]!;
  const sep = toks[i + 1];
  const b = toks[i + 2];
  if (!sep || !b || sep.spaceBefore || b.spaceBefore || (sep.norm !== '-' && sep.norm !== '/') || b.type !== 'num') return null;
  const y1 = intOf(a);
  let y2 = intOf(b);
  if (!isYear(y1, a) || y2 === undefined || y1 < 1900 || y1 > 2100) return null;
  if (b.norm.length === 2) y2 = Math.floor(y1 / 100) * 100 + y2;
  else if (!isYear(y2, b)) return null;
  if (!(y2 > y1 && y2 - y1 <= 20)) return null;
  const after = toks[i + 3];
  if (after && !after.spaceBefore && (after.type === 'num' || after.norm === '-' || after.norm === '/')) return null;
  return [
    { first: i, last: i, start: a.start, end: a.end, value: String(y1), english: String(y1), confidence: 0.9 },
    { first: i + 2, last: i + 2, start: b.start, end: b.end, value: String(y2), english: String(y2), confidence: 0.9 },
  ];
}

/** Normalised year cue words before a number ("عام 2023", "لعام 2025", "سنة 2023"). */
const YEAR_CUE = new Set(['عام', 'العام', 'سنه', 'السنه', 'لعام', 'لسنه', 'وعام', 'بعام', 'منذ', 'بحلول', 'حتي', 'خلال', 'مطلع', 'بداية', 'نهايه', 'اواخر', 'اوايل', 'منتصف', 'موسم', 'ميزانيه', 'العامين'].map(normaliseString));

export const isYearCue = (t: Token | undefined): boolean => !!t && t.type === 'ar' && YEAR_CUE.has(t.norm);
