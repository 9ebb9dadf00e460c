/**
 * Article extraction (issue 4 §1): body root, headline and date, without changing the page.
 *
 * Order: the site's layout rule (data in sites.ts) → an explicit article body (`itemprop=articleBody`,
 * one dominant `<article>`) → Readability on a *clone*, whose result is located in the live page by
 * a node map built while walking both trees in parallel → the gate's densest paragraph container.
 * Free of extension APIs: the `annotate` command runs it in Node on a jsdom Document.
 *
 * Size note: @mozilla/readability is ≈ 90 kB unminified; it only ships in the annotator bundle.
 */
import { Readability } from '@mozilla/readability';
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
  /** Allow the Readability fallback (default true). */
  readability?: boolean;
}

/** Not article text even inside the body root, on any site. */
const GENERIC_EXCLUDE = ['nav', 'aside', '[role="navigation"]', '[role="complementary"]', '.share', '.social', '.sharing', '.related'];
const MIN_BODY = 200;

function textLen(el: Element): number {
  return (el.textContent ?? '').trim().length;
}

function clean(s: string | null | undefined): string {
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

/**
 * Readability on a clone of the document; the returned content's text nodes are traced back to
 * the live page through a clone→live node map, and the root is the deepest live element holding
 * ≥ 85 % of that text.
 */
function readabilityRoot(doc: Document): { root: Element; title: string; date: string } | null {
  const clone = doc.cloneNode(true) as Document;
  const toLive = new Map<Node, Node>();
  const a = doc.createTreeWalker(doc.documentElement, 0xffffffff);
  const b = clone.createTreeWalker(clone.documentElement, 0xffffffff);
  toLive.set(clone.documentElement, doc.documentElement);
  for (let x = a.nextNode(), y = b.nextNode(); x && y; x = a.nextNode(), y = b.nextNode()) if (y.nodeType === 3) toLive.set(y, x);
  const parsed = new Readability<Node>(clone, { serializer: (n) => n, charThreshold: 300 }).parse();
  const content = parsed?.content;
  if (!content) return null;
  const weights = new Map<Element, number>();
  let total = 0;
  const w = clone.createTreeWalker(content, 4 /* SHOW_TEXT */);
  for (let t = w.nextNode(); t; t = w.nextNode()) {
    const live = toLive.get(t);
    const n = (t.nodeValue ?? '').trim().length;
    if (!live || !n) continue;
    total += n;
    for (let el = live.parentElement; el && el !== doc.documentElement; el = el.parentElement) weights.set(el, (weights.get(el) ?? 0) + n);
  }
  if (total < MIN_BODY) return null;
  let root: Element | null = null;
  let depth = -1;
  for (const [el, n] of weights) {
    if (n < total * 0.85) continue;
    let d = 0;
    for (let p = el.parentElement; p; p = p.parentElement) d++;
    if (d > depth) [root, depth] = [el, d];
  }
  if (!root) return null;
  return { root, title: clean(parsed?.title), date: parsed?.publishedTime ? isoDate(parsed.publishedTime) || clean(parsed.publishedTime) : '' };
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

/** Find the article in a document without changing it. Never throws. */
export function extractArticle(doc: Document, opts: ExtractOptions = {}): ExtractedArticle {
  const empty: ExtractedArticle = { isArticle: false, reason: 'error', title: '', date: '', root: null, text: '', map: null, method: 'none', exclude: [] };
  try {
    const url = opts.url ?? doc.location?.href ?? doc.URL;
    let host = '';
    try {
      host = new URL(url).hostname;
    } catch {
      host = '';
    }
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
    if (!root && opts.readability !== false) {
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
    const map = buildTextMap(root, { exclude });
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
