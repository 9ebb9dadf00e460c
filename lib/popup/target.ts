/**
 * Which tab the popup is about, and whether an extension can run there at all.
 *
 * Tests open the popup as a tab (`popup.html?tabId=N`, TOOLCHAIN.md "Chromium for end-to-end
 * tests"): then "the active tab" is the popup itself, so the tab is named in the URL.
 */

/** The tab id named by `?tabId=N`, or null. */
export function tabIdFromSearch(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d{1,10}$/.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : null;
}

/** Schemes on which no content script can run (browser pages, other extensions, sources). */
const RESTRICTED_SCHEMES = /^(chrome|chrome-extension|chrome-untrusted|chrome-search|devtools|edge|brave|opera|vivaldi|about|view-source|moz-extension|resource|data|blob|javascript):/i;

/** Stores where browsers forbid extensions (Chrome Web Store, Firefox Add-ons). */
const RESTRICTED_HOSTS = [/^chromewebstore\.google\.com$/, /^chrome\.google\.com$/, /^microsoftedge\.microsoft\.com$/, /^addons\.mozilla\.org$/];

export type PageKind = { kind: 'web'; host: string } | { kind: 'restricted'; why: 'browser' | 'store' | 'file' } | { kind: 'unknown' };

/**
 * Classify a tab URL. `undefined` (the browser hid the URL: no permission for it) is "unknown",
 * not "restricted": the content script may still answer.
 */
export function classifyUrl(url: string | undefined): PageKind {
  if (!url) return { kind: 'unknown' };
  if (/^file:/i.test(url)) return { kind: 'restricted', why: 'file' };
  if (RESTRICTED_SCHEMES.test(url)) return { kind: 'restricted', why: 'browser' };
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return { kind: 'unknown' };
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return { kind: 'restricted', why: 'browser' };
  const host = u.hostname.toLowerCase();
  if (RESTRICTED_HOSTS.some((re) => re.test(host)) && (host !== 'chrome.google.com' || u.pathname.startsWith('/webstore'))) {
    return { kind: 'restricted', why: 'store' };
  }
  return { kind: 'web', host };
}
