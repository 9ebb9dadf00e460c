/**
 * `npm run bench:page` — speed of inline annotation (issue 4 "Speed"), measured in real Chromium and
 * printed as figures (also written to artifacts/annotation-bench.json). Method from
 * ../shared/TOOLCHAIN.md: one browser with the extension; the same fixture loaded alternately under
 * its real host (content script runs) and under plain.test (nothing matches), each in a fresh tab;
 * CDP `Performance.getMetrics` TaskDuration after the page settles; medians of per-pair ratios.
 * Beside it, from the same call, `ThreadTime`: the renderer main thread's CPU time, which time
 * spent descheduled by other processes does not inflate (TaskDuration is wall-clock).
 *
 * Whole-page differences are ± several ms here (2 cores shared with other work), so
 * each page is also loaded with a CDP trace (`traceOurTime`), and our own main-thread time is
 * attributed from it, in thread CPU time (`tdur`, so time the thread spent descheduled does not
 * count): the browser setting up our isolated world (its first script injection), the evaluation
 * (compile + run) of our bundles, our JS in callbacks afterwards (V8 CPU
 * profile samples whose stack holds one of our scripts), and on article pages the style, layout
 * and paint work after our highlights were drawn (a static fixture renders nothing else then).
 *
 * Prints figures; asserts nothing. About 2 min. Builds the extension first unless SHARH_SKIP_BUILD=1.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ARTIFACTS_DIR, REPO, launchSharh, type Sharh } from '../tests/e2e/harness';

const PAIRS = Number(process.env.SHARH_BENCH_PAIRS ?? 7);
const TRACED = Number(process.env.SHARH_BENCH_TRACED ?? 3);
const SETTLE_MS = 1_500;
let sharh: Sharh;
const figures: Record<string, unknown> = {};

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

/** Load a URL in a fresh tab; TaskDuration (ms) after it settles, and our user-timing marks. */
async function load(url: string): Promise<{ task: number; thread: number; dclToDrawn: number | null }> {
  const page = await sharh.newTab();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  // Both loads of a pair wait the same way: a fixed settle time, no polling in the page (Playwright's
  // waitForFunction installs its injected script in the page and polls on every animation frame,
  // which would count against the loads with Sharh only). Highlights are drawn long before it ends
  // (DOMContentLoaded → highlights ≈ 0.1–0.3 s); a load where they were not is measured again.
  await page.waitForTimeout(SETTLE_MS);
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const task = (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
  const thread = (metrics.find((m) => m.name === 'ThreadTime')?.value ?? 0) * 1000;
  const dclToDrawn = await page.evaluate(() => {
    const drawn = performance.getEntriesByName('sharh-drawn')[0]?.startTime;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return drawn !== undefined && nav ? drawn - nav.domContentLoadedEventStart : null;
  });
  await cdp.detach().catch(() => undefined);
  await page.close();
  return { task, thread, dclToDrawn };
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: {
    data?: { url?: string; startTime?: number; cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] };
    chrome_extension_id?: { extension_id?: string };
  };
}
interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { url?: string };
}

/** Our main-thread time in one traced load, thread CPU ms. */
interface TraceFigures {
  /** The browser setting up our isolated world and its extension bindings (ScriptInjection::InjectJs). */
  setup: number;
  /** Compile + top-level run of our bundles (gate.js, annotator.js, card.js …). */
  evaluate: number;
  /** Our JS in later tasks: message replies, timers, microtasks (profile samples). */
  callbacks: number;
  /** Style, layout, paint after `sharh-drawn` (article pages; a static fixture renders nothing else then). */
  rendering: number;
  /** Our scripts evaluated in the page (0: the manifest kept the gate script off it). */
  scripts: number;
}

const RENDERING = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit', 'UpdateLayer', 'PaintImage', 'RasterTask']);
const cpu = (e: TraceEvent) => (e.tdur ?? e.dur ?? 0) / 1000;

/** Attribute main-thread time of one page load to our scripts (see the module comment). */
export function attribute(events: TraceEvent[], ourPrefix: string): TraceFigures {
  const ours = (url: string | undefined) => !!url && url.startsWith(ourPrefix);
  const evals = events.filter((e) => e.ph === 'X' && e.name === 'EvaluateScript' && ours(e.args?.data?.url));
  if (!evals.length) return { setup: 0, evaluate: 0, callbacks: 0, rendering: 0, scripts: 0 };
  const { pid, tid } = evals[0]!;
  const main = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X').sort((a, b) => a.ts - b.ts);
  // Top-level tasks (for the CPU share of a sample's wall-clock interval).
  const tops: TraceEvent[] = [];
  for (const e of main) if (!tops.length || e.ts >= tops.at(-1)!.ts + (tops.at(-1)!.dur ?? 0)) tops.push(e);
  const topAt = (t: number) => {
    let lo = 0;
    let hi = tops.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const e = tops[mid]!;
      if (t < e.ts) hi = mid - 1;
      else if (t >= e.ts + (e.dur ?? 0)) lo = mid + 1;
      else return e;
    }
    return null;
  };
  const inEval = (t: number) => evals.some((e) => t >= e.ts && t < e.ts + (e.dur ?? 0));
  // Our compiled code in V8's samples, outside the evaluations already counted.
  let callbacks = 0;
  const chunks = new Map<string, TraceEvent[]>();
  for (const e of events) if (e.pid === pid && (e.name === 'Profile' || e.name === 'ProfileChunk') && e.id) chunks.set(e.id, [...(chunks.get(e.id) ?? []), e]);
  for (const list of chunks.values()) {
    const nodes = new Map<number, ProfileNode>();
    let t = 0;
    const samples: [number, number][] = [];
    for (const e of list) {
      if (e.name === 'Profile') t = e.args?.data?.startTime ?? t;
      const cp = e.args?.data?.cpuProfile;
      for (const n of cp?.nodes ?? []) nodes.set(n.id, n);
      const deltas = e.args?.data?.timeDeltas ?? [];
      (cp?.samples ?? []).forEach((id, i) => {
        t += deltas[i] ?? 0;
        samples.push([id, t]);
      });
    }
    const isOurs = new Map<number, boolean>();
    const stackIsOurs = (id: number): boolean => {
      const known = isOurs.get(id);
      if (known !== undefined) return known;
      const n = nodes.get(id);
      const v = !!n && (ours(n.callFrame.url) || (n.parent !== undefined && stackIsOurs(n.parent)));
      isOurs.set(id, v);
      return v;
    };
    for (let i = 0; i + 1 < samples.length; i++) {
      const [id, at] = samples[i]!;
      if (!stackIsOurs(id) || inEval(at)) continue;
      const task = topAt(at);
      if (!task) continue;
      const share = task.tdur && task.dur ? task.tdur / task.dur : 1;
      callbacks += ((samples[i + 1]![1] - at) / 1000) * share;
    }
  }
  const drawn = events.find((e) => e.name === 'sharh-drawn' && e.pid === pid)?.ts;
  const rendering = drawn === undefined ? 0 : main.filter((e) => RENDERING.has(e.name) && e.ts >= drawn && !main.some((p) => p !== e && RENDERING.has(p.name) && p.ts <= e.ts && e.ts < p.ts + (p.dur ?? 0))).reduce((a, e) => a + cpu(e), 0);
  // Script injections for our extension (the first creates the isolated world), less any of our
  // evaluations inside them (counted above).
  const ourId = ourPrefix.replace(/^chrome-extension:\/\//, '').replace(/\/$/, '');
  const within = (outer: TraceEvent, e: TraceEvent) => e.ts >= outer.ts && e.ts < outer.ts + (outer.dur ?? 0);
  const setup = main
    .filter((e) => e.name === 'ScriptInjection::InjectJs' && e.args?.chrome_extension_id?.extension_id === ourId)
    .reduce((a, inj) => a + cpu(inj) - evals.filter((e) => within(inj, e)).reduce((b, e) => b + cpu(e), 0), 0);
  return { setup, evaluate: evals.reduce((a, e) => a + cpu(e), 0), callbacks, rendering, scripts: evals.length };
}

const TIMELINE = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing', 'extensions'];
const PROFILER = ['disabled-by-default-v8.cpu_profiler', 'disabled-by-default-v8.cpu_profiler.hires'];

/** One load of `url` with Sharh under a CDP trace with these categories; its events. */
async function tracedLoad(url: string, categories: string[]): Promise<TraceEvent[]> {
  const page = await sharh.newTab();
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: categories }, transferMode: 'ReportEvents' } as never);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(SETTLE_MS);
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach().catch(() => undefined);
  await page.close();
  return events;
}

/**
 * Our main-thread time on one page: evaluation and rendering from a load traced without the CPU
 * profiler (sampling every 0.1 ms slows the JS it samples), callbacks from a second load with it.
 */
async function traceOurTime(url: string): Promise<TraceFigures> {
  const ours = `chrome-extension://${sharh.extensionId}/`;
  const plain = attribute(await tracedLoad(url, TIMELINE), ours);
  const sampled = attribute(await tracedLoad(url, [...TIMELINE, ...PROFILER]), ours);
  return { setup: plain.setup, evaluate: plain.evaluate, callbacks: sampled.callbacks, rendering: plain.rendering, scripts: Math.max(plain.scripts, sampled.scripts) };
}

async function compare(name: string, article: boolean, at?: { label: string; url: string }) {
  const url = at?.url ?? sharh.fixture(name).url;
  const bare = url.replace(/^http:\/\/[^/]+/, 'http://plain.test');
  const ratios: number[] = [];
  const added: number[] = [];
  const threadRatios: number[] = [];
  const threadAdded: number[] = [];
  const drawn: number[] = [];
  // Warm caches and the service worker. On the first article after launch this load also pays for
  // the analyser's cold start in the background (model decode, first analysis): reported apart.
  const warm = await load(url);
  for (let i = 0; i < PAIRS; i++) {
    const order = i % 2 ? [false, true] : [true, false];
    const r: Record<string, number> = {};
    const t: Record<string, number> = {};
    for (const withSharh of order) {
      let m = await load(withSharh ? url : bare);
      // Highlights not drawn within the settle time (a stall of the shared machine): measure again.
      for (let retry = 0; retry < 3 && article && withSharh && m.dclToDrawn === null; retry++) m = await load(url);
      r[String(withSharh)] = m.task;
      t[String(withSharh)] = m.thread;
      if (withSharh && m.dclToDrawn !== null) drawn.push(m.dclToDrawn);
    }
    ratios.push(r.true! / r.false!);
    added.push(r.true! - r.false!);
    if (t.true && t.false) {
      threadRatios.push(t.true / t.false);
      threadAdded.push(t.true - t.false);
    }
  }
  const traces: TraceFigures[] = [];
  for (let i = 0; i < TRACED; i++) traces.push(await traceOurTime(url));
  const total = (t: TraceFigures) => t.setup + t.evaluate + t.callbacks + t.rendering;
  const mid = [...traces].sort((a, b) => total(a) - total(b))[traces.length >> 1];
  figures[at?.label ?? name] = {
    pairs: PAIRS,
    taskDurationRatio: round(median(ratios)),
    addedMainThreadMs: round(median(added), 1),
    threadTimeRatio: threadRatios.length ? round(median(threadRatios)) : null,
    addedThreadTimeMs: threadAdded.length ? round(median(threadAdded), 1) : null,
    ...(drawn.length ? { dclToHighlightsMs: round(median(drawn), 0) } : {}),
    ...(warm.dclToDrawn !== null ? { firstLoadDclToHighlightsMs: round(warm.dclToDrawn, 0) } : {}),
    // The traced load with the median total (its parts add up).
    ourTraceMs: mid ? { total: round(total(mid)), setup: round(mid.setup), evaluate: round(mid.evaluate), callbacks: round(mid.callbacks), rendering: round(mid.rendering), scripts: Math.max(...traces.map((t) => t.scripts)) } : null,
  };
  return { ratio: median(ratios), added: median(added) };
}

async function main() {
  if (process.env.SHARH_SKIP_BUILD !== '1') execFileSync(process.execPath, ['node_modules/wxt/bin/wxt.mjs', 'build'], { cwd: REPO, stdio: 'inherit' });
  sharh = await launchSharh();
  let worker: Record<string, number[]> = {};
  try {
    await compare('sample-article', true);
    // The name tagger's model loads in the extension's background (service worker), never in the
    // page: the first article after launch starts it (background.ts warmUp). Every start of the worker
    // during the run adds one entry per name; the first is the cold one.
    worker = await sharh.inWorker(() =>
      Object.fromEntries(['sharh-worker-ready', 'sharh-model-load', 'sharh-analyser-warm'].map((n) => [n, performance.getEntriesByName(n).map((e) => Math.round(e.duration * 10) / 10)])),
    );
    figures.backgroundWorker = worker;
    await compare('long-article', true);
    // Whole-page differences are ± several ms here even for an empty content script, so on
    // non-article pages the figure that matters is our trace-attributed time (issue 4's target:
    // under 1 ms).
    // Their addresses rule these two out (a section path; the portal's English service), so the
    // manifest keeps our script off them (lib/page/sites.ts)…
    await compare('section-page', false);
    await compare('english-article', false);
    // …so the same two pages are also loaded at addresses that say nothing (the fixture server's
    // /fixtures/NAME on the Arabic host): the gate script runs and reads the page to turn it down.
    const neutral = (name: string) => `http://${new URL(sharh.fixture('sample-article').url).host}/fixtures/${name}`;
    await compare('section-page', false, { label: 'section-page, at an address that says nothing', url: neutral('section-page') });
    await compare('english-article', false, { label: 'english-article, at an address that says nothing', url: neutral('english-article') });
  } finally {
    await sharh.close().catch((e) => console.error(String(e)));
  }
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
  fs.writeFileSync(path.join(ARTIFACTS_DIR, 'annotation-bench.json'), JSON.stringify(figures, null, 2) + '\n');
  console.log(`Inline annotation in Chromium, ${PAIRS} pairs per page (medians)\n`);
  console.log('| page | TaskDuration ratio (with / without Sharh) | added TaskDuration ms | ThreadTime ratio | added ThreadTime ms | DOMContentLoaded → highlights ms | our main-thread time (trace, CPU ms): total = world set-up + script evaluation + callbacks + rendering after drawing |');
  console.log('|---|---:|---:|---:|---:|---:|---|');
  type Row = Record<string, number | null | undefined> & { ourTraceMs?: TraceFigures & { total: number } };
  for (const [name, f] of Object.entries(figures).filter(([n]) => n !== 'backgroundWorker') as [string, Row][]) {
    const t = f.ourTraceMs;
    const trace = !t ? '—' : t.scripts === 0 ? '0 (no script of ours in the page: its address rules it out)' : `${t.total.toFixed(2)} = ${t.setup.toFixed(2)} + ${t.evaluate.toFixed(2)} + ${t.callbacks.toFixed(2)} + ${t.rendering.toFixed(2)}`;
    console.log(`| ${name} | ${f.taskDurationRatio}× | ${f.addedMainThreadMs} | ${f.threadTimeRatio ?? '—'}× | ${f.addedThreadTimeMs ?? '—'} | ${f.dclToHighlightsMs ?? '—'} | ${trace} |`);
  }
  const first = (n: string) => (worker[n]?.length ? `${worker[n]![0]} ms` : 'not seen');
  const cold = (figures['sample-article'] as { firstLoadDclToHighlightsMs?: number } | undefined)?.firstLoadDclToHighlightsMs;
  console.log(`\nFirst article after launch (analyser cold in the background): DOMContentLoaded → highlights ${cold ?? '—'} ms`);
  console.log(`Name tagger in Chromium (extension background, not the page): worker start → script evaluated (incl. the model text) ${first('sharh-worker-ready')}; model decode ${first('sharh-model-load')}; first analysis after it ${first('sharh-analyser-warm')}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
