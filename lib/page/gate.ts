/**
 * The cheap gate (issue 4 §1, STYLE.md §11): runs on every matched page inside the small content
 * script and decides whether the heavy annotator is worth loading. It reads a bounded sample only —
 * a few `querySelector` calls, at most `MAX_PARAGRAPHS` paragraphs' `textContent`, head metadata —
 * and never changes the page. Well under 1 ms on a non-article page (English pages usually stop at
 * the `lang` check; see tests/unit/page/gate.test.ts for the timing check).
 *
 * Evidence, in order: URL (search and section pages, a known site's non-Arabic services),
 * document language/direction, paragraph-text density in one container with few links (teaser
 * lists fail here), share of Arabic letters in the sampled text, and a news signal (og:type
 * article, JSON-LD NewsArticle, a known article URL or layout, `<article>`/`<time>`, or a date in
 * the text near the body).
 */
import { findPart, siteRuleFor } from './sites';

export interface GateResult {
  pass: boolean;
  /** Short machine-friendly reason, e.g. "article", "not-arabic", "teaser-list". */
  reason: string;
  /** The container the gate judged to hold the article text (a hint for extraction). */
  container?: Element | null;
  /** Milliseconds the gate took (for the benchmark). */
  ms: number;
}

const MAX_PARAGRAPHS = 300;
const MAX_SAMPLE = 4000;
const MIN_PARAGRAPH = 60;
const MIN_ARTICLE_CHARS = 400;

const SEARCH_QUERY = /[?&](q|query|keyword|keywords|searchword|wd|s|search)(=|&|$)/;
const AR_MONTHS =
  'يناير|فبراير|مارس|أبريل|ابريل|إبريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر|كانون|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين';
const DATE_IN_TEXT = new RegExp(
  `(\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2})|(\\d{1,2}\\s*[-/.]\\s*\\d{1,2}\\s*[-/.]\\s*\\d{4})|((${AR_MONTHS})\\s*(الثاني|الأول)?\\s*[/،,]?\\s*\\d{4})|(\\d{4}\\s*/\\s*(${AR_MONTHS}))`,
);

/** Arabic letters: U+0621–064A, U+0671–06D3, U+06FA–06FF. */
const ARABIC_LETTERS = /[\u0621-\u064A\u0671-\u06D3\u06FA-\u06FF]/g;
/** Letters of the other scripts we tell apart: Latin (with Latin-1/Extended), Cyrillic, CJK. */
const OTHER_LETTERS = /[A-Za-z\u00C0-\u024F\u0400-\u04FF\u4E00-\u9FFF]/g;

/**
 * Share of Arabic letters among all letters of a string (0 when it has no letters). Counted by the
 * regular-expression engine (two replaces), not a loop over character codes: the gate runs once
 * per page, before the JIT has seen it, and measured in Chromium an interpreted loop over a
 * 4,000-character sample cost ≈ 1–3 ms of the gate script, the replaces a few hundredths of that.
 */
export function arabicShare(s: string): number {
  const arabic = s.length - s.replace(ARABIC_LETTERS, '').length;
  const letters = arabic + s.length - s.replace(OTHER_LETTERS, '').length;
  return letters ? arabic / letters : 0;
}

function metaContent(doc: Document, sel: string): string {
  return doc.head?.querySelector(sel)?.getAttribute('content')?.trim().toLowerCase() ?? '';
}

/** og:type / JSON-LD say "this is a news article" (null: they say nothing either way). */
function metadataSaysArticle(doc: Document): boolean | null {
  const og = metaContent(doc, 'meta[property="og:type"]');
  if (og === 'article' || og.startsWith('article')) return true;
  if (metaContent(doc, 'meta[property="article:published_time"]')) return true;
  // JSON-LD is looked for in <head> only: a whole-document query costs milliseconds on huge pages.
  const scripts = doc.head?.querySelectorAll('script[type="application/ld+json"]') ?? [];
  for (let i = 0; i < scripts.length && i < 5; i++) {
    const t = (scripts[i]!.textContent ?? '').slice(0, 20_000);
    if (/"@type"\s*:\s*\[?\s*"(News|Reportage|Analysis|Opinion|Report)?Article"/.test(t)) return true;
  }
  if (og === 'website') return false;
  return null;
}

/** The parts of an address the gate reads (a URL, or the document's own Location: no URL object built). */
type Address = Pick<URL, 'hostname' | 'pathname' | 'search'>;

/** A search page's address: a search path, or one of the usual query parameters (no URLSearchParams built). */
function isSearchUrl(url: Address): boolean {
  if (/\/(search|searchresult|s)(\/|\.|$)/i.test(url.pathname)) return true;
  return !!url.search && SEARCH_QUERY.test(url.search);
}

/**
 * What the address alone says against an article: 'search-page', 'section-page' (a known site's
 * index and section paths) or 'not-arabic' (one of a known site's services in another language:
 * www.china.org.cn is English); null when it says nothing. The gate's first check; the manifest
 * keeps the gate script off the known sites' pages this rules out (sites.ts `declaredContentScripts`),
 * and the popup explains such a page from its address.
 */
export function addressVerdict(url: Address, rule = siteRuleFor(url.hostname)): 'search-page' | 'section-page' | 'not-arabic' | null {
  if (isSearchUrl(url)) return 'search-page';
  if (rule?.nonArticlePath?.test(url.pathname)) return 'section-page';
  if (rule?.arabicHosts && !rule.arabicHosts.test(url.hostname)) return 'not-arabic';
  return null;
}

interface Block {
  chars: number;
  count: number;
  sample: string;
}

/**
 * The container with the most long-paragraph text. Bounded: the first MAX_PARAGRAPHS `<p>`s only.
 */
function densestContainer(doc: Document): { el: Element; block: Block } | null {
  const ps = doc.getElementsByTagName('p');
  const byParent = new Map<Element, Block>();
  const n = Math.min(ps.length, MAX_PARAGRAPHS);
  for (let i = 0; i < n; i++) {
    const p = ps[i]!;
    const text = p.textContent ?? '';
    const len = text.trim().length;
    if (len < MIN_PARAGRAPH || !p.parentElement) continue;
    const b = byParent.get(p.parentElement) ?? { chars: 0, count: 0, sample: '' };
    b.chars += len;
    b.count += 1;
    if (b.sample.length < MAX_SAMPLE) b.sample += text.slice(0, MAX_SAMPLE - b.sample.length) + '\n';
    byParent.set(p.parentElement, b);
  }
  let best: { el: Element; block: Block } | null = null;
  for (const [el, block] of byParent) if (!best || block.chars > best.block.chars) best = { el, block };
  return best;
}

/** Share of a container's text that sits in links, and its number of headings (teaser lists). */
function linkAndHeadingLoad(el: Element, chars: number): { linkShare: number; headings: number } {
  const links = el.getElementsByTagName('a');
  let linkChars = 0;
  for (let i = 0; i < links.length && i < 200; i++) linkChars += (links[i]!.textContent ?? '').trim().length;
  const headings = el.querySelectorAll('h2, h3, h4, h5').length;
  return { linkShare: chars ? linkChars / chars : 0, headings };
}

/**
 * Decide whether a page is an Arabic news article worth annotating. Pure DOM reads; never throws
 * (a failure is `{pass: false, reason: 'error'}`). `clock` times it (`ms`); the gate script passes
 * `Date.now`, so a page the gate turns down never touches `performance` either.
 */
export function gate(doc: Document, href?: string, clock: () => number = now): GateResult {
  const t0 = clock();
  const done = (pass: boolean, reason: string, container?: Element | null): GateResult => ({ pass, reason, container, ms: clock() - t0 });
  try {
    const html = doc.documentElement;
    if (!html || !doc.body) return done(false, 'no-body');
    let url: Address | null = null;
    try {
      url = href !== undefined ? new URL(href) : (doc.location ?? null);
    } catch {
      url = null;
    }
    const rule = url ? siteRuleFor(url.hostname) : undefined;
    const byAddress = url ? addressVerdict(url, rule) : null;
    if (byAddress) return done(false, byAddress);

    // Language and direction: an explicit non-Arabic language with a non-Arabic title stops here.
    const lang = (html.getAttribute('lang') || html.getAttribute('xml:lang') || metaContent(doc, 'meta[http-equiv="content-language" i]') || '').toLowerCase();
    const rtl = (html.getAttribute('dir') || doc.body.getAttribute('dir') || '').toLowerCase() === 'rtl';
    const saysArabic = lang.startsWith('ar') || lang.startsWith('fa-ar');
    if (lang && !saysArabic && arabicShare(doc.title) < 0.3) return done(false, 'not-arabic');

    // Paragraph density: the site's body container if the rule knows it, else the densest <p> parent.
    const siteBody = rule ? findPart(doc, rule.body) : null;
    let container: Element | null = null;
    let block: Block | null = null;
    if (siteBody) {
      const text = (siteBody.textContent ?? '').slice(0, 200_000);
      const count = siteBody.getElementsByTagName('p').length || text.split(/\n\s*\n|\n/).filter((l) => l.trim().length >= MIN_PARAGRAPH).length;
      container = siteBody;
      block = { chars: text.trim().length, count, sample: text.slice(0, MAX_SAMPLE) };
    } else {
      const best = densestContainer(doc);
      if (best) ({ el: container, block } = best);
      if (!container) {
        const art = doc.querySelector('article, [itemprop="articleBody"]');
        if (art) {
          const text = (art.textContent ?? '').slice(0, 200_000);
          container = art;
          block = { chars: text.trim().length, count: 1, sample: text.slice(0, MAX_SAMPLE) };
        }
      }
    }
    if (!container || !block || block.chars < MIN_ARTICLE_CHARS) return done(false, 'no-article-body');
    const load = linkAndHeadingLoad(container, block.chars);
    if (load.linkShare > 0.45) return done(false, 'teaser-list');
    if (load.headings >= 3 && load.headings * 2 >= block.count) return done(false, 'teaser-list');

    const share = arabicShare(doc.title + '\n' + block.sample);
    if (share < (saysArabic || rtl ? 0.4 : 0.6)) return done(false, 'not-arabic');

    // News evidence.
    const meta = metadataSaysArticle(doc);
    const knownUrl = !!(url && rule?.articlePath?.test(url.pathname));
    const knownLayout = !!siteBody;
    if (meta === true || knownUrl) return done(true, 'article', container);
    const datePart = rule ? findPart(doc, rule.date)?.textContent ?? '' : '';
    const dated = DATE_IN_TEXT.test(datePart) || DATE_IN_TEXT.test(block.sample.slice(0, 600));
    if (knownLayout && dated) return done(true, 'article', container);
    // Semantic markup near the body only (never a whole-document query).
    const article = container.closest('article');
    const semantic = !!(article?.querySelector('time') || container.querySelector('time[datetime]') || doc.head?.querySelector('meta[itemprop="datePublished"]'));
    if (semantic) return done(true, 'article', container);
    if (meta === false && !dated) return done(false, 'not-news');
    if (dated && block.count >= 3) return done(true, 'article', container);
    return done(false, 'not-news');
  } catch {
    return done(false, 'error');
  }
}

function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}
