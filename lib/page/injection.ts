/**
 * The background's side of page annotation (issue 4 §6; issue 2 §3): inject the annotator bundle
 * into a frame on request, annotate or toggle the current tab (shortcut, popup), and keep the
 * runtime-registered content scripts in step with the sites the user switched on.
 * Takes the `browser` object as an argument so it runs under WXT's fake browser in tests.
 */
import type { WxtBrowser } from 'wxt/browser';
import { err, ok, sendToContent, type AnnotatorPart, type PageConfig, type PageStatus, type Result } from '../messaging';
import { enabledExtraSites, getSettings, isDefaultSite, isSiteEnabled, normaliseHost, setSiteEnabled, siteOrigins } from '../settings';

/** Built paths (WXT output layout). The declared content script is the plain gate script (entrypoints/gate.ts). */
export const CONTENT_JS = '/gate.js';
export const ANNOTATOR_JS = '/annotator.js';
/** The annotator's later parts (entrypoints/card.ts, entrypoints/readability.ts). */
export const PART_JS = { card: '/card.js', readability: '/readability.js' } as const satisfies Record<AnnotatorPart, string>;
/** Ids of runtime-registered content scripts: `sharh-site:<host>`. */
export const REGISTERED_PREFIX = 'sharh-site:';

/** Inject the annotator into one frame (same isolated world as the content script). */
export async function injectAnnotator(b: WxtBrowser, tabId: number, frameId = 0): Promise<boolean> {
  try {
    await b.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [ANNOTATOR_JS] });
    return true;
  } catch {
    return false;
  }
}

/** Inject one of the annotator's later parts into the frame that asked for it. */
export async function injectPart(b: WxtBrowser, tabId: number, frameId: number, part: AnnotatorPart): Promise<boolean> {
  try {
    await b.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [PART_JS[part]] });
    return true;
  } catch {
    return false;
  }
}

/** Host name of a URL as the page has it ('' when there is none). */
function rawHost(url: string | undefined): string {
  try {
    return url ? new URL(url).hostname : '';
  } catch {
    return '';
  }
}

/**
 * The settings a content script needs for its frame (the background decides "is Sharh on for this
 * site?", so no page script reads storage), and with `load` the annotator bundle injected into the
 * frame (its gate passed, or the user asked for this page once: `force`) — only where Sharh is on
 * for the frame's site or the user forced it: where it is off nothing is loaded, and the gate
 * script asks again when the settings change (switch-on). `onLoad` is called as the bundle goes in.
 */
export async function pageConfig(
  b: WxtBrowser,
  sender: { tabId: number; frameId: number; url?: string },
  req: { load: boolean; force: boolean },
  onLoad?: () => void,
): Promise<PageConfig> {
  const s = await getSettings();
  const host = rawHost(sender.url);
  const enabled = isSiteEnabled(s, host);
  const load = req.load && (enabled || req.force);
  if (load) onLoad?.();
  const loaded = load ? await injectAnnotator(b, sender.tabId, sender.frameId) : false;
  return { host, enabled, reason: enabled ? null : s.enabled ? 'site' : 'global', kinds: s.kinds, colors: s.colors, loaded };
}

/**
 * The settings changed: tell every tab, so page scripts where Sharh runs ask for their site's
 * config again (tabs and frames without ours simply do not answer). Settings change rarely (a
 * switch, a colour), so one message per open tab is cheap; it spares every annotated page a
 * storage binding and watcher of its own.
 */
export async function notifySettingsChanged(b: WxtBrowser): Promise<void> {
  try {
    const tabs = await b.tabs.query({});
    await Promise.all(tabs.map((t) => (t.id === undefined ? undefined : sendToContent(b.tabs, t.id, 'sharh/settings-changed', {}))));
  } catch {
    /* no tabs to tell */
  }
}

/** Make the registered content scripts match the user's extra sites (with permission granted). */
export async function syncRegisteredScripts(b: WxtBrowser): Promise<string[]> {
  try {
    const s = await getSettings();
    const wanted: string[] = [];
    for (const host of enabledExtraSites(s)) {
      if (await b.permissions.contains({ origins: siteOrigins(host) }).catch(() => false)) wanted.push(host);
    }
    const js = CONTENT_JS.slice(1);
    const existing = (await b.scripting.getRegisteredContentScripts()).filter((c) => c.id.startsWith(REGISTERED_PREFIX));
    // A registration made by an older version (its script was content-scripts/content.js) is
    // replaced: this runs on install and update too.
    const current = (c: { js?: string[] }) => c.js?.length === 1 && c.js[0] === js;
    const have = new Set(existing.filter(current).map((c) => c.id.slice(REGISTERED_PREFIX.length)));
    const stale = existing.filter((c) => !current(c) || !wanted.includes(c.id.slice(REGISTERED_PREFIX.length))).map((c) => c.id);
    if (stale.length) await b.scripting.unregisterContentScripts({ ids: stale });
    const add = wanted.filter((h) => !have.has(h));
    if (add.length) {
      await b.scripting.registerContentScripts(
        add.map((host) => ({
          id: REGISTERED_PREFIX + host,
          matches: siteOrigins(host),
          js: [js],
          runAt: 'document_idle' as const,
          persistAcrossSessions: true,
        })),
      );
    }
    return wanted;
  } catch {
    return [];
  }
}

function hostOf(url: string | undefined): string | null {
  try {
    return url ? normaliseHost(new URL(url).hostname) : null;
  } catch {
    return null;
  }
}

/** Make sure the tab runs our content script (injects it where none answers), then annotate once. */
export async function annotateTab(b: WxtBrowser, tabId: number): Promise<Result<PageStatus>> {
  let res = await sendToContent(b.tabs, tabId, 'sharh/annotate-once', {});
  if (!res.ok && res.error === 'no-content-script') {
    try {
      await b.scripting.executeScript({ target: { tabId }, files: [CONTENT_JS] });
    } catch (e) {
      return err(`cannot run on this page: ${e instanceof Error ? e.message : String(e)}`);
    }
    res = await sendToContent(b.tabs, tabId, 'sharh/annotate-once', {});
  }
  return res;
}

/**
 * The `toggle-site` shortcut: on → off for the tab's site; off → on (persisted when Sharh may run
 * there: a default site or a granted host permission), else annotate this tab once via activeTab.
 */
export async function toggleSiteForTab(b: WxtBrowser, tab: { id?: number; url?: string }): Promise<Result<boolean>> {
  if (tab.id === undefined) return err('no tab');
  const host = hostOf(tab.url);
  const s = await getSettings();
  if (host && isSiteEnabled(s, host)) {
    await setSiteEnabled(host, false);
    await syncRegisteredScripts(b);
    return ok(false);
  }
  if (host && s.enabled && (isDefaultSite(host) || (await b.permissions.contains({ origins: siteOrigins(host) }).catch(() => false)))) {
    await setSiteEnabled(host, true);
    await syncRegisteredScripts(b);
    const r = await annotateTab(b, tab.id);
    return r.ok ? ok(true) : r;
  }
  const r = await annotateTab(b, tab.id);
  return r.ok ? ok(true) : r;
}

/** A site was switched on/off from the popup/options: registrations, then open tabs of that site. */
export async function onSiteChanged(b: WxtBrowser, host: string, enabled: boolean): Promise<boolean> {
  const h = normaliseHost(host);
  if (!h) return false;
  // Only a site whose permission the user actually granted can be stored as on.
  if (enabled && !isDefaultSite(h) && !(await b.permissions.contains({ origins: siteOrigins(h) }).catch(() => false))) return false;
  const s = await getSettings();
  if (isSiteEnabled(s, h) !== enabled && s.enabled) await setSiteEnabled(h, enabled);
  await syncRegisteredScripts(b);
  if (!enabled || isDefaultSite(h)) return true;
  // Tabs already open on the site get the content script now (no reload needed).
  try {
    const tabs = await b.tabs.query({ url: siteOrigins(h) });
    for (const t of tabs) {
      if (t.id === undefined) continue;
      const probe = await sendToContent(b.tabs, t.id, 'sharh/status', {});
      if (!probe.ok && probe.error === 'no-content-script') await b.scripting.executeScript({ target: { tabId: t.id }, files: [CONTENT_JS] }).catch(() => undefined);
    }
  } catch {
    /* no permission for those tabs: they pick it up on the next load */
  }
  return true;
}
