/**
 * What the declared content script does on every matched page (issue 4 §1, §5, §6), kept small:
 * settings → cheap gate → (only if it passes) ask the background to inject the annotator bundle
 * into this frame → start it. Answers the popup's messages, applies switch changes at once
 * (announced to screen readers), re-runs on in-page navigation, and removes every trace when its
 * context ends (site switched off, extension updated or disabled).
 *
 * Every listener goes through `ctx`/its AbortSignal; every entry point is wrapped so nothing
 * thrown reaches the page's console.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { WxtBrowser } from 'wxt/browser';
import { err, ok, parseToContent, sendToBackground, type PageStatus, type Result } from '../messaging';
import { getSettings, isSiteEnabled, watchSettings, type Settings } from '../settings';
import { API_VERSION, type AnnotatorApi } from './annotator-api';
import { GLOBAL_API } from './constants';
import { gate } from './gate';
import { createAnnouncer } from './ui-host';


type Global = typeof globalThis & { [GLOBAL_API]?: AnnotatorApi };

export class ContentController {
  private settings: Settings | null = null;
  private status: PageStatus = { state: 'running' };
  private pending: Promise<PageStatus> | null = null;
  private api: AnnotatorApi | null = null;
  private runId = 0;
  private forced = false;
  private announce: (msg: string) => void;
  private watchdog = false;

  constructor(
    private ctx: ContentScriptContext,
    private browser: WxtBrowser,
    private doc: Document = document,
  ) {
    this.announce = createAnnouncer(doc, ctx.signal);
  }

  private get host(): string {
    return this.doc.location?.hostname ?? '';
  }

  init(): void {
    const t0 = performance.now();
    const onMessage = (msg: unknown): Promise<Result<unknown>> | undefined => {
      const m = parseToContent(msg);
      if (!m) return undefined;
      return this.handle(m.type, m.data as Record<string, unknown>).catch((e) => err(String(e)));
    };
    this.browser.runtime.onMessage.addListener(onMessage as never);
    this.ctx.onInvalidated(() => {
      try {
        this.browser.runtime.onMessage.removeListener(onMessage as never);
      } catch {
        /* runtime gone after an update */
      }
      this.stopApi();
    });
    try {
      const unwatch = watchSettings((s) => void this.onSettings(s).catch(() => undefined));
      this.ctx.onInvalidated(unwatch);
    } catch {
      /* storage unavailable: the page simply is not annotated live */
    }
    this.ctx.addEventListener(window, 'wxt:locationchange', () => {
      this.forced = false;
      void this.evaluate('navigation').catch(() => undefined);
    });
    void this.evaluate('load').catch(() => undefined);
    measure('sharh-init', t0);
  }

  private async handle(type: string, data: Record<string, unknown>): Promise<Result<unknown>> {
    if (type === 'sharh/status') {
      if (this.pending) await this.pending;
      if (this.api && this.status.state === 'article') return ok(await this.api.status());
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

  private async onSettings(next: Settings): Promise<void> {
    const prev = this.settings;
    this.settings = next;
    const wasOn = prev ? isSiteEnabled(prev, this.host) : null;
    const isOn = isSiteEnabled(next, this.host);
    const looksChanged = !prev || JSON.stringify(prev.kinds) !== JSON.stringify(next.kinds) || JSON.stringify(prev.colors) !== JSON.stringify(next.colors);
    if (wasOn === isOn && !looksChanged) return;
    if (wasOn !== isOn) this.forced = false;
    const st = await this.evaluate('settings');
    if (wasOn !== isOn) {
      if (!isOn) this.announce(`Sharh is off on ${this.host}${next.enabled ? '' : ' (turned off everywhere)'}. Highlights removed.`);
      else if (st.state === 'article') this.announce(`Sharh is on for ${this.host}: ${countOf(st)} names and numbers highlighted.`);
      else this.announce(`Sharh is on for ${this.host}.`);
    }
  }

  /** settings → gate → annotator. Later calls supersede earlier ones. */
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
    this.settings ??= await getSettings();
    const s = this.settings;
    const host = this.host;
    if (!this.forced && !isSiteEnabled(s, host)) {
      this.stopApi();
      return { state: 'off', host, reason: s.enabled ? 'site' : 'global' };
    }
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
    this.status = { state: 'running' };
    const api = await this.loadApi();
    if (id !== this.runId || this.ctx.isInvalid) return this.status;
    if (!api) return { state: 'error', message: 'annotator-not-loaded' };
    this.api = api;
    const runtime = this.browser.runtime;
    const analyse = async (text: string, title: string) => {
      const r = await sendToBackground(runtime, 'sharh/analyse', { text, title });
      if (!r.ok) throw new Error(`analysis failed: ${r.error}`);
      return r.value;
    };
    const st = await api.start({ host, kinds: s.kinds, colors: s.colors, force: this.forced, gate: verdict, signal: this.ctx.signal, analyse });
    if (st.state === 'article') {
      mark('sharh-drawn');
      this.startWatchdog();
    }
    return st;
  }

  private async loadApi(): Promise<AnnotatorApi | null> {
    const g = globalThis as Global;
    if (g[GLOBAL_API]?.version === API_VERSION) return g[GLOBAL_API]!;
    const res = await sendToBackground(this.browser.runtime, 'sharh/load-annotator', {});
    if (!res.ok || !res.value) return null;
    const api = g[GLOBAL_API];
    return api && api.version === API_VERSION ? api : null;
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
