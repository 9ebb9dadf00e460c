/**
 * `npm run bench:page` — speed of inline annotation (issue 4 "Speed"), measured in real Chromium and
 * printed as figures (also written to artifacts/annotation-bench.json). Method from
 * ../shared/TOOLCHAIN.md: one browser with the extension; the same fixture loaded alternately under
 * its real host (content script runs) and under plain.test (nothing matches), each in a fresh tab;
 * CDP `Performance.getMetrics` TaskDuration after the page settles; medians of per-pair ratios.
 * Prints figures; asserts nothing. About 90 s. Builds the extension first unless SHARH_SKIP_BUILD=1.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ARTIFACTS_DIR, REPO, launchSharh, type Sharh } from '../tests/e2e/harness';

const PAIRS = Number(process.env.SHARH_BENCH_PAIRS ?? 5);
const SETTLE_MS = 1_500;
let sharh: Sharh;
const figures: Record<string, unknown> = {};

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

/** Load a URL in a fresh tab; TaskDuration (ms) after it settles, and our user-timing marks. */
async function load(url: string, article: boolean): Promise<{ task: number; dclToDrawn: number | null; ours: { init: number; gate: number } | null }> {
  const page = await sharh.newTab();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  if (article) await page.waitForFunction(() => performance.getEntriesByName('sharh-drawn').length > 0, undefined, { timeout: 30_000 }).catch(() => undefined);
  await page.waitForTimeout(SETTLE_MS);
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const task = (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
  const dclToDrawn = await page.evaluate(() => {
    const drawn = performance.getEntriesByName('sharh-drawn')[0]?.startTime;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return drawn !== undefined && nav ? drawn - nav.domContentLoadedEventStart : null;
  });
  // Our own synchronous work measured from inside (stable, unlike the whole-page figures).
  // No named helper functions inside page.evaluate: tsx (esbuild keepNames) would wrap them in a
  // `__name` call that does not exist in the page.
  const ours = await page.evaluate(() => {
    const init = performance.getEntriesByName('sharh-init', 'measure')[0]?.duration;
    const gate = performance.getEntriesByName('sharh-gate-time', 'measure')[0]?.duration;
    return init === undefined || gate === undefined ? null : { init, gate };
  });
  await cdp.detach().catch(() => undefined);
  await page.close();
  return { task, dclToDrawn, ours };
}

async function compare(name: string, article: boolean) {
  const url = sharh.fixture(name).url;
  const bare = url.replace(/^http:\/\/[^/]+/, 'http://plain.test');
  const ratios: number[] = [];
  const added: number[] = [];
  const drawn: number[] = [];
  const init: number[] = [];
  const gateMs: number[] = [];
  await load(url, article); // warm caches and the service worker
  for (let i = 0; i < PAIRS; i++) {
    const order = i % 2 ? [false, true] : [true, false];
    const r: Record<string, number> = {};
    for (const withSharh of order) {
      const m = await load(withSharh ? url : bare, article && withSharh);
      r[String(withSharh)] = m.task;
      if (withSharh && m.dclToDrawn !== null) drawn.push(m.dclToDrawn);
      if (withSharh && m.ours) {
        init.push(m.ours.init);
        gateMs.push(m.ours.gate);
      }
    }
    ratios.push(r.true! / r.false!);
    added.push(r.true! - r.false!);
  }
  figures[name] = {
    pairs: PAIRS,
    taskDurationRatio: round(median(ratios)),
    addedMainThreadMs: round(median(added), 1),
    ...(drawn.length ? { dclToHighlightsMs: round(median(drawn), 0) } : {}),
    contentScriptInitMs: init.length ? round(median(init), 3) : null,
    gateMs: gateMs.length ? round(median(gateMs), 3) : null,
  };
  return { ratio: median(ratios), added: median(added), init: median(init), gate: median(gateMs) };
}

async function main() {
  if (process.env.SHARH_SKIP_BUILD !== '1') execFileSync(process.execPath, ['node_modules/wxt/bin/wxt.mjs', 'build'], { cwd: REPO, stdio: 'inherit' });
  sharh = await launchSharh();
  try {
    await compare('sample-article', true);
    await compare('long-article', true);
    // Whole-page TaskDuration differences are ± tens of ms here even for an empty content script,
    // so on non-article pages the figure that matters is what we measure from inside: start-up plus
    // gate, run once on a cold script (issue 4's target: < 1 ms).
    await compare('section-page', false);
    await compare('english-article', false);
  } finally {
    await sharh.close().catch((e) => console.error(String(e)));
  }
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
  fs.writeFileSync(path.join(ARTIFACTS_DIR, 'annotation-bench.json'), JSON.stringify(figures, null, 2) + '\n');
  console.log(`Inline annotation in Chromium, ${PAIRS} pairs per page (medians)\n`);
  console.log('| page | TaskDuration ratio (with / without Sharh) | added main-thread ms | DOMContentLoaded → highlights ms | our start-up + gate ms |');
  console.log('|---|---:|---:|---:|---:|');
  for (const [name, f] of Object.entries(figures) as [string, Record<string, number | null | undefined>][]) {
    const ours = f.contentScriptInitMs != null && f.gateMs != null ? (f.contentScriptInitMs + f.gateMs).toFixed(2) : '—';
    console.log(`| ${name} | ${f.taskDurationRatio}× | ${f.addedMainThreadMs} | ${f.dclToHighlightsMs ?? '—'} | ${ours} |`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
