/**
 * The name annotators (issue 3, item 7): person, organization, place, product, each with an English
 * rendering and a key that groups mentions of the same thing.
 *
 * Three annotators, strongest evidence first (the registry's order breaks ties in resolve.ts):
 * 1. names-lexicon — the curated lexicon (data/lexicon.ts) and places (data/places.ts), longest match;
 * 2. names-rules   — cue words around names in no list (entity-rules.ts);
 * 3. names-guess   — Latin names and codes, quoted names, repeated parts of names (entity-guesses.ts).
 * Each later layer sees what the earlier ones marked, so the three share one pass per document
 * (memoised on the Doc object).
 */
import type { Annotator } from './annotator';
import type { Span } from './types';
import type { Doc } from './tokens';
import { wordIndex } from './tokens';
import { buildGazetteer, findAll, matchAt, type Gazetteer, type GazetteerHit, type NameEntry, type VariantOptions } from './gazetteer';
import { lexiconLines } from './data/lexicon';
import { normaliseString } from './normalize';
import { placeEntries } from './data/places';
import { newCtx, nameSpan, take, CHINESE_SYLLABLES, isCommon, isNisba, looksForeign, MINISTRY_ADJECTIVES } from './name-context';
import { GENERIC_ORG_HEADS, NAMED_ORG_HEADS } from './data/name-cues';
import { ruleSpans, chainEnglish, orgWord, isGivenName } from './entity-rules';
import { guessSpans } from './entity-guesses';
import { companyWord, isEnglishWord, transliterate } from './translit';
import { currencyAfter } from './money';

let gazetteer: Gazetteer | null = null;

/** The lexicon and places in one index: lexicon first (an organisation's spelling wins over a city's). */
export function namesGazetteer(): Gazetteer {
  if (gazetteer) return gazetteer;
  const items: (NameEntry | [NameEntry, string, VariantOptions])[] = [];
  const lines = lexiconLines();
  for (const l of lines) items.push(l.entry);
  for (const l of lines) for (const [v, english] of l.short) items.push([l.entry, v, { english }]);
  items.push(...placeEntries());
  gazetteer = buildGazetteer(items);
  return gazetteer;
}

/**
 * A country name that is also the feminine nationality adjective (السعودية "Saudi"), right after a
 * definite feminine or plural noun, is the adjective: الشركة السعودية, الصادرات السعودية.
 */
function partOfLongerName(doc: Doc, h: GazetteerHit): boolean {
  // "لياو لي تشيانغ" (Liao Liqiang) is not "لي تشيانغ" (Li Qiang): a Chinese syllable glued before
  // a listed Chinese name makes it someone else's.
  if (h.entry.kind !== 'person' || h.prefix) return false;
  const prev = doc.tokens[h.first - 1];
  const t = doc.tokens[h.first]!;
  return !!prev && prev.type === 'ar' && !t.lineBefore && CHINESE_SYLLABLES.has(prev.norm) && CHINESE_SYLLABLES.has(t.norm);
}

/**
 * A one-word place that is also a given name, followed by a family name, is the person's given name
 * (وزوجته صوفيا العلوي is Sofia Alaoui, not Sofia in Bulgaria): a definite word that is no common word
 * or nationality adjective (صوفيا البلغارية stays the city), or a foreign-looking word.
 */
function givenNameUse(doc: Doc, h: GazetteerHit): boolean {
  if (h.entry.kind !== 'place' || h.first !== h.last || h.prefix) return false;
  const t = doc.tokens[h.first]!;
  if (!isGivenName(t.norm)) return false;
  const u = doc.tokens[h.first + 1];
  if (!u || u.type !== 'ar' || u.lineBefore || isCommon(u.norm) || isNisba(u.norm)) return false;
  return u.norm.startsWith('ال') ? u.norm.length >= 5 && !u.norm.endsWith('يه') : looksForeign(u.norm);
}

/**
 * A listed one-word name glued to ب right after a given name is the person's family name, not
 * "in X": محمد بشيري is Mohamed Bachiri, not Chery (Maghreb family names often open on ب: Bennani,
 * Belhaj). Only ب: "وقال محمد لرويترز" ("told Reuters") keeps its ل.
 */
function familyNameUse(doc: Doc, h: GazetteerHit): boolean {
  // (بالصين after a name is still "in China": a family name takes no article)
  if (h.first !== h.last || h.prefix !== 'ب' || doc.tokens[h.first]!.norm.startsWith('بال')) return false;
  const prev = doc.tokens[h.first - 1];
  return !!prev && prev.type === 'ar' && !doc.tokens[h.first]!.lineBefore && isGivenName(prev.norm);
}

function adjectiveUse(doc: Doc, h: GazetteerHit): boolean {
  if (h.entry.kind !== 'place' || h.first !== h.last || h.prefix) return false;
  const t = doc.tokens[h.first]!;
  if (!t.norm.startsWith('ال') || !t.norm.endsWith('يه')) return false;
  const prev = doc.tokens[h.first - 1];
  if (!prev || prev.type !== 'ar' || !t.spaceBefore || t.lineBefore) return false;
  return /^(و|ف|ب|ل|ك)?(ال|لل)..+(ه|ات)$/.test(prev.norm);
}

/**
 * A listed company followed by a لل/ل-complement that is a company word and its adjectives is the
 * longer name: سامسونغ للإلكترونيات → Samsung Electronics, X للطاقة المتجددة → X Renewable Energy.
 * Returns the last token and the English, or null.
 */
function companyTail(doc: Doc, h: GazetteerHit): [number, string] | null {
  if (h.entry.kind !== 'organization') return null;
  const c = doc.tokens[h.last + 1];
  if (!c || c.type !== 'ar' || c.lineBefore || !/^لل?/.test(c.norm) || c.norm.length < 5) return null;
  const cEn = companyWord(c.norm);
  if (!cEn) return null;
  let last = h.last + 1;
  const adj: string[] = [];
  for (let u = doc.tokens[last + 1]; u && u.type === 'ar' && !u.lineBefore && u.norm.startsWith('ال') && companyWord(u.norm); u = doc.tokens[last + 1]) {
    adj.push(companyWord(u.norm)!);
    last++;
  }
  return [last, [h.english, ...adj.reverse(), cEn].join(' ')];
}

/**
 * A listed one-word name followed by English words in Arabic letters is a piece of a longer brand
 * (كوين ماركت كاب is CoinMarketCap, not Qwen): the whole run, transliterated.
 */
function brandRun(doc: Doc, h: GazetteerHit): number | null {
  if (h.first !== h.last || doc.tokens[h.first]!.type !== 'ar' || h.prefix) return null;
  let last = h.last;
  while (doc.tokens[last + 1]?.type === 'ar' && !doc.tokens[last + 1]!.lineBefore && isEnglishWord(doc.tokens[last + 1]!.norm)) last++;
  return last > h.last ? last : null;
}

/** Version words after a product name: Latin, and as Arabic writes them. */
const VERSION_WORDS = new Set(['pro', 'max', 'ultra', 'plus', 'next', 'mini', 'lite', 'air', 'se', 'xl', 'fold', 'flip', 'neo', 'turbo', 'elite', 'gen', 'برو', 'ماكس', 'الترا', 'بلس', 'ميني', 'لايت', 'اير', 'نكست', 'نيكست', 'فولد', 'فليب', 'تيربو', 'توربو']);
const VERSION_EN: Record<string, string> = { 'برو': 'Pro', 'ماكس': 'Max', 'الترا': 'Ultra', 'بلس': 'Plus', 'ميني': 'Mini', 'لايت': 'Lite', 'اير': 'Air', 'نكست': 'Next', 'نيكست': 'Next', 'فولد': 'Fold', 'فليب': 'Flip', 'تيربو': 'Turbo', 'توربو': 'Turbo' };

/** A model number (1–5 digits, not a year) or a version word after a product name. */
function modelPart(doc: Doc, k: number): string | null {
  const u = doc.tokens[k];
  if (!u || u.lineBefore) return null;
  // (an amount is no model number: خام برنت 94 سنتاً, 80 دولاراً — any currency after it)
  if (u.type === 'num' && /^(\d{1,5}|\d{1,2}\.\d{1,2})$/.test(u.norm) && !(/^(19|20)\d\d$/.test(u.norm)) && !/^(و|ب)?(مليون|مليار|الف|الاف|ترليون|تريليون|دولار|يورو|يوان|%|٪)/.test(doc.tokens[k + 1]?.norm ?? '') && !currencyAfter(doc, k)) {
    const after = doc.tokens[k + 1];
    if (after && !after.spaceBefore && after.type === 'punct' && /[%٪.,]/.test(after.norm) && doc.tokens[k + 2] && !doc.tokens[k + 2]!.spaceBefore && doc.tokens[k + 2]!.type === 'num') return null; // 5.6
    return u.norm;
  }
  // A Latin model code (S25, M4) after a product line: غالاكسي S25.
  if (u.type === 'lat' && /^[A-Z]{1,3}\d{1,4}[a-z]?$/.test(doc.original.slice(u.start, u.end))) return doc.original.slice(u.start, u.end);
  if ((u.type === 'lat' || u.type === 'ar') && VERSION_WORDS.has(u.type === 'lat' ? u.norm.toLowerCase() : u.norm)) {
    return u.type === 'lat' ? doc.original.slice(u.start, u.end) : VERSION_EN[u.norm]!;
  }
  return null;
}

/** A listed product and its model number or version words: Mate 70, كيرين 9020, HarmonyOS NEXT. */
function modelTail(doc: Doc, h: GazetteerHit): [number, string] | null {
  if (h.entry.kind !== 'product') return null;
  let last = h.last;
  // a model number joined by a hyphen: لونغ مارش-8 → Long March-8, تشوتشيويه-3 → Zhuque-3
  const dash = doc.tokens[last + 1];
  const n = doc.tokens[last + 2];
  if (dash && dash.type === 'punct' && dash.norm === '-' && !dash.spaceBefore && n && !n.spaceBefore && n.type === 'num' && /^\d{1,4}$/.test(n.norm)) {
    return [last + 2, `${h.english}-${n.norm}`];
  }
  const parts: string[] = [];
  for (let p = modelPart(doc, last + 1); p !== null && parts.length < 3; p = modelPart(doc, last + 1)) { parts.push(p); last++; }
  return parts.length ? [last, `${h.english} ${parts.join(' ')}`] : null;
}

/** Places that are also newspapers' names: quoted («الخليج») or after صحيفة/جريدة they are the paper. */
const PAPERS = new Map([
  ['الشرق الاوسط', 'Asharq Al-Awsat'], ['الخليج', 'Al Khaleej'], ['الرياض', 'Al Riyadh'], ['المدينه', 'Al Madina'],
  ['الجزيره', 'Al Jazeera'], ['العربيه', 'Al Arabiya'], ['القدس', 'Al Quds'], ['الشرق', 'Asharq'], ['الوطن', 'Al Watan'],
  ['الاتحاد', 'Al Ittihad'], ['البيان', 'Al Bayan'], ['الشروق', 'Al Shorouk'], ['النهار', 'Annahar'], ['الاهرام', 'Al-Ahram'],
]);
const PRESS_HEADS = new Set(['صحيفه', 'جريده', 'لصحيفه', 'لجريده', 'بصحيفه', 'وصحيفه', 'موقع', 'لموقع', 'قناه', 'لقناه']);

/** The newspaper reading of a place hit, or null. */
function paperName(doc: Doc, h: GazetteerHit): string | null {
  if (h.entry.kind !== 'place') return null;
  const words: string[] = [];
  for (let k = h.first; k <= h.last; k++) words.push(doc.tokens[k]!.norm);
  if (h.prefix) words[0] = words[0]!.slice(h.prefix.length);
  const en = PAPERS.get(words.join(' '));
  if (!en) return null;
  const prev = doc.tokens[h.first - 1];
  const next = doc.tokens[h.last + 1];
  const quoted = prev?.type === 'punct' && prev.norm === '"' && next?.type === 'punct' && next.norm === '"' && !h.prefix;
  const headed = !!prev && prev.type === 'ar' && PRESS_HEADS.has(prev.norm);
  return quoted || headed ? en : null;
}

/**
 * A listed one-word name inside quotes after another unknown word is the end of a longer quoted
 * name («ساندي كوين» is not Qwen): returns the first token of the whole, or null.
 */
function quotedWhole(doc: Doc, h: GazetteerHit): number | null {
  if (h.first !== h.last || h.prefix || doc.tokens[h.first]!.type !== 'ar') return null;
  if (!isQuote(doc, h.last + 1)) return null;
  for (let a = h.first - 1; a >= h.first - 3 && a >= 1; a--) {
    const t = doc.tokens[a]!;
    if (t.type !== 'ar' || t.lineBefore) return null;
    if (isQuote(doc, a - 1)) return a;
  }
  return null;
}


/** The English adjective of a nationality word right after a listed "Ministry of …", or undefined. */
function ministryAdjective(ctx: ReturnType<typeof newCtx>, doc: Doc, h: GazetteerHit): string | undefined {
  if (h.entry.kind !== 'organization' || !h.english.startsWith('Ministry of ')) return undefined;
  const n = doc.tokens[h.last + 1];
  if (!n || n.type !== 'ar' || n.lineBefore || ctx.taken[h.last + 1]) return undefined;
  return MINISTRY_ADJECTIVES.get(n.norm);
}

/** Generic organisation heads (شركة, مجموعة …) before a quoted company name. */
const ORG_HEAD_BEFORE_QUOTE = new Set([...GENERIC_ORG_HEADS, ...Object.keys(NAMED_ORG_HEADS)].map(normaliseString));

/**
 * A listed place opening a longer quoted name after an organisation head is the company's first word
 * (شركة «ووهان شينشين لتصنيع أشباه الموصلات», شركة «شنغهاي سبيسيل للتكنولوجيات»): the last token of
 * the quoted name, or null.
 */
function quotedCompanyFromPlace(doc: Doc, h: GazetteerHit): number | null {
  if (h.entry.kind !== 'place' || h.prefix || !isQuote(doc, h.first - 1)) return null;
  const head = doc.tokens[h.first - 2];
  if (!head || head.type !== 'ar' || !ORG_HEAD_BEFORE_QUOTE.has(head.norm.replace(/^(و|ف)?(ب|ل)?/, ''))) return null;
  for (let k = h.last + 1; k <= h.last + 5; k++) {
    const t = doc.tokens[k];
    if (!t || t.lineBefore) return null;
    if (isQuote(doc, k)) return k > h.last + 1 ? k - 1 : null;
    if (t.type === 'punct') return null;
  }
  return null;
}

/**
 * A listed "Ministry of X" and a conjoined field the glossary knows, with its adjective: وزارة الطاقة
 * والثروة المعدنية → Ministry of Energy and Mineral Resources, وزارة الصحة والسكان → … and Population.
 * Not another body (والبنك المركزي: a head noun) nor a nationality. The last token, or null.
 */
function ministryConj(ctx: ReturnType<typeof newCtx>, doc: Doc, h: GazetteerHit): number | null {
  if (h.entry.kind !== 'organization' || !h.english.startsWith('Ministry of ') || / and /.test(h.english)) return null;
  const u = doc.tokens[h.last + 1];
  if (!u || u.type !== 'ar' || u.lineBefore || ctx.taken[h.last + 1] || !u.norm.startsWith('وال') || u.norm.length < 6 || !orgWord(u.norm) || ORG_HEAD_BEFORE_QUOTE.has(u.norm.slice(3))) return null;
  let last = h.last + 1;
  const a = doc.tokens[last + 1];
  if (a && a.type === 'ar' && !a.lineBefore && !ctx.taken[last + 1] && a.norm.startsWith('ال') && orgWord(a.norm) && !MINISTRY_ADJECTIVES.has(a.norm)) last++;
  return last;
}

/**
 * A listed company and a country inside quotes is the company's branch there: «تويوتا تركيا» →
 * Toyota Turkey, «فودافون مصر» → Vodafone Egypt. The country's last token and English, or null.
 */
function quotedBranch(doc: Doc, h: GazetteerHit): [number, string] | null {
  if (h.entry.kind !== 'organization' || h.prefix || !isQuote(doc, h.first - 1)) return null;
  const c = doc.tokens[h.last + 1];
  if (!c || c.type !== 'ar' || c.lineBefore) return null;
  const m = matchAt(namesGazetteer(), doc, h.last + 1);
  if (!m || m.prefix || m.entry.kind !== 'place' || !/^place:[a-z]{2}$/.test(m.entry.key ?? '') || !isQuote(doc, m.last + 1)) return null;
  return [m.last, `${h.english} ${m.english}`];
}

/** Token k is a quotation mark. */
const isQuote = (doc: Doc, k: number): boolean => doc.tokens[k]?.type === 'punct' && doc.tokens[k]!.norm === '"';

/** Head nouns that a listed spelling may carry but the span leaves out (CONTRACT: no generic heads). */
const TRIM_HEADS = new Set(['صحيفه', 'جريده', 'مجله', 'موقع', 'قناه', 'متصفح', 'ولايه', 'منطقه', 'مقاطعه', 'جهه']);

interface Layers {
  lexicon: Span[];
  rules: Span[];
  guesses: Span[];
}

const memo = new WeakMap<Doc, Layers>();

const lexTaken = (ctx: ReturnType<typeof newCtx>, a: number, b: number): boolean => {
  for (let k = a; k <= b; k++) if (ctx.taken[k]) return true;
  return false;
};

/** The span of one lexicon hit, with the longer readings above (company words, models, papers…). */
function lexiconSpan(ctx: ReturnType<typeof newCtx>, doc: Doc, h: GazetteerHit): Span {
  const tail = companyTail(doc, h);
  if (tail) {
    const s = nameSpan(ctx, h.first, tail[0], 0, 'organization', tail[1], 'names-lexicon', 0.9);
    return { ...s, start: h.start, text: doc.original.slice(h.start, s.end) };
  }
  const branch = quotedBranch(doc, h);
  if (branch) return nameSpan(ctx, h.first, branch[0], 0, 'organization', branch[1], 'names-lexicon', 0.9);
  const company = quotedCompanyFromPlace(doc, h);
  if (company !== null && !lexTaken(ctx, h.last + 1, company)) {
    const rest = transliterate(doc.original.slice(doc.tokens[h.last + 1]!.start, doc.tokens[company]!.end));
    return nameSpan(ctx, h.first, company, 0, 'organization', `${h.english} ${rest}`, 'names-lexicon', 0.8);
  }
  const paper = paperName(doc, h);
  if (paper) {
    const s = nameSpan(ctx, h.first, h.last, 0, 'organization', paper, 'names-lexicon', 0.85);
    return { ...s, start: h.start, text: doc.original.slice(h.start, s.end) };
  }
  // A listed person and the family name after آل: طحنون بن زايد آل نهيان.
  const al = doc.tokens[h.last + 1];
  const fam = doc.tokens[h.last + 2];
  if (h.entry.kind === 'person' && al && al.norm === 'ال' && al.type === 'ar' && !al.lineBefore && fam && fam.type === 'ar' && !fam.lineBefore && fam.norm.length >= 3 && !/\bAl [A-Z]/.test(h.english)) {
    const english = `${h.english} ${transliterate(doc.original.slice(al.start, fam.end))}`;
    const s = nameSpan(ctx, h.first, h.last + 2, 0, 'person', english, 'names-lexicon', 0.9, h.entry.key);
    return { ...s, start: h.start, text: doc.original.slice(h.start, s.end) };
  }
  const conj = ministryConj(ctx, doc, h);
  if (conj !== null) {
    let english = `${h.english} and ${chainEnglish(doc.tokens.slice(h.last + 1, conj + 1))}`;
    const n = doc.tokens[conj + 1];
    const nat = n && n.type === 'ar' && !n.lineBefore && !ctx.taken[conj + 1] ? MINISTRY_ADJECTIVES.get(n.norm) : undefined;
    if (nat) english = `${nat} ${english}`;
    const s = nameSpan(ctx, h.first, nat ? conj + 1 : conj, 0, 'organization', english, 'names-lexicon', 0.9);
    return { ...s, start: h.start, text: doc.original.slice(h.start, s.end) };
  }
  // A listed ministry and the country's adjective after it: وزارة المالية الروسية → Russian Ministry of Finance.
  const adj = ministryAdjective(ctx, doc, h);
  if (adj) {
    const s = nameSpan(ctx, h.first, h.last + 1, 0, 'organization', `${adj} ${h.english}`, 'names-lexicon', 0.9);
    return { ...s, start: h.start, text: doc.original.slice(h.start, s.end) };
  }
  const model = modelTail(doc, h);
  if (model) {
    const s = nameSpan(ctx, h.first, model[0], 0, 'product', model[1], 'names-lexicon', 0.9);
    return { ...s, start: h.start, text: doc.original.slice(h.start, s.end) };
  }
  const whole = quotedWhole(doc, h);
  if (whole !== null && !lexTaken(ctx, whole, h.first - 1)) {
    const s = nameSpan(ctx, whole, h.last, 0, h.entry.kind, '', 'names-lexicon', 0.6);
    return s;
  }
  const run = brandRun(doc, h);
  if (run !== null) {
    const s = nameSpan(ctx, h.first, run, 0, 'organization', `${h.english} ${transliterate(doc.original.slice(doc.tokens[h.first + 1]!.start, doc.tokens[run]!.end))}`, 'names-lexicon', 0.8);
    return { ...s, start: h.start, text: doc.original.slice(h.start, s.end) };
  }
  // A generic head noun listed with the name (صحيفة الأهرام, قناة الجزيرة) stays out of the span.
  if (h.last > h.first && !h.prefix && TRIM_HEADS.has(doc.tokens[h.first]!.norm)) {
    take(ctx, h.first, h.first, h.entry.kind, h.english);
    return nameSpan(ctx, h.first + 1, h.last, 0, h.entry.kind, h.english, 'names-lexicon', 0.95, h.entry.key);
  }
  const s = nameSpan(ctx, h.first, h.last, 0, h.entry.kind, h.english, 'names-lexicon', 0.95, h.entry.key);
  // The match may start after proclitics (ولغوغل → غوغل).
  return { ...s, start: h.start, text: doc.original.slice(h.start, h.end) };
}

/**
 * After لل the article is fused with the preposition (للجزيرة = ل + الجزيرة): the whole word is the
 * name's span, since no substring of it is the name as written.
 */
function fused(doc: Doc, h: GazetteerHit, s: Span): Span {
  const t = doc.tokens[h.first]!;
  if (!h.prefix || !t.norm.startsWith('لل') || t.norm.slice(h.prefix.length).startsWith('ال') || s.start !== h.start) return s;
  return { ...s, start: t.start, text: doc.original.slice(t.start, s.end) };
}

/**
 * عمان is Oman (عُمان) or Amman (عَمّان). A line opening on it before a dash, colon, slash or comma is
 * a dateline, which Jordanian outlets write from Amman (Omani ones date from مسقط): then every bare
 * عمان in the text is Amman.
 */
const OMAN = normaliseString('عمان');
function ammanDateline(doc: Doc): boolean {
  const { ids, words } = wordIndex(doc);
  const oman = words.indexOf(OMAN);
  if (oman < 0) return false;
  const toks = doc.tokens;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (ids[i] !== oman || (i > 0 && !t.lineBefore)) continue;
    const n = toks[i + 1];
    if (n && n.type === 'punct' && !n.lineBefore && '-–—:/,'.includes(n.norm)) return true;
  }
  return false;
}
const AMMAN: Pick<Span, 'english' | 'key'> = { english: 'Amman', key: 'place:amman' };

function layers(doc: Doc): Layers {
  const hit = memo.get(doc);
  if (hit) return hit;
  const ctx = newCtx(doc);
  const amman = ammanDateline(doc);
  const lexicon = findAll(namesGazetteer(), doc).filter((h) => !adjectiveUse(doc, h) && !partOfLongerName(doc, h) && !givenNameUse(doc, h) && !familyNameUse(doc, h)).map((h) => {
    const s = fused(doc, h, lexiconSpan(ctx, doc, h));
    return amman && s.kind === 'place' && h.first === h.last && doc.tokens[h.first]!.norm.slice(h.prefix.length) === OMAN ? { ...s, ...AMMAN } : s;
  });
  const rules = ruleSpans(ctx);
  const guesses = guessSpans(ctx, [...lexicon, ...rules]);
  const out = { lexicon, rules, guesses };
  memo.set(doc, out);
  return out;
}

export const entityAnnotators: Annotator[] = [
  { id: 'names-lexicon', why: 'Known names first: a listed spelling is the strongest evidence.', find: (doc) => layers(doc).lexicon },
  { id: 'names-rules', why: 'Cue words around names in no list; they build on the places the lexicon found.', find: (doc) => layers(doc).rules },
  { id: 'names-guess', why: 'Weakest evidence last: Latin codes, quoted words, repeated name parts.', find: (doc) => layers(doc).guesses },
];
