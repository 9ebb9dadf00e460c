/**
 * Money (issue 3, item 3): the currency written after an amount ("5.6 مليون دولار أمريكي",
 * "8.04 تريليون يوان", "3 مليارات من الدولارات", "500 USD") or a symbol before it ("$5.6", "C$19",
 * "€3 مليارات"). Returns the ISO code and how far the currency reaches, so the span covers
 * number + scale + currency.
 */
import { CURRENCIES, CURRENCY_CODES, CURRENCY_COUNTRIES, CURRENCY_SYMBOLS, DOLLAR_PREFIXES, type Currency, type CurrencyFamily } from './data/currencies';
import { derivedForms, PhraseIndex } from './numeric-phrases';
import { normaliseString } from './normalize';
import type { Doc } from './tokens';

let INDEX: PhraseIndex<Currency> | null = null;

/** Built on first use (a few hundred phrases). */
function index(): PhraseIndex<Currency> {
  if (INDEX) return INDEX;
  const ix = new PhraseIndex<Currency>();
  for (const c of CURRENCIES) {
    for (const f of c.forms) {
      ix.add(f, c);
      for (const d of derivedForms(normaliseString(f))) ix.add(d, c);
    }
  }
  INDEX = ix;
  return ix;
}

export interface CurrencyHit {
  code: string;
  /** A bare shared word (درهم, دينار …): the caller may settle the country from the text. */
  family?: CurrencyFamily;
  /** Last token of the currency words (after the amount) — or the first token of a symbol before it. */
  edge: number;
  confidence: number;
}

const CODES = new Set(CURRENCY_CODES);

/** The currency named at token i (article allowed: "من البيتكوين"), for counts of a currency ("400 ألف وحدة من بيتكوين"). */
export function currencyAt(doc: Doc, i: number): Currency | null {
  return index().match(doc, i, { article: true })?.item ?? null;
}

/** Currency written right after the amount's last token. */
export function currencyAfter(doc: Doc, last: number): CurrencyHit | null {
  const toks = doc.tokens;
  const t = toks[last + 1];
  if (!t || t.lineBefore) return null;
  if (t.type === 'ar') {
    const hit = index().match(doc, last + 1);
    if (hit) return { code: hit.item.code, family: hit.item.family, edge: hit.last, confidence: hit.item.confidence ?? 0.95 };
    // "3 مليارات من الدولارات"
    if (t.norm === 'من') {
      const h2 = index().match(doc, last + 2, { article: true });
      const n = toks[last + 2];
      if (h2 && n && n.norm.startsWith('ال')) return { code: h2.item.code, family: h2.item.family, edge: h2.last, confidence: (h2.item.confidence ?? 0.95) - 0.05 };
    }
    return null;
  }
  if (t.type === 'lat') {
    const code = t.norm.toUpperCase();
    if (CODES.has(code)) return { code: code === 'RMB' ? 'CNY' : code, edge: last + 1, confidence: 0.9 };
    return null;
  }
  if (t.type === 'punct' && CURRENCY_SYMBOLS[t.norm] && toks[last + 2]?.type !== 'num') {
    // "5 $" (symbol written after, as right-to-left typing often leaves it)
    return { code: CURRENCY_SYMBOLS[t.norm]!, edge: last + 1, confidence: 0.85 };
  }
  return null;
}

/** Symbol glued (or one space) before the digits: "$5.6", "C$19", "US$ 3", "€3". */
export function currencyBefore(doc: Doc, first: number): CurrencyHit | null {
  const toks = doc.tokens;
  const num = toks[first];
  const s = toks[first - 1];
  if (!num || !s || num.lineBefore || s.type !== 'punct') return null;
  const code = CURRENCY_SYMBOLS[s.norm];
  if (!code) return null;
  const p = toks[first - 2];
  if (code === 'USD' && p && p.type === 'lat' && !s.spaceBefore && DOLLAR_PREFIXES[p.norm]) {
    return { code: DOLLAR_PREFIXES[p.norm]!, edge: first - 2, confidence: 0.95 };
  }
  return { code, edge: first - 1, confidence: 0.95 };
}

// ---------------------------------------------------------------------------------------------
// Shared currency words: which country?

/** Mentions per ISO code of the countries behind shared currency words (see CURRENCY_COUNTRIES). */
export type CountryMentions = ReadonlyMap<string, number>;

/**
 * The currency a bare shared word stands for: the family's country most mentioned in the text
 * (at least once, strictly more than the default's country); otherwise the default reading.
 * Pure: `mentions` comes from countryMentions() or a test.
 */
export function resolveCurrency(family: CurrencyFamily, fallback: string, mentions: CountryMentions): string {
  let best = fallback;
  let bestN = mentions.get(fallback) ?? 0;
  for (const code of Object.keys(CURRENCY_COUNTRIES[family])) {
    const n = mentions.get(code) ?? 0;
    if (n > bestN) { best = code; bestN = n; }
  }
  return best;
}

/** Normalised country word (one or two tokens, "w1 w2") → ISO codes of the currencies it points to. */
let COUNTRY_WORDS: Map<string, string[]> | null = null;
function countryWords(): Map<string, string[]> {
  if (COUNTRY_WORDS) return COUNTRY_WORDS;
  const m = new Map<string, string[]>();
  for (const byCode of Object.values(CURRENCY_COUNTRIES)) {
    for (const [code, words] of Object.entries(byCode)) {
      for (const w of words) {
        const k = normaliseString(w).split(' ').slice(0, 2).join(' ');
        const list = m.get(k) ?? [];
        if (!list.includes(code)) list.push(code);
        m.set(k, list);
      }
    }
  }
  COUNTRY_WORDS = m;
  PAIR_FIRSTS = new Set([...m.keys()].filter((k) => k.includes(' ')).map((k) => k.split(' ')[0]!));
  ENDINGS = new Set([...m.keys()].map((k) => endKey(k.split(' ')[0]!)));
  return m;
}
/** The last two letters of a word as one number: proclitics do not change it, so most tokens are skipped on it. */
const endKey = (w: string): number => (w.charCodeAt(w.length - 2) << 16) | w.charCodeAt(w.length - 1);
let ENDINGS: Set<number> | null = null;
/** First words of the two-word country names (so most tokens cost one Map lookup). */
let PAIR_FIRSTS: Set<string> | null = null;

interface MentionIndex {
  /** Mentions per code in the whole text. */
  all: Map<string, number>;
  /** Every mention in text order: token index and code. */
  at: { i: number; code: string }[];
}
const MENTIONS = new WeakMap<Doc, MentionIndex>();

/**
 * The country mentions that decide a shared currency word at token i: those of its paragraph when
 * the paragraph names a country of the word's family (a market round-up quotes Dubai in one paragraph and Rabat
 * in the next), else those of the whole text.
 */
export function mentionsFor(doc: Doc, i: number, family: CurrencyFamily): CountryMentions {
  const ix = mentionIndex(doc);
  if (!ix.at.length) return ix.all;
  const toks = doc.tokens;
  let a = i;
  while (a > 0 && !toks[a]!.lineBefore) a--;
  let b = i + 1;
  while (b < toks.length && !toks[b]!.lineBefore) b++;
  // first mention at or after a (binary search), then walk to b
  let lo = 0, hi = ix.at.length;
  while (lo < hi) { const m = (lo + hi) >> 1; if (ix.at[m]!.i < a) lo = m + 1; else hi = m; }
  const local = new Map<string, number>();
  for (let k = lo; k < ix.at.length && ix.at[k]!.i < b; k++) local.set(ix.at[k]!.code, (local.get(ix.at[k]!.code) ?? 0) + 1);
  const codes = CURRENCY_COUNTRIES[family];
  for (const code of local.keys()) if (codes[code]) return local;
  return ix.all;
}

/** Mentions per code in the whole text. */
export function countryMentions(doc: Doc): CountryMentions {
  return mentionIndex(doc).all;
}

/**
 * Find the country words of CURRENCY_COUNTRIES in the document (proclitics و ف ب ل ك and لل
 * stripped: "بالمغرب", "للمغرب"). One pass, one or two Map lookups per Arabic token; memoised per
 * document and only run when a shared currency word is met.
 */
function mentionIndex(doc: Doc): MentionIndex {
  const memo = MENTIONS.get(doc);
  if (memo) return memo;
  const words = countryWords();
  const out = new Map<string, number>();
  const at: { i: number; code: string }[] = [];
  const toks = doc.tokens;
  let cur = 0;
  const bump = (codes: string[] | undefined) => {
    if (codes) for (const c of codes) { out.set(c, (out.get(c) ?? 0) + 1); at.push({ i: cur, code: c }); }
    return !!codes;
  };
  /** Tokens used by a country name starting with w (0: none, 1: one word, 2: with the next word). */
  const lookup = (w: string, next: string): number => {
    if (next && PAIR_FIRSTS!.has(w)) {
      const p = words.get(`${w} ${next}`);
      if (p) { bump(p); return 2; }
    }
    return bump(words.get(w)) ? 1 : 0;
  };
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.type !== 'ar' || t.norm.length < 3 || !ENDINGS!.has(endKey(t.norm))) continue;
    const nx = toks[i + 1];
    const next = nx && nx.type === 'ar' && !nx.lineBefore ? nx.norm : '';
    const w = t.norm;
    cur = i;
    // as written, then without one or two proclitics (و ف then ب ل ك), and لل → ال
    let used = lookup(w, next);
    if (!used && w.startsWith('لل') && w.length > 4) used = lookup(`ال${w.slice(2)}`, next);
    const c0 = w[0]!;
    if (!used && w.length >= 4 && (c0 === 'و' || c0 === 'ف' || c0 === 'ب' || c0 === 'ل' || c0 === 'ك')) {
      used = lookup(w.slice(1), next);
      const c1 = w[1]!;
      if (!used && (c0 === 'و' || c0 === 'ف') && (c1 === 'ب' || c1 === 'ل' || c1 === 'ك') && w.length >= 5) used = lookup(w.slice(2), next);
    }
    if (used === 2) i++;
  }
  const ix = { all: out, at };
  MENTIONS.set(doc, ix);
  return ix;
}

