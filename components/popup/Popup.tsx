/**
 * The toolbar popup: switches at the top, then the state of the tab it is for (`?tabId=N`, else
 * the active tab). Asks the content script for its status at once; asks again while the page is
 * still being analysed and after a switch changes.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { sendToBackground, sendToContent } from '../../lib/messaging';
import { isDefaultSite, setGlobalEnabled, siteChoice, watchSettings, type Settings } from '../../lib/settings';
import { fetchState, toPopupState, type PopupState } from '../../lib/popup/status';
import { classifyUrl } from '../../lib/popup/target';
import { setSite } from '../../lib/popup/site';
import type { FactItem } from '../../lib/popup/fact-groups';
import type { PopupDeps } from './deps';
import { openPopup } from '../../lib/popup/open';
import { Switch } from './Switch';
import { StateView } from './StateView';
import { ArticleView } from './ArticleView';

/** Give up polling a page that says "running" after this long (then offer "Check again"). */
const STALL_MS = 30_000;

export function Popup({ deps }: { deps: PopupDeps }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [tab, setTab] = useState<{ id: number; url?: string } | null>(null);
  const [state, setState] = useState<PopupState>({ view: 'loading' });
  const [stalled, setStalled] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  // The latest tab and settings for callbacks that outlive a render (polls, timers, the watcher).
  const ref = useRef({ tab: null as typeof tab, settings: null as Settings | null, timers: [] as ReturnType<typeof setTimeout>[] });

  const refresh = useCallback(async () => {
    const { tab: t, settings: s } = ref.current;
    if (!t || !s) return;
    const next = await fetchState(deps.browser.tabs, t.id, t.url, s);
    setState((prev) => (sameState(prev, next) ? prev : next));
  }, [deps]);

  /** Ask again a few times after a change (the content script applies it asynchronously). */
  const refreshSoon = useCallback(() => {
    for (const id of ref.current.timers) clearTimeout(id);
    ref.current.timers = [100, 400, 1200].map((ms) => setTimeout(() => void refresh(), ms));
  }, [refresh]);

  // Open: tab, settings and the page's status in parallel (main.tsx starts this before rendering).
  useEffect(() => {
    let alive = true;
    void (deps.opening ?? openPopup(deps.browser.tabs, deps.tabId)).then(({ tab: t, settings: s, reply }) => {
      if (!alive) return;
      setTab(t);
      setSettings(s);
      ref.current.tab = t;
      ref.current.settings = s;
      setState(t ? toPopupState(t.url, s, reply) : { view: 'error', message: 'There is no tab to read.' });
    });
    const unwatch = watchSettings((s) => {
      ref.current.settings = s;
      setSettings(s);
      refreshSoon();
    });
    return () => {
      alive = false;
      unwatch();
      for (const id of ref.current.timers) clearTimeout(id);
    };
  }, [deps, refreshSoon]);

  // Poll while the page is still analysing; stop after STALL_MS (then "Check again").
  const running = state.view === 'running' && !stalled;
  useEffect(() => {
    if (!running) return;
    const since = Date.now();
    const id = setInterval(() => {
      if (Date.now() - since > STALL_MS) setStalled(true);
      else void refresh();
    }, deps.pollMs ?? 200);
    return () => clearInterval(id);
  }, [running, refresh, deps.pollMs]);

  const page = classifyUrl(tab?.url);
  const host = state.view === 'article' || state.view === 'off' ? state.host : page.kind === 'web' ? page.host : null;
  // Settings key hosts without "www.": siteChoice normalises (www.example.com → example.com).
  const siteOn = settings && host ? siteChoice(settings, host) : false;

  const switchSite = (on: boolean) => {
    if (!host) return;
    // setSite asks for the host permission first, synchronously inside this click (user gesture).
    void setSite(deps.browser, host, on).then((r) => {
      if (r.ok) setAnnouncement(`Sharh switched ${on ? 'on' : 'off'} on ${host}.`);
      else setAnnouncement(r.error === 'denied' ? `Permission for ${host} was not granted.` : `${host} is not a site Sharh can switch on.`);
      refreshSoon();
    });
  };
  const switchGlobal = (on: boolean) => {
    void setGlobalEnabled(on).then(() => {
      setAnnouncement(`Sharh switched ${on ? 'on' : 'off'} on all sites.`);
      refreshSoon();
    });
  };

  const reveal = (item: FactItem, index: number) => {
    const m = item.mentions[index];
    if (!tab || !m) return;
    void sendToContent(deps.browser.tabs, tab.id, 'sharh/reveal', { start: m.start, end: m.end, showCard: true }).then((r) => {
      const where = item.mentions.length > 1 ? `, mention ${index + 1} of ${item.mentions.length}` : '';
      setAnnouncement(r.ok && r.value ? `Showing ${item.english} on the page${where}.` : `Could not show ${item.english} on the page.`);
    });
  };

  const actions = {
    enableSite: () => switchSite(true),
    enableGlobal: () => switchGlobal(true),
    retry: () => {
      setStalled(false);
      void refresh();
    },
    reload: () => {
      if (!tab) return;
      setState({ view: 'running', host });
      void deps.browser.tabs.reload(tab.id).then(refreshSoon, refreshSoon);
    },
    annotateOnce: () => {
      const { tab: t, settings: s } = ref.current;
      if (!t || !s) return;
      setState({ view: 'running', host });
      // Through the background: it injects the gate script first where none runs (a page whose
      // address kept it out), then asks it to annotate the page once.
      void sendToBackground(deps.browser.runtime, 'sharh/annotate-tab', { tabId: t.id }).then((r) => setState(toPopupState(t.url, s, r)));
    },
  };

  return (
    <div class="popup">
      <header class="top">
        <h1 class="brand">
          <span class="logo" aria-hidden="true">
            ش
          </span>
          Sharh
        </h1>
        {settings && (
          <div class="switches">
            {host && page.kind !== 'restricted' && <Switch label="This site" detail={host} checked={siteOn} onChange={switchSite} hint={`Sharh on or off on ${host}`} />}
            <Switch label="Everywhere" checked={settings.enabled} onChange={switchGlobal} hint="Sharh on or off on every site" />
          </div>
        )}
      </header>
      <main>
        {state.view !== 'article' ? (
          <StateView state={state} actions={actions} stalled={stalled} />
        ) : (
          settings && <ArticleView key={state.analysis.text.length + state.headline} state={state} settings={settings} deps={deps} reveal={reveal} />
        )}
      </main>
      <footer class="foot">
        <button type="button" class="link" onClick={() => void deps.browser.runtime.openOptionsPage()}>
          Options
        </button>
        <span class="muted small">Runs on your device; nothing is sent anywhere.</span>
      </footer>
      <p class="sr-only" role="status" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}

/** Avoid re-rendering (and resetting the article view) when a poll brings the same answer. */
function sameState(a: PopupState, b: PopupState): boolean {
  if (a.view !== b.view) return false;
  if (a.view === 'article' && b.view === 'article') return a.analysis.text === b.analysis.text && a.headline === b.headline && a.analysis.annotations.length === b.analysis.annotations.length;
  return JSON.stringify(a) === JSON.stringify(b);
}
