/**
 * What the declared content script does on every matched page (issue 4 §1, §5, §6), kept small
 * because it runs on every page: cheap gate first (plain DOM reads, nothing else loaded) → only if
 * it passes, ask the background for this site's settings and, when Sharh is on, the annotator
 * bundle injected into this frame → start it. On a page the gate turns down nothing else runs: no
 * storage read, no settings watch; in-page navigation (history API) re-runs the gate.
 *
 * It answers the popup's messages, applies switch changes at once where it runs (announced to
 * screen readers), and removes every trace when its context ends (site switched off, extension
 * updated or disabled).
 *
 * Extension APIs are the browser's own (`NativeBrowser`, see native-browser.ts for why the
 * polyfill stays out of this script). Every listener goes through `ctx`/its AbortSignal; every
 * entry point is wrapped so nothing thrown reaches the page's console.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { err, ok, parseToContent, sendToBackground, type PageConfig, type PageStatus, type Result } from '../messaging';
import { API_VERSION, type AnnotatorApi } from './annotator-api';
import { GLOBAL_API, SETTINGS_KEY } from './constants';
import { gate } from './gate';
import type { NativeBrowser, OnMessage } from './native-browser';
import { createAnnouncer } from './ui-host';

type Global = typeof globalThis & { [GLOBAL_API]?: AnnotatorApi };

export class ContentController {
  /** The background's answer for this frame's site (null until the gate first passed). */
  private config: PageConfig | null = null;
  private status: PageStatus = { state: 'running' };
  private pending: Promise<PageStatus> | null = null;
  private api: AnnotatorApi | null = null;
  private runId = 0;
  private forced = false;
  private announcer: ((msg: string) => void) | null = null;
  private watchingSettings = false;
  private watchdog = false;

  constructor(
    private ctx: ContentScriptContext,
    private browser: NativeBrowser,
    private doc: Document = document,
  ) {}

  private get host(): string {
    return this.doc.location?.hostname ?? '';
  }

  init(): void {
    const t0 = performance.now();
    const onMessage: OnMessage = (msg, _sender, sendResponse) => {
      const m = parseToContent(msg);
      if (!m) return false;
      void this.handle(m.type, m.data as Record<string, unknown>)
        .catch((e) => err(String(e)))
        .then(sendResponse);
      return true;
    };
    this.browser.runtime.onMessage.addListener(onMessage);
    this.ctx.onInvalidated(() => {
      try {
        this.browser.runtime.onMessage.removeListener(onMessage);
      } catch {
        /* runtime gone after an update */
      }
      this.stopApi();
    });
    // In-page navigation: WXT's watcher listens to the Navigation API's `navigate` event where the
    // browser has it (else it compares location.href once a second).
    this.ctx.addEventListener(window, 'wxt:locationchange', () => {
      this.forced = false;
      void this.evaluate('navigation').catch(() => undefined);
    });
    measure('sharh-init', t0);
    void this.evaluate('load').catch(() => undefined);
  }

  private async handle(type: string, data: Record<string, unknown>): Promise<Result<unknown>> {
    if (type === 'sharh/status') {
      if (this.pending) await this.pending;
      if (this.api && this.status.state === 'article') return ok(await this.api.status());
      if (this.status.state === 'not-article' && !this.config) {
        // The gate turned the page down without asking about settings; the popup (rarely opened)
        // still shows "off" where the switch is off, as it did when settings came first.
        const cfg = await this.fetchConfig(false);
        if (cfg && !cfg.enabled) return ok({ state: 'off', host: cfg.host || this.host, reason: cfg.reason ?? 'site' } satisfies PageStatus);
      }
      return ok(this.status);
    }
    if (type === 'sharh/reveal') {
      return ok(this.api?.reveal(data.start as number, data.end as number, data.showCard === true) ?? false);
    }
    if (type === 'sharh/annotate-once') {
      this.forced = true;
      return ok(await this.evaluate('once'));
    }
    return err('unknown message');
  }

  private announce(msg: string): void {
    this.announcer ??= createAnnouncer(this.doc, this.ctx.signal);
    this.announcer(msg);
  }

  private async fetchConfig(load: boolean): Promise<PageConfig | null> {
    const r = await sendToBackground(this.browser.runtime, 'sharh/page-config', { load, force: this.forced });
    return r.ok ? r.value : null;
  }

  /**
   * Settings changes reach pages where Sharh runs or could run (the gate passed, or the user asked
   * for this page once): the native `storage.onChanged` on the settings key, then the background's
   * answer for this site. Pages the gate turned down never watch.
   */
  private watchSettings(): void {
    if (this.watchingSettings) return;
    this.watchingSettings = true;
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
      void this.onSettings().catch(() => undefined);
    };
    try {
      this.browser.storage.onChanged.addListener(onChanged);
      this.ctx.onInvalidated(() => {
        try {
          this.browser.storage.onChanged.removeListener(onChanged);
        } catch {
          /* runtime gone after an update */
        }
      });
    } catch {
      /* storage unavailable: the page simply is not switched live */
    }
  }

  private async onSettings(): Promise<void> {
    const prev = this.config;
    const next = await this.fetchConfig(false);
    if (!next || this.ctx.isInvalid) return;
    const wasOn = prev ? prev.enabled : null;
    const isOn = next.enabled;
    const looksChanged = !prev || JSON.stringify(prev.kinds) !== JSON.stringify(next.kinds) || JSON.stringify(prev.colors) !== JSON.stringify(next.colors);
    if (wasOn === isOn && !looksChanged) return;
    if (wasOn !== isOn) this.forced = false;
    const st = await this.evaluate('settings');
    if (wasOn !== isOn) {
      const host = next.host || this.host;
      if (!isOn) this.announce(`Sharh is off on ${host}${next.reason === 'global' ? ' (turned off everywhere)' : ''}. Highlights removed.`);
      else if (st.state === 'article') this.announce(`Sharh is on for ${host}: ${countOf(st)} names and numbers highlighted.`);
      else this.announce(`Sharh is on for ${host}.`);
    }
  }

  /** gate → settings (background) → annotator. Later calls supersede earlier ones. */
  evaluate(why: 'load' | 'settings' | 'navigation' | 'once'): Promise<PageStatus> {
    const id = ++this.runId;
    const p = this.evaluateInner(id, why).catch((e): PageStatus => ({ state: 'error', message: String(e instanceof Error ? e.message : e) }));
    this.pending = p;
    void p.then((st) => {
      if (id === this.runId) {
        this.status = st;
        this.pending = null;
      }
    });
    return p;
  }

  private async evaluateInner(id: number, why: string): Promise<PageStatus> {
    if (this.ctx.isInvalid) return { state: 'not-article', reason: 'stopped' };
    if (why === 'navigation') {
      this.stopApi();
      // Single-page sites render the new article after the URL changes.
      await new Promise((r) => this.ctx.setTimeout(() => r(undefined), 400));
      if (id !== this.runId) return this.status;
    }
    const g0 = performance.now();
    mark('sharh-gate');
    const verdict = this.forced ? null : gate(this.doc);
    measure('sharh-gate-time', g0);
    if (verdict && !verdict.pass) {
      this.stopApi();
      return { state: 'not-article', reason: verdict.reason };
    }
    this.watchSettings();
    this.status = { state: 'running' };
    const g = globalThis as Global;
    const loaded = () => (g[GLOBAL_API]?.version === API_VERSION ? g[GLOBAL_API]! : null);
    const cfg = await this.fetchConfig(!loaded());
    if (id !== this.runId || this.ctx.isInvalid) return this.status;
    if (!cfg) return { state: 'error', message: 'no answer from the background' };
    this.config = cfg;
    if (!cfg.enabled && !this.forced) {
      this.stopApi();
      return { state: 'off', host: cfg.host || this.host, reason: cfg.reason ?? 'site' };
    }
    const api = loaded();
    if (!api) return { state: 'error', message: 'annotator-not-loaded' };
    this.api = api;
    const runtime = this.browser.runtime;
    const analyse = async (text: string, title: string) => {
      const r = await sendToBackground(runtime, 'sharh/analyse', { text, title });
      if (!r.ok) throw new Error(`analysis failed: ${r.error}`);
      return r.value;
    };
    const loadPart = async (part: 'card' | 'readability') => {
      const r = await sendToBackground(runtime, 'sharh/load-part', { part });
      return r.ok && r.value;
    };
    const st = await api.start({ host: cfg.host || this.host, kinds: cfg.kinds, colors: cfg.colors, force: this.forced, gate: verdict, signal: this.ctx.signal, analyse, loadPart });
    if (st.state === 'article') {
      mark('sharh-drawn');
      this.startWatchdog();
    }
    return st;
  }

  private stopApi(): void {
    try {
      this.api?.stop();
    } catch {
      /* never reaches the page */
    }
  }

  /**
   * While highlights are up, notice an extension update/disable (the runtime goes away and
   * `ctx.isValid` turns false inside WXT's interval wrapper) so they are removed.
   */
  private startWatchdog(): void {
    if (this.watchdog) return;
    this.watchdog = true;
    this.ctx.setInterval(() => undefined, 3000);
  }
}

function countOf(st: PageStatus): number {
  return st.state === 'article' ? Object.values(st.counts).reduce((a, b) => a + (b ?? 0), 0) : 0;
}

/**
 * User timing for the benchmark (scripts/bench-page.ts, `npm run bench:page`): marks for the start of
 * detection and highlights drawn, measures of our synchronous start-up and of the gate. Never throws.
 */
function mark(name: string): void {
  try {
    performance.mark(name);
  } catch {
    /* no user timing here */
  }
}

function measure(name: string, start: number): void {
  try {
    performance.measure(name, { start, end: performance.now() });
  } catch {
    /* no user timing here */
  }
}
