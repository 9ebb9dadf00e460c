/**
 * Guesses: the weakest evidence, run after the lexicon and the cue rules.
 * - Latin-script names and codes inside Arabic text: a model or chip code (R1, o1, H800, GPT-4o) is
 *   a product; a capitalised word or acronym (Zhipu AI, NASA) an organisation. Generic tech
 *   acronyms (GPU, AI), units (5G, 7nm) and web addresses are left alone.
 * - A short quoted stretch of name-like words with no cue ("ديبسيك") is probably an organisation.
 * - A part of a person's name seen earlier (the surname ناديلا, the Chinese family name ليانغ) gets
 *   the same key and its own English word.
 */
import type { EntityKind, Span } from './types';
import type { Token } from './tokens';
import { wordIndex } from './tokens';
import { type NameCtx, keyFor, isNameLike, nameSpan, free, looksForeign, isCommon, isNisba, surnameLike } from './name-context';
import { quotedAt, orgWord, OUTLET_EN } from './entity-rules';
import { transliterate, isLetterName, isEnglishWord, letterOf, companyWord } from './translit';
import { PRODUCT_HEADS, SAYING_VERBS } from './data/name-cues';
import { normaliseString } from './normalize';

/** Words before a quoted name that make it a product (PRODUCT_HEADS, and coins). */
const PRODUCT_CUES = new Set([...PRODUCT_HEADS, 'عملة', 'العملة', 'عملات', 'العملات', 'الرمز', 'رمز', 'منتج', 'المنتج', 'تطبيقات', 'التطبيق', 'خدمة', 'الخدمة',
  'محفظة', 'المحفظة', 'سيارات', 'حاسوب', 'الحاسوب', 'حواسيب', 'كمبيوتر', 'الكمبيوتر', 'منصة', 'المنصة'].map(normaliseString));
/**
 * The word before a quoted name, or the one before a definite adjective there (مساعدها الذكي "يوانباو",
 * الحاسوب الفائق "JUPITER"), is a product word, a possessive ending left off (طرازها, مساعده).
 */
function productCue(toks: readonly Token[], a: number): boolean {
  const cue = (t: Token | undefined) => {
    if (!t || t.type !== 'ar') return false;
    const w = t.norm.replace(/^(و|ف)?(ب|ل|ك)?/, '');
    return PRODUCT_CUES.has(w) || (/(ها|ه)$/.test(w) && w.length > 4 && PRODUCT_CUES.has(w.replace(/(ها|ه)$/, '')));
  };
  const before = toks[a - 2];
  if (cue(before)) return true;
  return !!before && before.type === 'ar' && before.norm.startsWith('ال') && before.norm.length > 4 && cue(toks[a - 3]);
}

const SOURCE = 'names-guess';
/** Words right before a quoted outlet name: لـ, and press nouns (صحيفة «الوطن»). */
const PRESS_CUES = new Set(['ل', 'لـ', 'صحيفة', 'لصحيفة', 'جريدة', 'لجريدة', 'بصحيفة', 'موقع', 'لموقع', 'قناة', 'لقناة', 'وصحيفة'].map(normaliseString));
/** Verbs of saying, with a leading و/ف: a family name alone after one is the person (وأضاف الذنيبات). */
const SAYING = new Set(SAYING_VERBS.flatMap((v) => { const n = normaliseString(v); return [n, 'و' + n, 'ف' + n]; }));

/** Latin acronyms and words that are not names in Arabic tech text. */
const LATIN_COMMON = new Set(`ai gpu gpus cpu cpus npu tpu api apis llm llms ai. it iot gdp ceo cto cfo usb pc pcs ram ssd os app apps
sdk ui ux vr ar xr ev evs 5g 4g 3g 6g 4k 8k 3d 2d hd uhd lte wifi wi-fi nft nfts ipo etf etfs pdf html www http https com org net cn
faq ok tv dna rna covid id q1 q2 q3 q4 h1 h2 vs am pm gmt utc km kg mb gb tb pb mhz ghz nm mm cm kw mw gw kwh mwh gwh mah
the and of for in on at by to a an is research inc corp ltd llc co group holdings air pro max ultra plus mini lite`.split(/\s+/));
const CHINESE_SURNAMES = new Set(['ليانغ', 'وانغ', 'تشانغ', 'جانغ', 'لي', 'ليو', 'تشن', 'تشين', 'يانغ', 'هوانغ', 'تشاو', 'وو', 'تشو', 'شيوي', 'سون', 'صون', 'ما', 'هو', 'قوه', 'قوو', 'لين', 'خه', 'قاو', 'غاو', 'تشنغ', 'شيه', 'سونغ', 'تانغ', 'هان', 'فنغ', 'دنغ', 'تساو', 'بنغ', 'تسنغ', 'شياو', 'تيان', 'دونغ', 'بان', 'يوان', 'جيانغ', 'تساي', 'يو', 'دو', 'يه', 'وي', 'سو', 'لو', 'دينغ', 'رن', 'شن', 'ياو', 'تسوي', 'تشونغ', 'تان', 'فان', 'جين', 'شي', 'لي']);

/** Latin words that a number follows but that are no product line (indices, diseases). */
const NOT_MODELS = new Set(['covid', 'ftse', 'dax', 'cac', 'nikkei', 'stoxx', 'msci', 'topix', 'kospi', 'sensex', 'nifty', 'euro', 'top', 'level', 'tier', 'phase', 'vol', 'no', 'page', 'article', 'section', 'chapter', 'room', 'gate', 'route', 'stage', 'part', 'step']);

const isCode = (s: string) => /\d/.test(s) && /[A-Za-z]/.test(s) && !/^\d+(g|k|d|nm|mm|cm|km|kg|gb|tb|mb|mhz|ghz|kw|mw|gw|kwh|mah|x|s|th|st|nd|rd)$/i.test(s);

const isQuoteTok = (t: Token | undefined): boolean => t?.type === 'punct' && t.norm === '"';
/** Latin runs: tokens of type lat joined by spaces or - . & + inside one line. */
function latinSpans(ctx: NameCtx): Span[] {
  const out: Span[] = [];
  const toks = ctx.doc.tokens;
  // Only Latin inside Arabic text: a line with no Arabic word (a footer, an English caption) is left
  // alone. Lines are scanned only around Latin tokens (most text has few), the last one remembered.
  // (i only grows: the line's start is found by walking on from the last token asked about)
  let walked = 0;
  let start = 0;
  let lineStart = -1;
  let lineAr = false;
  const arabicLine = (i: number): boolean => {
    for (; walked <= i; walked++) if (toks[walked]!.lineBefore) start = walked;
    if (start !== lineStart) {
      lineStart = start;
      lineAr = false;
      for (let k = start; k < toks.length && (k === start || !toks[k]!.lineBefore); k++) if (toks[k]!.type === 'ar') { lineAr = true; break; }
    }
    return lineAr;
  };
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.type !== 'lat' || ctx.taken[i] || !arabicLine(i)) continue;
    let b = i;
    let dotted = false;
    for (;;) {
      const u = toks[b + 1];
      if (!u || u.lineBefore || ctx.taken[b + 1]) break;
      if (u.type === 'lat' || (u.type === 'num' && !u.spaceBefore)) { b++; continue; }
      const v = toks[b + 2];
      if (u.type === 'punct' && '-.&+'.includes(u.norm) && !u.spaceBefore && v && (v.type === 'lat' || v.type === 'num') && !v.spaceBefore) {
        if (u.norm === '.') dotted = true;
        b += 2;
        continue;
      }
      if (u.type === 'punct' && u.norm === '+' && !u.spaceBefore) { b++; continue; }
      break;
    }
    // An acronym or a code and its spaced model number are one product: RTX 5090, GTX 1080, Mate 70.
    let model = false;
    const m = toks[b + 1];
    const word0 = ctx.doc.original.slice(t.start, t.end);
    if (m && m.type === 'num' && m.spaceBefore && !m.lineBefore && !ctx.taken[b + 1] && b === i && /^\d{1,5}$/.test(m.norm) && !/^(19|20)\d\d$/.test(m.norm) && /^[A-Z]{2,5}$|^[A-Z][a-z]+$/.test(word0) && !LATIN_COMMON.has(word0.toLowerCase()) && !NOT_MODELS.has(word0.toLowerCase())) {
      const after = toks[b + 2];
      if (!(after && !after.spaceBefore && after.type === 'punct' && /[%٪.,]/.test(after.norm) && toks[b + 3]?.type === 'num' && !toks[b + 3]!.spaceBefore)) { b++; model = true; }
    }
    const text = ctx.doc.original.slice(t.start, toks[b]!.end);
    const i0 = i;
    if (model) {
      i = b;
      out.push(nameSpan(ctx, i0, b, 0, 'product', text, SOURCE, 0.55));
      continue;
    }
    i = b;
    if (dotted && /\.(com|org|net|cn|io|ai|gov|edu|sa|ae|eg)\b/i.test(text)) continue; // a web address
    const words = text.split(/\s+/);
    if (words.every((w) => LATIN_COMMON.has(w.toLowerCase()))) continue;
    if (toks[b + 1]?.norm === ':' || toks[b + 1]?.norm === '@' || toks[i0 - 1]?.norm === '@') continue; // a label or an e-mail address
    if (words.length === 1 && isCode(text)) {
      out.push(nameSpan(ctx, i0, b, 0, 'product', text, SOURCE, 0.6));
      continue;
    }
    const titleCase = words.every((w) => /^[A-Z0-9]/.test(w));
    // a quoted Latin name after a product word is the product (الحاسوب الفائق "JUPITER")
    const quotedProduct = isQuoteTok(toks[i0 - 1]) && isQuoteTok(toks[b + 1]) && productCue(toks, i0);
    if (words.length <= 3 && titleCase) out.push(nameSpan(ctx, i0, b, 0, words.some(isCode) || quotedProduct ? 'product' : 'organization', text, SOURCE, 0.45));
  }
  return out;
}

/**
 * A model code spelled in Arabic letter names with a number inside quotes: «إس يو 7» → SU7,
 * «تي 10 إف» → T10F, «إكس 5» → X5 (at least one letter and one number of 1–4 digits; no other word).
 */
function letterCode(toks: readonly Token[], a: number, b: number): string | null {
  if (b === a || b - a > 4) return null;
  let letters = 0, nums = 0, out = '';
  for (let k = a; k <= b; k++) {
    const t = toks[k]!;
    if (t.type === 'num' && /^\d{1,4}$/.test(t.norm)) { nums++; out += t.norm; }
    else if (t.type === 'ar' && isLetterName(t.norm)) { letters++; out += letterOf(t.norm); }
    else return null;
  }
  return letters && nums ? out : null;
}

/** Token k is ل/لل + a company word or a glossary field (للسيارات, للذكاء, لتصنيع): the trade of the name before it. */
function tradeAfter(toks: readonly Token[], k: number): boolean {
  const t = toks[k];
  if (!t || t.type !== 'ar' || t.lineBefore || !/^لل?[^ل]/.test(t.norm) || t.norm.length < 5) return false;
  return companyWord(t.norm) !== undefined || (t.norm.startsWith('لل') && orgWord(t.norm));
}

/** Short quoted stretches of name-like words: "ديبسيك" → an organisation (weak). */
function quotedSpans(ctx: NameCtx, outletsNamed: ReadonlySet<string>): Span[] {
  const out: Span[] = [];
  const toks = ctx.doc.tokens;
  for (let i = 0; i < toks.length; i++) {
    if (toks[i]!.type !== 'punct') continue; // quotedAt starts at a quote mark (a cheap test before the call)
    const q = quotedAt(ctx, i, 4);
    if (!q) continue;
    const [a, b] = q;
    if (!free(ctx, a, b)) continue;
    // A one-word outlet name in quotes is the outlet (في تصريحات لـ"الغد"): the byline's spelling.
    // Only where an outlet is meant: after لـ ("في تصريحات لـ«القبس»"), a press noun, or when the byline names it.
    const outlet = a === b ? OUTLET_EN.get(toks[a]!.norm) : undefined;
    const cue = toks[a - 2];
    if (outlet && ((!!cue && cue.type === 'ar' && PRESS_CUES.has(cue.norm)) || outletsNamed.has(outlet))) {
      out.push(nameSpan(ctx, a, b, 0, 'organization', outlet, SOURCE, 0.55));
      continue;
    }
    const code = letterCode(toks, a, b);
    if (code) {
      out.push(nameSpan(ctx, a, b, 0, 'product', code, SOURCE, 0.55));
      continue;
    }
    let ok = true;
    let foreignWord = false;
    // Words that all end in the indefinite accusative ـا («شريكا متفانيا») are a phrase, not a name.
    let accusative = b > a;
    for (let k = a; k <= b && accusative; k++) { const w = toks[k]!.norm; if (w.length < 4 || w.charCodeAt(w.length - 1) !== 0x627) accusative = false; }
    if (accusative) continue;
    for (let k = a; k <= b; k++) {
      const w = toks[k]!.norm;
      if (isEnglishWord(w) || (k > a && looksForeign(w))) foreignWord = true;
      if (!isNameLike(toks[k]) && !isLetterName(w) && !isEnglishWord(w)) ok = false;
    }
    // A transliterated name ("ديبسيك") or a spelled-out acronym ("إل إس إي جي").
    let letters = b > a;
    for (let k = a; k <= b; k++) if (!isLetterName(toks[k]!.norm)) letters = false;
    // The first word looks transliterated, or another word is an English word in Arabic letters («واعد فنتشرز»),
    // or a trade follows the quotes: "نيو" للسيارات الكهربائية, "إكس" للذكاء الاصطناعي.
    if (!looksForeign(toks[a]!.norm) && !letters && !foreignWord && !tradeAfter(toks, b + 2)) ok = false;
    // A spelled-out tech term ("جي بي يو" GPU) is not a name; بي is both B and P.
    if (letters) {
      const acronym = transliterate(ctx.doc.original.slice(toks[a]!.start, toks[b]!.end)).toLowerCase();
      if (LATIN_COMMON.has(acronym) || LATIN_COMMON.has(acronym.replace(/b/g, 'p'))) ok = false;
    }
    if (!ok) continue;
    // The word before the quotes tells the kind: عملة "تيثر" is a coin, تطبيق "X" an app.
    out.push(nameSpan(ctx, a, b, 0, productCue(toks, a) ? 'product' : 'organization', '', SOURCE, 0.45));
  }
  return out;
}

/** Token k stands alone between quotation marks. */
const quotedToken = (toks: readonly Token[], k: number): boolean => toks[k - 1]?.type === 'punct' && toks[k - 1]!.norm === '"' && toks[k + 1]?.type === 'punct' && toks[k + 1]!.norm === '"';

/** Heads of zones and parks (entity-rules.ts placeAfterHead): مجمع, منطقة. */
const ZONE_WORDS = new Set(['مجمع', 'منطقة', 'بمنطقة', 'بمجمع', 'ومنطقة', 'ومجمع'].map(normaliseString));

/** Index of the first token ending after `pos` (binary search). */
function firstTokenAt(toks: readonly Token[], pos: number): number {
  let lo = 0, hi = toks.length;
  while (lo < hi) { const m = (lo + hi) >> 1; if (toks[m]!.end <= pos) lo = m + 1; else hi = m; }
  return lo;
}

/** The last two code units of a word as one number (a filter key: equal words give equal keys). */
const end2 = (w: string): number => (w.charCodeAt(w.length - 2) << 16) | w.charCodeAt(w.length - 1);

/**
 * A set of end2 codes with a bitmap over their letters' low bytes, tested first: every distinct word
 * of a document is asked about, and most end like no member, so most asks cost a bit test, not a hash look-up.
 */
class EndSet {
  private readonly bits = new Uint8Array(8192);
  private readonly codes = new Set<number>();
  private static low = (e: number): number => ((e >>> 8) & 0xff00) | (e & 0xff);
  add(e: number): void {
    this.codes.add(e);
    const h = EndSet.low(e);
    this.bits[h >>> 3]! |= 1 << (h & 7);
  }
  has(e: number): boolean {
    const h = EndSet.low(e);
    return (this.bits[h >>> 3]! & (1 << (h & 7))) !== 0 && this.codes.has(e);
  }
}

/** The proclitic strings of cliticReadings (tokens.ts), in its order, with their preposition. */
const PROCLITICS: [string, string][] = [];
for (const c of ['', 'و', 'ف']) for (const p of ['', 'ب', 'ل', 'ك']) if (c + p) PROCLITICS.push([c + p, p]);

/**
 * The first clitic reading of w (in cliticReadings' order, without building them) whose stem is a
 * part, with four letters or more after proclitics; or null.
 */
function partReading<T>(w: string, parts: Map<string, T>): { hit: T; skip: number } | null {
  const whole = parts.get(w);
  if (whole) return { hit: whole, skip: 0 };
  for (const [pre, p] of PROCLITICS) {
    if (!w.startsWith(pre)) continue;
    const rest = w.slice(pre.length);
    if (rest.length < 2) continue;
    // لل + noun: the article restored (للصين = ل + الصين)
    if (p === 'ل' && rest.length >= 3 && rest.charCodeAt(0) === 0x0644) {
      const stem = 'ا' + rest;
      const hit = parts.get(stem);
      if (hit && stem.length >= 4) return { hit, skip: pre.length };
    }
    const hit = parts.get(rest);
    if (hit && rest.length >= 4) return { hit, skip: pre.length };
  }
  return null;
}

/** Parts of people's names already found elsewhere in the text (surname alone). */
function partSpans(ctx: NameCtx, people: Span[]): Span[] {
  const parts = new Map<string, { english: string; key: string }>();
  const defParts = new Map<string, { english: string; key: string }>();
  const toks = ctx.doc.tokens;
  for (const p of people) {
    if (p.kind !== 'person') continue;
    const inside: Token[] = [];
    for (let k = firstTokenAt(toks, p.start); k < toks.length && toks[k]!.start < p.end; k++) if (toks[k]!.type === 'ar' && toks[k]!.end <= p.end) inside.push(toks[k]!);
    if (inside.length < 2) continue;
    const en = p.english.split(/\s+/);
    const last = inside[inside.length - 1]!;
    const lastEn = en.length > 1 ? en[en.length - 1]! : transliterate(last.norm);
    // A part must be long enough not to be a common word by chance (بان/بأن), not definite (الأسد),
    // and look like a family name.
    const usable = (w: string) => w.length >= 4 && !isCommon(w) && !w.endsWith('ه') && surnameLike(w) && isNameLike({ type: 'ar', norm: w } as Token);
    if (!parts.has(last.norm) && usable(last.norm)) parts.set(last.norm, { english: lastEn, key: p.key ?? '' });
    // A definite family name (الذنيبات) repeats only right after a verb of saying (وأضاف الذنيبات).
    else if (last.norm.startsWith('ال') && last.norm.length >= 6 && !isCommon(last.norm) && !isNisba(last.norm) && !defParts.has(last.norm)) defParts.set(last.norm, { english: lastEn, key: p.key ?? '' });
    const first = inside[0]!;
    if (CHINESE_SURNAMES.has(first.norm) && usable(first.norm) && !parts.has(first.norm)) parts.set(first.norm, { english: en[0] ?? transliterate(first.norm), key: p.key ?? '' });
  }
  const out: Span[] = [];
  // Only words of the text that are such a family name (looked up among its distinct words) are visited.
  // (a byte per word id: the scan reads it for every token, where a Set<number> costs a hash look-up)
  if (defParts.size) {
    const { ids, words } = wordIndex(ctx.doc);
    const isDef = new Uint8Array(words.length);
    let any = false;
    // every definite part starts with ال and has six letters or more: most words skip the look-up
    for (let id = 0; id < words.length; id++) {
      const w = words[id]!;
      if (w.length >= 6 && w.charCodeAt(0) === 0x0627 && w.charCodeAt(1) === 0x0644 && defParts.has(w)) {
        isDef[id] = 1;
        any = true;
      }
    }
    for (let i = 1; any && i < toks.length; i++) {
      if (!isDef[ids[i]!]) continue;
      const t = toks[i]!;
      const hit = t.type === 'ar' && !ctx.taken[i] ? defParts.get(t.norm) : undefined;
      if (hit && !t.lineBefore && toks[i - 1]!.type === 'ar' && SAYING.has(toks[i - 1]!.norm)) out.push(nameSpan(ctx, i, i, 0, 'person', hit.english, SOURCE, 0.6, hit.key));
    }
  }
  if (!parts.size) return out;
  // Parts by their last two letters (parts have four or more): a token can only hold a part it ends with.
  const byEnd = new EndSet();
  for (const p of parts.keys()) byEnd.add(end2(p));
  // Words (distinct, by id) that end like a part.
  const { ids, words } = wordIndex(ctx.doc);
  const endsLikePart = new Uint8Array(words.length);
  for (let id = 0; id < words.length; id++) endsLikePart[id] = byEnd.has(end2(words[id]!)) ? 1 : 0;
  // A part that the text also uses with the article is a common noun there (لاعب / اللاعب).
  for (let id = 0; id < words.length; id++) {
    const w = words[id]!;
    if (endsLikePart[id] && w.charCodeAt(0) === 0x0627 && w.charCodeAt(1) === 0x0644) parts.delete(w.slice(2));
  }
  // partReading per word id (parts no longer change): undefined = not read yet
  const readings: (ReturnType<typeof partReading<{ english: string; key: string }>> | undefined)[] = new Array(words.length);
  for (let i = 0; i < toks.length; i++) {
    const id = ids[i]!;
    if (!endsLikePart[id]) continue;
    const t = toks[i]!;
    if (t.type !== 'ar' || ctx.taken[i]) continue;
    let found = readings[id];
    if (found === undefined) readings[id] = found = partReading(t.norm, parts);
    if (found) out.push(nameSpan(ctx, i, i, found.skip, 'person', found.hit.english, SOURCE, 0.6, found.hit.key));
  }
  return out;
}

/**
 * Later bare mentions of an organisation or product that a cue or quotes named once
 * (شركة "زيبو" … ثم زيبو): same key, same English. Names of one to three name-like words.
 */
const SKIPS_AR = [0, 1, 2];
const SKIPS_LAT = [0];
/** Are the first `skip` letters of w (as many as it has) proclitics و ف ب ل ك? */
function cliticsBefore(w: string, skip: number): boolean {
  const n = Math.min(skip, w.length);
  if (!n) return false;
  for (let k = 0; k < n; k++) {
    const c = w.charCodeAt(k);
    if (c !== 0x0648 && c !== 0x0641 && c !== 0x0628 && c !== 0x0644 && c !== 0x0643) return false;
  }
  return true;
}

/** The first name of the list whose other words follow token i, free. */
function restFollows<C extends { rest: string[] }>(ctx: NameCtx, i: number, list: C[]): C | undefined {
  const toks = ctx.doc.tokens;
  next: for (const c of list) {
    for (let k = 0; k < c.rest.length; k++) if (toks[i + 1 + k]?.norm !== c.rest[k] || ctx.taken[i + 1 + k]) continue next;
    return c;
  }
  return undefined;
}

function repeatSpans(ctx: NameCtx, found: Span[]): Span[] {
  const toks = ctx.doc.tokens;
  const names = new Map<string, { rest: string[]; span: Span; short: boolean }[]>();
  for (let f of found) {
    const zone = f.kind === 'place' && f.source === 'names-rules' && ZONE_WORDS.has(toks[firstTokenAt(toks, f.start)]!.norm);
    if (f.kind !== 'organization' && f.kind !== 'product' && !zone) continue;
    const inside: Token[] = [];
    for (let k = firstTokenAt(toks, f.start); k < toks.length && toks[k]!.start < f.end; k++) inside.push(toks[k]!);
    // A zone or park named once in full (مجمع موروالي الصناعي) is named later by its name alone (في موروالي).
    if (zone) {
      inside.shift();
      while (inside.length && /^(ال|لل)/.test(inside[inside.length - 1]!.norm)) inside.pop();
      if (!inside.length) continue;
      const english = transliterate(ctx.doc.original.slice(inside[0]!.start, inside[inside.length - 1]!.end));
      f = { ...f, english, key: keyFor('place', english) };
    }
    if (!inside.length || inside.length > 3 || !inside.every((t) => t.type === 'lat' || isNameLike(t))) continue;
    // A three-letter name repeats only between quotes, as it was named («توغ» … لـ«توغ»).
    const short = inside[0]!.type === 'ar' && inside.length === 1 && inside[0]!.norm.length < 4;
    if (short && (inside[0]!.norm.length < 3 || isCommon(inside[0]!.norm) || !quotedToken(toks, firstTokenAt(toks, f.start)))) continue;
    if (!short && inside[0]!.type === 'ar' && !looksForeign(inside[0]!.norm)) continue; // repeat only names that look like names
    const [head, ...rest] = inside.map((t) => t.norm);
    const list = names.get(head!) ?? [];
    list.push({ rest, span: f, short });
    names.set(head!, list);
  }
  if (!names.size) return [];
  // Heads by their last letters: a token (after its proclitics) can only be a head it ends with.
  const ends2 = new EndSet();
  const ends1 = new Set<number>();
  for (const h of names.keys()) {
    if (h.length >= 2) ends2.add(end2(h));
    else ends1.add(h.charCodeAt(0));
  }
  const { ids, words } = wordIndex(ctx.doc);
  const endsLikeHead = new Uint8Array(words.length);
  for (let id = 0; id < words.length; id++) {
    const w = words[id]!;
    endsLikeHead[id] = ends2.has(end2(w)) || ends1.has(w.charCodeAt(w.length - 1)) ? 1 : 0;
  }
  const out: Span[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (!endsLikeHead[ids[i]!]) continue;
    const t = toks[i]!;
    if (ctx.taken[i] || (t.type !== 'ar' && t.type !== 'lat')) continue;
    for (const skip of t.type === 'ar' ? SKIPS_AR : SKIPS_LAT) {
      if (skip && !cliticsBefore(t.norm, skip)) break;
      const list = names.get(skip ? t.norm.slice(skip) : t.norm);
      const hit = list ? restFollows(ctx, i, list) : undefined;
      if (hit && hit.short && (skip || !quotedToken(toks, i))) break;
      if (hit) {
        const last = i + hit.rest.length;
        out.push(nameSpan(ctx, i, last, skip, hit.span.kind as EntityKind, hit.span.english, SOURCE, 0.55, hit.span.key));
        i = last;
        break;
      }
    }
  }
  return out;
}

/** All guesses. `found` are the spans of the earlier layers (people give surnames, cue-named organisations repeats). */
export function guessSpans(ctx: NameCtx, found: Span[]): Span[] {
  const latin = latinSpans(ctx);
  const quoted = quotedSpans(ctx, new Set(found.filter((f) => f.kind === 'organization').map((f) => f.english)));
  const people = found.filter((s) => s.kind === 'person');
  const named = [...found.filter((s) => s.source !== 'names-lexicon'), ...quoted];
  return [...latin, ...quoted, ...partSpans(ctx, people), ...repeatSpans(ctx, named)];
}
