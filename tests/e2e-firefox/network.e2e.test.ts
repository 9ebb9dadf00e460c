/**
 * No request leaves the machine, in Firefox (issue 7; issue 2 item 8): every fixture page, the popup
 * for each and the options page. Firefox's only way out is the harness's recording proxy (every
 * protocol, the whole browser), so a canary first proves the watch is not blind: requests made on
 * purpose from a page and from an extension page, over http and https, are seen and refused.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { bodyText, launchFirefox, saveRequestLog, until, type FirefoxSharh } from './harness';

let sharh: FirefoxSharh;

beforeAll(async () => {
  sharh = await launchFirefox();
});

afterAll(async () => {
  if (!sharh) return;
  saveRequestLog(sharh, 'network');
  await sharh.close(); // throws if anything would have left the machine
});

const isCanary = (url: string) => url.includes('canary.invalid');

describe('network in Firefox', () => {
  test('the watch sees page and extension-page requests to foreign hosts (canary), which go nowhere', async () => {
    const page = await sharh.open('section-page');
    const fromPage = await page.evaluate(() =>
      Promise.all(['http://canary.invalid/page', 'https://canary.invalid/page-tls'].map((u) => fetch(u, { mode: 'no-cors' }).then((r) => `status ${r.status}`, () => 'failed'))),
    );
    const fromExtension = await sharh.inExtension(() => fetch('http://canary.invalid/extension').then((r) => `status ${r.status}`, () => 'failed'));
    // Refused by the proxy: an opaque answer or a network error, never the real host.
    for (const r of [...fromPage, fromExtension]) expect(r).toMatch(/^(failed|status 0|status 502)$/);
    const foreign = sharh.foreignRequests();
    const proxied = foreign.filter((r) => r.from === 'proxy').map((r) => r.url);
    expect(proxied).toEqual(expect.arrayContaining(['http://canary.invalid/page', 'connect://canary.invalid:443']));
    // MV3 extension pages upgrade http to https (Firefox's default extension CSP): either form.
    expect(foreign.some((r) => /^https?:\/\/canary\.invalid\/extension$/.test(r.url))).toBe(true);
    expect(foreign.filter((r) => !isCanary(r.url))).toEqual([]);
    await page.close();
    await new Promise((r) => setTimeout(r, 300)); // late retries of the refused connections
    // The canary's own requests were on purpose.
    for (let i = sharh.requests.length - 1; i >= 0; i--) if (isCanary(sharh.requests[i]!.url)) sharh.requests.splice(i, 1);
  });

  test('every fixture page, its popup and the options page make no request off the machine', async () => {
    // All pages first, one settling pause for them all, then each page's popup.
    const t0 = Date.now();
    const pages = [];
    for (const f of sharh.server.fixtures) pages.push(await sharh.open(f.name));
    await new Promise((r) => setTimeout(r, 1_500));
    for (const page of pages) {
      const popup = await sharh.openPopup(page);
      await until(() => bodyText(popup), (t) => t.length > 0 && !/^\s*Loading/i.test(t), 5_000, 'the popup').catch(() => undefined);
      await new Promise((r) => setTimeout(r, 200));
      await popup.close();
    }
    await Promise.all(pages.map((p) => p.close()));
    console.log(`[firefox] ${pages.length} fixture pages and their popups: ${Date.now() - t0} ms`);
    const options = await sharh.openExtensionPage('/options.html');
    await new Promise((r) => setTimeout(r, 500));
    await options.close();

    expect(sharh.requests.filter((r) => r.from === 'proxy').length).toBeGreaterThanOrEqual(sharh.server.fixtures.length);
    expect(sharh.foreignRequests()).toEqual([]);
    for (const f of sharh.server.fixtures) expect(sharh.server.requests.some((r) => r.host === f.host && r.path === new URL(f.url).pathname), f.url).toBe(true);
  });
});
