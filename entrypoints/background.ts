/**
 * Background wiring: inject the annotator on request, run the analysis for it (off the page's main
 * thread; ≈ 600 kB of lexicons and models live here, not in any page), the `toggle-site` shortcut, the popup's
 * site switch (runtime-registered content scripts), resync on start-up and permission changes.
 * Logic lives in lib/page/injection.ts.
 */
import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { analyse, prepareAnalysis } from '../lib/analysis/analyze';
import { err, ok, parseToBackground } from '../lib/messaging';
import { SETTINGS_KEY } from '../lib/page/constants';
import { annotateTab, injectPart, notifySettingsChanged, onSiteChanged, pageConfig, syncRegisteredScripts, toggleSiteForTab } from '../lib/page/injection';

/** User-timing entry in this worker (read by `npm run bench:page`); never throws. */
const measure = (name: string, start: number, end: number) => {
  try {
    performance.measure(name, { start, end });
  } catch {
    /* no user timing here */
  }
};

export default defineBackground(() => {
  // From the worker's start to here: evaluating background.js, lexicons and the inlined model text.
  measure('sharh-worker-ready', 0, performance.now());
  let warm = false;
  /** First use of the analyser builds its tables (≈ 200 ms): start that while the annotator is injected. */
  const warmUp = () => {
    if (warm) return;
    warm = true;
    setTimeout(() => {
      const t0 = performance.now();
      void prepareAnalysis().then(() => {
        const t1 = performance.now();
        measure('sharh-model-load', t0, t1);
        try {
          analyse('أعلنت شركة في بكين 5 مليون دولار.');
        } catch {
          /* the real request reports errors */
        }
        measure('sharh-analyser-warm', t1, performance.now());
      });
    }, 0);
  };

  const ownPages = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener(((msg: unknown, sender: { tab?: { id?: number; url?: string }; frameId?: number; url?: string }) => {
    const m = parseToBackground(msg);
    if (!m) return undefined;
    // Who may ask what: switches and tab actions only from our own pages (popup, options); page
    // work only from a content script in a tab. A compromised page renderer gets nothing more.
    const fromOwnPage = typeof sender.url === 'string' && sender.url.startsWith(ownPages);
    const fromContent = !fromOwnPage && sender.tab?.id !== undefined;
    const pageWork = m.type === 'sharh/page-config' || m.type === 'sharh/load-part' || m.type === 'sharh/analyse';
    if (pageWork ? !fromContent : !fromOwnPage) return Promise.resolve(err('not allowed from this sender'));
    const tabId = sender.tab?.id;
    if (m.type === 'sharh/page-config') {
      if (tabId === undefined) return Promise.resolve(err('no tab'));
      const req = m.data as { load: boolean; force: boolean };
      // The frame's own address (sender.url) says which site's switch applies, as it did when the
      // content script read the settings itself. The analyser is warmed only when the bundle goes in.
      return pageConfig(browser, { tabId, frameId: sender.frameId ?? 0, url: sender.url ?? sender.tab?.url }, req, warmUp).then(ok);
    }
    if (m.type === 'sharh/load-part') {
      if (tabId === undefined) return Promise.resolve(err('no tab'));
      return injectPart(browser, tabId, sender.frameId ?? 0, (m.data as { part: 'card' | 'readability' }).part).then(ok);
    }
    if (m.type === 'sharh/site-changed') {
      const { host, enabled } = m.data as { host: string; enabled: boolean };
      return onSiteChanged(browser, host, enabled).then(ok);
    }
    if (m.type === 'sharh/analyse') {
      // The analysis runs here, off the page's main thread (issue 4: no long task in the page).
      const { text, title } = m.data as { text: string; title: string };
      return prepareAnalysis().then(() => {
        try {
          return ok({ ...analyse(text, { title }), text: '' });
        } catch (e) {
          return err(String(e instanceof Error ? e.message : e));
        }
      });
    }
    if (m.type === 'sharh/annotate-tab') {
      return annotateTab(browser, (m.data as { tabId: number }).tabId);
    }
    return undefined;
  }) as never);

  browser.commands?.onCommand.addListener((command, tab) => {
    if (command !== 'toggle-site') return;
    void (async () => {
      const t = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
      if (t) await toggleSiteForTab(browser, t);
    })().catch(() => undefined);
  });

  // The background owns the settings: a change (popup, options, shortcut) is announced to the
  // tabs, whose page scripts ask for their site's config again and apply it at once.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && SETTINGS_KEY in changes) void notifySettingsChanged(browser);
  });

  browser.runtime.onStartup?.addListener(() => void syncRegisteredScripts(browser));
  browser.runtime.onInstalled.addListener(() => void syncRegisteredScripts(browser));
  browser.permissions?.onRemoved?.addListener(() => void syncRegisteredScripts(browser));
});
