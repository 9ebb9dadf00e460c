/**
 * Firefox robustness (issue 4 §7 in Firefox): highlights under a strict CSP — where the
 * highlighter's stylesheet goes through adoptedStyleSheets — and on the markup-like text page, with
 * no error of ours in the page's console; nothing on the section page. In a Firefox content script
 * `CSS.highlights` cannot be iterated, which the highlighter never does; the page world can, so the
 * harness reads it there.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { highlights, launchFirefox, rangeCount, saveRequestLog, waitForHighlights, type FirefoxSharh } from './harness';

let sharh: FirefoxSharh;
beforeAll(async () => {
  sharh = await launchFirefox();
});
afterAll(async () => {
  if (!sharh) return;
  saveRequestLog(sharh, 'robustness');
  await sharh.close();
});

/** Open a fixture, collecting the page's console errors and uncaught exceptions from the start. */
async function visit(name: string): Promise<{ page: Page; errors: string[] }> {
  const page = await sharh.newTab();
  const errors: string[] = [];
  page.on('console', (m) => {
    // The strict-CSP fixture blocks its own favicon request: the page's error, not ours.
    if (m.type() === 'error' && !/favicon/i.test(m.text())) errors.push(m.text());
  });
  page.on('pageerror', (e) => {
    if (!/favicon/i.test(String(e))) errors.push(String(e));
  });
  await page.goto(sharh.fixture(name).url, { waitUntil: 'load' });
  return { page, errors };
}

describe('Firefox robustness', () => {
  test('strict Content-Security-Policy: highlights drawn, no error', async () => {
    const { page, errors } = await visit('strict-csp');
    const h = await waitForHighlights(page, { min: 20 });
    expect(h['sharh-organization']).toContain('ديبسيك');
    await sharh.screenshot(page, 'strict-csp');
    expect(errors).toEqual([]);
    await page.close();
  });

  test('markup-like article text is shown as text: nothing executes', async () => {
    const { page, errors } = await visit('hostile-text');
    await waitForHighlights(page, { min: 10 });
    const alerts = await page.evaluate(() => (window as unknown as { __pageAlerts?: unknown[] }).__pageAlerts ?? []);
    expect(alerts).toEqual([]);
    expect(await page.evaluate(() => document.querySelectorAll('img[src="x"]').length)).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('section page: nothing highlighted', async () => {
    const { page } = await visit('section-page');
    await new Promise((r) => setTimeout(r, 2_000));
    expect(rangeCount(await highlights(page))).toBe(0);
    await page.close();
  });
});
