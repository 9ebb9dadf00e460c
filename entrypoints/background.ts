/**
 * Background wiring: inject the annotator on request, the `toggle-site` shortcut, the popup's
 * site switch (runtime-registered content scripts), resync on start-up and permission changes.
 * Logic lives in lib/page/injection.ts.
 */
import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { err, ok, parseToBackground } from '../lib/messaging';
import { annotateTab, injectAnnotator, onSiteChanged, syncRegisteredScripts, toggleSiteForTab } from '../lib/page/injection';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener(((msg: unknown, sender: { tab?: { id?: number }; frameId?: number }) => {
    const m = parseToBackground(msg);
    if (!m) return undefined;
    if (m.type === 'sharh/load-annotator') {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return Promise.resolve(err('no tab'));
      return injectAnnotator(browser, tabId, sender.frameId ?? 0).then(ok);
    }
    if (m.type === 'sharh/site-changed') {
      const { host, enabled } = m.data as { host: string; enabled: boolean };
      return onSiteChanged(browser, host, enabled).then(ok);
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

  browser.runtime.onStartup?.addListener(() => void syncRegisteredScripts(browser));
  browser.runtime.onInstalled.addListener(() => void syncRegisteredScripts(browser));
  browser.permissions?.onRemoved?.addListener(() => void syncRegisteredScripts(browser));
});
