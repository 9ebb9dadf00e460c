/**
 * Which address changes are a new page. In-page navigation (history API) re-runs detection, but a
 * click on an in-page anchor ("#comments", a footnote, a table of contents) only moves the reader
 * within the same article: clearing the highlights and drawing them again would make them flicker
 * and drop a "Read it anyway" choice for nothing. Hash routes of single-page sites ("#/news/123",
 * "#!/article/9") do change the page, so a fragment that starts with "/" or "!" still counts.
 */

/** A fragment that single-page routers use for pages rather than for places within one. */
const ROUTE_FRAGMENT = /^#[/!]/;

/** Address without its fragment ("#…"); unparsable addresses are returned as they are. */
function withoutFragment(href: string): string {
  const i = href.indexOf('#');
  return i < 0 ? href : href.slice(0, i);
}

/**
 * True when moving from `from` to `to` shows another page: anything but the fragment changed, or
 * the new or old fragment is a route.
 *
 *   isNewPage('https://x.cn/a.htm', 'https://x.cn/a.htm#comments')   → false
 *   isNewPage('https://x.cn/a.htm#top', 'https://x.cn/b.htm')         → true
 *   isNewPage('https://x.cn/#/news/1', 'https://x.cn/#/news/2')       → true
 */
export function isNewPage(from: string, to: string): boolean {
  if (from === to) return false;
  if (withoutFragment(from) !== withoutFragment(to)) return true;
  const frag = (href: string) => {
    const i = href.indexOf('#');
    return i < 0 ? '' : href.slice(i);
  };
  return ROUTE_FRAGMENT.test(frag(to)) || ROUTE_FRAGMENT.test(frag(from));
}
