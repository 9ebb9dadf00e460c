/**
 * Article extraction (issue 4 §1): body root, headline and date, without changing the page.
 *
 * Order: the site's layout rule (data in sites.ts) → an explicit article body (`itemprop=articleBody`,
 * one dominant `<article>`) → Readability on a *clone* (readability-root.ts, passed in by the
 * caller) → the gate's densest paragraph container. On china.org.cn the site rule finds the body
 * with a few `querySelector` calls: no clone, no Readability, and the text map walks the body only.
 * Free of extension APIs: the `annotate` command runs it in Node on a jsdom Document (extract.ts).
 *
 * Size note: this module does not import @mozilla/readability (≈ 90 kB unminified), so the
 * annotator bundle does not carry it; extract.ts wires it in for Node and tests.
 */
import { gate, type GateResult } from './gate';
import { findPart, siteRuleFor, type SiteRule } from './sites';
import { buildTextMap, type TextMap } from './text-map';

export type ExtractMethod = 'site' | 'semantic' | 'readability' | 'density' | 'body' | 'none';

export interface ExtractedArticle {
  /** The gate's verdict on the page (a section page still yields text, but is not an article). */
  isArticle: boolean;
  reason: string;
  title: string;
  /** Publication date: ISO `YYYY-MM-DD` when it could be read, else the text as found, else ''. */
  date: string;
  /** The live element holding the article body. */
  root: Element | null;
  /** The article text (the text every analysis offset points into): `map.text`. */
  text: string;
  map: TextMap | null;
  method: ExtractMethod;
  /** Selectors skipped inside the root (rebuild the map with the same list). */
  exclude: readonly string[];
}

export interface ExtractOptions {
  /** Page address (defaults to the document's). */
  url?: string;
  /** A gate result already computed for this document. */
  gate?: GateResult;
  /** Allow the Readability fallback (default true; it runs only when a `ReadabilityRoot` is given). */
  readability?: boolean;
  /**
   * Without a `ReadabilityRoot`: stop where Readability would run, with reason `needs-readability`
   * (the annotator then loads it and asks again) instead of falling through to the density path.
   */
  askForReadability?: boolean;
  /** Passed to the text map (the annotator says yes: it runs in a browser; else sniffed). */
  computedStyle?: boolean;
}

/** Readability on a clone, located in the live page (readability-root.ts). */
export type ReadabilityRoot = (doc: Document) => { root: Element; title: string; date: string } | null;

/** Not article text even inside the body root, on any site. */
const GENERIC_EXCLUDE = ['nav', 'aside', '[role="navigation"]', '[role="complementary"]', '.share', '.social', '.sharing', '.related'];
export const MIN_BODY = 200;
/** `reason` of an extraction stopped for want of Readability (`askForReadability`). */
export const NEEDS_READABILITY = 'needs-readability';

function textLen(el: Element): number {
  return (el.textContent ?? '').trim().length;
}

export function clean(s: string | null | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}

/** "27. 01. 2025", "2025-01-27", "2025/1/27" → "2025-01-27"; anything else → ''. */
export function isoDate(s: string): string {
  const pad = (n: string) => n.padStart(2, '0');
  let m = /(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})/.exec(s);
  if (m) return `${m[1]}-${pad(m[2]!)}-${pad(m[3]!)}`;
  m = /(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})/.exec(s);
  if (m && Number(m[2]) <= 12) return `${m[3]}-${pad(m[2]!)}-${pad(m[1]!)}`;
  return '';
}

function siteRoot(doc: Document, rule: SiteRule | undefined): Element | null {
  if (!rule) return null;
  const el = findPart(doc, rule.body);
  return el && textLen(el) >= MIN_BODY ? el : null;
}

function semanticRoot(doc: Document): Element | null {
  const body = doc.querySelector('[itemprop="articleBody"]');
  if (body && textLen(body) >= MIN_BODY) return body;
  const articles = doc.getElementsByTagName('article');
  if (!articles.length || articles.length > 3) return null; // many <article>s = a teaser list
  let best: Element | null = null;
  let bestLen = 0;
  for (const a of Array.from(articles)) {
    const n = textLen(a);
    if (n > bestLen) [best, bestLen] = [a, n];
  }
  return best && bestLen >= MIN_BODY ? best : null;
}

function densityRoot(doc: Document): Element | null {
  const ps = doc.getElementsByTagName('p');
  const by = new Map<Element, number>();
  for (let i = 0; i < ps.length && i < 2000; i++) {
    const p = ps[i]!;
    const n = textLen(p);
    if (n >= 60 && p.parentElement) by.set(p.parentElement, (by.get(p.parentElement) ?? 0) + n);
  }
  let best: Element | null = null;
  let bestN = 0;
  for (const [el, n] of by) if (n > bestN) [best, bestN] = [el, n];
  return best && bestN >= MIN_BODY ? best : null;
}

function findTitle(doc: Document, rule: SiteRule | undefined, root: Element | null): string {
  if (rule) {
    const t = clean(findPart(doc, rule.title)?.textContent);
    if (t) return t;
  }
  const h1 = root?.closest('article')?.querySelector('h1') ?? root?.querySelector('h1') ?? doc.querySelector('h1');
  if (h1 && clean(h1.textContent)) return clean(h1.textContent);
  const og = clean(doc.head?.querySelector('meta[property="og:title"]')?.getAttribute('content'));
  if (og) return og;
  let t = clean(doc.title);
  if (rule?.titleSuffix) t = t.replace(rule.titleSuffix, '');
  return t;
}

function findDate(doc: Document, rule: SiteRule | undefined, root: Element | null): string {
  // Bounded queries only (<head>, the article element): whole-document queries are slow on huge pages.
  const meta = doc.head?.querySelector('meta[property="article:published_time"], meta[itemprop="datePublished"], meta[name="publishdate"]')?.getAttribute('content');
  if (meta && isoDate(meta)) return isoDate(meta);
  const time = (root?.closest('article') ?? root)?.querySelector('time[datetime]')?.getAttribute('datetime');
  if (time && isoDate(time)) return isoDate(time);
  if (rule) {
    const d = clean(findPart(doc, rule.date)?.textContent);
    if (d) return isoDate(d) || d;
  }
  return '';
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/** Find the article in a document without changing it, Readability given by the caller. Never throws. */
export function extractWith(doc: Document, opts: ExtractOptions = {}, readabilityRoot?: ReadabilityRoot): ExtractedArticle {
  const empty: ExtractedArticle = { isArticle: false, reason: 'error', title: '', date: '', root: null, text: '', map: null, method: 'none', exclude: [] };
  try {
    const url = opts.url ?? doc.location?.href ?? doc.URL;
    const host = hostOf(url);
    const verdict = opts.gate ?? gate(doc, url);
    const rule = siteRuleFor(host);
    let method: ExtractMethod = 'none';
    let title = '';
    let date = '';
    let root = siteRoot(doc, rule);
    if (root) method = 'site';
    if (!root) {
      root = semanticRoot(doc);
      if (root) method = 'semantic';
    }
    if (!root && opts.readability !== false && !readabilityRoot && opts.askForReadability) return { ...empty, reason: NEEDS_READABILITY };
    if (!root && opts.readability !== false && readabilityRoot) {
      try {
        const r = readabilityRoot(doc);
        if (r) ({ root, title, date } = { root: r.root, title: r.title, date: r.date });
        if (root) method = 'readability';
      } catch {
        /* Readability failed on this page: fall through */
      }
    }
    if (!root) {
      root = (verdict.container && verdict.container.isConnected ? verdict.container : null) ?? densityRoot(doc);
      if (root) method = 'density';
    }
    if (!root && doc.body) {
      root = doc.body;
      method = 'body';
    }
    if (!root) return { ...empty, reason: verdict.reason };
    const exclude = [...GENERIC_EXCLUDE, ...(rule?.exclude ?? [])];
    const map = buildTextMap(root, { exclude, computedStyle: opts.computedStyle });
    return {
      isArticle: verdict.pass && method !== 'body',
      reason: verdict.reason,
      title: findTitle(doc, rule, root) || title,
      date: findDate(doc, rule, root) || date,
      root,
      text: map.text,
      map,
      method,
      exclude,
    };
  } catch {
    return empty;
  }
}
