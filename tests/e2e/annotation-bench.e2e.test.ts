/**
 * Speed of inline annotation (issue 4 "Speed"), measured in real Chromium and printed as figures
 * (also written to artifacts/annotation-bench.json). Method from ../shared/TOOLCHAIN.md: one
 * browser with the extension; the same fixture loaded alternately under its real host (content
 * script runs) and under plain.test (nothing matches), each in a fresh tab; CDP
 * `Performance.getMetrics` TaskDuration after the page settles; medians of per-pair ratios.
 * Assertions are loose (a loaded 2-core machine is noisy); the figures are the point.
 *
 * About 90 s, so it runs only when asked:
 *   SHARH_BENCH=1 npx vitest run -c vitest.e2e.config.ts tests/e2e/annotation-bench.e2e.test.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ARTIFACTS_DIR, launchSharh, type Sharh } from './harness';

const PAIRS = Number(process.env.SHARH_BENCH_PAIRS ?? 5);
const SETTLE_MS = 1_500;
const ENABLED = process.env.SHARH_BENCH === '1';
let sharh: Sharh;
const figures: Record<string, unknown> = {};

beforeAll(async () => {
  if (ENABLED) sharh = await launchSharh();
});
afterAll(async () => {
  if (!ENABLED) return;
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
  fs.writeFileSync(path.join(ARTIFACTS_DIR, 'annotation-bench.json'), JSON.stringify(figures, null, 2) + '\n');
  console.log('[bench] ' + JSON.stringify(figures, null, 2));
  await sharh?.close();
});

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
  const ours = await page.evaluate(() => {
    const d = (n: string) => performance.getEntriesByName(n, 'measure')[0]?.duration;
    const init = d('sharh-init');
    const gate = d('sharh-gate-time');
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

describe.runIf(ENABLED)('annotation benchmark', () => {
  test('sample article: DOMContentLoaded → highlights, main-thread ratio', async () => {
    const { ratio } = await compare('sample-article', true);
    expect(ratio).toBeLessThan(3);
  }, 180_000);

  test('long article: main-thread ratio', async () => {
    const { ratio } = await compare('long-article', true);
    expect(ratio).toBeLessThan(3);
  }, 180_000);

  for (const name of ['section-page', 'english-article']) {
    test(`${name} (not an article): our own main-thread work, cold`, async () => {
      const { init, gate } = await compare(name, false);
      // Whole-page TaskDuration differences are ± tens of ms here even for an empty content script,
      // so the figure that matters is what we measure from inside: start-up plus gate, run once on a
      // cold script (lazy compilation included; Chrome's timer is coarsened to 0.1 ms). Issue 4's
      // target is < 1 ms; seen here: ≈ 1–3 ms cold (the warm gate is ≈ 0.05 ms, see gate.test.ts).
      expect(init + gate).toBeLessThan(5);
    }, 180_000);
  }
});
