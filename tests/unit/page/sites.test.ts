/**
 * The manifest's content-script declaration (sites.ts `declared`, wxt.config.ts) against the gate's
 * own reading of addresses (gate.ts `addressVerdict`): the gate script is left off exactly the pages
 * whose address already says "not an article", and never off an article page.
 */
import { describe, expect, test } from 'vitest';
import { declaredContentScripts } from '../../../lib/page/sites';
import { addressVerdict } from '../../../lib/page/gate';

/** Chromium's and Firefox's glob: `*` any run of characters, `?` one character, over the whole URL. */
const glob = (g: string) => new RegExp(`^${g.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
/** A match pattern `scheme://host/path` (`*` scheme: http or https; `*.` host: the domain and its subdomains). */
function matchPattern(p: string, url: URL): boolean {
  const m = /^(\*|https?):\/\/(\*\.)?([^/]+)(\/.*)$/.exec(p);
  if (!m) throw new Error(`unsupported pattern ${p}`);
  const [, scheme, anySub, host, path] = m;
  if (scheme === '*' ? !/^https?:$/.test(url.protocol) : url.protocol !== `${scheme}:`) return false;
  if (anySub ? url.hostname !== host && !url.hostname.endsWith(`.${host}`) : url.hostname !== host) return false;
  return glob(path!).test(url.pathname + url.search);
}
/** Would the browser inject the declared gate script into this address? */
function declaredFor(address: string): boolean {
  const url = new URL(address);
  return declaredContentScripts('gate.js').some((c) => c.matches.some((p) => matchPattern(p, url)) && !(c.exclude_globs ?? []).some((g) => glob(g).test(address)));
}

describe('the gate script is declared only where the address leaves the question open', () => {
  const articles = [
    'http://arabic.china.org.cn/txt/2025-01/27/content_117688011.htm',
    'https://arabic.china.org.cn/txt/2024-12/03/content_117590123.html',
    'http://arabic.china.org.cn/txt/2025-01/27/content_117688011.htm?from=home#top',
    'http://arabic.china.org.cn/business/txt/2025-02/11/content_117700001.htm',
    'http://arabic.china.org.cn/photos/txt/2025-03/02/content_117710005.htm',
  ];
  test.each(articles)('article page %s: declared, and the address says nothing against it', (a) => {
    expect(declaredFor(a)).toBe(true);
    expect(addressVerdict(new URL(a))).toBeNull();
  });

  const ruledOut: [string, string][] = [
    ['http://arabic.china.org.cn/', 'section-page'],
    ['http://arabic.china.org.cn/science/node_7086780.htm', 'section-page'],
    ['https://arabic.china.org.cn/node_7219000.html', 'section-page'],
    ['http://arabic.china.org.cn/index.htm', 'section-page'],
    ['http://arabic.china.org.cn/economic/index.html', 'section-page'],
    ['http://arabic.china.org.cn/list_2.htm', 'section-page'],
    ['http://arabic.china.org.cn/more_news.htm', 'section-page'],
    ['http://arabic.china.org.cn/search/result.htm', 'search-page'],
    ['http://www.china.org.cn/business/2025-01/27/content_117688504.htm', 'not-arabic'],
    ['http://german.china.org.cn/txt/2025-01/27/content_117688600.htm', 'not-arabic'],
    ['http://china.org.cn/', 'section-page'],
  ];
  test.each(ruledOut)('%s: no script, and the gate would say %s', (a, reason) => {
    expect(declaredFor(a)).toBe(false);
    expect(addressVerdict(new URL(a))).toBe(reason);
  });

  test('pages the address cannot rule out still get the gate (it reads the page)', () => {
    // A search by query string: the gate script runs and turns it down itself.
    const a = 'http://arabic.china.org.cn/txt/find.htm?q=ديبسيك';
    expect(declaredFor(a)).toBe(true);
    expect(addressVerdict(new URL(a))).toBe('search-page');
  });
});
