/**
 * The numeric annotator (issue 3, items 2–6): numbers, money, percentages, quantities and dates
 * as final, non-overlapping spans with values, units and English.
 *
 * One pass over the token array: dates first (they claim their day, month and year tokens), then
 * each number expression (numbers.ts) is classified by what is written around it — a percent sign
 * or words (percent.ts), a currency (money.ts), a counted noun (quantities.ts), a year cue — and
 * bare numbers in a range or list take the unit of their partner ("4.7 و1.6 نقطة مئوية",
 * "بين 3 و5 مليارات دولار"). A dual noun alone counts two ("عامين"), "واحد/واحدة" after a noun
 * counts one ("شركة واحدة"), and a number before a noun the lexicon does not know is a quantity
 * with no English unit. A shared currency word (درهم, دينار …) takes the country the text names
 * most (money.ts). Model numbers after a product the name annotators mark ("كيرين 9020") are not
 * amounts: that reads the memoised name layers of entities.ts, which the analysis computes anyway.
 * Work per token is a few Map lookups: linear in the text.
 */
import type { Annotator } from './annotator';
import type { Span } from './types';
import type { Doc, Token } from './tokens';
import { findDates, hijriToGregorian, isYearCue, months } from './dates';
import { forgetNumberWords, isGluedProclitic, NUMBER_WORDS, parseNumberAt, times, type NumberExpr } from './numbers';
import { qualifierAfter, qualifierBefore } from './qualifiers';
import { foreignRun, LETTER_NAMES, LETTERS_BEFORE, UNIT_ABBREVIATIONS, NOT_NOUN, ID_HEADS, ORDINAL_UNITS, PRODUCT_SERIES, looksCounted, stripArticle, isDefinitePlural } from './numeric-guards';
import { currencyAfter, currencyBefore, mentionsFor, resolveCurrency } from './money';
import { SUBUNITS } from './data/currencies';
import { percentAfter, percentBefore, pointsInWords, fractionOfWhole, type PercentUnit } from './percent';
import { countedAfter, countedAfterDefinite, countedBefore, countedBeforeIndefinite, dualAt, type CountedHit } from './quantities';
import { entityAnnotators } from './entities';
import { formatMoney, formatNumber, formatPercent } from './english-numbers';

type Kind = 'number' | 'money' | 'percent' | 'quantity' | 'date';

interface Item {
  e: NumberExpr;
  kind: Kind;
  value: number;
  /** Token range of the whole span. */
  first: number;
  last: number;
  start: number;
  end: number;
  code?: string;
  percentUnit?: PercentUnit;
  counted?: CountedHit;
  qualifier?: string;
  confidence: number;
  /** A year candidate (kind stays 'number' until ranges are resolved). */
  year?: { value: string; english: string; end: number; last: number };
  /** A bare number that may be emitted on its own. */
  bareOk: boolean;
}

export const numericAnnotator: Annotator = {
  id: 'numeric',
  why: 'First in the registry: an amount such as "5.6 مليون دولار" or a date must never be split by a name guess.',
  find(doc: Doc): Span[] {
    try {
      return findNumeric(doc);
    } catch (err) {
      if (typeof console !== 'undefined') console.debug?.('[sharh] numeric annotator failed', err);
      return [];
    } finally {
      forgetNumberWords();
    }
  },
};

/** A span (as annotator.ts's span()) whose end also takes the tatweel/harakat the normaliser dropped ("هـ", "دولارًا"). */
function span(doc: Doc, start: number, end: number, fields: Omit<Span, 'start' | 'end' | 'text'>): Span {
  const o = doc.original;
  let e = end;
  for (let c = o.charCodeAt(e); e < o.length && (c === 0x0640 || (c >= 0x064b && c <= 0x065f) || c === 0x0670); c = o.charCodeAt(++e));
  // the same object annotator.ts's span() builds, with a fixed key order (cheaper than a spread
  // on articles with thousands of figures)
  const s: Span = { start, end: e, text: o.slice(start, e), kind: fields.kind, english: fields.english, value: fields.value, source: fields.source, key: fields.key, confidence: fields.confidence };
  if (fields.unit !== undefined) s.unit = fields.unit;
  if (fields.qualifier !== undefined) s.qualifier = fields.qualifier;
  return s;
}

export function findNumeric(doc: Doc): Span[] {
  const toks = doc.tokens;
  const used = new Uint8Array(toks.length);
  const spans: Span[] = [];
  for (const d of findDates(doc, used)) {
    spans.push(span(doc, d.start, d.end, { kind: 'date', english: d.english, value: d.value, source: 'numeric', key: `date:${d.value}`, confidence: d.confidence }));
  }
  const items: Item[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (used[i]) continue;
    const t = toks[i]!;
    if (t.type !== 'num' && t.type !== 'ar') continue;
    const e = parseNumberAt(doc, i);
    if (!e) {
      const d = t.type === 'ar' ? definiteCount(doc, i) ?? dualCount(doc, i) ?? pointsCount(doc, i) : null;
      if (d) { items.push(d); for (let k = d.first; k <= d.last; k++) used[k] = 1; i = d.last; }
      continue;
    }
    let clash = false;
    for (let k = e.first; k <= e.last; k++) if (used[k]) clash = true;
    if (clash) continue;
    const item = classify(doc, e, used);
    if (!item) { i = e.last; continue; }
    items.push(item);
    for (let k = item.first; k <= item.last; k++) used[k] = 1;
    i = item.last;
  }
  propagate(doc, items);
  for (const it of items) {
    const s = toSpan(doc, it);
    if (s) spans.push(s);
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** Token k exists and no date claimed it. */
const isFree = (used: Uint8Array, k: number): boolean => k < used.length && !used[k];

function mkItem(e: NumberExpr, kind: Kind, value: number, first: number, last: number, start: number, end: number, confidence: number, extra?: Partial<Item>): Item {
  const it: Item = { e, kind, value, first, last, start, end, confidence, bareOk: false };
  return extra ? Object.assign(it, extra) : it;
}

function classify(doc: Doc, e: NumberExpr, used: Uint8Array): Item | null {
  const toks = doc.tokens;
  const isDigits = !!e.digits;
  if (isDigits && foreignRun(doc, e.first)) return null;
  let first = e.first;
  let start = e.start;
  let last = e.last;
  let end = e.end;

  // sign or symbol before the digits
  if (isDigits) {
    const pb = percentBefore(doc, e.first);
    if (pb && isFree(used, pb.edge)) {
      first = pb.edge; start = toks[pb.edge]!.start;
      return withQualifier(doc, mkItem(e, 'percent', e.value, first, last, start, end, 0.95, { percentUnit: '' }));
    }
    const cb = currencyBefore(doc, e.first);
    if (cb && isFree(used, cb.edge)) {
      first = cb.edge; start = toks[cb.edge]!.start;
      // "$5.6 مليون دولار" would be odd; take the symbol's currency and any currency words after it
      const ca = currencyAfter(doc, e.last);
      if (ca && ca.code === cb.code) { last = ca.edge; end = toks[last]!.end; }
      return withQualifier(doc, mkItem(e, 'money', e.value, first, last, start, end, cb.confidence, { code: cb.code }));
    }
  }
  const pa = percentAfter(doc, e.last);
  if (pa && isFree(used, pa.edge)) {
    last = pa.edge; end = toks[last]!.end;
    return withQualifier(doc, mkItem(e, 'percent', e.value, first, last, start, end, 0.97, { percentUnit: pa.unit }));
  }
  // "ثلاثة أرباع السكان": a share of a whole (75%), not three quarters of a year
  const fr = e.scale === 1 ? fractionOfWhole(doc, e.last, e.value) : null;
  if (fr && isFree(used, fr.edge)) {
    last = fr.edge; end = toks[last]!.end;
    const share = Math.round((e.value / fr.denominator) * 10000) / 100;
    return withQualifier(doc, mkItem(e, 'percent', share, first, last, start, end, 0.85, { percentUnit: '' }));
  }
  const ca = currencyAfter(doc, e.last);
  if (ca && isFree(used, ca.edge)) {
    last = ca.edge; end = toks[last]!.end;
    // a bare shared word (درهم, دينار …): the country the paragraph, else the article, is about
    const code = ca.family ? resolveCurrency(ca.family, ca.code, mentionsFor(doc, first, ca.family)) : ca.code;
    const sub = SUBUNITS[code];
    if (sub) return withQualifier(doc, mkItem(e, 'money', e.value / sub.per, first, last, start, end, ca.confidence, { code: sub.code }));
    return withQualifier(doc, mkItem(e, 'money', e.value, first, last, start, end, ca.confidence, { code }));
  }
  const q = countedAfter(doc, e.last);
  const glued = toks[first - 1];
  // "الدورة الـ15": digits glued to the article are an ordinal, unless a noun follows ("الـ5 سنوات")
  const ordinal = isDigits && !!glued && glued.type === 'ar' && !toks[first]!.spaceBefore && glued.norm.endsWith('ال');
  if (q && !(e.wordsOnly && e.value === 1 && e.wordCount === 1) && !(ordinal && q.viaMin)) {
    // span = number (+ scale); the noun stays outside (gold surfaces "2048", "671 مليار")
    const value = q.half && e.scale === 1 ? e.value + 0.5 : e.value;
    return withQualifier(doc, mkItem(e, 'quantity', value, first, last, start, end, e.wordsOnly ? 0.85 : 0.9, { counted: q }));
  }
  // "شركة واحدة", "يوم واحد": the count of one comes after its noun
  if (e.wordsOnly && e.value === 1 && e.wordCount === 1) {
    const b = countedBeforeIndefinite(doc, first);
    if (b) return withQualifier(doc, mkItem(e, 'quantity', 1, first, last, start, end, 0.75, { counted: b }));
  }
  // no unit: a year, a bare number, or nothing
  const item = mkItem(e, 'number', e.value, first, last, start, end, isDigits ? 0.6 : 0.55);
  const qual = qualifierBefore(doc, first);
  if (isDigits) {
    const d = e.digits!;
    const prev = prevWord(doc, first);
    const cue = isYearCue(prev);
    if (e.scale === 1 && d.integer && !d.grouped && !d.leadingZero && toks[first]!.norm.length === 4 && !qual) {
      const v = e.value;
      const mark = toks[last + 1];
      const hasMark = !!mark && !mark.lineBefore && mark.type === 'ar' && (mark.norm === 'م' || mark.norm === 'ه');
      const hijri = hasMark && mark!.norm === 'ه' && v >= 1300 && v <= 1500;
      if (hijri) {
        const [gy] = hijriToGregorian(v, 1, 1);
        item.year = { value: String(gy), english: `${v} AH`, end: mark!.end, last: last + 1 };
      } else if ((v >= 1800 && v <= 2100) || (cue && v >= 1000 && v <= 2999) || (hasMark && v >= 1000 && v <= 2999)) {
        const withMark = hasMark && mark!.norm === 'م';
        item.year = { value: String(v), english: String(v), end: withMark ? mark!.end : end, last: withMark ? last + 1 : last };
      }
      if (item.year) {
        item.confidence = cue || hasMark ? 0.95 : 0.85;
        item.last = item.year.last;
        item.end = item.year.end;
        return item;
      }
    }
    if (d.leadingZero) return null;
    // "المحافظات الـ27", "الدول الـ27": after a definite plural the glued number counts it
    if (ordinal && !(toks[first - 2]?.type === 'ar' && isDefinitePlural(toks[first - 2]!.norm))) return null;
    // "(1)": a footnote mark, not an amount
    if (e.value < 100 && toks[first - 1]?.norm === '(' && toks[last + 1]?.norm === ')' && !toks[first]!.spaceBefore && !toks[last + 1]!.spaceBefore) return null;
    if (e.scale === 1 && !d.grouped && d.integer && d.digits >= 7) return null;
    const lp = toks[first - 1];
    if (lp && lp.type === 'lat' && !lp.lineBefore && e.scale === 1) return null; // "Windows 11", "Llama 3"
    if (e.scale === 1 && lp && PRODUCT_SERIES.has(lp.norm) && !toks[first]!.lineBefore) return null; // "آيفون 16"
    // "إيه 16", "بي 5": a Latin letter spelt in Arabic, then its model number
    if (e.scale === 1 && lp && lp.type === 'ar' && LETTERS_BEFORE.has(lp.norm) && !toks[first]!.lineBefore) return null;
    // "كيرين 9020": the model number of a product the name annotators mark
    if (e.scale === 1 && lp && lp.type === 'ar' && !toks[first]!.lineBefore && productAt(doc, lp.end, start, end)) return null;
    const nx = toks[last + 1];
    if (nx && !nx.lineBefore && LETTER_NAMES.has(nx.norm)) return null; // "5 جي" (5G), "3 دي" (3D)
    // "كوفيد-19", "إف-35": digits hyphenated to an Arabic word are part of a name
    if (toks[first - 1]?.norm === '-' && !toks[first]!.spaceBefore && !toks[first - 1]!.spaceBefore && toks[first - 2]?.type === 'ar') return null;
    // "م2", "كم2": the exponent of a unit abbreviation
    if (lp && lp.type === 'ar' && !toks[first]!.spaceBefore && UNIT_ABBREVIATIONS.has(lp.norm)) return null;
    if (prev && prev.norm === 'الساعه') return null; // "الساعة 10": a time of day
    if (nx && !nx.lineBefore && (nx.norm === 'بتوقيت' || nx.norm === 'بالتوقيت')) return null; // "00ر10 بتوقيت مكة": a time
    // "يوم 13 من الشهر الجاري": a day of an unnamed month (no contract value)
    if (nx?.norm === 'من' && toks[last + 2]?.norm === 'الشهر') return null;
    // "1 2 3 4 5 >": pagination or a list of codes, not amounts
    if ((lp?.type === 'num' && !lp.lineBefore) || (nx?.type === 'num' && !nx.lineBefore)) return null;
    item.bareOk = true;
    item.qualifier = qual ?? qualifierAfter(doc, last);
    if (countsUnknownNoun(doc, first, last)) { item.kind = 'quantity'; item.confidence = 0.7; }
    return item;
  }
  // "القمة الحادية عشرة", "القرن التاسع عشر": the ten of an ordinal teen
  if (e.value === 10 && e.wordCount === 1 && ORDINAL_UNITS.has(stripArticle(toks[first - 1]?.norm ?? ''))) return null;
  // written in words, nothing counted after it
  if (e.wordCount === 1 && (e.scale > 1 || e.value <= 2)) return null;
  const next = toks[last + 1];
  // a following indefinite word (not a particle, not a lone proclitic as in "تسع ل300 راكب" — "holds")
  const nextIsNoun = !!next && !next.lineBefore && next.type === 'ar' && next.norm.length >= 2 && !next.norm.startsWith('ال') && !NOT_NOUN.has(next.norm);
  const minPartitive = !!next && next.norm === 'من' && !!toks[last + 2]?.norm.startsWith('ال');
  item.bareOk = e.wordCount >= 2 || nextIsNoun || minPartitive;
  item.qualifier = qual;
  if (nextIsNoun && countsUnknownNoun(doc, first, last)) { item.kind = 'quantity'; item.confidence = 0.65; }
  return item;
}

/**
 * A number counting a noun the lexicon does not know ("12 مختبرا", "ثلاثة مقترحات"): still an
 * amount (a quantity, so it reaches the key facts), but with no English unit — a guessed unit would
 * mislead more than none. The next word must look like an indefinite noun (numeric-guards.ts:
 * looksCounted), and the number must not be an identifier after a head noun ("المادة 12 تنص").
 */
/** "المادة", "والمادة", "بالمرتبة": an identifier head (numeric-guards.ts), with up to two proclitics. */
function isIdHead(w: string): boolean {
  if (ID_HEADS.has(w)) return true;
  for (let k = 1; k <= 2 && w.length - k >= 3; k++) {
    if (!/^[وف]?[بلك]?$/.test(w.slice(0, k))) return false;
    if (ID_HEADS.has(w.slice(k))) return true;
  }
  return false;
}

function countsUnknownNoun(doc: Doc, first: number, last: number): boolean {
  const toks = doc.tokens;
  const nx = toks[last + 1];
  if (!nx || nx.lineBefore || !nx.spaceBefore || nx.type !== 'ar') return false;
  const c0 = doc.original.charCodeAt(nx.start);
  if (!looksCounted(nx.norm, c0 === 0x0623 || c0 === 0x0625 || c0 === 0x0622)) return false;
  if (months().match(doc, last + 1, { clitic: true })) return false;
  let p = first - 1;
  if (p >= 0 && isGluedProclitic(doc, p)) p--;
  const pt = toks[p];
  // (an identifier has no scale word: "تضم اليوم 55 ألف متعاون" is a count)
  if (pt && !toks[first]!.lineBefore && pt.type === 'ar' && last === first && (isIdHead(pt.norm) || isYearCue(pt))) return false;
  return true;
}

/**
 * Whether a product name marked by the name annotators (entities.ts: lexicon, rules, guesses) ends
 * at `before` (the word right before the number: "كيرين 9020") or covers the number itself
 * ("سنابدراغون 8" as one name). The name layers are memoised per document, so the analysis pays for
 * them once; computed on the first bare number after an Arabic word.
 */
const PRODUCTS = new WeakMap<Doc, { ends: Set<number>; spans: [number, number][] }>();
function productAt(doc: Doc, before: number, start: number, end: number): boolean {
  let p = PRODUCTS.get(doc);
  if (!p) {
    p = { ends: new Set<number>(), spans: [] };
    try {
      for (const a of entityAnnotators) for (const s of a.find(doc)) if (s.kind === 'product') { p.ends.add(s.end); p.spans.push([s.start, s.end]); }
    } catch {
      // the names failing must not take the numbers down
    }
    p.spans.sort((x, y) => x[0] - y[0]);
    PRODUCTS.set(doc, p);
  }
  if (p.ends.has(before)) return true;
  // the last product starting at or before the number (binary search), and a few before it
  let lo = 0, hi = p.spans.length;
  while (lo < hi) { const m = (lo + hi) >> 1; if (p.spans[m]![0] <= start) lo = m + 1; else hi = m; }
  for (let k = lo - 1; k >= 0 && k >= lo - 4; k--) if (p.spans[k]![1] >= end) return true;
  return false;
}

/** Percentage points in words alone: "ربع نقطة مئوية", "نقطة مئوية واحدة" (percent.ts). */
function pointsCount(doc: Doc, i: number): Item | null {
  const p = pointsInWords(doc, i);
  if (!p) return null;
  const t = doc.tokens[i]!;
  const start = doc.map[t.ns + p.skip]!;
  const end = doc.tokens[p.last]!.end;
  const e: NumberExpr = { first: i, last: p.last, start, end, value: p.value, scale: 1, words: true, wordsOnly: true, wordCount: p.last - i + 1, base: p.value };
  return withQualifier(doc, { e, kind: 'percent', value: p.value, first: i, last: p.last, start, end, percentUnit: p.unit, confidence: 0.85, bareOk: true });
}

/** The dual of a counted noun alone: "عامين" (two years), "وشركتين" (two companies). */
function dualCount(doc: Doc, i: number): Item | null {
  const d = dualAt(doc, i);
  if (!d) return null;
  const t = doc.tokens[i]!;
  const start = doc.map[t.ns + d.skip]!;
  const e: NumberExpr = { first: i, last: i, start, end: t.end, value: 2, scale: 1, words: true, wordsOnly: true, wordCount: 1, base: 2 };
  return { e, kind: 'quantity', value: 2, first: i, last: i, start, end: t.end, counted: d.hit, confidence: 0.7, bareOk: true };
}

/** The number words with the article, ال + word → NUMBER_WORDS's entry (no slice per definite word to look it up). */
const DEFINITE_NUMBER_WORDS = new Map([...NUMBER_WORDS].map(([k, w]) => ['ال' + k, w]));

/**
 * A number word with the article counting a definite noun: "الأيام الثلاثة" (noun first) or
 * "الخمس سنوات" (number first). Units 3–10 and tens only: "الأول/الثاني" are ordinals and
 * "الاثنين/الأحد" are weekdays.
 */
function definiteCount(doc: Doc, i: number): Item | null {
  const t = doc.tokens[i]!;
  if (!t.norm.startsWith('ال') || t.norm.length < 4) return null;
  const w = DEFINITE_NUMBER_WORDS.get(t.norm);
  if (!w || (w.kind !== 'unit' && w.kind !== 'ten') || w.value < 3 || w.teenOnly) return null;
  // "الأشهر السبعة عشر": a definite teen
  const teen = w.kind === 'unit' && w.value < 10 && NUMBER_WORDS.get(doc.tokens[i + 1]?.norm ?? '')?.value === 10 && !doc.tokens[i + 1]!.lineBefore;
  const last = teen ? i + 1 : i;
  const value = teen ? w.value + 10 : w.value;
  const q = countedBefore(doc, i) ?? countedAfterDefinite(doc, last);
  if (!q) return null;
  const end = doc.tokens[last]!.end;
  const e: NumberExpr = { first: i, last, start: t.start, end, value, scale: 1, words: true, wordsOnly: true, wordCount: teen ? 2 : 1, base: value };
  return { e, kind: 'quantity', value, first: i, last, start: t.start, end, counted: q, confidence: 0.75, bareOk: true };
}

function withQualifier(doc: Doc, it: Item): Item {
  it.qualifier = qualifierBefore(doc, it.first) ?? qualifierAfter(doc, it.last);
  return it;
}

/** The word before token i, skipping a glued proclitic ("لعام 2025" has its own cue). */
function prevWord(doc: Doc, i: number): Token | undefined {
  let k = i - 1;
  if (k >= 0 && isGluedProclitic(doc, k)) k--;
  return doc.tokens[k];
}

/** Range/list links between two numbers: و (glued or alone), إلى, حتى, أو, "-". */
function linked(doc: Doc, a: Item, b: Item): boolean {
  const toks = doc.tokens;
  const gap = b.first - a.last - 1;
  // "ثلاثة وأربعة أيام": the و is glued to the second number word
  if (gap === 0) return b.e.wordsOnly && toks[b.first]!.norm.startsWith('و') && b.start > toks[b.first]!.start && !toks[b.first]!.lineBefore;
  if (gap !== 1) return false;
  const l = toks[a.last + 1]!;
  if (l.lineBefore || toks[b.first]!.lineBefore) return false;
  return l.norm === 'و' || l.norm === 'الي' || l.norm === 'حتي' || l.norm === 'او' || l.norm === '-';
}

/**
 * A bare number before a partner with a unit takes that unit: "4.7 و1.6 نقطة مئوية" (both points),
 * "بين 3 و5 مليارات دولار" ($3 billion), "من 13 إلى 16%". Right to left, so lists chain.
 */
function propagate(doc: Doc, items: Item[]): void {
  for (let k = items.length - 2; k >= 0; k--) {
    const a = items[k]!;
    const b = items[k + 1]!;
    if (a.kind !== 'number' || b.kind === 'number' || b.kind === 'date') continue;
    if (!linked(doc, a, b)) continue;
    // a year stays a year: "عام 2023 و…", and "في 2023 و5 ملايين دولار" is not $2,023 million
    if (a.year && (isYearCue(prevWord(doc, a.first)) || b.e.base < 1000)) continue;
    if (b.kind === 'quantity' && (a.e.wordsOnly !== b.e.wordsOnly)) continue;
    a.kind = b.kind;
    a.code = b.code;
    a.percentUnit = b.percentUnit;
    a.counted = b.counted;
    a.year = undefined;
    a.bareOk = true;
    if (a.e.scale === 1 && b.e.scale > 1 && !a.e.wordsOnly && a.e.value < 1000) a.value = times(a.e.value, b.e.scale);
    a.confidence = Math.min(b.confidence, 0.9);
  }
}

function toSpan(doc: Doc, it: Item): Span | null {
  const words = it.e.wordsOnly && it.e.scale === 1;
  let kind: Span['kind'] = it.kind;
  let english: string;
  let key: string;
  let unit: string | undefined;
  let value: number | string = it.value;
  let end = it.end;
  switch (it.kind) {
    case 'money':
      unit = it.code!;
      english = formatMoney(it.value, unit);
      key = `money:${unit}:${it.value}`;
      break;
    case 'percent':
      unit = it.percentUnit || undefined;
      english = formatPercent(it.value, unit);
      key = unit ? `percent:${unit}:${it.value}` : `percent:${it.value}`;
      break;
    case 'quantity': {
      const c = it.counted;
      const n = formatNumber(it.value, { words: words && Number.isInteger(it.value) });
      if (!c) {
        // a count of a noun the lexicon does not know: the amount alone
        english = n;
        key = `quantity::${it.value}`;
        break;
      }
      english = c.noun.en === 'fold' ? `${n}-fold` : `${n} ${it.value === 1 ? c.noun.en : c.phrase}`;
      unit = c.unit;
      key = `quantity:${unit}:${it.value}`;
      break;
    }
    default:
      if (it.year) {
        kind = 'date';
        english = it.year.english;
        value = it.year.value;
        end = it.year.end;
        key = `date:${value}`;
        break;
      }
      if (!it.bareOk) return null;
      english = formatNumber(it.value, { words });
      key = `number:${it.value}`;
  }
  const fields: Omit<Span, 'start' | 'end' | 'text'> = { kind, english, value, source: 'numeric', key, confidence: it.confidence };
  if (unit) fields.unit = unit;
  if (it.qualifier && kind !== 'date') fields.qualifier = it.qualifier;
  return span(doc, it.start, end, fields);
}
