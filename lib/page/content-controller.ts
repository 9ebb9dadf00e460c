/**
 * The page's controller (issue 4 §1, §5, §6). It comes with the annotator bundle, so it exists only
 * on pages whose gate passed or that the user asked for once: the declared gate script
 * (gate-script.ts) hands the page over with `begin()`. From then on it owns the page: settings
 * (asked of the background, which owns them and announces changes) and their live changes, the annotator run, the
 * popup's messages, switch changes applied at once (announced to screen readers), in-page
 * navigation, and removing every trace when its context ends (site switched off, extension
 * updated or disabled).
 *
 * Extension APIs are the browser's own (`NativeBrowser`, see native-browser.ts for why the polyfill
 * stays out of page scripts). Every listener goes through `ctx` (a WXT ContentScriptContext made
 * here, since this bundle is injected rather than declared) or its AbortSignal; every entry point
 * is wrapped so nothing thrown reaches the page's console.
 */
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { err, ok, parseToContent, sendToBackground, type ContentType, type PageConfig, type PageStatus, type Result } from '../messaging';
import { API_VERSION, type AnnotatorApi, type ControllerApi } from './annotator-api';
import { GLOBAL_API } from './constants';
import { gate, type GateResult } from './gate';
import { isNewPage } from './navigation';
import { browser as nativeBrowser, type NativeBrowser, type OnMessage } from './native-browser';
import { createAnnouncer } from './ui-host';

type Global = typeof globalThis & { [GLOBAL_API]?: AnnotatorApi };

export class ContentController implements ControllerApi {
  /** The background's answer for this frame's site (null until the gate first passed). */
  private config: PageConfig | null = null;
  private status: PageStatus = { state: 'running' };
  private pending: Promise<PageStatus> | null = null;
  private api: AnnotatorApi | null = null;
  private runId = 0;
  private forced = false;
  private announcer: ((msg: string) => void) | null = null;
  private watchdog = false;

  constructor(
    private ctx: ContentScriptContext,
    private browser: NativeBrowser,
    private doc: Document = document,
  ) {}

  private get host(): string {
    return this.doc.location?.hostname ?? '';
  }

  /** Listeners only; the first run comes from the gate script (`begin`). */
  init(): void {
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
    this.ctx.addEventListener(window, 'wxt:locationchange', (e) => {
      // An in-page anchor keeps the page, its highlights and a "Read it anyway" choice.
      const { oldUrl, newUrl } = e as Partial<{ oldUrl: URL; newUrl: URL }>;
      if (oldUrl && newUrl && !isNewPage(String(oldUrl), String(newUrl))) return;
      this.forced = false;
      void this.evaluate('navigation').catch(() => undefined);
    });
  }

  begin(first: { verdict: GateResult | null; config: PageConfig; forced: boolean; switchedOn?: boolean }): Promise<PageStatus> {
    this.forced = first.forced;
    const p = this.evaluate('load', first);
    // Loaded because the switch went on (the gate script loads nothing where Sharh is off): announced as a live switch-on is.
    if (first.switchedOn && first.config.enabled) void p.then((st) => this.announceOn(first.config.host || this.host, st));
    return p;
  }

  async handle(type: ContentType, data: Record<string, unknown>): Promise<Result<unknown>> {
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
    if (type === 'sharh/settings-changed') {
      void this.onSettings().catch(() => undefined);
      return ok(true);
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
   * The settings changed (the background tells every tab: `sharh/settings-changed`, so no page
   * script reads or watches storage): ask for this site's config and apply what changed.
   */
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
      else this.announceOn(host, st);
    }
  }

  private announceOn(host: string, st: PageStatus): void {
    if (st.state === 'article') this.announce(`Sharh is on for ${host}: ${countOf(st)} names and numbers highlighted.`);
    else this.announce(`Sharh is on for ${host}.`);
  }

  /** gate → settings (background) → annotator. Later calls supersede earlier ones. */
  evaluate(why: 'load' | 'settings' | 'navigation' | 'once', first?: { verdict: GateResult | null; config: PageConfig }): Promise<PageStatus> {
    const id = ++this.runId;
    const p = this.evaluateInner(id, why, first).catch((e): PageStatus => ({ state: 'error', message: String(e instanceof Error ? e.message : e) }));
    this.pending = p;
    void p.then((st) => {
      if (id === this.runId) {
        this.status = st;
        this.pending = null;
      }
    });
    return p;
  }

  private async evaluateInner(id: number, why: string, first?: { verdict: GateResult | null; config: PageConfig }): Promise<PageStatus> {
    if (this.ctx.isInvalid) return { state: 'not-article', reason: 'stopped' };
    if (why === 'navigation') {
      this.stopApi();
      // Single-page sites render the new article after the URL changes.
      await new Promise((r) => this.ctx.setTimeout(() => r(undefined), 400));
      if (id !== this.runId) return this.status;
    }
    const verdict = first ? first.verdict : this.forced ? null : gate(this.doc);
    if (verdict && !verdict.pass) {
      this.stopApi();
      return { state: 'not-article', reason: verdict.reason };
    }
    if (!first && verdict) mark('sharh-gate', performance.now() - verdict.ms);
    this.status = { state: 'running' };
    const g = globalThis as Global;
    const loaded = () => (g[GLOBAL_API]?.version === API_VERSION ? g[GLOBAL_API]! : null);
    const cfg = first ? first.config : await this.fetchConfig(!loaded());
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
 * User timing for the benchmark (scripts/bench-page.ts, `npm run bench:page`) and the long-task
 * test: the start of detection (`sharh-gate`, on pages that pass it) and highlights drawn. Never throws.
 */
function mark(name: string, startTime?: number): void {
  try {
    performance.mark(name, startTime === undefined ? undefined : { startTime: Math.max(0, startTime) });
  } catch {
    /* no user timing here */
  }
}

/** Start the page's controller (called by the annotator bundle when it is injected). */
export function startController(doc: Document = document): ContentController {
  // WXT's started event is named after the extension id and this bundle's entrypoint
  // ('annotator'), so the name only tells copies of this bundle apart from each other: a newer copy
  // of the annotator bundle in this document stops an older one. It does not reach the declared gate
  // script (no ContentScriptContext there) nor a content script of another entrypoint.
  const ctx = new ContentScriptContext('content', { matches: [], noScriptStartedPostMessage: true } as never);
  const c = new ContentController(ctx, nativeBrowser, doc);
  c.init();
  return c;
}
