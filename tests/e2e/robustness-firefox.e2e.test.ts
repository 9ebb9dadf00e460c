/**
 * Firefox smoke test of inline annotation (the MV2 build as a temporary add-on, driven by
 * puppeteer-core over WebDriver BiDi; ../shared/TOOLCHAIN.md "Firefox end to end"): highlights on
 * the sample article and under a strict CSP — in a Firefox content script `CSS.highlights` cannot
 * be iterated, which the highlighter never does — nothing on the section page, no error of ours.
 * Skipped when Firefox ESR or the Firefox build is missing (`npm run setup`, `npm run build`).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ARTIFACTS_DIR, REPO, startFixtureServer, type FixtureServer } from './harness';

const FIREFOX = process.env.SHARH_FIREFOX ?? '/usr/bin/firefox-esr';
const BUILD = process.env.SHARH_FIREFOX_BUILD ?? path.join(REPO, '.output/firefox-mv2');
const ready = fs.existsSync(FIREFOX) && fs.existsSync(path.join(BUILD, 'manifest.json'));

type PBrowser = Awaited<ReturnType<typeof import('puppeteer-core').default.launch>>;
let browser: PBrowser | undefined;
let server: FixtureServer | undefined;

beforeAll(async () => {
  if (!ready) return;
  const puppeteer = (await import('puppeteer-core')).default;
  server = await startFixtureServer();
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': server.port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
    },
  });
  await browser.installExtension(path.resolve(BUILD));
});
afterAll(async () => {
  await browser?.close().catch(() => undefined);
  await server?.close();
});

async function visit(name: string, shot?: string, waitMs = 10_000) {
  const page = await browser!.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    // The strict-CSP fixture blocks its own favicon request: the page's error, not ours.
    if (m.type() === 'error' && !/favicon/.test(m.text())) errors.push(m.text());
  });
  page.on('pageerror', (e) => {
    if (!/favicon/.test(String(e))) errors.push(String(e));
  });
  const fx = server!.fixtures.find((f) => f.name === name)!;
  await page.goto(fx.url, { waitUntil: 'load' });
  const count = () => page.evaluate(() => {
    let n = 0;
    (CSS as unknown as { highlights: Map<string, Set<unknown>> }).highlights.forEach((h, k) => {
      if (k.startsWith('sharh-')) n += h.size;
    });
    return n;
  });
  let n = 0;
  for (let i = 0; i < waitMs / 250 && n === 0; i++) {
    await new Promise((r) => setTimeout(r, 250));
    n = await count();
  }
  if (shot) {
    fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, `${shot}.png`) });
  }
  await page.close();
  return { n, errors };
}

describe.runIf(ready)('Firefox', () => {
  test('sample article: highlights drawn', async () => {
    const { n, errors } = await visit('sample-article', 'firefox-sample-article');
    expect(n).toBeGreaterThanOrEqual(20);
    expect(errors).toEqual([]);
  });
  test('strict CSP: highlights drawn', async () => {
    const { n, errors } = await visit('strict-csp', 'firefox-strict-csp');
    expect(n).toBeGreaterThanOrEqual(20);
    expect(errors).toEqual([]);
  });
  test('section page: nothing', async () => {
    const { n } = await visit('section-page', undefined, 3_000);
    expect(n).toBe(0);
  }, 30_000);
});
