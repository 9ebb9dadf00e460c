/**
 * No request leaves the machine (issue 2, item 8): every fixture page, the popup for each and the
 * options page, with every request of every context watched. A canary first proves the watch is not
 * blind: requests made on purpose from a page and from the service worker are seen (and, thanks to
 * the host-resolver rules, go nowhere).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchSharh, saveRequestLog, type Sharh } from './harness';

let sharh: Sharh;

beforeAll(async () => {
  sharh = await launchSharh();
});

afterAll(async () => {
  if (!sharh) return;
  saveRequestLog(sharh, 'network');
  await sharh.close(); // throws if anything would have left the machine
});

describe('network', () => {
  test('the watch sees page and service-worker requests to foreign hosts (canary), which resolve nowhere', async () => {
    const canary = await launchSharh({ server: sharh.server });
    try {
      const page = await canary.open('section-page');
      const pageResult = await page.evaluate(() => fetch('http://canary.invalid/page', { mode: 'no-cors' }).then(() => 'loaded', () => 'failed'));
      const workerResult = await canary.inWorker(() => fetch('http://canary.invalid/worker').then(() => 'loaded', () => 'failed'));
      expect(pageResult).toBe('failed');
      expect(workerResult).toBe('failed');
      await expect.poll(() => canary.foreignRequests().map((r) => r.url)).toEqual(expect.arrayContaining(['http://canary.invalid/page', 'http://canary.invalid/worker']));
      expect(canary.foreignRequests().some((r) => r.from === 'service-worker')).toBe(true);
    } finally {
      canary.requests.length = 0; // the canary's own requests were on purpose
      await canary.close();
    }
  });

  test('every fixture page, its popup and the options page make no request off the machine', async () => {
    for (const f of sharh.server.fixtures) {
      const page = await sharh.open(f.name);
      await page.waitForTimeout(f.kind === 'robustness' || f.kind === 'long' ? 1_000 : 500);
      const popup = await sharh.openPopup(page);
      await popup.waitForTimeout(300);
      await Promise.all([popup.close(), page.close()]);
    }
    const options = await sharh.context.newPage();
    await options.goto(`chrome-extension://${sharh.extensionId}/options.html`, { waitUntil: 'load' });
    await options.waitForTimeout(500);
    await options.close();

    expect(sharh.requests.length).toBeGreaterThan(sharh.server.fixtures.length);
    expect(sharh.foreignRequests()).toEqual([]);
    // The server saw every fixture page, under the host it stands for.
    for (const f of sharh.server.fixtures) expect(sharh.server.requests.some((r) => r.host === f.host && r.path === new URL(f.url).pathname)).toBe(true);
  });
});
