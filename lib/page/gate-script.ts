/**
 * The declared content script's whole job on every matched page (issue 4 §1, "costs almost
 * nothing"): run the cheap gate, answer the popup, notice in-page navigation — and load nothing
 * else unless the gate passes (or the user asks for this page once). Then the background injects
 * the annotator bundle, whose controller (content-controller.ts) takes the page over: settings,
 * switches, highlights, the popup's later questions.
 *
 * Why it is this small: it is evaluated on every matched page. Measured in Chromium with a CDP
 * trace (npm run bench:page), WXT's content-script wrapper and context alone cost ≈ 1.3 ms of main
 * thread and webextension-polyfill with WXT storage ≈ 8 ms; this script has neither (built as a
 * plain script, entrypoints/gate.ts, declared in the manifest by wxt.config.ts) and uses the
 * browser's own extension object (native-browser.ts).
 *
 * On a page the gate turns down, what stays is one message listener (the popup's "Not a news
 * article" and "Read it anyway") and one navigation listener (the Navigation API's `navigate`
 * event; where a browser lacks it, `popstate` plus a once-a-second comparison of the address).
 */
import { err, ok, parseToContent, sendToBackground, type ContentType, type PageStatus, type Result } from '../messaging';
import type { ControllerApi } from './annotator-api';
import { CONTROLLER_API, GATE_SCRIPT } from './constants';
import { gate, type GateResult } from './gate';
import { isNewPage } from './navigation';
import type { NativeBrowser, OnMessage } from './native-browser';

/** The copy of the gate script running in this world keeps its runtime here (`id` undefined once it is orphaned). */
type Global = typeof globalThis & { [CONTROLLER_API]?: ControllerApi; [GATE_SCRIPT]?: { id?: string } };

/** Single-page sites render the new article after the address changes. */
const NAVIGATION_SETTLE_MS = 400;

interface NavigationLike {
  addEventListener(type: 'navigate', cb: (e: { destination: { url: string } }) => void): void;
  removeEventListener(type: 'navigate', cb: (e: { destination: { url: string } }) => void): void;
}

export function startGateScript(doc: Document, browser: NativeBrowser): void {
  const g = globalThis as Global;
  // Injected again (annotate once, site switched on) where a live copy runs: keep it. A copy left
  // by an update or disable (its runtime's id is gone) answers nothing any more: carry on.
  if (g[GATE_SCRIPT]?.id) return;
  g[GATE_SCRIPT] = browser.runtime;
  const controller = () => g[CONTROLLER_API] ?? null;
  let verdict: GateResult | null = null;
  let loading: Promise<ControllerApi | null> | null = null;

  /** Have the background inject the annotator bundle, then hand the page to its controller. */
  const load = (v: GateResult | null, forced: boolean, switchedOn = false): Promise<ControllerApi | null> => {
    loading = (async () => {
      const r = await sendToBackground(browser.runtime, 'sharh/page-config', { load: true, force: forced });
      const c = controller();
      if (!r.ok || !c) return null;
      void c.begin({ verdict: v, config: r.value, forced, switchedOn });
      return c;
    })().catch(() => null);
    return loading;
  };

  const run = () => {
    if (controller()) return; // the controller watches the page itself
    verdict = gate(doc, undefined, Date.now);
    if (!verdict.pass) return;
    mark(verdict.ms);
    void load(verdict, false);
  };

  const answer = async (type: ContentType, data: Record<string, unknown>): Promise<Result<unknown>> => {
    const c = loading ? await loading : controller();
    if (type === 'sharh/annotate-once') {
      if (c) return c.handle(type, data);
      const forced = await load(null, true);
      return forced ? forced.handle('sharh/status', {}) : err('annotator-not-loaded');
    }
    if (c) return c.handle(type, data);
    // The gate passed where Sharh was off (nothing loaded): the switch may be on now.
    if (type === 'sharh/settings-changed' && verdict?.pass) return ok(!!(await load(verdict, false, true)));
    if (type === 'sharh/reveal' || type === 'sharh/settings-changed') return ok(false);
    // sharh/status on a page the gate turned down: "off" where the switch is off (the popup asks
    // rarely, so the settings are asked for only then), else "not an article".
    const cfg = await sendToBackground(browser.runtime, 'sharh/page-config', { load: false, force: false });
    if (cfg.ok && !cfg.value.enabled) return ok({ state: 'off', host: cfg.value.host || doc.location.hostname, reason: cfg.value.reason ?? 'site' } satisfies PageStatus);
    if (verdict?.pass) return ok({ state: 'error', message: 'annotator-not-loaded' } satisfies PageStatus);
    return ok(verdict ? ({ state: 'not-article', reason: verdict.reason } satisfies PageStatus) : ({ state: 'running' } satisfies PageStatus));
  };

  const onMessage: OnMessage = (msg, _sender, sendResponse) => {
    if (controller()) return false; // the controller answers for itself
    const m = parseToContent(msg);
    if (!m) return false;
    void answer(m.type, m.data as Record<string, unknown>)
      .catch((e) => err(String(e)))
      .then(sendResponse);
    return true;
  };
  try {
    browser.runtime.onMessage.addListener(onMessage);
  } catch {
    /* extension context gone */
  }

  // In-page navigation (history API) re-runs the gate on pages the controller does not hold.
  let href = doc.location.href;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let interval: ReturnType<typeof setInterval> | undefined;
  const navigation = (globalThis as { navigation?: NavigationLike }).navigation;
  const hasNavigation = !!navigation && typeof navigation.addEventListener === 'function';
  /** The extension was updated or disabled: this copy's hooks go. */
  const teardown = () => {
    clearTimeout(timer);
    clearInterval(interval);
    if (hasNavigation) navigation!.removeEventListener('navigate', onNavigate);
    else removeEventListener('popstate', onNavigate);
  };
  const onNavigate = () => {
    if (!browser.runtime?.id) return teardown();
    clearTimeout(timer);
    timer = setTimeout(() => {
      const now = doc.location.href;
      if (!isNewPage(href, now)) return; // same page, e.g. an in-page anchor
      href = now;
      run();
    }, NAVIGATION_SETTLE_MS);
  };
  if (hasNavigation) navigation!.addEventListener('navigate', onNavigate);
  else {
    addEventListener('popstate', onNavigate);
    interval = setInterval(() => {
      if (!browser.runtime?.id) return teardown();
      if (controller()) return clearInterval(interval); // the controller watches the page itself
      if (isNewPage(href, doc.location.href)) onNavigate();
    }, 1000);
  }

  run();
}

/**
 * `sharh-gate` at the gate's start, on pages that pass it (long-task test window, benchmark): the
 * gate timed itself with `Date.now` (to leave `performance` alone on pages it turns down), so the
 * start is placed on the performance timeline from now, to within a millisecond.
 */
function mark(gateMs: number): void {
  try {
    performance.mark('sharh-gate', { startTime: Math.max(0, performance.now() - gateMs - 1) });
  } catch {
    /* no user timing here */
  }
}
