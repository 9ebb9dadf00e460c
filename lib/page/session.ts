/**
 * One annotation run on one page visit: extract → analyse (in the background) → highlight → hover card,
 * plus the debounced observation of the article root. Everything it adds hangs off one
 * AbortController; `destroy()` is the exact inverse of `run()` (STYLE.md §8, §10).
 *
 * Work is split so that no task runs long on a 60,000-character article: extraction and the text
 * map are one short task each; the analysis itself runs in the background (`opts.analyse`, off the
 * page's main thread: it takes hundreds of ms on a long article); ranges are built in slices, with
 * `yieldToPage()` between.
 *
 * What the first paint needs is all this bundle carries: the hover card (Preact) and Readability
 * are separate bundles the background injects on demand (`opts.loadPart`): the card on first
 * hover or reveal, Readability only where neither a site rule nor semantic markup finds the body.
 */
import type { Analysis, Kind, Span } from '../analysis/types';
import type { PageStatus } from '../messaging';
import type { StartOptions } from './annotator-api';
import type { Card } from './card';
import { CARD_API, READABILITY_API } from './constants';
import { NEEDS_READABILITY, extractWith, type ExtractedArticle, type ReadabilityRoot } from './extract-core';
import { createHighlighter, type Highlighter } from './highlighter';
import { hitTest, type HitTarget } from './hit-test';
import { buildTextMap, type TextMap } from './text-map';
import { now, yieldToPage } from './yield';

const RANGE_SLICE = 400;
const DEBOUNCE = 200;
const MAX_WAIT = 2000;

interface PageMark {
  id: number;
  start: number;
  end: number;
  range: Range;
}

class Aborted extends Error {}

/** What the on-demand bundles leave on the isolated world's `globalThis`. */
type Parts = typeof globalThis & { [CARD_API]?: (doc: Document) => Card; [READABILITY_API]?: ReadabilityRoot };
const parts = () => globalThis as Parts;

/** After the card's bundle failed to load, hovering asks for it again no sooner than this. */
export const CARD_RETRY_MS = 30_000;

export class Session {
  private ctrl = new AbortController();
  private hl: Highlighter | null = null;
  private card: Card | null = null;
  private ex: ExtractedArticle | null = null;
  private map: TextMap | null = null;
  private spans: Span[] = [];
  private marks: PageMark[] = [];
  private idByRange = new Map<AbstractRange, number>();
  private mentions = new Map<string, number>();
  private analysis: Analysis | null = null;
  private observer: MutationObserver | null = null;
  private cardFor: number | null = null;
  private flashTimer: ReturnType<typeof setTimeout> | undefined;
  /** The card asked for while its bundle loads (cleared when the pointer leaves). */
  private pendingCard: { id: number; rect: DOMRect } | null = null;
  private cardLoad: Promise<void> | null = null;
  /** When the card's bundle last failed to load (Date.now): no new request before CARD_RETRY_MS. */
  private cardFailedAt = -Infinity;
  /** Figures for the benchmark (`globalThis.__sharhAnnotator.lastTimings`). */
  timings: Record<string, number> = {};

  constructor(
    private doc: Document,
    private opts: StartOptions,
  ) {
    // Tied to our own signal too, so a replaced Session is not kept alive by the caller's signal.
    opts.signal?.addEventListener('abort', () => this.destroy(), { once: true, signal: this.ctrl.signal });
  }

  get signal(): AbortSignal {
    return this.ctrl.signal;
  }

  private check(): void {
    if (this.ctrl.signal.aborted) throw new Aborted();
  }

  async run(): Promise<PageStatus> {
    try {
      return await this.runInner();
    } catch (e) {
      if (e instanceof Aborted) return { state: 'not-article', reason: 'stopped' };
      this.destroy();
      return { state: 'error', message: e instanceof Error ? e.message : String(e) };
    }
  }

  private async runInner(): Promise<PageStatus> {
    let t0 = now();
    const gateResult = this.opts.force ? undefined : (this.opts.gate ?? undefined);
    // computedStyle: this runs in a browser (no user-agent sniffing for jsdom/happy-dom needed).
    let ex = extractWith(this.doc, { gate: gateResult, askForReadability: true, computedStyle: true }, parts()[READABILITY_API]);
    if (ex.reason === NEEDS_READABILITY) {
      await this.opts.loadPart?.('readability');
      this.check();
      t0 = now();
      ex = extractWith(this.doc, { gate: gateResult, computedStyle: true }, parts()[READABILITY_API]);
    }
    this.timings.extract = now() - t0;
    if (!ex.root || !ex.map || (!ex.isArticle && !this.opts.force) || !ex.text.trim()) {
      return { state: 'not-article', reason: ex.reason || 'no-article' };
    }
    this.ex = ex;
    this.map = ex.map;
    await yieldToPage();
    this.check();
    const t1 = now();
    this.spans = await this.analyseText(ex.text, ex.title);
    this.timings.analyse = now() - t1;
    this.check();
    this.countMentions();
    this.hl = createHighlighter(this.doc, { colors: this.opts.colors });
    await this.draw();
    this.check();
    this.listen();
    this.observe();
    this.timings.total = now() - t0;
    return this.articleStatus();
  }

  /** Analysis of the article text (in the background); spans whose offsets do not fit are dropped. */
  private async analyseText(text: string, title: string): Promise<Span[]> {
    const a = await this.opts.analyse(text, title);
    this.check();
    const spans = (a.annotations ?? []).filter((s) => s.start >= 0 && s.end > s.start && s.end <= text.length && text.slice(s.start, s.end) === s.text);
    this.analysis = { ...a, text, annotations: spans };
    return spans;
  }

  private countMentions(): void {
    this.mentions.clear();
    for (const s of this.spans) {
      const k = s.key ?? `${s.kind}:${s.english}`;
      this.mentions.set(k, (this.mentions.get(k) ?? 0) + 1);
    }
  }

  private enabled(kind: Kind): boolean {
    return this.opts.kinds[kind] !== false;
  }

  /** Build ranges (in slices) and hand them to the highlighter. */
  private async draw(): Promise<void> {
    const map = this.map!;
    const marks: PageMark[] = [];
    for (let i = 0; i < this.spans.length; i++) {
      const s = this.spans[i]!;
      if (!this.enabled(s.kind)) continue;
      const range = map.rangeFor(s.start, s.end);
      if (range) marks.push({ id: i, start: s.start, end: s.end, range });
      if (i % RANGE_SLICE === RANGE_SLICE - 1) {
        await yieldToPage();
        this.check();
      }
    }
    this.applyMarks(marks);
  }

  private applyMarks(marks: PageMark[]): void {
    const hl = this.hl!;
    hl.set(marks.map((m) => ({ id: m.id, kind: this.spans[m.id]!.kind, range: m.range })));
    if (hl.mode === 'marks') {
      // Our own <sharh-mark>s split text nodes: rebuild the map (same text) and drop our mutation records.
      this.observer?.takeRecords();
      this.map = buildTextMap(this.ex!.root!, { exclude: this.ex!.exclude, computedStyle: true });
      for (const m of marks) m.range = this.map.rangeFor(m.start, m.end) ?? m.range;
    }
    this.marks = marks;
    this.idByRange = new Map(marks.map((m) => [m.range, m.id]));
  }

  private listen(): void {
    const signal = this.ctrl.signal;
    const doc = this.doc;
    let frame = 0;
    let hideTimer: ReturnType<typeof setTimeout> | undefined;
    let last: { x: number; y: number } | null = null;
    const onMove = (e: PointerEvent) => {
      last = { x: e.clientX, y: e.clientY };
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        if (!last || signal.aborted) return;
        try {
          this.pointerAt(last.x, last.y, e.target as Element | null, (show) => {
            clearTimeout(hideTimer);
            if (!show) hideTimer = setTimeout(() => this.hideCard(), 150);
          });
        } catch {
          /* never let a hover error reach the page */
        }
      });
    };
    doc.addEventListener('pointermove', onMove, { passive: true, signal });
    doc.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && this.card?.open) this.hideCard();
    }, { capture: true, signal });
    doc.defaultView?.addEventListener('scroll', () => this.hideCard(), { passive: true, signal, capture: true });
    doc.defaultView?.addEventListener('blur', () => this.hideCard(), { signal });
    signal.addEventListener('abort', () => {
      if (frame) cancelAnimationFrame(frame);
      clearTimeout(hideTimer);
    });
  }

  private pointerAt(x: number, y: number, target: Element | null, done: (show: boolean) => void): void {
    if (!this.map || !this.hl) return done(false);
    let id: number | null = null;
    let rect: DOMRect | null = null;
    if (this.hl.mode === 'marks') {
      id = this.hl.markIdAt(target);
      const m = id === null ? undefined : this.marks.find((k) => k.id === id);
      if (m) rect = Array.from(m.range.getClientRects()).find((r) => x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) ?? m.range.getBoundingClientRect();
    } else {
      const t: HitTarget = { idByRange: this.idByRange, spans: this.marks, map: this.map };
      const hit = hitTest(this.doc, x, y, t);
      if (hit) [id, rect] = [hit.id, hit.rect];
    }
    if (id === null || !rect) return done(false);
    done(true);
    if (id === this.cardFor && this.card?.open) return;
    this.showCard(id, rect);
  }

  private showCard(id: number, rect: DOMRect): void {
    const s = this.spans[id];
    if (!s) return;
    if (!this.card) {
      const create = parts()[CARD_API];
      if (!create) return this.loadCard(id, rect);
      this.card = create(this.doc);
    }
    this.card.show(
      { kind: s.kind, english: s.english, text: s.text, value: s.value, unit: s.unit, qualifier: s.qualifier, mentions: this.mentions.get(s.key ?? `${s.kind}:${s.english}`) ?? 1 },
      rect,
    );
    this.cardFor = id;
  }

  /** First hover: have the card's bundle injected, then show the card if it is still wanted. */
  private loadCard(id: number, rect: DOMRect): void {
    this.pendingCard = { id, rect };
    if (this.cardLoad || !this.opts.loadPart || Date.now() - this.cardFailedAt < CARD_RETRY_MS) return;
    const failed = () => {
      this.cardLoad = null; // not loaded: a hover asks again, but not before CARD_RETRY_MS
      this.cardFailedAt = Date.now();
    };
    this.cardLoad = this.opts
      .loadPart('card')
      .then(() => {
        const want = this.pendingCard;
        this.pendingCard = null;
        if (!parts()[CARD_API]) return failed();
        if (want && !this.ctrl.signal.aborted) this.showCard(want.id, want.rect);
      })
      .catch(failed);
  }

  private hideCard(): void {
    this.card?.hide();
    this.cardFor = null;
    this.pendingCard = null;
  }

  /** Debounced observation of the article root only (and its parent's child list, to see it replaced). */
  private observe(): void {
    const root = this.ex!.root!;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let first = 0;
    const fire = () => {
      timer = undefined;
      first = 0;
      void this.refresh();
    };
    const mo = new MutationObserver((records) => {
      const relevant = records.some((r) => r.target !== root.parentNode || Array.from(r.removedNodes).includes(root));
      if (!relevant || this.ctrl.signal.aborted) return;
      const t = now();
      if (!first) first = t;
      clearTimeout(timer);
      timer = setTimeout(fire, t - first > MAX_WAIT ? 0 : DEBOUNCE);
    });
    mo.observe(root, { childList: true, subtree: true, characterData: true });
    if (root.parentNode) mo.observe(root.parentNode, { childList: true });
    this.observer = mo;
    this.ctrl.signal.addEventListener('abort', () => {
      clearTimeout(timer);
      mo.disconnect();
    });
  }

  private refreshing = false;

  /** The article changed: same text → new ranges only; new text → analyse again; root gone → start over. */
  private async refresh(): Promise<void> {
    if (this.refreshing || this.ctrl.signal.aborted || !this.ex || !this.hl) return;
    this.refreshing = true;
    try {
      const root = this.ex.root!;
      if (!root.isConnected) {
        this.hl.clear();
        this.observer?.disconnect();
        const again = extractWith(this.doc, { computedStyle: true }, parts()[READABILITY_API]);
        if (!again.root || !again.map || !again.isArticle) return;
        this.ex = again;
        this.map = again.map;
        this.spans = await this.analyseText(again.text, again.title);
        this.countMentions();
        await this.draw();
        this.observe();
        return;
      }
      if (this.hl.mode === 'marks') this.hl.clear();
      this.observer?.takeRecords();
      const next = buildTextMap(root, { exclude: this.ex.exclude, computedStyle: true });
      if (next.text !== this.map?.text) {
        this.map = next;
        this.ex = { ...this.ex, map: next, text: next.text };
        this.spans = await this.analyseText(next.text, this.ex.title);
        this.countMentions();
      } else this.map = next;
      this.check();
      await this.draw();
      this.observer?.takeRecords();
    } catch {
      /* a refresh failure leaves the old state; never reaches the page */
    } finally {
      this.refreshing = false;
    }
  }

  private counts(): Partial<Record<Kind, number>> {
    const c: Partial<Record<Kind, number>> = {};
    for (const m of this.marks) {
      const k = this.spans[m.id]!.kind;
      c[k] = (c[k] ?? 0) + 1;
    }
    return c;
  }

  private articleStatus(): PageStatus {
    const ex = this.ex!;
    const analysis: Analysis = this.analysis ?? { text: ex.text, isArticle: ex.isArticle, title: ex.title, annotations: this.spans, facts: [], summary: { english: '', method: 'pending' } };
    return { state: 'article', host: this.opts.host, headline: ex.title, date: ex.date, analysis: { ...analysis, isArticle: ex.isArticle }, counts: this.counts() };
  }

  /** The page's status with its analysis. */
  status(): PageStatus {
    if (!this.ex || this.ctrl.signal.aborted) return { state: 'not-article', reason: 'stopped' };
    return this.articleStatus();
  }

  reveal(start: number, end: number, showCard: boolean): boolean {
    if (!this.map || !this.hl) return false;
    const range = this.map.rangeFor(start, end);
    if (!range) return false;
    const el = range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', inline: 'nearest' });
    this.hl.flash(range);
    clearTimeout(this.flashTimer);
    this.flashTimer = setTimeout(() => this.hl?.flash(null), 1600);
    if (showCard) {
      const m = this.marks.find((k) => k.start <= start && start < k.end) ?? this.marks.find((k) => k.start < end && start < k.end);
      if (m) {
        requestAnimationFrame(() => {
          if (!this.ctrl.signal.aborted) this.showCard(m.id, range.getBoundingClientRect());
        });
      }
    }
    return true;
  }

  /** Exact inverse of `run()`. Safe to call twice. */
  destroy(): void {
    if (!this.ctrl.signal.aborted) this.ctrl.abort();
    clearTimeout(this.flashTimer);
    try {
      this.observer?.disconnect();
      this.hl?.destroy();
      this.card?.destroy();
    } catch {
      /* nothing thrown reaches the page */
    }
    this.hl = null;
    this.card = null;
    this.marks = [];
    this.idByRange.clear();
  }
}
