/**
 * Quantities (issue 3, item 5): the counted noun after a number ("2048 وحدة معالجة رسومية",
 * "ثلاثة أيام", "126 ألف شخص", "عشرة من المدونين والمؤثرين", "20 موظفًا") from the lexicon in
 * data/units.ts, with its English plural. A generic noun ("563 مليون وحدة") takes the specific thing
 * named just before it in the clause ("إنتاج الهواتف الذكية … 563 مليون وحدة" → smartphones).
 */
import { COUNTED_NOUNS, type CountedNoun } from './data/units';
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
    const specific = specificBefore(doc, last);
    if (specific) {
      noun = specific;
      phrase = pluralNoun(specific.en, specific.pl);
    }
  }
  const h = toks[end + 1];
  const half = !!h && !h.lineBefore && h.norm === 'ونصف';
  return { noun, unit: pluralNoun(noun.en, noun.pl), phrase, last: end, viaMin, half };
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
