/**
 * Quantities (issue 3, item 5): the counted noun after a number ("2048 وحدة معالجة رسومية",
 * "ثلاثة أيام", "126 ألف شخص", "عشرة من المدونين والمؤثرين", "20 موظفًا") from the lexicon in
 * data/units.ts, with its English plural. A generic noun ("563 مليون وحدة") takes the specific thing
 * named after "من" ("400 ألف وحدة من بيتكوين" → bitcoins) or, failing that, a product named just
 * before it in the clause ("إنتاج الهواتف الذكية … 563 مليون وحدة" → smartphones). A rate adverb
 * after the noun is kept ("برميل يوميا" → barrels per day); عقد and مركز are read by context
 * (decade/contract, place/centre); duals count two ("عامين") and a noun before "واحدة" counts one.
 */
import { COUNTED_NOUNS, type CountedNoun } from './data/units';
import { currencyAt } from './money';
import { NUMBER_WORDS } from './numbers';
import { derivedForms, PhraseIndex } from './numeric-phrases';
import { normaliseString } from './normalize';
import { pluralNoun } from './english-numbers';
import type { Doc } from './tokens';

let INDEX: PhraseIndex<CountedNoun> | null = null;

function index(): PhraseIndex<CountedNoun> {
  if (INDEX) return INDEX;
  const ix = new PhraseIndex<CountedNoun>();
  for (const c of COUNTED_NOUNS) {
    for (const f of c.forms) {
      ix.add(f, c);
      for (const d of derivedForms(normaliseString(f))) ix.add(d, c);
    }
  }
  INDEX = ix;
  return ix;
}

export interface CountedHit {
  noun: CountedNoun;
  /** English plural ("GPUs"). */
  unit: string;
  /** English of the noun phrase when two nouns are joined ("bloggers and influencers"). */
  phrase: string;
  /** Last token of the counted noun(s). */
  last: number;
  /** Found after "من" ("عشرة من المدونين"). */
  viaMin: boolean;
  /** "ثلاثة أشهر ونصف": a half added after the noun. */
  half: boolean;
}

/** Nouns too generic to report when the clause names the thing counted. */
const GENERIC = new Set(['unit', 'piece', 'item', 'device']);
/** Things counted "in units" by production and sales statistics: what a generic "وحدة" may stand for. */
const PRODUCTS = new Set(['GPU', 'CPU', 'processor', 'chip', 'semiconductor', 'integrated circuit', 'wafer', 'server',
  'supercomputer', 'computer', 'laptop', 'tablet', 'smartphone', 'phone', 'robot', 'drone', 'satellite', 'camera', 'sensor',
  'battery', 'electric vehicle', 'new energy vehicle', 'car', 'vehicle', 'truck', 'bus', 'train', 'aircraft', 'ship',
  'container', 'machine', 'base station', 'charging station', 'house', 'transistor']);

const SINGULAR = new Map<CountedNoun, string>();
/** The normalised singular (first form) of a counted noun. */
function singularOf(n: CountedNoun): string {
  let s = SINGULAR.get(n);
  if (s === undefined) SINGULAR.set(n, (s = normaliseString(n.forms[0] ?? '')));
  return s;
}

/** The counted noun(s) right after token `last` (optionally after "من"). */
export function countedAfter(doc: Doc, last: number): CountedHit | null {
  const toks = doc.tokens;
  const t = toks[last + 1];
  if (!t || t.lineBefore || t.type !== 'ar') return null;
  let hit = index().match(doc, last + 1);
  let viaMin = false;
  if (!hit && t.norm === 'من' && toks[last + 2]?.norm.startsWith('ال')) {
    hit = index().match(doc, last + 2, { article: true });
    // a partitive counts a plural ("عشرة من المدونين"); "13 من الشهر" is a day of the month
    if (hit && hit.first === hit.last && toks[last + 2]!.norm.slice(2) === singularOf(hit.item)) hit = null;
    viaMin = !!hit;
  }
  if (!hit) return null;
  let noun = hit.item;
  let end = hit.last;
  let phrase = pluralNoun(noun.en, noun.pl);
  // "المدونين والمؤثرين": a second noun joined by و
  const n2 = toks[end + 1];
  // only in the partitive ("عشرة من المدونين والمؤثرين"): after a bare noun, "و" usually starts a new clause
  // ("ثلاث ساعات وعقد في المقر" — "and was held")
  if (viaMin && n2 && !n2.lineBefore && n2.type === 'ar' && n2.norm.startsWith('و') && n2.norm.length > 3) {
    const h2 = index().match(doc, end + 1, { article: viaMin, clitic: true });
    if (h2 && h2.skip === 1 && h2.item !== noun) {
      phrase = `${phrase} and ${pluralNoun(h2.item.en, h2.item.pl)}`;
      noun = h2.item;
      end = h2.last;
    }
  }
  if (GENERIC.has(noun.en)) {
    // "400 ألف وحدة من بيتكوين": the thing named after من; else a product named just before
    // (an unknown thing after من — "وحدة من إيثريوم" — stays "units": no look-back then)
    const specific = toks[end + 1]?.norm === 'من' && !toks[end + 1]!.lineBefore ? partitiveAfter(doc, end) : specificBefore(doc, last);
    if (specific) {
      noun = specific;
      phrase = pluralNoun(specific.en, specific.pl);
    }
  } else {
    const alt = contextual(doc, last, end, noun);
    if (alt !== noun) { noun = alt; phrase = pluralNoun(alt.en, alt.pl); }
  }
  const h = toks[end + 1];
  const half = !!h && !h.lineBefore && h.norm === 'ونصف';
  let unit = pluralNoun(noun.en, noun.pl);
  // "برميل يوميا": a rate
  let rate = h && !h.lineBefore ? RATES.get(h.norm) : undefined;
  // "برميل في اليوم", "طن في السنة"
  const h2 = toks[end + 2];
  if (!rate && h && h.norm === 'في' && h2 && !h2.lineBefore) rate = RATES_IN.get(h2.norm);
  if (rate && noun.en !== 'fold' && noun.en !== 'time') {
    unit = `${unit} ${rate}`;
    phrase = `${phrase} ${rate}`;
  }
  return { noun, unit, phrase, last: end, viaMin, half };
}

/** Adverbs of rate after a counted noun ("برميل يوميا" → barrels per day). */
const RATES = new Map<string, string>([
  ['يوميا', 'per day'], ['يومي', 'per day'], ['سنويا', 'per year'], ['شهريا', 'per month'], ['أسبوعيا', 'per week'], ['ساعيا', 'per hour'],
].map(([a, b]) => [normaliseString(a!), b!]));

/** The same after "في" ("في اليوم", "في السنة"). */
const RATES_IN = new Map<string, string>([
  ['اليوم', 'per day'], ['السنة', 'per year'], ['العام', 'per year'], ['الشهر', 'per month'], ['الأسبوع', 'per week'], ['الساعة', 'per hour'],
].map(([a, b]) => [normaliseString(a!), b!]));

/**
 * Nouns whose meaning after a number depends on the clause: "عقد" is a contract, but a decade in a
 * time phrase ("منذ ثلاثة عقود", "خلال عقدين", "أربعة عقود مضت"); "مركز" is a centre, but a place in a
 * ranking ("تقدم خمسة مراكز").
 */
const DECADE: CountedNoun = { en: 'decade', forms: ['عقد'] };
const PLACE: CountedNoun = { en: 'place', forms: ['مركز'] };
const TIME_BEFORE = new Set(['منذ', 'خلال', 'طوال', 'طيلة', 'لمده', 'مده', 'مدي', 'قبل', 'بعد', 'نحو', 'حوالي', 'قرابه', 'لنحو', 'لقرابه', 'علي'].map(normaliseString));
const TIME_AFTER = new Set(['مضت', 'الماضيه', 'المقبله', 'القادمه', 'الاخيره', 'الاولي', 'ماضيه', 'متتاليه', 'متواصله', 'كامله', 'تقريبا'].map(normaliseString));
const RANK_WORDS = new Set(['تقدم', 'تقدمت', 'تراجع', 'تراجعت', 'صعد', 'صعدت', 'قفز', 'قفزت', 'هبط', 'هبطت', 'ارتقي', 'ارتقت', 'التصنيف', 'الترتيب', 'المرتبه', 'المؤشر', 'بمقدار'].map(normaliseString));

function contextual(doc: Doc, numLast: number, nounLast: number, noun: CountedNoun): CountedNoun {
  if (noun.en !== 'contract' && noun.en !== 'centre') return noun;
  const toks = doc.tokens;
  // the words before the number (skipping the number words themselves and a qualifier's من)
  let k = numLast - 1;
  while (k >= 0 && (toks[k]!.type === 'num' || NUMBER_WORDS.has(toks[k]!.norm) || toks[k]!.norm === 'و')) k--;
  const before = [toks[k], toks[k - 1], toks[k - 2]].filter((t) => t && t.type === 'ar').map((t) => t!.norm);
  const after = toks[nounLast + 1] && !toks[nounLast + 1]!.lineBefore ? toks[nounLast + 1]!.norm : '';
  if (noun.en === 'contract') {
    const b0 = before[0] ?? '';
    const stripped = b0.replace(/^[وف]/, '');
    if (TIME_AFTER.has(after) || TIME_BEFORE.has(stripped) || (after === 'من' && toks[nounLast + 2]?.norm === 'الزمن')) return DECADE;
    return noun;
  }
  // a ranking verb or word within three words, not across a new clause ("… وافتتح خمسة مراكز")
  for (const w of before) {
    if (RANK_WORDS.has(w) || RANK_WORDS.has(w.replace(/^[وف]/, ''))) return PLACE;
    if (w.startsWith('و')) break;
  }
  return noun;
}


/** "وحدة من X" (optionally quoted): X as a counted noun or a currency ("بيتكوين" → bitcoins). */
function partitiveAfter(doc: Doc, end: number): CountedNoun | null {
  const toks = doc.tokens;
  if (toks[end + 1]?.norm !== 'من' || toks[end + 1]!.lineBefore) return null;
  let k = end + 2;
  if (toks[k]?.type === 'punct' && '"«\''.includes(toks[k]!.norm)) k++;
  const t = toks[k];
  if (!t || t.lineBefore || t.type !== 'ar') return null;
  const h = index().match(doc, k, { article: true });
  if (h && !GENERIC.has(h.item.en)) return h.item;
  const c = currencyAt(doc, k);
  if (c) return { en: c.en[0].replace(/^US /, ''), pl: c.en[1].replace(/^US /, ''), forms: [] };
  return null;
}

/**
 * The thing named in the clause before a generic count: look back up to 8 tokens (not past a
 * sentence stop) for a lexicon noun with the article ("الهواتف الذكية", "الدوائر المتكاملة").
 */
function specificBefore(doc: Doc, before: number): CountedNoun | null {
  const toks = doc.tokens;
  for (let k = before - 1; k >= 0 && k >= before - 8; k--) {
    const t = toks[k]!;
    if (t.type === 'punct' && '.!?;:'.includes(t.norm)) return null;
    if (toks[k + 1]?.lineBefore) return null;
    if (t.type !== 'ar' || !t.norm.startsWith('ال')) continue;
    const h = index().match(doc, k, { article: true });
    if (h && PRODUCTS.has(h.item.en)) return h.item;
  }
  return null;
}

/**
 * A definite counted noun ending right before token i ("الأيام الثلاثة", "السيارات الكهربائية الخمس"):
 * the number comes after its noun when both carry the article.
 */
export function countedBefore(doc: Doc, i: number): CountedHit | null {
  const toks = doc.tokens;
  if (toks[i]?.lineBefore) return null;
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const t = toks[k]!;
    if (t.type !== 'ar' || (k < i - 1 && toks[k + 1]!.lineBefore)) return null;
    if (!t.norm.startsWith('ال')) continue;
    const h = index().match(doc, k, { article: true });
    if (h && h.last === i - 1) {
      const unit = pluralNoun(h.item.en, h.item.pl);
      return { noun: h.item, unit, phrase: unit, last: h.last, viaMin: false, half: false };
    }
  }
  return null;
}

/** The counted noun after token `last` when it carries the article ("الخمس سنوات الماضية"). */
export function countedAfterDefinite(doc: Doc, last: number): CountedHit | null {
  const h = index().match(doc, last + 1, { article: true });
  if (!h || doc.tokens[last + 1]!.lineBefore) return null;
  const unit = pluralNoun(h.item.en, h.item.pl);
  return { noun: h.item, unit, phrase: unit, last: h.last, viaMin: false, half: false };
}

// ---------------------------------------------------------------------------------------------
// Duals: the noun alone counts two ("عامين" = two years, "شركتين" = two companies)

let DUALS: Map<string, CountedNoun> | null = null;
/** Masculine singulars listed after the first form whose dual is common ("عامين", "فصلين"). */
const DUAL_SYNONYMS = new Set(['عام', 'فصل', 'بلد', 'اتفاق', 'مصرف', 'بيت', 'فرد'].map(normaliseString));
/** Singulars whose -ين form is mostly their sound plural (producers, attendees, readers, worlds): no dual. */
const NO_DUAL = new Set(['منتج', 'حاضر', 'قارئ', 'عالم', 'معالج', 'طالب'].map(normaliseString));

/**
 * Dual form (normalised: -ان/-ين, feminine -تان/-تين) → counted noun, for the single-word forms of
 * the lexicon. A dual that is also a listed form of any noun is left out: "مستخدمين" is the plural
 * of مستخدم as often as its dual, "مهندسين" likewise.
 */
function duals(): Map<string, CountedNoun> {
  if (DUALS) return DUALS;
  const listed = new Set<string>();
  for (const c of COUNTED_NOUNS) for (const f of c.forms) listed.add(normaliseString(f));
  const m = new Map<string, CountedNoun>();
  for (const c of COUNTED_NOUNS) {
    for (let k = 0; k < c.forms.length; k++) {
      const w = normaliseString(c.forms[k]!);
      if (w.includes(' ') || w.length < 2 || /(ين|ون|ات|ان)$/.test(w)) continue;
      // the singular (first form), a feminine singular (-ة), or a listed masculine synonym; never a
      // broken plural (قطع → "قطعان" is "herds", not two pieces)
      if ((k > 0 && !w.endsWith('ه') && !DUAL_SYNONYMS.has(w)) || NO_DUAL.has(w)) continue;
      // masculine: the oblique -ين only; -ان is also the end of names ("طالبان" the Taliban, "ميلان" Milan)
      const forms = w.endsWith('ه') ? [`${w.slice(0, -1)}تان`, `${w.slice(0, -1)}تين`] : [`${w}ين`];
      for (const d of forms) if (!listed.has(d) && !m.has(d)) m.set(d, c);
    }
  }
  DUALS = m;
  return m;
}

/**
 * An indefinite dual noun at token i, with up to two proclitics ("وشهرين", "لعامين"): the noun and
 * how many normalised letters of proclitic to skip. Not "مرتين" (twice: an adverb, not a count).
 */
export function dualAt(doc: Doc, i: number): { hit: CountedHit; skip: number } | null {
  const t = doc.tokens[i];
  if (!t || t.type !== 'ar' || t.norm.length < 4) return null;
  const w = t.norm;
  // cheap exit first: every dual ends in -ان or -ين
  if (w.charCodeAt(w.length - 1) !== 0x0646 || (w.charCodeAt(w.length - 2) !== 0x064a && w.charCodeAt(w.length - 2) !== 0x0627)) return null;
  if (w.startsWith('ال')) return null;
  const m = duals();
  for (let skip = 0; skip <= 2 && t.norm.length - skip >= 4; skip++) {
    if (skip && !/^[وف]?[بلك]?$/.test(t.norm.slice(0, skip))) break;
    const noun = m.get(t.norm.slice(skip));
    if (!noun) continue;
    if (noun.en === 'time' || noun.en === 'fold') return null;
    const alt = contextual(doc, i - 1, i, noun);
    const unit = pluralNoun(alt.en, alt.pl);
    return { hit: { noun: alt, unit, phrase: unit, last: i, viaMin: false, half: false }, skip };
  }
  return null;
}

/**
 * An indefinite counted noun right before token i, for "واحد/واحدة" after it ("شركة واحدة",
 * "يوم واحد"). Not "مرة واحدة" (once).
 */
export function countedBeforeIndefinite(doc: Doc, i: number): CountedHit | null {
  const toks = doc.tokens;
  if (toks[i]?.lineBefore || i < 1) return null;
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const t = toks[k]!;
    if (t.type !== 'ar' || (k < i - 1 && toks[k + 1]!.lineBefore)) return null;
    const h = index().match(doc, k, { clitic: true });
    if (h && h.last === i - 1 && !toks[k]!.norm.slice(h.skip).startsWith('ال')) {
      if (h.item.en === 'time') return null;
      const unit = pluralNoun(h.item.en, h.item.pl);
      return { noun: h.item, unit, phrase: unit, last: h.last, viaMin: false, half: false };
    }
  }
  return null;
}
