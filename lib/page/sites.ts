/**
 * What we know about the layouts of the sites Sharh is declared for, kept as data (STYLE.md §14).
 *
 * Each part is a list of selectors tried in order; `required` parts must be found for the rule to
 * apply at all (otherwise the generic path — Readability on a clone — takes over), `optional` parts
 * only add evidence or precision. The gate uses the URL patterns and the required selectors (a few
 * `querySelector` calls); extraction uses the rest.
 */

export interface SitePart {
  /** CSS selectors tried in order; the first match wins. */
  selectors: readonly string[];
  /** A rule whose required part is missing does not apply to the page. */
  required: boolean;
  note?: string;
}

export interface SiteRule {
  id: string;
  /** Host names the rule is for. */
  hosts: RegExp;
  /**
   * Of those, the hosts that serve Arabic, where a site's other services share its CMS (and our
   * match pattern): a page on another host of the rule is not Arabic, decided from its address
   * alone, before any DOM read.
   */
  arabicHosts?: RegExp;
  /** Paths of article pages (evidence for the gate; not required). */
  articlePath?: RegExp;
  /** Paths that are never articles (section indexes, search, lists). */
  nonArticlePath?: RegExp;
  /** The element holding the article body paragraphs. */
  body: SitePart;
  /** The headline. */
  title: SitePart;
  /** The element holding the publication date (the "arabic.china.org.cn | 27. 01. 2025 |" line). */
  date: SitePart;
  /** Parts inside the body that are not article text (share links, related links, ads). */
  exclude: readonly string[];
  /** Suffix the site appends to `document.title` (removed when the headline is missing). */
  titleSuffix?: RegExp;
  /**
   * Where the declared gate script runs on this site, as manifest match patterns and globs: the
   * Arabic service less the pages whose address already says "not an article" (the
   * `nonArticlePath` pages, other-language services), so those pages get no script, no isolated
   * world, nothing at all. They mirror `arabicHosts` and `nonArticlePath` (globs cannot say
   * "no slash here", so they are a little looser); tests/unit/page/sites.test.ts checks they agree
   * on a table of addresses. Without it the gate script is declared for every host of `hosts`.
   */
  declared?: { matches: readonly string[]; excludeGlobs: readonly string[] };
}

export const SITE_RULES: readonly SiteRule[] = [
  {
    id: 'china.org.cn',
    // arabic.china.org.cn and its sister services share one CMS (articles under /txt/YYYY-MM/DD/).
    hosts: /(^|\.)china\.org\.cn$/i,
    // www. (English), german., french., spanish., russian., japanese.… are the other services.
    arabicHosts: /(^|\.)arabic\.china\.org\.cn$/i,
    articlePath: /\/txt\/\d{4}-\d{2}\/\d{2}\/content_\d+\.html?$/i,
    nonArticlePath: /(\/node_\d+\.html?$|\/index\.html?$|^\/$|\/search|\/(list|more)[^/]*\.html?$)/i,
    body: {
      selectors: ['#artibody', '#articleBody', '#fontzoom', '.artCon', 'td.content'],
      required: true,
      note: 'The CMS puts the body paragraphs in one container; #artibody on the Arabic service.',
    },
    title: { selectors: ['h1#title', 'h1.artTitle', '#title', 'h1'], required: false },
    date: {
      selectors: ['td.f12', '.artiInfo', '.info', '.date'],
      required: false,
      note: '"arabic.china.org.cn | 27. 01. 2025 |" above the headline',
    },
    exclude: ['.share', '.related', '.editor', '.page', '#autopage', 'table.pages', '.ad', '[id^="ad_"]'],
    titleSuffix: /\s*[_|-]\s*(arabic\.)?china\.org\.cn\s*$/i,
    declared: {
      matches: ['*://arabic.china.org.cn/*'],
      excludeGlobs: [
        '*://arabic.china.org.cn/',
        '*/node_*.htm',
        '*/node_*.html',
        '*/index.htm',
        '*/index.html',
        '*/search*',
        '*/list*.htm',
        '*/list*.html',
        '*/more*.htm',
        '*/more*.html',
      ],
    },
  },
];

/** A content-script declaration of the manifest (the fields Sharh uses). */
export interface DeclaredContentScript {
  matches: string[];
  exclude_globs?: string[];
  js: string[];
  run_at: 'document_idle';
}

/** The manifest's content scripts: the gate script (`js`) on each site rule's pages (wxt.config.ts). */
export function declaredContentScripts(js: string): DeclaredContentScript[] {
  return SITE_RULES.map((r) => ({
    matches: [...(r.declared?.matches ?? [`*://*.${r.id}/*`])],
    ...(r.declared?.excludeGlobs.length ? { exclude_globs: [...r.declared.excludeGlobs] } : {}),
    js: [js],
    run_at: 'document_idle' as const,
  }));
}

/** The rule for a host name, if any. */
export function siteRuleFor(host: string): SiteRule | undefined {
  const h = host.toLowerCase();
  return SITE_RULES.find((r) => r.hosts.test(h));
}

/** First element matching one of a part's selectors (invalid selectors are skipped). */
export function findPart(root: ParentNode, part: SitePart | readonly string[]): Element | null {
  const selectors = 'selectors' in part ? part.selectors : part;
  for (const s of selectors) {
    try {
      const el = root.querySelector(s);
      if (el) return el;
    } catch {
      /* an invalid selector in data must not break the page */
    }
  }
  return null;
}
