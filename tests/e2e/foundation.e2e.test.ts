/**
 * Foundation (issue 2), end to end in Chromium with the built extension, on what a user sees:
 * the sample article is recognised, the section page and the English page are left alone, the popup
 * opens for a tab (`popup.html?tabId=N`) and shows its state, the per-site switch survives a reload,
 * and nothing leaves the machine. Screenshots go to artifacts/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, HIGHLIGHT_KINDS, highlights, launchSharh, rangeCount, saveRequestLog, siteSwitch, toggle as flip, waitForHighlights, type Sharh } from './harness';

/** How long "nothing happens" is watched on pages that are not articles. */
const QUIET_MS = 2_000;
const SETTINGS_KEY = 'sharh-settings';
const ARTICLE_HOST = 'arabic.china.org.cn';

let sharh: Sharh;

/** The stored per-site choice for the article's host (settings item, lib/settings.ts). */
const storedSiteChoice = async () => ((await sharh.storageGet(SETTINGS_KEY))[SETTINGS_KEY] as { sites?: Record<string, boolean> } | undefined)?.sites?.[ARTICLE_HOST];

beforeAll(async () => {
  sharh = await launchSharh();
});

afterAll(async () => {
  if (!sharh) return;
  saveRequestLog(sharh, 'foundation');
  await sharh.close();
});

/** Text of the page's body, to check that highlighted ranges are page text. */
const bodyText = (page: Page) => page.evaluate(() => document.body.textContent ?? '');

/** Elements we might have injected (custom elements or attributes with our prefix). */
const injected = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('sharh-') || [...e.attributes].some((a) => a.name.startsWith('data-sharh'))).length);

describe('the built extension', () => {
  test('loads into Chromium with its service worker; required permissions grant no all-sites access', async () => {
    expect(sharh.extensionId).toMatch(/^[a-p]{32}$/);
    const manifest = JSON.parse(fs.readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.manifest_version).toBe(3);
    const required = [...(manifest.permissions ?? []), ...(manifest.host_permissions ?? [])];
    expect(required).not.toContain('<all_urls>');
    expect(required).not.toContain('*://*/*');
    for (const cs of manifest.content_scripts ?? []) for (const m of cs.matches) expect(m).toMatch(/china\.org\.cn\//);
  });
});

describe('content script', () => {
  test('recognises the sample article: sharh-<kind> highlights with ranges on the page text', async () => {
    const page = await sharh.open('sample-article');
    const h = await waitForHighlights(page, { min: 5, timeout: 15_000 });
    await sharh.screenshot(page, 'foundation-sample-article');
    const names = Object.keys(h);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(HIGHLIGHT_KINDS.map((k) => `sharh-${k}`)).toContain(name);
    expect(rangeCount(h)).toBeGreaterThanOrEqual(5);
    const text = await bodyText(page);
    for (const ranges of Object.values(h))
      for (const r of ranges) {
        expect(r.trim().length).toBeGreaterThan(0);
        expect(text).toContain(r);
      }
    // Names and numbers the article certainly has.
    const all = Object.values(h).flat().join(' | ');
    expect(all).toMatch(/ديبسيك/);
    expect(all).toMatch(/2048|5\.6/);
    await page.close();
  });

  for (const name of ['section-page', 'english-article']) {
    test(`does nothing on the ${name.replace('-', ' ')}`, async () => {
      const page = await sharh.open(name);
      await page.waitForTimeout(QUIET_MS);
      expect(await highlights(page)).toEqual({});
      expect(await injected(page)).toBe(0);
      await sharh.screenshot(page, `foundation-${name}`);
      await page.close();
    });
  }
});

describe('popup', () => {
  test('opens for the article tab (popup.html?tabId=N) and shows the page state', async () => {
    const page = await sharh.open('sample-article');
    const popup = await sharh.openPopup(page);
    await expect.poll(() => popup.locator('body').innerText(), { timeout: 10_000 }).toMatch(/DeepSeek|ديبسيك/);
    await sharh.screenshot(popup, 'foundation-popup-article', { fullPage: true });
    await popup.close();

    const section = await sharh.open('section-page');
    const popup2 = await sharh.openPopup(section);
    await expect.poll(() => popup2.locator('body').innerText(), { timeout: 10_000 }).toMatch(/not (a |an )?(news )?article|no article/i);
    expect(await popup2.locator('body').innerText()).not.toMatch(/DeepSeek/);
    await sharh.screenshot(popup2, 'foundation-popup-section');
    await Promise.all([popup2.close(), section.close(), page.close()]);
  });

  test('the per-site switch turns the site off, and the choice survives a reload', async () => {
    const page = await sharh.open('sample-article');
    let popup = await sharh.openPopup(page);
    let toggle = siteSwitch(popup);
    await expect.poll(() => toggle.isChecked(), { timeout: 10_000 }).toBe(true);
    await flip(toggle);
    await expect.poll(() => toggle.isChecked()).toBe(false);
    await expect.poll(storedSiteChoice).toBe(false);
    await popup.close();

    await page.reload({ waitUntil: 'load' });
    await page.waitForTimeout(QUIET_MS);
    expect(rangeCount(await highlights(page))).toBe(0);
    await sharh.screenshot(page, 'foundation-sample-article-off');

    popup = await sharh.openPopup(page);
    toggle = siteSwitch(popup);
    await expect.poll(() => toggle.isChecked(), { timeout: 10_000 }).toBe(false);
    await sharh.screenshot(popup, 'foundation-popup-off');
    // Back on (and leave the profile as we found it).
    await flip(toggle);
    await expect.poll(() => toggle.isChecked()).toBe(true);
    await expect.poll(storedSiteChoice).not.toBe(false);
    await popup.close();
    await page.reload({ waitUntil: 'load' });
    await waitForHighlights(page, { timeout: 15_000 });
    await page.close();
  });
});

describe('privacy', () => {
  test('no request left the machine from the pages, the popup or the service worker', async () => {
    // Everything above ran in this browser; the harness saw every request of every context.
    expect(sharh.requests.length).toBeGreaterThan(0);
    expect(sharh.requests.some((r) => r.url.startsWith('http://arabic.china.org.cn/'))).toBe(true);
    expect(sharh.foreignRequests()).toEqual([]);
    const hosts = new Set(sharh.server.requests.map((r) => r.host));
    for (const h of hosts) expect(['arabic.china.org.cn', 'www.china.org.cn', 'www.example-news.com', 'plain.test']).toContain(h);
  });
});
