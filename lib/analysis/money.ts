/**
 * Money (issue 3, item 3): the currency written after an amount ("5.6 مليون دولار أمريكي",
 * "8.04 تريليون يوان", "3 مليارات من الدولارات", "500 USD") or a symbol before it ("$5.6", "C$19",
 * "€3 مليارات"). Returns the ISO code and how far the currency reaches, so the span covers
 * number + scale + currency.
 */
import { CURRENCIES, CURRENCY_CODES, CURRENCY_SYMBOLS, DOLLAR_PREFIXES, type Currency } from './data/currencies';
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
  /** Last token of the currency words (after the amount) — or the first token of a symbol before it. */
  edge: number;
  confidence: number;
}

const CODES = new Set(CURRENCY_CODES);

/** Currency written right after the amount's last token. */
export function currencyAfter(doc: Doc, last: number): CurrencyHit | null {
  const toks = doc.tokens;
  const t = toks[last + 1];
  if (!t || t.lineBefore) return null;
  if (t.type === 'ar') {
    const hit = index().match(doc, last + 1);
    if (hit) return { code: hit.item.code, edge: hit.last, confidence: hit.item.confidence ?? 0.95 };
    // "3 مليارات من الدولارات"
    if (t.norm === 'من') {
      const h2 = index().match(doc, last + 2, { article: true });
      const n = toks[last + 2];
      if (h2 && n && n.norm.startsWith('ال')) return { code: h2.item.code, edge: h2.last, confidence: (h2.item.confidence ?? 0.95) - 0.05 };
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
